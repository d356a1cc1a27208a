using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>Neighbourhood meetings saved step by step and read back whole, on both databases.</summary>
[Collection(DatabaseTests.Name)]
public class NeighbourhoodMeetingStorageTest(DatabaseFixture fixture)
{
    private static readonly Instant Start = Instant.FromUtc(2024, 5, 2, 14, 30);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ClosedMeeting_ReadsBackWithItsAgendaVotesDecisionsAndAttendance(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var people = world.ResidentsOf(world.North, 9);
        await world.SaveAsync(database);
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, new LocalizedText("مسجد جامع محله", "The neighbourhood mosque"), Start, world.City.Charter.Meetings);
        meeting.AddAgendaItem("آسفالت کوچهٔ شهید رجایی", "از بودجهٔ محله، پیش از زمستان").ThrowIfFailed();
        meeting.AddAgendaItem("ساعت کار کتابخانهٔ مسجد").ThrowIfFailed();
        meeting.AddAgendaItem("جشن نیمه‌شعبان").ThrowIfFailed();

        await using (var steps = await SavedInSteps<NeighbourhoodMeeting>.AddAsync(database, meeting))
        {
            await steps.StepAsync(m =>
            {
                m.Open(Start).ThrowIfFailed();
                for (var i = 0; i < people.Count; i++)
                {
                    m.RecordAttendance(people[i], Start + Duration.FromMinutes(i)).ThrowIfFailed();
                }
            });
            await steps.StepAsync(m =>
            {
                m.PutToVote(1).ThrowIfFailed();
                Vote(m, 1, people[..6], VoteChoice.For);
                Vote(m, 1, people[6..8], VoteChoice.Against);
                Vote(m, 1, people[8..], VoteChoice.Abstain);
            });
            await steps.StepAsync(m => m.Decide(1, Start + Duration.FromMinutes(40)).Value.Outcome.Should().Be(DecisionOutcome.Passed));
            await steps.StepAsync(m =>
            {
                m.PutToVote(2).ThrowIfFailed();
                Vote(m, 2, people[..2], VoteChoice.For);
                Vote(m, 2, people[2..3], VoteChoice.Against);
                m.Decide(2, Start + Duration.FromMinutes(55)).Value.Outcome.Should().Be(DecisionOutcome.NoQuorum);
                m.Close("بند ۱ تصویب شد؛ بند ۲ به حد نصاب نرسید؛ بند ۳ به جلسهٔ بعد ماند.", Start + Duration.FromHours(1)).ThrowIfFailed();
            });

            await using var db = database.CreateContext();
            var stored = await db.NeighbourhoodMeetings.SingleAsync(m => m.Id == meeting.Id);

            StoredState.ShouldEqual(stored, meeting);
            stored.Status.Should().Be(MeetingStatus.Closed);
            stored.Decisions.Select(d => d.Outcome).Should().Equal(DecisionOutcome.Passed, DecisionOutcome.NoQuorum);
            stored.Agenda[0].Votes.Should().HaveCount(9);
            stored.Agenda[2].Decision.Should().BeNull("item 3 was never put to the vote");
            db.VersionOf(stored).Should().Be(steps.Saves);
            StoredState.ShouldEqual(await SavedInSteps<NeighbourhoodMeeting>.StoredEventsAsync(db, meeting.Id.Value), steps.Raised);
            steps.Raised.Should().HaveCount(5, "scheduled, opened, two decisions, closed");
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ScheduledOpenAndCancelledMeetings_ReadBackInTheirStates(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var people = world.ResidentsOf(world.South, 3);
        await world.SaveAsync(database);
        var rules = world.City.Charter.Meetings with { MinimumVoters = 2, Majority = MajorityRule.TwoThirdsOfVotesCast };
        var scheduled = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.South, new LocalizedText("سرای محله", "Community house"), Start.Plus(Duration.FromDays(7)), rules);
        scheduled.AddAgendaItem("پارک بازی کودکان").ThrowIfFailed();
        var open = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.South, new LocalizedText("سرای محله", "Community house"), Start, rules);
        open.AddAgendaItem("روشنایی خیابان").ThrowIfFailed();
        open.Open(Start).ThrowIfFailed();
        people.ForEach(p => open.RecordAttendance(p, Start).ThrowIfFailed());
        open.PutToVote(1).ThrowIfFailed();
        Vote(open, 1, people[..2], VoteChoice.For);
        var cancelled = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.South, new LocalizedText("مسجد", "Mosque"), Start.Plus(Duration.FromDays(1)), rules);
        cancelled.Cancel("باران شدید", Start).ThrowIfFailed();
        await using (var db = database.CreateContext())
        {
            db.AddRange(scheduled, open, cancelled);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.NeighbourhoodMeetings.AsNoTracking().ToDictionaryAsync(m => m.Id);

            StoredState.ShouldEqual(stored[scheduled.Id], scheduled);
            StoredState.ShouldEqual(stored[open.Id], open);
            StoredState.ShouldEqual(stored[cancelled.Id], cancelled);
            stored[open.Id].Agenda.Single().Status.Should().Be(AgendaItemStatus.Voting);
            stored[open.Id].Rules.Should().Be(rules);
            stored[cancelled.Id].CancellationReason.Should().Be("باران شدید");
        }
    }

    private static void Vote(NeighbourhoodMeeting meeting, int item, IEnumerable<Resident> voters, VoteChoice choice)
    {
        foreach (var voter in voters)
        {
            meeting.CastVote(item, voter.Id, choice, Start + Duration.FromMinutes(30)).ThrowIfFailed();
        }
    }
}
