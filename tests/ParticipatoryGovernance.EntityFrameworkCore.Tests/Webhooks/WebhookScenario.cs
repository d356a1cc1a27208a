using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.UseCases;
using ParticipatoryGovernance.EntityFrameworkCore.Webhooks;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Webhooks;
using ParticipatoryGovernance.Webhooks.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Webhooks;

/// <summary>A stored city whose webhook cursor starts after its history, and the webhook parts over it.</summary>
internal sealed class WebhookScenario(TestDatabase database, World world, FakeClock clock)
{
    public TestDatabase Database { get; } = database;

    public World World { get; } = world;

    /// <summary>The dispatcher's clock: an hour after the stored events'.</summary>
    public FakeClock Clock { get; } = clock;

    public WebhookOptions Options { get; } = new() { FirstRetryDelay = Duration.FromSeconds(10), MaxAttempts = 4, Timeout = TimeSpan.FromSeconds(1) };

    public static async Task<WebhookScenario> CreateAsync(DatabaseFixture fixture, Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        world.ResidentsOf(world.North, 2);
        await world.SaveAsync(database);
        await using (var db = database.CreateContext())
        {
            (await new WebhookFanOut(db, fixture.Clock, new WebhookOptions()).StartFromLatestAsync()).Should().BeTrue();
        }

        return new(database, world, new FakeClock(fixture.Clock.GetCurrentInstant() + Duration.FromHours(1)));
    }

    /// <summary>Subscribes an address (loopback allowed), created before the events to come.</summary>
    public async Task<WebhookSecret> SubscribeAsync(Uri url, params string[] types)
    {
        await using var db = Database.CreateContext();
        var created = new FakeClock(Clock.GetCurrentInstant() - Duration.FromDays(1));
        var result = await new CreateWebhookSubscriptionHandler(new GovernanceStore(db), new WebhookStore(db), created, new WebhookSettings { AllowLoopback = true })
            .HandleAsync(new CreateWebhookSubscription(World.City.Id, url.AbsoluteUri, types));
        result.IsSuccess.Should().BeTrue(string.Join("; ", result.Violations.Select(v => v.Message.English)));
        return result.Value;
    }

    /// <summary>Schedules <paramref name="count"/> meetings: as many MeetingScheduled events.</summary>
    public async Task ScheduleMeetingsAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var db = Database.CreateContext();
            (await new ScheduleMeetingHandler(new GovernanceStore(db), Clock).HandleAsync(
                new ScheduleMeeting(World.City.Id, World.North.Id, "مسجد جامع", Instant.FromUtc(2024, 5, 20, 14, 30) + Duration.FromDays(i)))).IsSuccess.Should().BeTrue();
        }
    }

    public async Task<int> FanOutAsync()
    {
        var total = 0;
        while (true)
        {
            await using var db = Database.CreateContext();
            var handled = await new WebhookFanOut(db, Clock, Options).RunOnceAsync();
            if (handled == 0)
            {
                return total;
            }

            total += handled;
        }
    }

    public async Task<int> DispatchAsync(bool allowLoopback = true)
    {
        await using var db = Database.CreateContext();
        using var client = new WebhookClient(new WebhookSettings { AllowLoopback = allowLoopback });
        return await new WebhookDispatcher(db, Clock, Options, client).RunOnceAsync();
    }

    public async Task<List<WebhookDelivery>> DeliveriesAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Set<WebhookDelivery>().AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    public async Task<WebhookSubscription> SubscriptionAsync(Guid id)
    {
        await using var db = Database.CreateContext();
        return (await new WebhookStore(db).SubscriptionAsync(World.City.Id, id))!;
    }
}
