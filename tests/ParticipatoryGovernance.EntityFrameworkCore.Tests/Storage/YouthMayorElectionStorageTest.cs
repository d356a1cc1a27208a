using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using static ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport.YouthMayorScenario;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>Youth-mayor elections with their candidates and ballots, saved and read back whole, on both databases.</summary>
[Collection(DatabaseTests.Name)]
public class YouthMayorElectionStorageTest(DatabaseFixture fixture)
{
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CountedElection_ReadsBackWithCandidatesVotersAndBallotPiles_AndGivesTheSameResult(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new YouthMayorScenario(YouthMayorSelection.Election);
        var campaign = scenario.Campaign;
        var applications = scenario.Apply();
        campaign.AdvanceTo(CampaignStage.Shortlisting, ShortlistOn).ThrowIfFailed();
        applications.ForEach(a => campaign.Shortlist(a.Application, ShortlistOn).ThrowIfFailed());
        var boy = scenario.Youth(scenario.World.North, Gender.Male, 1385);
        campaign.Apply(boy, scenario.World.North, ApplyOn, Consent(CallOpens));
        campaign.AdvanceTo(CampaignStage.Selection, SelectionOn).ThrowIfFailed();
        var opens = SelectionOn.PlusDays(1);
        var closes = SelectionOn.PlusDays(3);
        var election = campaign.CallElection(YouthMayorElectionId.New(), scenario.World.North, Gender.Male, opens, closes).Value;
        var voters = Enumerable.Range(0, 11).Select(i => scenario.Youth(scenario.World.North, i % 2 == 0 ? Gender.Female : Gender.Male, 1383 + (i % 5))).ToList();
        var (first, second) = (election.Candidates[0].ResidentId, election.Candidates[1].ResidentId);
        for (var i = 0; i < voters.Count; i++)
        {
            ResidentId? secondPreference = i % 3 == 0 ? null : i % 2 == 0 ? second : first;
            election.CastBallot(voters[i], i < 5 ? first : second, i < 5 ? second : secondPreference == second ? null : secondPreference, opens.PlusDays(i % 3)).ThrowIfFailed();
        }

        var result = election.Count(closes).Value;
        campaign.DeclareElected(election, closes).ThrowIfFailed();
        var raised = election.DomainEvents.ToList();
        await scenario.World.SaveAsync(database);
        await using (var db = database.CreateContext())
        {
            db.AddRange(campaign, election);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.YouthMayorElections.SingleAsync(e => e.Id == election.Id);
            var storedCampaign = await db.YouthMayorCampaigns.SingleAsync(c => c.Id == campaign.Id);

            StoredState.ShouldEqual(stored, election);
            StoredState.ShouldEqual(storedCampaign, campaign);
            stored.BallotsCast.Should().Be(11);
            voters.Should().OnlyContain(v => stored.HasVoted(v.Id));
            stored.HasVoted(boy.Id).Should().BeFalse();
            stored.Winner.Should().Be(result.Winner);
            StoredState.ShouldEqual(stored.ResultOfCount()!, result);
            stored.LotOrder.Should().Equal(election.LotOrder);
            storedCampaign.YouthMayors.Single().ElectedIn.Should().Be(election.Id);
            raised.Should().HaveCount(1 + 11 + 1, "called, a ballot each, counted");
            StoredState.ShouldEqual(await SavedInSteps<YouthMayorElection>.StoredEventsAsync(db, election.Id.Value), raised);
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task OpenElection_TakesMoreBallotsAfterReload_AndKeepsOneVotePerVoter(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new YouthMayorScenario(YouthMayorSelection.Election);
        var campaign = scenario.Campaign;
        var applications = scenario.Apply();
        campaign.AdvanceTo(CampaignStage.Shortlisting, ShortlistOn).ThrowIfFailed();
        applications.ForEach(a => campaign.Shortlist(a.Application, ShortlistOn).ThrowIfFailed());
        campaign.AdvanceTo(CampaignStage.Selection, SelectionOn).ThrowIfFailed();
        var opens = SelectionOn.PlusDays(1);
        var election = campaign.CallElection(YouthMayorElectionId.New(), scenario.World.South, Gender.Female, opens, opens.PlusDays(2)).Value;
        var voters = Enumerable.Range(0, 4).Select(_ => scenario.Youth(scenario.World.South, Gender.Female, 1384)).ToList();
        election.CastBallot(voters[0], election.Candidates[0].ResidentId, null, opens).ThrowIfFailed();
        await scenario.World.SaveAsync(database);
        await using (var db = database.CreateContext())
        {
            db.AddRange(campaign, election);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.YouthMayorElections.SingleAsync();
            stored.CastBallot(voters[1], election.Candidates[1].ResidentId, election.Candidates[0].ResidentId, opens).ThrowIfFailed();
            stored.CastBallot(voters[2], election.Candidates[0].ResidentId, null, opens).ThrowIfFailed();
            stored.CastBallot(voters[0], election.Candidates[1].ResidentId, null, opens).Violations.Single().Rule.Should().Be("youth-election.already-voted");
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.YouthMayorElections.SingleAsync();
            stored.BallotsCast.Should().Be(3);
            stored.HasVoted(voters[3].Id).Should().BeFalse();
            db.VersionOf(stored).Should().Be(2);
            stored.Count(opens.PlusDays(2)).Value.Winner.Should().Be(election.Candidates[0].ResidentId);
        }
    }
}
