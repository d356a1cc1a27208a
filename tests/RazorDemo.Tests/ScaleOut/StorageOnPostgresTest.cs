using Npgsql;
using RazorDemo.Identity;

namespace RazorDemo.Tests.ScaleOut;

/// <summary>
/// With <c>Demo:Database=postgresql</c> the accounts are in the model's PostgreSQL database, in their own schema, and two
/// nodes starting together against the empty database prepare it once (issue #18, item 1).
/// </summary>
[Collection(ScaleOutCollection.Name)]
public class StorageOnPostgresTest(ScaleOutCluster cluster)
{
    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.GovernanceConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [SkippableFact]
    public async Task TheAccounts_AreInPostgres_InTheirOwnSchema_AndNoSqliteFileIsCreated()
    {
        cluster.SkipUnlessRunning();

        (await ScalarAsync($"SELECT count(*) FROM \"{DemoIdentityDbContext.PostgresSchema}\".\"AspNetUsers\" WHERE \"Email\" = 'resident1@demo.rafsanjan'")).Should().Be(1);
        (await ScalarAsync($"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'AspNet%'")).Should().Be(0, "the accounts never share the model's schema");
        foreach (var node in new[] { cluster.A, cluster.B })
        {
            Directory.GetFiles(node.DataDirectory, "*.db", SearchOption.AllDirectories).Should().BeEmpty($"node {node.Name} keeps nothing in SQLite");
        }
    }

    [SkippableFact]
    public async Task TwoNodesStartingTogether_GenerateTheCitiesOnce_AndCreateEachAccountOnce()
    {
        cluster.SkipUnlessRunning();

        (await ScalarAsync("SELECT count(*) FROM municipalities")).Should().Be(2, "Rafsanjan and the second city, each generated once");
        (await ScalarAsync($"SELECT count(*) FROM \"{DemoIdentityDbContext.PostgresSchema}\".\"AspNetUsers\"")).Should().Be(DemoAccounts.All.Count);
    }

    [SkippableFact]
    public async Task ANodeStartingAgainstAPreparedDatabase_FindsEverythingAndCreatesNothing()
    {
        cluster.SkipUnlessRunning();
        var users = await ScalarAsync($"SELECT count(*) FROM \"{DemoIdentityDbContext.PostgresSchema}\".\"AspNetUsers\"");

        await using var third = new ScaleOutCluster.Node("C", cluster.GovernanceConnectionString, cluster.Redis.ConnectionString);
        var login = await third.CreateClient().GetAsync("/Account/Login");

        login.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        (await ScalarAsync("SELECT count(*) FROM municipalities")).Should().Be(2);
        (await ScalarAsync($"SELECT count(*) FROM \"{DemoIdentityDbContext.PostgresSchema}\".\"AspNetUsers\"")).Should().Be(users);
    }
}
