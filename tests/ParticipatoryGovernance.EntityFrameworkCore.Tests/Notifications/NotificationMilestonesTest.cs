using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Notifications;

/// <summary>
/// The events of the list not covered elsewhere: a support threshold reached, a neighbourhood's decision, a
/// campaign's stage, a seat won and a budgeting round closed. Each: who hears it, in which language, exactly once.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class NotificationMilestonesTest(DatabaseFixture fixture)
{
    private static readonly MunicipalOfficial Staff = new("staff-7", "مریم کاظمی");

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task SupportThresholdReached_TellsTheProposerAndFollowers_NotTheEndorsers_ForTheLastEndorsement(Provider provider)
    {
        var world = new World(RafsanjanPreset.Charter with { Ideas = RafsanjanPreset.Charter.Ideas with { SupportThreshold = 3 } });
        var s = await NotificationScenario.CreateAsync(fixture, provider, world, perNeighbourhood: 4);
        var north = s.World.Residents.Where(r => r.NeighbourhoodId == s.World.North.Id).ToList();
        var (proposer, follower) = (north[0], north[1]);
        await s.PreferAsync(follower, "en");
        var idea = await s.SubmitIdeaAsync(proposer);
        await s.FollowAsync(follower, FollowKind.Idea, idea.Value);
        foreach (var endorser in north.Skip(1))
        {
            await s.ChangeAsync(store => new EndorseIdeaHandler(store, s.Clock).HandleAsync(new EndorseIdea(s.World.City.Id, idea, endorser.Id)));
        }

        await s.FanOutAsync();

        var reached = (await s.NotificationsAsync()).Where(n => n.Kind == "IdeaStatusChanged").ToList();
        reached.Select(n => n.ResidentId).Should().BeEquivalentTo([proposer.Id, follower.Id], "the charter moved it: the proposer and the follower hear, each once");
        reached.Single(n => n.ResidentId == proposer.Id).Subject.Should().Be("ایدهٔ «سایه‌بان ایستگاه» به حد نصاب حمایت رسید");
        reached.Single(n => n.ResidentId == follower.Id).Subject.Should().Be("“سایه‌بان ایستگاه” reached its support threshold");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task NeighbourhoodDecision_ReachesItsResidents_TheMeetingsAndNeighbourhoodsFollowers_Once(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider, perNeighbourhood: 5);
        var north = s.World.Residents.Where(r => r.NeighbourhoodId == s.World.North.Id).ToList();
        var south = s.World.Residents.Where(r => r.NeighbourhoodId == s.World.South.Id).ToList();
        var (meetingFollower, neighbourhoodFollower) = (south[0], south[1]);
        await s.PreferAsync(neighbourhoodFollower, "en");
        var city = s.World.City.Id;
        var meeting = await s.WithStoreAsync(async (store, _) => (await new ScheduleMeetingHandler(store, s.Clock).HandleAsync(
            new ScheduleMeeting(city, s.World.North.Id, "مسجد جامع", s.Clock.GetCurrentInstant() + Duration.FromDays(2), ["روشنایی بوستان"]))).Value.Id);
        await s.FollowAsync(meetingFollower, FollowKind.Meeting, meeting.Value);
        await s.FollowAsync(neighbourhoodFollower, FollowKind.Neighbourhood, s.World.North.Id.Value);
        await s.FollowAsync(north[0], FollowKind.Meeting, meeting.Value);
        await s.ChangeAsync(store => new OpenMeetingHandler(store, s.Clock).HandleAsync(new OpenMeeting(city, meeting)));
        foreach (var attendee in north)
        {
            await s.ChangeAsync(store => new RecordAttendanceHandler(store, s.Clock).HandleAsync(new RecordAttendance(city, meeting, attendee.Id)));
        }

        await s.ChangeAsync(store => new PutItemToVoteHandler(store).HandleAsync(new PutItemToVote(city, meeting, 1)));
        foreach (var voter in north)
        {
            await s.ChangeAsync(store => new CastMeetingVoteHandler(store, s.Clock).HandleAsync(new CastMeetingVote(city, meeting, 1, voter.Id, VoteChoice.For)));
        }

        await s.ChangeAsync(store => new DecideItemHandler(store, s.Clock).HandleAsync(new DecideItem(city, meeting, 1)));

        await s.FanOutAsync();

        var decided = (await s.NotificationsAsync()).Where(n => n.Kind == "NeighbourhoodDecisionTaken").ToList();
        decided.Select(n => n.ResidentId).Should().BeEquivalentTo(north.Select(r => r.Id).Append(meetingFollower.Id).Append(neighbourhoodFollower.Id),
            "the neighbourhood's residents and both kinds of followers, each once, a resident who also follows the meeting included once");
        decided.Single(n => n.ResidentId == meetingFollower.Id).Body.Should().StartWith("موافق ۵، مخالف ۰، ممتنع ۰");
        decided.Single(n => n.ResidentId == neighbourhoodFollower.Id).Subject.Should().EndWith("decided: “روشنایی بوستان” passed");
        decided.Should().OnlyContain(n => n.ThingKind == "meeting" && n.ThingId == meeting.Value);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CampaignStages_ReachTheWholeCity_AndASeatWon_TheWinnerByName_TheNeighbourhoodWithoutIt_OncePerSeat(Provider provider)
    {
        var youth = new YouthMayorScenario(YouthMayorSelection.Election);
        var campaign = youth.Campaign;
        var applications = youth.Apply();
        campaign.AdvanceTo(CampaignStage.Shortlisting, YouthMayorScenario.ShortlistOn).ThrowIfFailed();
        applications.ForEach(a => campaign.Shortlist(a.Application, YouthMayorScenario.ShortlistOn).ThrowIfFailed());
        campaign.AdvanceTo(CampaignStage.Selection, YouthMayorScenario.SelectionOn).ThrowIfFailed();
        var pollOpens = YouthMayorScenario.SelectionOn;
        var election = campaign.CallElection(YouthMayorElectionId.New(), youth.World.North, Gender.Male, pollOpens, pollOpens.PlusDays(2)).Value;
        var winner = election.Candidates[0].ResidentId;
        for (var i = 0; i < 3; i++)
        {
            election.CastBallot(youth.Youth(youth.World.North, Gender.Female, 1386), winner, null, pollOpens).ThrowIfFailed();
        }

        election.Count(pollOpens.PlusDays(2)).ThrowIfFailed();
        campaign.DeclareElected(election, pollOpens.PlusDays(3)).ThrowIfFailed();
        var s = await NotificationScenario.CreateAsync(fixture, provider, youth.World, seed: db =>
        {
            db.Add(campaign);
            db.Add(election);
        });
        var northFollower = s.World.Residents.First(r => r.NeighbourhoodId == s.World.South.Id);
        await s.PreferAsync(northFollower, "en");
        await s.FollowAsync(northFollower, FollowKind.Neighbourhood, s.World.North.Id.Value);

        await s.FanOutAsync();

        var all = await s.NotificationsAsync();
        var stages = all.Where(n => n.Kind == "YouthMayorCampaignStageStarted").ToList();
        var stagesStarted = stages.Select(n => n.EventSequence).Distinct().Count();
        stagesStarted.Should().BeGreaterThanOrEqualTo(2, "shortlisting and selection started");
        stages.Should().HaveCount(stagesStarted * s.World.Residents.Count, "every resident of the city hears of each stage, once");
        stages.Where(n => n.ResidentId == northFollower.Id).Select(n => n.Subject).Should().Contain("“Become a mayor 1402”: the selection of youth mayors stage");
        var seat = all.Where(n => n.Kind == "YouthMayorChosen").ToList();
        seat.Where(n => n.ResidentId == winner).Should().ContainSingle("the seat is announced when the campaign seats the winner, not again at the count")
            .Which.Subject.Should().StartWith("شما شهردار نوجوان محلهٔ");
        var neighbours = s.World.Residents.Where(r => r.NeighbourhoodId == s.World.North.Id && r.Id != winner).Select(r => r.Id).Append(northFollower.Id);
        seat.Where(n => n.ResidentId != winner).Select(n => n.ResidentId).Should().BeEquivalentTo(neighbours);
        var winnerName = s.World.Residents.Single(r => r.Id == winner).Name;
        seat.Where(n => n.ResidentId != winner).Should().OnlyContain(
            n => !n.Subject.Contains(winnerName.FamilyName, StringComparison.Ordinal) && !n.Body.Contains(winnerName.FamilyName, StringComparison.Ordinal),
            "the winner is a minor: the neighbourhood is told without the name");
        all.Should().NotContain(n => n.Kind == "YouthMayorElectionCounted");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task BudgetingRoundClosed_ReachesEveryResidentOfItsArea_WithTheBallotCount(Provider provider)
    {
        var s = await NotificationScenario.CreateAsync(fixture, provider);
        var idea = await s.SubmitIdeaAsync(s.World.Residents[0]);
        await s.ChangeAsync(store => new StartIdeaReviewHandler(store, s.Clock).HandleAsync(new StartIdeaReview(s.World.City.Id, idea, Staff, "بررسی")));
        await s.ChangeAsync(store => new AcceptIdeaHandler(store, s.Clock).HandleAsync(new AcceptIdea(s.World.City.Id, idea, Staff, "پذیرفته شد")));
        var today = Calendar.PersianDates.InCity(s.Clock.GetCurrentInstant()).Date;
        var round = await s.WithStoreAsync(async (store, _) => (await new OpenBudgetingRoundHandler(store, s.Clock).HandleAsync(
            new OpenBudgetingRound(s.World.City.Id, "بودجهٔ محله‌ها", 1_000_000_000, [new BudgetingProjectInput(idea, 200_000_000)], today, today.PlusDays(1)))).Value.Id);
        await s.PreferAsync(s.World.Residents[1], "en");
        await using (var services = BudgetingServices.Build(s.Database, s.Clock))
        {
            foreach (var voter in s.World.Residents.Take(2))
            {
                (await services.InScopeAsync<CastBudgetBallotHandler, Result<Changed>>(h => h.HandleAsync(
                    new CastBudgetBallot(s.World.City.Id, round, voter.Id, [idea])))).ThrowIfFailed();
            }

            s.Clock.Advance(Duration.FromDays(3));
            (await services.InScopeAsync<CloseBudgetingRoundHandler, Result<Changed>>(h => h.HandleAsync(new CloseBudgetingRound(s.World.City.Id, round)))).ThrowIfFailed();
        }

        await s.FanOutAsync();

        var closed = (await s.NotificationsAsync()).Where(n => n.Kind == "BudgetingRoundClosed").ToList();
        closed.Select(n => n.ResidentId).Should().BeEquivalentTo(s.World.Residents.Select(r => r.Id));
        closed.Single(n => n.ResidentId == s.World.Residents[0].Id).Body.Should().StartWith("۲ رأی ثبت شد");
        closed.Single(n => n.ResidentId == s.World.Residents[1].Id).Body.Should().StartWith("2 ballots were cast");
    }
}
