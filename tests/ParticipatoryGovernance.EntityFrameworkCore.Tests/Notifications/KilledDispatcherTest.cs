using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Notifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Notifications;

/// <summary>
/// A dispatcher process is killed in the middle of a batch of emails; a dispatcher started afterwards finishes the
/// batch. No notification is lost, and none reaches the "mail server" (a file the process appends to) under two keys:
/// the one in flight at the kill may be sent twice, with the same key, which the server recognises.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class KilledDispatcherTest(DatabaseFixture fixture)
{
    private const int Recipients = 40;

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Notifications_AreNeitherLostNorDuplicated_WhenTheDispatcherIsKilledMidBatch(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider, perNeighbourhood: Recipients);
        await using (var db = s.Database.CreateContext())
        {
            foreach (var resident in s.World.Residents.Where(r => r.NeighbourhoodId == s.World.North.Id))
            {
                db.Add(new StoredNotificationPreferences { ResidentId = resident.Id.Value, Language = "fa", InApp = false, Email = true });
            }

            await db.SaveChangesAsync();
        }

        await s.WithStoreAsync(async (store, _) => (await new ScheduleMeetingHandler(store, s.Clock).HandleAsync(
            new ScheduleMeeting(s.World.City.Id, s.World.North.Id, "مسجد جامع", Instant.FromUtc(2024, 5, 20, 14, 30)))).Value);
        await s.FanOutAsync();
        var emails = (await s.NotificationsAsync()).Where(n => n.Channel == NotificationChannel.Email).ToList();
        emails.Should().HaveCount(Recipients);

        var sink = Path.Combine(Path.GetTempPath(), $"pg-notify-sink-{Guid.NewGuid():N}.txt");
        try
        {
            var reported = await RunAndKillAsync(provider, s.Database.ConnectionString, sink, killAfter: 10);
            reported.Should().BeGreaterThanOrEqualTo(10);
            var beforeRecovery = File.ReadAllLines(sink);
            beforeRecovery.Length.Should().BeLessThan(Recipients, "the dispatcher was killed mid-batch");

            // A new dispatcher, once the killed one's lease has ended.
            List<Notification> afterKill;
            await using (var db = s.Database.CreateContext())
            {
                afterKill = await db.Set<Notification>().AsNoTracking().Where(n => n.Channel == NotificationChannel.Email).ToListAsync();
            }

            afterKill.Count(n => n.State == NotificationState.Delivered).Should().BeLessThan(Recipients);
            var leaseEnd = afterKill.Where(n => n.LeaseUntil != null).Select(n => n.LeaseUntil!.Value).DefaultIfEmpty(Instant.MinValue).Max();
            var clock = new FakeClock(Instant.Max(leaseEnd, afterKill.Max(n => n.CreatedAt)) + Duration.FromSeconds(1));
            await using (var db = s.Database.CreateContext())
            {
                var dispatcher = new NotificationDispatcher(db, clock, new NotificationOptions { DispatchBatchSize = 1000 }, [new FileSinkSender(sink)], new EveryoneHasAnAddress());
                (await dispatcher.RunOnceAsync()).Should().BeGreaterThan(0);
            }

            var sent = File.ReadAllLines(sink);
            var final = await s.NotificationsAsync();
            final.Where(n => n.Channel == NotificationChannel.Email).Should().OnlyContain(n => n.State == NotificationState.Delivered, "none is lost");
            sent.Distinct().Should().BeEquivalentTo(emails.Select(n => n.Key), "every notification reached the server under its own key");
            (sent.Length - sent.Distinct().Count()).Should().BeLessThanOrEqualTo(1, "only the message in flight at the kill may be sent again, under the same key");
        }
        finally
        {
            File.Delete(sink);
        }
    }

    private static async Task<int> RunAndKillAsync(Provider provider, string connectionString, string sink, int killAfter)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "ParticipatoryGovernance.EntityFrameworkCore.Writer.dll");
        File.Exists(writer).Should().BeTrue("the writer is built with the tests");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { writer, "dispatch", provider == Provider.Sqlite ? "sqlite" : "postgres", connectionString, sink },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var reported = 0;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var stopwatch = Stopwatch.StartNew();
        while (reported < killAfter && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            if (line is null || !line.StartsWith("sent ", StringComparison.Ordinal))
            {
                break;
            }

            reported = int.Parse(line["sent ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }

        process.HasExited.Should().BeFalse("the dispatcher is still sending when killed; stderr: " + (process.HasExited ? await errors : string.Empty));
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return reported;
    }

    /// <summary>The same "mail server" as the killed process's: one line per message accepted.</summary>
    private sealed class FileSinkSender(string path) : INotificationSender
    {
        public NotificationChannel Channel => NotificationChannel.Email;

        public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken = default) =>
            File.AppendAllTextAsync(path, message.Key + "\n", cancellationToken);
    }
}
