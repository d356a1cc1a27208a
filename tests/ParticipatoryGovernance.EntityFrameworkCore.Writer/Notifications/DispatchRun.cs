using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using ParticipatoryGovernance.EntityFrameworkCore.Postgres;
using ParticipatoryGovernance.EntityFrameworkCore.Sqlite;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Writer.Notifications;

/// <summary>
/// The dispatcher as its own process, for the test that kills it mid-batch: it sends every pending email notification
/// to a file that stands for the mail server (one line per message accepted, written and flushed to disk before the
/// send returns), printing "sent N" after each, until none is left. Usage: Writer dispatch sqlite|postgres "&lt;connection string&gt;" "&lt;sink file&gt;"
/// </summary>
internal static class DispatchRun
{
    public static async Task<int> RunAsync(string provider, string connectionString, string sinkPath)
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
            var sink = new FileSink(sinkPath);
            var options = new NotificationOptions { DispatchBatchSize = 1000, Lease = Duration.FromSeconds(30) };
            var dispatcher = new NotificationDispatcher(db, clock, options, [sink], new FixedAddress());
            while (await dispatcher.RunOnceAsync() > 0)
            {
            }
        }

        Console.Out.WriteLine("done");
        return 0;
    }

    private sealed class FixedAddress : INotificationAddressBook
    {
        public Task<string?> AddressAsync(ResidentId resident, NotificationChannel channel, CancellationToken cancellationToken = default) =>
            Task.FromResult<string?>($"{resident.Value:N}@city.test");
    }

    private sealed class FileSink(string path) : INotificationSender
    {
        private int _sent;

        public NotificationChannel Channel => NotificationChannel.Email;

        public async Task SendAsync(NotificationMessage message, CancellationToken cancellationToken = default)
        {
            await using (var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
                await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(message.Key + "\n"), cancellationToken);
                file.Flush(flushToDisk: true);
            }

            // Accepted by the "server"; the pause leaves the kill room to land between this and the recorded delivery.
            Console.Out.WriteLine($"sent {++_sent}");
            Console.Out.Flush();
            await Task.Delay(25, cancellationToken);
        }
    }
}
