using System.Diagnostics;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.Webhooks;
using ParticipatoryGovernance.Webhooks;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Webhooks;

/// <summary>
/// A webhook dispatcher process is killed in the middle of a batch; a dispatcher started afterwards finishes it. No
/// delivery is lost, and the receiver gets none under two ids: only the one in flight at the kill may come twice, with
/// the same <c>Webhook-Id</c>, which receivers drop.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class KilledWebhookDispatcherTest(DatabaseFixture fixture)
{
    private const int Events = 30;

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Deliveries_are_neither_lost_nor_duplicated_when_the_dispatcher_is_killed_mid_batch(Provider provider)
    {
        var s = await WebhookScenario.CreateAsync(fixture, provider);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (200, TimeSpan.FromMilliseconds(100));
        await s.SubscribeAsync(receiver.Url, "MeetingScheduled");
        await s.ScheduleMeetingsAsync(Events);
        await s.FanOutAsync();
        var deliveries = await s.DeliveriesAsync();
        deliveries.Should().HaveCount(Events);

        await RunAndKillAsync(provider, s.Database.ConnectionString, receiver, killAfter: 10);
        receiver.Received.Count.Should().BeLessThan(Events, "the dispatcher was killed mid-batch");
        var afterKill = await s.DeliveriesAsync();
        afterKill.Count(d => d.State == WebhookDeliveryState.Delivered).Should().BeLessThan(Events);

        // A new dispatcher, once the killed one's lease has ended.
        var leaseEnd = afterKill.Where(d => d.LeaseUntil != null).Select(d => d.LeaseUntil!.Value).DefaultIfEmpty(Instant.MinValue).Max();
        var clock = new FakeClock(Instant.Max(leaseEnd, afterKill.Max(d => d.CreatedAt)) + Duration.FromSeconds(1));
        await using (var db = s.Database.CreateContext())
        {
            using var client = new WebhookClient(new WebhookSettings { AllowLoopback = true });
            (await new WebhookDispatcher(db, clock, new WebhookOptions { DispatchBatchSize = 1000 }, client).RunOnceAsync()).Should().BeGreaterThan(0);
        }

        (await s.DeliveriesAsync()).Should().OnlyContain(d => d.State == WebhookDeliveryState.Delivered, "none is lost");
        var ids = receiver.Received.Select(r => r.Id).ToList();
        ids.Distinct().Should().BeEquivalentTo(deliveries.Select(d => d.Key), "every delivery reached the receiver under its own id");
        (ids.Count - ids.Distinct().Count()).Should().BeLessThanOrEqualTo(1, "only the delivery in flight at the kill may come again, with the same id");
    }

    private static async Task RunAndKillAsync(Provider provider, string connectionString, WebhookReceiver receiver, int killAfter)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "ParticipatoryGovernance.EntityFrameworkCore.Writer.dll");
        File.Exists(writer).Should().BeTrue("the writer is built with the tests");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { writer, "webhooks", provider == Provider.Sqlite ? "sqlite" : "postgres", connectionString },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var stopwatch = Stopwatch.StartNew();
        while (receiver.Received.Count < killAfter && !process.HasExited && stopwatch.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(20);
        }

        process.HasExited.Should().BeFalse("the dispatcher is still posting when killed; stderr: " + (process.HasExited ? await errors : string.Empty));
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}
