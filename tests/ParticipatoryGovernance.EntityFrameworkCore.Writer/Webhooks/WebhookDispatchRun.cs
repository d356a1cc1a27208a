using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Postgres;
using ParticipatoryGovernance.EntityFrameworkCore.Sqlite;
using ParticipatoryGovernance.EntityFrameworkCore.Webhooks;
using ParticipatoryGovernance.Webhooks;

namespace ParticipatoryGovernance.EntityFrameworkCore.Writer.Webhooks;

/// <summary>
/// The webhook dispatcher as its own process, for the test that kills it mid-batch: it posts every pending delivery
/// (loopback allowed: the test's receiver is on 127.0.0.1) until none is left. The receiver counts what it got.
/// Usage: Writer webhooks sqlite|postgres "&lt;connection string&gt;"
/// </summary>
internal static class WebhookDispatchRun
{
    public static async Task<int> RunAsync(string provider, string connectionString)
    {
        // Its own composition root: the real clock, as a deployed dispatcher has.
#pragma warning disable RS0030
        IClock clock = SystemClock.Instance;
#pragma warning restore RS0030
        GovernanceDbContext db = provider switch
        {
            "sqlite" => new SqliteGovernanceDbContext(
                new DbContextOptionsBuilder<SqliteGovernanceDbContext>().UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSettings()).Options, clock),
            _ => new PostgresGovernanceDbContext(
                new DbContextOptionsBuilder<PostgresGovernanceDbContext>().UseNpgsql(connectionString, o => o.UseNodaTime()).Options, clock),
        };
        await using (db)
        {
            using var client = new WebhookClient(new WebhookSettings { AllowLoopback = true });
            var options = new WebhookOptions { DispatchBatchSize = 1000, Lease = Duration.FromSeconds(30), Timeout = TimeSpan.FromSeconds(30) };
            var dispatcher = new WebhookDispatcher(db, clock, options, client);
            while (await dispatcher.RunOnceAsync() > 0)
            {
            }
        }

        Console.Out.WriteLine("done");
        return 0;
    }
}
