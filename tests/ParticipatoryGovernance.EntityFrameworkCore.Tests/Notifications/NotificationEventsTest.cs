using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Notifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Notifications;

/// <summary>More of the events residents care about: a milestone, a moderator's decision, a meeting called off.</summary>
[Collection(DatabaseTests.Name)]
public sealed class NotificationEventsTest(DatabaseFixture fixture)
{
    private static readonly MunicipalOfficial Staff = new("staff-7", "مریم کاظمی");

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Milestone_ReachesProposerAndFollowers_AndARemoval_OnlyTheProposer(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var (proposer, follower) = (s.World.Residents[0], s.World.Residents[1]);
        await s.PreferAsync(follower, "en");
        var idea = await s.SubmitIdeaAsync(proposer);
        await s.FollowAsync(follower, FollowKind.Idea, idea.Value);
        await s.ChangeAsync(store => new StartIdeaReviewHandler(store, s.Clock).HandleAsync(new StartIdeaReview(s.World.City.Id, idea, Staff, "بررسی")));
        await s.ChangeAsync(store => new AcceptIdeaHandler(store, s.Clock).HandleAsync(new AcceptIdea(s.World.City.Id, idea, Staff, "پذیرفته شد")));
        await s.ChangeAsync(store => new StartIdeaImplementationHandler(store, s.Clock).HandleAsync(new StartIdeaImplementation(s.World.City.Id, idea, Staff, "آغاز اجرا")));
        await s.ChangeAsync(store => new RecordIdeaProgressHandler(store, s.Clock).HandleAsync(
            new RecordIdeaProgress(s.World.City.Id, idea, Staff, 40, new LocalDate(2024, 4, 28), "پایه‌ها نصب شد")));
        await s.ChangeAsync(store => new RemoveIdeaHandler(store, s.Clock).HandleAsync(new RemoveIdea(s.World.City.Id, idea, Staff, "تکراری")));

        await s.FanOutAsync();

        var all = await s.NotificationsAsync();
        var progress = all.Where(n => n.Kind == "IdeaProgressReported").ToList();
        progress.Select(n => n.ResidentId).Should().BeEquivalentTo([proposer.Id, follower.Id]);
        progress.Single(n => n.ResidentId == proposer.Id).Subject.Should().Contain("۴۰٪");
        progress.Single(n => n.ResidentId == follower.Id).Subject.Should().Be("Progress on “سایه‌بان ایستگاه”: 40%");
        progress.Single(n => n.ResidentId == follower.Id).Body.Should().StartWith("9 Ordibehesht 1403: ");
        var removed = all.Where(n => n.Kind == "IdeaVisibilityChanged").ToList();
        removed.Should().ContainSingle().Which.ResidentId.Should().Be(proposer.Id, "a moderator's decision is the proposer's business");
        removed[0].Subject.Should().Contain("برداشته شد");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task MeetingCancelled_ReachesTheNeighbourhoodAndTheMeetingsFollowers(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var fromSouth = s.World.Residents.First(r => r.NeighbourhoodId == s.World.South.Id);
        var meeting = await s.WithStoreAsync(async (store, _) => (await new ScheduleMeetingHandler(store, s.Clock).HandleAsync(
            new ScheduleMeeting(s.World.City.Id, s.World.North.Id, "مسجد جامع", Instant.FromUtc(2024, 5, 20, 14, 30)))).Value.Id);
        await s.FollowAsync(fromSouth, FollowKind.Meeting, meeting.Value);
        await s.ChangeAsync(store => new CancelMeetingHandler(store, s.Clock).HandleAsync(new CancelMeeting(s.World.City.Id, meeting, "باران شدید")));

        await s.FanOutAsync();

        var cancelled = (await s.NotificationsAsync()).Where(n => n.Kind == "MeetingCancelled").ToList();
        cancelled.Select(n => n.ResidentId).Should().BeEquivalentTo(s.World.Residents.Where(r => r.NeighbourhoodId == s.World.North.Id).Select(r => r.Id).Append(fromSouth.Id));
        cancelled[0].Body.Should().Contain("باران شدید");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ACommentAndAReply_ReachTheProposer_TheFollowers_AndTheAuthorAnswered_NeverTheWriter(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var (proposer, commenter, follower, replier) = (s.World.Residents[0], s.World.Residents[1], s.World.Residents[2], s.World.Residents[3]);
        await s.PreferAsync(commenter, "en");
        var idea = await s.SubmitIdeaAsync(proposer);
        await s.FollowAsync(follower, FollowKind.Idea, idea.Value);
        await s.FollowAsync(commenter, FollowKind.Idea, idea.Value);
        var comment = await s.WithStoreAsync(async (store, _) => (await new ParticipatoryGovernance.Comments.UseCases.CommentOnIdeaHandler(store, s.Clock).HandleAsync(
            new ParticipatoryGovernance.Comments.UseCases.CommentOnIdea(s.World.City.Id, idea, commenter.Id, "سایه‌بان لازم است.", "for"))).Value.Id);
        await s.WithStoreAsync(async (store, _) => (await new ParticipatoryGovernance.Comments.UseCases.ReplyToCommentHandler(store, s.Clock).HandleAsync(
            new ParticipatoryGovernance.Comments.UseCases.ReplyToComment(s.World.City.Id, comment, replier.Id, "موافقم.", null))).Value.Id);

        await s.FanOutAsync();

        var posted = (await s.NotificationsAsync()).Where(n => n.Kind == "CommentPosted").ToList();
        posted.Where(n => n.ResidentId == proposer.Id).Should().HaveCount(2, "the proposer hears of the comment and of the reply");
        posted.Where(n => n.ResidentId == follower.Id).Should().HaveCount(2, "so does the idea's follower");
        var toCommenter = posted.Where(n => n.ResidentId == commenter.Id).ToList();
        toCommenter.Should().ContainSingle("the commenter is not told of their own comment, and of the reply once, as its answer")
            .Which.Subject.Should().Be("A reply to your comment on “سایه‌بان ایستگاه”", "in the commenter's language");
        posted.Should().NotContain(n => n.ResidentId == replier.Id, "nobody is told of their own reply");
        posted.Select(n => (n.EventSequence, n.ResidentId, n.Channel)).Should().OnlyHaveUniqueItems();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ABudgetingRoundOverTheCity_Opening_ReachesEveryResidentOfItsArea_EachOnce(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var proposer = s.World.Residents[0];
        var idea = await s.SubmitIdeaAsync(proposer);
        await s.ChangeAsync(store => new StartIdeaReviewHandler(store, s.Clock).HandleAsync(new StartIdeaReview(s.World.City.Id, idea, Staff, "بررسی")));
        await s.ChangeAsync(store => new AcceptIdeaHandler(store, s.Clock).HandleAsync(new AcceptIdea(s.World.City.Id, idea, Staff, "پذیرفته شد")));
        var today = ParticipatoryGovernance.Calendar.PersianDates.InCity(s.Clock.GetCurrentInstant()).Date;
        var round = await s.WithStoreAsync(async (store, _) => (await new ParticipatoryGovernance.Budgeting.UseCases.OpenBudgetingRoundHandler(store, s.Clock).HandleAsync(
            new ParticipatoryGovernance.Budgeting.UseCases.OpenBudgetingRound(s.World.City.Id, "بودجهٔ محله‌ها", 1_000_000_000,
                [new ParticipatoryGovernance.Budgeting.UseCases.BudgetingProjectInput(idea, 200_000_000)], today, today.PlusDays(7)))).Value.Id);

        await s.FanOutAsync();

        var opened = (await s.NotificationsAsync()).Where(n => n.Kind == "BudgetingRoundOpened").ToList();
        opened.Select(n => n.ResidentId).Should().BeEquivalentTo(s.World.Residents.Select(r => r.Id), "every resident of the round's area, each once");
        opened.Should().OnlyContain(n => n.ThingId == round.Value && n.Subject.Contains("بودجهٔ محله‌ها"));
    }
}
