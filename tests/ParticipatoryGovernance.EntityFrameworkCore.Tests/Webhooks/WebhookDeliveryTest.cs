using System.Text.Json;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.Webhooks;
using ParticipatoryGovernance.Webhooks;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Webhooks;

/// <summary>Deliveries against a real receiver: signed, once per event and subscription, retried, given up, paused.</summary>
[Collection(DatabaseTests.Name)]
public sealed class WebhookDeliveryTest(DatabaseFixture fixture)
{
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task A_delivery_is_signed_so_the_receiver_can_verify_it_and_is_made_once(Provider provider)
    {
        var s = await WebhookScenario.CreateAsync(fixture, provider);
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscription = await s.SubscribeAsync(receiver.Url, "MeetingScheduled");
        var other = await s.SubscribeAsync(receiver.Url, "IdeaSubmitted");
        await s.ScheduleMeetingsAsync(2);

        (await s.FanOutAsync()).Should().BeGreaterThanOrEqualTo(2);
        (await s.FanOutAsync()).Should().Be(0, "the cursor has passed them");
        var deliveries = await s.DeliveriesAsync();
        deliveries.Should().HaveCount(2).And.OnlyContain(d => d.SubscriptionId == subscription.Subscription, "the other subscription chose another type");
        deliveries.Should().NotContain(d => d.SubscriptionId == other.Subscription);

        (await s.DispatchAsync()).Should().Be(2);
        (await s.DispatchAsync()).Should().Be(0, "nothing is posted twice");
        receiver.Received.Should().HaveCount(2);
        var now = s.Clock.GetCurrentInstant().ToUnixTimeSeconds();
        foreach (var request in receiver.Received)
        {
            WebhookSignature.Verify(subscription.Secret, request.Timestamp, request.Signature, request.Body, now, TimeSpan.FromMinutes(5)).Should().BeTrue();
            WebhookSignature.Verify(other.Secret, request.Timestamp, request.Signature, request.Body, now, TimeSpan.FromMinutes(5)).Should().BeFalse("another secret");
            WebhookSignature.Verify(subscription.Secret, request.Timestamp, request.Signature, request.Body + " ", now, TimeSpan.FromMinutes(5)).Should().BeFalse("a changed body");
            WebhookSignature.Verify(subscription.Secret, request.Timestamp, request.Signature, request.Body, now + 3600, TimeSpan.FromMinutes(5)).Should().BeFalse("a replay an hour later");
            using var json = JsonDocument.Parse(request.Body);
            var root = json.RootElement;
            root.GetProperty("id").GetString().Should().Be(request.Id);
            root.GetProperty("type").GetString().Should().Be("MeetingScheduled");
            root.GetProperty("municipality").GetGuid().Should().Be(s.World.City.Id.Value);
            root.GetProperty("occurredAt").GetString().Should().EndWith("Z");
            root.GetProperty("data").ValueKind.Should().Be(JsonValueKind.Object);
        }

        receiver.Received.Select(r => r.Id).Should().BeEquivalentTo(deliveries.Select(d => d.Key));
        (await s.DeliveriesAsync()).Should().OnlyContain(d => d.State == WebhookDeliveryState.Delivered && d.Attempts == 1 && d.LastStatus == 200);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task A_delivery_is_retried_after_a_500_and_a_time_out_with_the_same_id(Provider provider)
    {
        var s = await WebhookScenario.CreateAsync(fixture, provider);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = n => n switch
        {
            1 => (500, TimeSpan.Zero),
            2 => (200, TimeSpan.FromSeconds(5)),
            _ => (204, TimeSpan.Zero),
        };
        await s.SubscribeAsync(receiver.Url);
        await s.ScheduleMeetingsAsync(1);
        await s.FanOutAsync();

        (await s.DispatchAsync()).Should().Be(0);
        var first = (await s.DeliveriesAsync()).Single();
        first.State.Should().Be(WebhookDeliveryState.Pending);
        first.LastStatus.Should().Be(500);
        first.LastError.Should().Contain("500");
        (first.NextAttemptAt!.Value - s.Clock.GetCurrentInstant()).Should().BeInRange(Duration.FromSeconds(8), Duration.FromSeconds(12), "10 seconds, give or take the jitter");
        (await s.DispatchAsync()).Should().Be(0, "not yet due");
        receiver.Received.Should().HaveCount(1);

        s.Clock.Advance(Duration.FromSeconds(13));
        (await s.DispatchAsync()).Should().Be(0, "the receiver did not answer in time");
        var second = (await s.DeliveriesAsync()).Single();
        second.LastStatus.Should().BeNull();
        second.LastError.Should().Contain("No answer within 1 second");
        (second.NextAttemptAt!.Value - s.Clock.GetCurrentInstant()).Should().BeInRange(Duration.FromSeconds(16), Duration.FromSeconds(24), "doubled");

        s.Clock.Advance(Duration.FromSeconds(25));
        (await s.DispatchAsync()).Should().Be(1);
        var delivered = (await s.DeliveriesAsync()).Single();
        delivered.State.Should().Be(WebhookDeliveryState.Delivered);
        delivered.Attempts.Should().Be(3);
        receiver.Received.Select(r => r.Id).Distinct().Should().ContainSingle().Which.Should().Be(delivered.Key);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Failed_deliveries_in_a_row_pause_the_subscription_with_a_reason_until_it_is_resumed(Provider provider)
    {
        var s = await WebhookScenario.CreateAsync(fixture, provider);
        s.Options.MaxAttempts = 2;
        s.Options.PauseAfterFailedDeliveries = 2;
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => (503, TimeSpan.Zero);
        var subscription = await s.SubscribeAsync(receiver.Url);
        await s.ScheduleMeetingsAsync(3);
        await s.FanOutAsync();

        await s.DispatchAsync();
        s.Clock.Advance(Duration.FromMinutes(1));
        await s.DispatchAsync();
        var deliveries = await s.DeliveriesAsync();
        deliveries.Count(d => d.State == WebhookDeliveryState.Failed).Should().BeGreaterThanOrEqualTo(2);
        var paused = await s.SubscriptionAsync(subscription.Subscription);
        paused.IsActive.Should().BeFalse();
        paused.PausedReason!.English.Should().Contain("2 failed deliveries in a row");
        paused.PausedReason.Persian.Should().Contain("متوقف");

        // Paused: nothing more is posted, and new events make no deliveries.
        var posted = receiver.Received.Count;
        s.Clock.Advance(Duration.FromHours(1));
        await s.ScheduleMeetingsAsync(1);
        await s.FanOutAsync();
        (await s.DeliveriesAsync()).Should().HaveCount(deliveries.Count);
        await s.DispatchAsync();
        receiver.Received.Should().HaveCount(posted);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task The_dispatcher_refuses_to_connect_to_loopback_when_the_host_does_not_allow_it(Provider provider)
    {
        // A subscription made while loopback was allowed (or a name re-pointed at this machine since): the connection is refused.
        var s = await WebhookScenario.CreateAsync(fixture, provider);
        await using var receiver = await WebhookReceiver.StartAsync();
        await s.SubscribeAsync(receiver.Url);
        await s.ScheduleMeetingsAsync(1);
        await s.FanOutAsync();

        (await s.DispatchAsync(allowLoopback: false)).Should().Be(0);
        receiver.Received.Should().BeEmpty();
        (await s.DeliveriesAsync()).Single().LastError.Should().Contain("private, loopback or reserved address");
    }
}
