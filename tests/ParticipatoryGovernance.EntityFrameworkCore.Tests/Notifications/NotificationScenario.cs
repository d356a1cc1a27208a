using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.UseCases;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Notifications;

/// <summary>A stored city with residents in two neighbourhoods, and the notification parts over it.</summary>
internal sealed class NotificationScenario(TestDatabase database, World world, FakeClock clock)
{
    public TestDatabase Database { get; } = database;

    public World World { get; } = world;

    public FakeClock Clock { get; } = clock;

    public NotificationOptions Options { get; } = new() { FirstRetryDelay = Duration.FromSeconds(10), MaxAttempts = 3 };

    public static Task<NotificationScenario> CreateAsync(DatabaseFixture fixture, Provider provider, int perNeighbourhood = 3) =>
        CreateAsync(fixture, provider, new World(), perNeighbourhood);

    /// <summary>Over a given world (its charter, its residents), with <paramref name="perNeighbourhood"/> more residents in each neighbourhood.</summary>
    public static async Task<NotificationScenario> CreateAsync(DatabaseFixture fixture, Provider provider, World world, int perNeighbourhood = 3, Action<GovernanceDbContext>? seed = null)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        world.ResidentsOf(world.North, perNeighbourhood);
        world.ResidentsOf(world.South, perNeighbourhood);
        await world.SaveAsync(database);
        if (seed is not null)
        {
            await using var db = database.CreateContext();
            seed(db);
            await db.SaveChangesAsync();
        }

        // The stored events carry the fixture's clock; the fan-out and dispatcher run a little later.
        return new(database, world, new FakeClock(fixture.Clock.GetCurrentInstant() + Duration.FromHours(1)));
    }

    public async Task<T> WithStoreAsync<T>(Func<IGovernanceStore, INotificationStore, Task<T>> act)
    {
        await using var db = Database.CreateContext();
        var result = await act(new GovernanceStore(db), new NotificationStore(db, Clock));
        Clock.Advance(Duration.FromMinutes(1));
        return result;
    }

    public Task<Changed> ChangeAsync(Func<IGovernanceStore, Task<ParticipatoryGovernance.Common.Result<Changed>>> act) =>
        WithStoreAsync(async (store, _) => (await act(store)).Value);

    public Task<CitizenIdeaId> SubmitIdeaAsync(Resident proposer) =>
        WithStoreAsync(async (store, _) => (await new SubmitIdeaHandler(store, Clock).HandleAsync(
            new SubmitIdea(World.City.Id, proposer.Id, "سایه‌بان ایستگاه", "ایستگاه اتوبوس سایه ندارد.", "traffic", proposer.NeighbourhoodId))).Value.Id);

    public Task PreferAsync(Resident resident, string language, bool inApp = true, bool email = false, bool sms = false, bool digest = false) =>
        WithStoreAsync(async (store, notifications) => (await new ParticipatoryGovernance.Notifications.UseCases.SetNotificationPreferencesHandler(store, notifications)
            .HandleAsync(new ParticipatoryGovernance.Notifications.UseCases.SetNotificationPreferences(World.City.Id, resident.Id, language, inApp, email, sms, digest))).Value);

    public Task FollowAsync(Resident resident, FollowKind kind, Guid thing) =>
        WithStoreAsync(async (store, notifications) => (await new ParticipatoryGovernance.Notifications.UseCases.FollowThingHandler(store, notifications)
            .HandleAsync(new ParticipatoryGovernance.Notifications.UseCases.FollowThing(World.City.Id, resident.Id, kind, thing))).Value);

    /// <summary>Fans out until no event is left; returns the events handled.</summary>
    public async Task<int> FanOutAsync()
    {
        var total = 0;
        while (true)
        {
            await using var db = Database.CreateContext();
            var handled = await new NotificationFanOut(db, Clock, Options).RunOnceAsync();
            if (handled == 0)
            {
                return total;
            }

            total += handled;
        }
    }

    public async Task<int> DispatchAsync(INotificationAddressBook addresses, params INotificationSender[] senders)
    {
        await using var db = Database.CreateContext();
        return await new NotificationDispatcher(db, Clock, Options, senders, addresses).RunOnceAsync();
    }

    public async Task<int> DigestAsync(INotificationAddressBook addresses, params INotificationSender[] senders)
    {
        await using var db = Database.CreateContext();
        return await new NotificationDispatcher(db, Clock, Options, senders, addresses).RunDigestsAsync();
    }

    public async Task<List<Notification>> NotificationsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Set<Notification>().AsNoTracking().OrderBy(n => n.Id).ToListAsync();
    }
}

/// <summary>An address for everyone: resident-id@city.test, or a phone number made from the id.</summary>
internal sealed class EveryoneHasAnAddress : INotificationAddressBook
{
    public Task<string?> AddressAsync(ResidentId resident, NotificationChannel channel, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(channel == NotificationChannel.Email ? $"{resident.Value:N}@city.test" : "+98913" + Math.Abs(resident.Value.GetHashCode() % 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The SMS port's test double: records what it is given, and fails the first <paramref name="failures"/> sends.</summary>
internal sealed class RecordingSender(NotificationChannel channel, int failures = 0) : INotificationSender
{
    private int _failures = failures;

    public NotificationChannel Channel { get; } = channel;

    public ConcurrentQueue<NotificationMessage> Sent { get; } = new();

    public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref _failures) >= 0)
        {
            throw new InvalidOperationException("The gateway is down.");
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
