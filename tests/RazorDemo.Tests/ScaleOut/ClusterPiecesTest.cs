using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.ScaleOut;

/// <summary>
/// The pieces the cluster runs on (issue #18, eng/cluster.sh): the balancer's health endpoint and the load accounts, on the
/// shared demo.
/// </summary>
[Collection(DemoCollection.Name)]
public class ClusterPiecesTest(DemoFactory factory)
{
    [Fact]
    public async Task Health_AnswersHealthy_AndIsNeverStored()
    {
        var client = factory.NewClient();

        var first = await client.GetAsync("/health");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await first.Content.ReadAsStringAsync()).Should().Be("healthy\n");
        first.Headers.CacheControl!.NoStore.Should().BeTrue("the answer is about now: no cache may keep it");
        first.Headers.Age.Should().BeNull("the output cache never served it");
        head.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task LoadAccounts_AreResidentsOfTheHomeCity_EachADifferentAdult_AndSignIn()
    {
        var home = await DemoRecords.HomeCityAsync(factory);

        var created = await DemoLoadAccounts.CreateAsync(factory.Services, home, 3, TextWriter.Null);
        var again = await DemoLoadAccounts.CreateAsync(factory.Services, home, 3, TextWriter.Null);

        created.Should().Be(3);
        again.Should().Be(0, "existing load accounts are kept, not created twice");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>();
        var linked = new List<Guid>();
        for (var number = 1; number <= 3; number++)
        {
            var user = await users.FindByEmailAsync(DemoLoadAccounts.Email(number));
            user.Should().NotBeNull();
            (await users.IsInRoleAsync(user!, DemoRoles.Resident)).Should().BeTrue();
            linked.Add(user!.ResidentId!.Value);
            (await SignIn.AsAsync(factory, DemoLoadAccounts.Email(number))).Should().NotBeNull("the load account signs in with the demo password");
        }

        (await users.FindByEmailAsync(DemoLoadAccounts.Email(4))).Should().BeNull();
        var others = await scope.ServiceProvider.GetRequiredService<DemoIdentityDbContext>().Users
            .Where(u => u.ResidentId != null && !u.Email!.StartsWith("load"))
            .Select(u => u.ResidentId!.Value)
            .ToListAsync();
        linked.Should().OnlyHaveUniqueItems().And.NotIntersectWith(others, "each load account is a person no other account is");
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var today = ParticipatoryGovernance.Calendar.PersianDates.TodayInCity(scope.ServiceProvider.GetRequiredService<NodaTime.IClock>());
        foreach (var id in linked)
        {
            var resident = (await context.Set<Resident>().FindAsync(new ResidentId(id)))!;
            resident.IsMinorOn(today).Should().BeFalse();
            (await context.Set<Neighbourhood>().AnyAsync(n => n.Id == resident.NeighbourhoodId && n.MunicipalityId == home)).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData(null, null, "Production", 0)]
    [InlineData("5", null, "Production", 0)]
    [InlineData("5", "none", "Development", 0)]
    [InlineData("5", "demo", "Production", 5)]
    [InlineData("5", null, "Development", 5)]
    [InlineData("5", null, "Testing", 5)]
    [InlineData("0", "demo", "Development", 0)]
    public void LoadAccounts_AreOnlyCreatedWithTheDemoAccounts(string? loadAccounts, string? accounts, string environment, int expected)
    {
        DemoLoadAccounts.Requested(Configuration(loadAccounts, accounts), new TestEnvironment(environment)).Should().Be(expected);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("many")]
    [InlineData("1e3")]
    [InlineData("100001")]
    public void LoadAccounts_RefuseANumberTheyCannotCreate(string loadAccounts)
    {
        var read = () => DemoLoadAccounts.Requested(Configuration(loadAccounts, "demo"), new TestEnvironment("Development"));

        read.Should().Throw<InvalidOperationException>().WithMessage("*Demo:LoadAccounts*");
    }

    private static IConfiguration Configuration(string? loadAccounts, string? accounts) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Demo:LoadAccounts"] = loadAccounts,
            ["Demo:Accounts"] = accounts,
        }).Build();

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "RazorDemo";

        public string ContentRootPath { get; set; } = "/";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}

/// <summary>
/// eng/pg-replica.sh starts a primary and a streaming standby on loopback: a write on the primary is read on the standby,
/// the standby refuses writes, and stop leaves neither running.
/// </summary>
public class PgReplicaScriptTest
{
    [SkippableFact]
    public void Script_StartsAStreamingStandby_AndStopsBoth()
    {
        if (!File.Exists("/usr/lib/postgresql/15/bin/initdb") && Environment.GetEnvironmentVariable("PG_BIN") is null)
        {
            Skip.If(true, ServerProcess.Missing("PostgreSQL 15 is not installed (apt-get install postgresql, or set PG_BIN)."));
        }

        var script = Path.Combine(RepositoryRoot(), "eng", "pg-replica.sh");
        var directory = Path.Combine(Path.GetTempPath(), "pg-replica-script-" + Guid.NewGuid().ToString("N"));
        var primaryPort = ServerProcess.FreePort();
        var standbyPort = ServerProcess.FreePort();
        try
        {
            Run(script, "start", directory, primaryPort, standbyPort).Should().Contain($"Port={standbyPort}");
            using (var primary = new NpgsqlConnection($"Host=127.0.0.1;Port={primaryPort};Username=postgres;Database=governance"))
            {
                primary.Open();
                using var write = new NpgsqlCommand("CREATE TABLE written (x int); INSERT INTO written VALUES (1403)", primary);
                write.ExecuteNonQuery();
            }

            using var standby = new NpgsqlConnection($"Host=127.0.0.1;Port={standbyPort};Username=postgres;Database=governance;Pooling=false");
            standby.Open();
            object? read = null;
            for (var attempt = 0; attempt < 100 && read is null; attempt++)
            {
                try
                {
                    using var select = new NpgsqlCommand("SELECT x FROM written", standby);
                    read = select.ExecuteScalar();
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
                {
                    Thread.Sleep(100);
                }
            }

            read.Should().Be(1403, "the standby replays the primary's write");
            using var refused = new NpgsqlCommand("INSERT INTO written VALUES (1)", standby);
            var insert = () => refused.ExecuteNonQuery();
            insert.Should().Throw<PostgresException>().Which.SqlState.Should().Be(PostgresErrorCodes.ReadOnlySqlTransaction);
            standby.Close();
            Run(script, "status", directory, primaryPort, standbyPort).Should().Contain("standbys streaming: 1").And.Contain("in recovery: t");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Run(script, "stop", directory, primaryPort, standbyPort);
        }

        var status = () => Run(script, "status", directory, primaryPort, standbyPort);
        status.Should().Throw<InvalidOperationException>("status fails when the servers are stopped").WithMessage("*primary*stopped*standby*stopped*");
        Directory.Delete(directory, recursive: true);
    }

    private static string Run(string script, string command, string directory, int primaryPort, int standbyPort)
    {
        var start = new ProcessStartInfo("bash", $"{script} {command} {directory}");
        start.Environment["PRIMARY_PORT"] = primaryPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["STANDBY_PORT"] = standbyPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ServerProcess.Run(start);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "eng", "pg-replica.sh")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("eng/pg-replica.sh not found above " + AppContext.BaseDirectory);
    }
}
