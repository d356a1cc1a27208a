using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.UseCases;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Notifications.UseCases;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Notifications;

/// <summary>Who is told of each event, in which language, on which channel, and only once.</summary>
[Collection(DatabaseTests.Name)]
public sealed class NotificationFanOutTest(DatabaseFixture fixture)
{
    private static readonly MunicipalOfficial Staff = new("staff-7", "مریم کاظمی");

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task OfficialAnswer_ReachesTheProposerAndFollowers_InTheirLanguages_ExactlyOnce(Provider provider)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var (proposer, follower, bystander) = (s.World.Residents[0], s.World.Residents[4], s.World.Residents[1]);
        await s.PreferAsync(follower, "en", email: true);
        var idea = await s.SubmitIdeaAsync(proposer);
        await s.FollowAsync(follower, FollowKind.Idea, idea.Value);
        await s.ChangeAsync(store => new StartIdeaReviewHandler(store, s.Clock).HandleAsync(new StartIdeaReview(s.World.City.Id, idea, Staff, "بررسی می‌کنیم")));
        await s.ChangeAsync(store => new AcceptIdeaHandler(store, s.Clock).HandleAsync(new AcceptIdea(s.World.City.Id, idea, Staff, "در بودجهٔ سال آینده اجرا می‌شود.")));

        (await s.FanOutAsync()).Should().BeGreaterThan(0);
        (await s.FanOutAsync()).Should().Be(0, "the cursor moved past every event in the same transaction");

        var all = await s.NotificationsAsync();
        var answers = all.Where(n => n.Subject.Contains("پاسخ رسمی", StringComparison.Ordinal) || n.Subject.StartsWith("Official answer", StringComparison.Ordinal)).ToList();
        answers.Select(n => (n.ResidentId, n.Channel, n.Language)).Should().BeEquivalentTo(
        [
            (proposer.Id, NotificationChannel.InApp, "fa"),
            (follower.Id, NotificationChannel.InApp, "en"),
            (follower.Id, NotificationChannel.Email, "en"),
        ]);
        var persian = answers.Single(n => n.ResidentId == proposer.Id);
        persian.Subject.Should().Be("پاسخ رسمی به ایدهٔ «سایه‌بان ایستگاه»");
        persian.Body.Should().Contain("پذیرفته‌شده").And.Contain("در بودجهٔ سال آینده اجرا می‌شود.").And.Contain("اردیبهشت ۱۴۰۳");
        persian.State.Should().Be(NotificationState.Delivered, "an inbox row is its own delivery");
        var english = answers.Single(n => n.ResidentId == follower.Id && n.Channel == NotificationChannel.Email);
        english.Body.Should().Contain("accepted").And.Contain("Ordibehesht 1403");
        english.State.Should().Be(NotificationState.Pending);
        english.ThingKind.Should().Be("idea");
        english.ThingId.Should().Be(idea.Value);
        all.Should().NotContain(n => n.ResidentId == bystander.Id, "a resident who neither proposed nor follows the idea is not told");
        all.GroupBy(n => (n.EventSequence, n.ResidentId, n.Channel)).Should().OnlyContain(g => g.Count() == 1);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task MeetingScheduled_ReachesTheNeighbourhoodsResidentsAndItsFollowers_NotOtherNeighbourhoods(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var followerFromSouth = s.World.Residents.First(r => r.NeighbourhoodId == s.World.South.Id);
        await s.FollowAsync(followerFromSouth, FollowKind.Neighbourhood, s.World.North.Id.Value);
        var startsAt = Instant.FromUtc(2024, 5, 20, 14, 30);
        await s.WithStoreAsync(async (store, _) => (await new ScheduleMeetingHandler(store, s.Clock).HandleAsync(
            new ScheduleMeeting(s.World.City.Id, s.World.North.Id, "مسجد جامع", startsAt, ["پارک محله"]))).Value);

        await s.FanOutAsync();

        var told = (await s.NotificationsAsync()).Where(n => n.Kind == "MeetingScheduled").ToList();
        var expected = s.World.Residents.Where(r => r.NeighbourhoodId == s.World.North.Id).Select(r => r.Id).Append(followerFromSouth.Id);
        told.Select(n => n.ResidentId).Should().BeEquivalentTo(expected);
        told.Should().OnlyContain(n => n.Channel == NotificationChannel.InApp && n.Language == "fa");
        told[0].Subject.Should().Contain("۳۱ اردیبهشت ۱۴۰۳").And.Contain("۱۸:۰۰", "14:30 UTC is 18:00 in Tehran");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Follow_OfAnotherCitysNeighbourhood_IsRefusedAsNotFound_AndStoresNothing(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var other = new World();
        await other.SaveAsync(s.Database);

        var result = await s.WithStoreAsync((store, notifications) => new FollowThingHandler(store, notifications)
            .HandleAsync(new FollowThing(s.World.City.Id, s.World.Residents[0].Id, FollowKind.Neighbourhood, other.North.Id.Value)));
        var unknownKind = await s.WithStoreAsync((store, notifications) => new FollowThingHandler(store, notifications)
            .HandleAsync(new FollowThing(s.World.City.Id, s.World.Residents[0].Id, (FollowKind)42, s.World.North.Id.Value)));
        var badLanguage = await s.WithStoreAsync((store, notifications) => new SetNotificationPreferencesHandler(store, notifications)
            .HandleAsync(new SetNotificationPreferences(s.World.City.Id, s.World.Residents[0].Id, "<script>", true, false, false, false)));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        unknownKind.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.UnknownChoice);
        badLanguage.Violations.Should().ContainSingle().Which.Rule.Should().Be(NotificationRuleIds.UnknownLanguage);
        await using var db = s.Database.CreateContext();
        (await db.Set<StoredFollow>().CountAsync()).Should().Be(0);
        (await new NotificationStore(db, s.Clock).PreferencesAsync(s.World.Residents[0].Id)).Should().Be(NotificationPreferences.Default);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Dispatcher_RetriesWithBackOff_ThenDelivers_AndGivesUpWithoutAnAddress(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var proposer = s.World.Residents[0];
        await s.PreferAsync(proposer, "fa", inApp: false, sms: true);
        var idea = await s.SubmitIdeaAsync(proposer);
        await s.ChangeAsync(store => new StartIdeaReviewHandler(store, s.Clock).HandleAsync(new StartIdeaReview(s.World.City.Id, idea, Staff, "بررسی")));
        await s.FanOutAsync();
        var sms = new RecordingSender(NotificationChannel.Sms, failures: 1);

        (await s.DispatchAsync(new EveryoneHasAnAddress(), sms)).Should().Be(0);
        var failed = (await s.NotificationsAsync()).Single();
        failed.State.Should().Be(NotificationState.Pending);
        failed.Attempts.Should().Be(1);
        failed.NextAttemptAt.Should().Be(s.Clock.GetCurrentInstant() + Duration.FromSeconds(10));
        failed.LastError.Should().Contain("gateway is down");
        (await s.DispatchAsync(new EveryoneHasAnAddress(), sms)).Should().Be(0, "the back-off has not passed");

        s.Clock.Advance(Duration.FromSeconds(11));
        (await s.DispatchAsync(new EveryoneHasAnAddress(), sms)).Should().Be(1);
        var delivered = (await s.NotificationsAsync()).Single();
        delivered.State.Should().Be(NotificationState.Delivered);
        delivered.Attempts.Should().Be(2);
        sms.Sent.Should().ContainSingle().Which.Key.Should().Be(delivered.Key);
        (await s.DispatchAsync(new EveryoneHasAnAddress(), sms)).Should().Be(0, "a delivered notification is never sent again");

        await s.ChangeAsync(store => new AcceptIdeaHandler(store, s.Clock).HandleAsync(new AcceptIdea(s.World.City.Id, idea, Staff, "پذیرفته شد")));
        await s.FanOutAsync();
        (await s.DispatchAsync(new NoAddresses(), sms)).Should().Be(0);
        (await s.NotificationsAsync()).Last().State.Should().Be(NotificationState.Failed);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task DailyDigest_GathersTheDaysNotifications_IntoOneMessage_AfterTheDayEnds(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var proposer = s.World.Residents[0];
        await s.PreferAsync(proposer, "en", email: true, digest: true);
        var idea = await s.SubmitIdeaAsync(proposer);
        await s.ChangeAsync(store => new StartIdeaReviewHandler(store, s.Clock).HandleAsync(new StartIdeaReview(s.World.City.Id, idea, Staff, "reviewing")));
        await s.ChangeAsync(store => new AcceptIdeaHandler(store, s.Clock).HandleAsync(new AcceptIdea(s.World.City.Id, idea, Staff, "accepted for next year")));
        await s.FanOutAsync();
        var email = new RecordingSender(NotificationChannel.Email);

        (await s.DispatchAsync(new EveryoneHasAnAddress(), email)).Should().Be(0, "digest notifications wait for the digest");
        (await s.DigestAsync(new EveryoneHasAnAddress(), email)).Should().Be(0, "the day has not ended");
        s.Clock.Advance(Duration.FromDays(1));
        (await s.DigestAsync(new EveryoneHasAnAddress(), email)).Should().Be(1);
        (await s.DigestAsync(new EveryoneHasAnAddress(), email)).Should().Be(0);

        var digest = email.Sent.Should().ContainSingle().Subject;
        digest.Subject.Should().StartWith("Your daily digest").And.Contain("2 notifications");
        digest.Body.Should().Contain("is now under review").And.Contain("Official answer");
        (await s.NotificationsAsync()).Where(n => n.Channel == NotificationChannel.Email).Should().OnlyContain(n => n.State == NotificationState.Delivered && n.DigestKey == digest.Key);
    }

    private sealed class NoAddresses : INotificationAddressBook
    {
        public Task<string?> AddressAsync(ParticipatoryGovernance.Residents.ResidentId resident, NotificationChannel channel, CancellationToken cancellationToken = default) =>
            Task.FromResult<string?>(null);
    }
}
