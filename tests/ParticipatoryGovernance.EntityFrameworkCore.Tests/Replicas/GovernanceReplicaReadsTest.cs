using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.Replicas;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Replicas;

/// <summary>
/// Reads where staleness is harmless go to a real streaming standby (started by the fixture); the replica's context cannot
/// save; a replica that is down sends the reads to the primary.
/// </summary>
public class GovernanceReplicaReadsTest(ReplicatedPostgres servers) : IClassFixture<ReplicatedPostgres>
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2024, 4, 28, 6, 30));

    [SkippableFact]
    public async Task WriteOnPrimary_IsReadFromStandby_AfterReplay()
    {
        Skip.If(servers.Missing is not null, servers.Missing);
        await using var built = await ServicesAsync(servers.Standby);
        var city = Build.Municipality();
        await using (var scope = built.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRepositoryBase<Municipality>>().AddAsync(city);
        }

        // The standby replays the primary's WAL a moment later: poll until the row is there.
        var found = false;
        var fromReplica = false;
        for (var attempt = 0; attempt < 100 && !found; attempt++)
        {
            await using var scope = built.CreateAsyncScope();
            var reads = scope.ServiceProvider.GetRequiredService<GovernanceReplicaReads>();
            var context = await reads.ContextAsync();
            fromReplica = reads.FromReplica;
            found = await context.Set<Municipality>().AnyAsync(m => m.Id == city.Id);
            if (!found)
            {
                await Task.Delay(100);
            }
        }

        fromReplica.Should().BeTrue("the standby is up, so the reads go to it");
        found.Should().BeTrue("the standby replays the primary's write within ten seconds");
        await using var check = built.CreateAsyncScope();
        var replica = await check.ServiceProvider.GetRequiredService<GovernanceReplicaReads>().ContextAsync();
        (await replica.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync()).Should().BeTrue("the context reads from the standby, not the primary");
        replica.Should().NotBeSameAs(check.ServiceProvider.GetRequiredService<GovernanceDbContext>());
    }

    [SkippableFact]
    public async Task ReplicaContext_RefusesSaveChanges()
    {
        Skip.If(servers.Missing is not null, servers.Missing);
        await using var built = await ServicesAsync(servers.Standby);
        await using var scope = built.CreateAsyncScope();
        var reads = scope.ServiceProvider.GetRequiredService<GovernanceReplicaReads>();
        var replica = await reads.ContextAsync();
        reads.FromReplica.Should().BeTrue();

        replica.Add(Build.Municipality());
        var save = () => replica.SaveChangesAsync();
        var saveSync = () => replica.SaveChanges();

        await save.Should().ThrowAsync<InvalidOperationException>().WithMessage("*replica*cannot save*");
        saveSync.Should().Throw<InvalidOperationException>().WithMessage("*replica*cannot save*");
        replica.ChangeTracker.QueryTrackingBehavior.Should().Be(QueryTrackingBehavior.NoTracking);
    }

    [SkippableFact]
    public async Task ReplicaDown_ReadsFallBackToPrimary()
    {
        Skip.If(servers.Missing is not null, servers.Missing);
        await using var built = await ServicesAsync(ReplicatedPostgres.Unreachable());
        var city = Build.Municipality();
        await using (var scope = built.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRepositoryBase<Municipality>>().AddAsync(city);
        }

        for (var request = 0; request < 2; request++)
        {
            await using var scope = built.CreateAsyncScope();
            var reads = scope.ServiceProvider.GetRequiredService<GovernanceReplicaReads>();
            var context = await reads.ContextAsync();

            reads.FromReplica.Should().BeFalse("nothing listens on the replica's port");
            context.Should().BeSameAs(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>(), "the fallback is the scope's context on the primary");
            (await context.Set<Municipality>().AnyAsync(m => m.Id == city.Id)).Should().BeTrue();
        }
    }

    [SkippableFact]
    public async Task WithoutReplica_ReadsUseTheScopesContext()
    {
        Skip.If(servers.Missing is not null, servers.Missing);
        await using var built = await ServicesAsync(null);
        await using var scope = built.CreateAsyncScope();
        var reads = scope.ServiceProvider.GetRequiredService<GovernanceReplicaReads>();

        (await reads.ContextAsync()).Should().BeSameAs(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>());
        reads.FromReplica.Should().BeFalse();
    }

    [Fact]
    public void Sqlite_RefusesAReplica()
    {
        var services = new ServiceCollection().AddParticipatoryGovernance(o => o.Clock = _clock);
        var register = () => services.AddParticipatoryGovernanceSqlite("Data Source=unused.db", o => o.ReplicaConnectionString = "Host=127.0.0.1");

        register.Should().Throw<ArgumentException>().WithMessage("*PostgreSQL standby*");
    }

    private async Task<ServiceProvider> ServicesAsync(string? replica)
    {
        var services = new ServiceCollection().AddParticipatoryGovernance(o => o.Clock = _clock);
        services.AddParticipatoryGovernancePostgres(servers.Primary, o => o.ReplicaConnectionString = replica);
        var built = services.BuildServiceProvider();
        await built.MigrateParticipatoryGovernanceDatabaseAsync();
        return built;
    }
}
