using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.Events;
using ParticipatoryGovernance.Comments.Specifications;
using ParticipatoryGovernance.Comments.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Residents;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.UseCases;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Comments;

/// <summary>Comments on both databases: threads, edits, reports and moderation saved and read back whole, through the handlers.</summary>
[Collection(DatabaseTests.Name)]
public sealed class CommentStorageTest(DatabaseFixture fixture)
{
    private static readonly MunicipalOfficial Moderator = new("staff-42", "علی رضایی، ناظر");

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AThreadOnAnIdea_AndCommentsOnAgendaItems_ReadBackWhole_InThreadOrder(Provider provider)
    {
        var (database, world, clock, idea, meeting) = await WorldAsync(provider);
        var (sara, ali, reza) = (world.Residents[0], world.Residents[1], world.Residents[2]);

        var first = await PostAsync(database, store => new CommentOnIdeaHandler(store, clock).HandleAsync(new CommentOnIdea(world.City.Id, idea.Id, ali.Id, "موافقم؛ سایه لازم است.", "for")));
        clock.Advance(Duration.FromMinutes(1));
        var reply = await PostAsync(database, store => new ReplyToCommentHandler(store, clock).HandleAsync(new ReplyToComment(world.City.Id, first, sara.Id, "ممنون از پشتیبانی", null)));
        clock.Advance(Duration.FromMinutes(1));
        var replyToReply = await PostAsync(database, store => new ReplyToCommentHandler(store, clock).HandleAsync(new ReplyToComment(world.City.Id, reply, reza.Id, "من هم", "against")));
        var onItem = await PostAsync(database, store => new CommentOnAgendaItemHandler(store, clock).HandleAsync(new CommentOnAgendaItem(world.City.Id, meeting.Id, 2, reza.Id, "بند دوم مهم است", null)));
        clock.Advance(Duration.FromMinutes(2));
        await ChangeAsync(database, store => new EditCommentHandler(store, clock).HandleAsync(new EditComment(world.City.Id, first, ali.Id, "بسیار موافقم", "for")));

        Result<Created<CommentId>> tooDeep;
        await using (var db = database.CreateContext())
        {
            tooDeep = await new ReplyToCommentHandler(new GovernanceStore(db), clock).HandleAsync(new ReplyToComment(world.City.Id, replyToReply, ali.Id, "عمیق", null));
        }

        tooDeep.Violations.Single().Rule.Should().Be(CommentRuleIds.TooDeep);
        await using var read = database.CreateContext();
        var store = new GovernanceStore(read);
        var thread = await store.ListAsync(new CommentsOnSubjectSpec(CommentSubject.Idea(idea.Id)));
        thread.Select(c => c.Id).Should().Equal(first, reply, replyToReply);
        thread.Select(c => c.Depth).Should().Equal(0, 1, 2);
        thread[1].ParentId.Should().Be(first);
        thread[0].Body.Should().Be("بسیار موافقم");
        thread[0].Edits.Should().ContainSingle().Which.PreviousBody.Should().Be("موافقم؛ سایه لازم است.");
        thread[2].Stance.Should().Be(CommentStance.Against);
        var onMeeting = await store.ListAsync(new CommentsOnMeetingSpec(meeting.Id));
        onMeeting.Should().ContainSingle().Which.Should().Match<Comment>(c => c.Id == onItem && c.AgendaItemNumber == 2 && c.NeighbourhoodId == world.North.Id);
        (await store.ListAsync(new CommentsOnSubjectSpec(CommentSubject.AgendaItem(meeting.Id, 1)))).Should().BeEmpty();
        (await store.ListAsync(new CommentsOfResidentSpec(reza.Id, take: 1))).Select(c => c.Id).Should().ContainSingle();
        var events = await read.DomainEvents.AsNoTracking().Where(e => e.AggregateId == first.Value).Select(e => e.EventType).ToListAsync();
        events.Should().Equal(typeof(CommentPosted).FullName, typeof(CommentEdited).FullName);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Reports_HideAComment_AModeratorRestoresIt_AndTheQueueAndParticipationFollow(Provider provider)
    {
        var (database, world, clock, idea, _) = await WorldAsync(provider);
        var author = world.Residents[0];
        var comment = await PostAsync(database, store => new CommentOnIdeaHandler(store, clock).HandleAsync(new CommentOnIdea(world.City.Id, idea.Id, author.Id, "نظر", null)));
        var reporters = world.Residents.Skip(1).Take(world.City.Charter.Ideas.ReportsToHide).ToList();
        foreach (var reporter in reporters)
        {
            clock.Advance(Duration.FromMinutes(1));
            await ChangeAsync(database, store => new ReportCommentHandler(store, clock).HandleAsync(new ReportComment(world.City.Id, comment, reporter.Id, "توهین")));
        }

        await using (var db = database.CreateContext())
        {
            var hidden = await db.Comments.AsNoTracking().SingleAsync(c => c.Id == comment);
            hidden.Visibility.Should().Be(CommentVisibility.Hidden);
            hidden.Reports.Select(r => r.ReporterId).Should().Equal(reporters.Select(r => r.Id));
            hidden.VisibilityChanges.Single().By.Should().Be(Actor.Charter);
            (await new GovernanceStore(db).ListAsync(new CommentsAwaitingModerationSpec(world.City.Id))).Select(c => c.Id).Should().Equal(comment);
            var participation = await new ParticipationRecords(db).ReadNeighbourhoodAsync(world.City.Id, world.North.Id);
            participation!.Participations.Should().NotContain(p => p.Kind == ParticipationKind.CommentPosted, "a hidden comment is not participation");
        }

        clock.Advance(Duration.FromMinutes(1));
        await ChangeAsync(database, store => new RestoreCommentHandler(store, clock).HandleAsync(new RestoreComment(world.City.Id, comment, Moderator, "توهین نیست")));

        await using var read = database.CreateContext();
        var restored = await read.Comments.AsNoTracking().SingleAsync(c => c.Id == comment);
        restored.Visibility.Should().Be(CommentVisibility.Visible);
        restored.ModerationRound.Should().Be(1);
        restored.VisibilityChanges.Select(c => c.By).Should().Equal(Actor.Charter, Actor.Official(Moderator));
        (await new GovernanceStore(read).ListAsync(new CommentsAwaitingModerationSpec(world.City.Id))).Should().BeEmpty();
        var records = (await new ParticipationRecords(read).ReadNeighbourhoodAsync(world.City.Id, world.North.Id))!.Participations;
        records.Should().ContainSingle(p => p.Kind == ParticipationKind.CommentPosted).Which.ResidentId.Should().Be(author.Id);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task TheSameResident_CannotReportTwiceInARound_EvenFromTwoWritersAtOnce(Provider provider)
    {
        var (database, world, clock, idea, _) = await WorldAsync(provider);
        var comment = await PostAsync(database, store => new CommentOnIdeaHandler(store, clock).HandleAsync(new CommentOnIdea(world.City.Id, idea.Id, world.Residents[0].Id, "نظر", null)));
        var reporter = world.Residents[1];

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await new ReportCommentHandler(new GovernanceStore(db), clock).HandleAsync(new ReportComment(world.City.Id, comment, reporter.Id, "توهین"));
        }));

        results.Count(r => r.IsSuccess).Should().Be(1);
        await using var read = database.CreateContext();
        (await read.Comments.AsNoTracking().SingleAsync(c => c.Id == comment)).Reports.Should().ContainSingle();
    }

    private static async Task<CommentId> PostAsync(TestDatabase database, Func<IGovernanceStore, Task<Result<Created<CommentId>>>> act)
    {
        await using var db = database.CreateContext();
        var result = await act(new GovernanceStore(db));
        result.IsSuccess.Should().BeTrue(result.ToString());
        return result.Value.Id;
    }

    private static async Task ChangeAsync(TestDatabase database, Func<IGovernanceStore, Task<Result<Changed>>> act)
    {
        await using var db = database.CreateContext();
        var result = await act(new GovernanceStore(db));
        result.IsSuccess.Should().BeTrue(result.ToString());
    }

    private async Task<(TestDatabase Database, World World, FakeClock Clock, CitizenIdea Idea, NeighbourhoodMeeting Meeting)> WorldAsync(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        world.ResidentsOf(world.North, 6);
        await world.SaveAsync(database);
        var clock = new FakeClock(Instant.FromUtc(2024, 4, 28, 6, 30));
        var idea = CitizenIdea.Submit(
            CitizenIdeaId.New(),
            world.City,
            world.Residents[0].Id,
            new IdeaDraft("سایه‌بان", "ایستگاه سایه ندارد.", world.City.Charter.FindUrbanField("traffic")!, world.North.Id, null),
            clock.GetCurrentInstant() - Duration.FromDays(1)).Value;
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, new LocalizedText("مسجد", "Mosque"), clock.GetCurrentInstant() + Duration.FromDays(3), world.City.Charter.Meetings);
        meeting.AddAgendaItem("بوستان").ThrowIfFailed();
        meeting.AddAgendaItem("روشنایی").ThrowIfFailed();
        await using (var db = database.CreateContext())
        {
            db.AddRange(idea, meeting);
            await db.SaveChangesAsync();
        }

        return (database, world, clock, idea, meeting);
    }
}
