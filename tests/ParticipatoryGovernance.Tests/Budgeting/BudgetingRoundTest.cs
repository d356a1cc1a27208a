using System.Globalization;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.Ideas;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Budgeting;

public class BudgetingRoundTest
{
    private static readonly LocalDate OpensOn = Make.Solar(1404, 2, 1);
    private static readonly LocalDate ClosesOn = Make.Solar(1404, 2, 10);
    private readonly CitizenIdea _park = Accepted("بوستان محله");
    private readonly CitizenIdea _lights = Accepted("روشنایی کوچه");
    private readonly CitizenIdea _library = Accepted("کتابخانهٔ مسجد");

    // What the ballots' storage would hold: one ballot per voter, replaced in place.
    private readonly List<BudgetingRoundBallot> _stored = [];

    [Fact]
    public void Open_RecordsTheProjectsAndTheCharterRules_WhenEveryIdeaIsAccepted()
    {
        var round = Open(new GovernanceCharter { Budgeting = new BudgetingRules { MaximumProjectsPerBallot = 2 } });

        round.Projects.Select(p => p.IdeaId).Should().Equal(_park.Id, _lights.Id, _library.Id);
        round.Projects[0].Cost.Should().Be(new Rials(60));
        round.MaximumProjectsPerBallot.Should().Be(2);
        round.MinimumVoterAge.Should().Be(18);
        round.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<BudgetingRoundOpened>();
    }

    [Fact]
    public void Open_Fails_WhenAnIdeaIsNotAccepted()
    {
        var submitted = IdeaScenario.InStatus(IdeaStatus.UnderReview, IdeaScenario.At(2025, 3, 1));

        var result = BudgetingRound.Open(
            BudgetingRoundId.New(), Make.Rafsanjan, [IdeaScenario.North], IdeaScenario.North, "دور ۱۴۰۴", new Rials(100), OpensOn, ClosesOn,
            new GovernanceCharter(), [(_park, new Rials(60)), (submitted, new Rials(10))]);

        result.IsFailure.Should().BeTrue();
        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.IdeaNotAccepted);
        result.Violations[0].Message.English.Should().Contain("not accepted; only accepted ideas go to the vote.");
        result.Violations[0].Message.Persian.Should().Contain("پذیرفته نشده");
    }

    [Fact]
    public void Open_Fails_WhenAProjectCostsMoreThanTheBudget()
    {
        var result = BudgetingRound.Open(
            BudgetingRoundId.New(), Make.Rafsanjan, [IdeaScenario.North], IdeaScenario.North, "دور ۱۴۰۴", new Rials(50), OpensOn, ClosesOn,
            new GovernanceCharter(), [(_park, new Rials(60))]);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.ProjectOverBudget);
        result.Violations[0].Message.English.Should().Contain("costs 60 rials, more than the round's whole budget of 50 rials.");
        result.Violations[0].Message.Persian.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void CastBallot_ReplacesTheEarlierBallot_WhileVotingIsOpen()
    {
        var round = Open();
        var voter = Adult();

        Cast(round, voter, [_park.Id], OpensOn).IsSuccess.Should().BeTrue();
        Cast(round, voter, [_lights.Id, _library.Id], ClosesOn).IsSuccess.Should().BeTrue();

        _stored.Should().ContainSingle().Which.Approved.Should().Equal(_lights.Id, _library.Id);
        round.DomainEvents.OfType<BudgetingBallotCast>().Should().BeEmpty("the ballots' storage raises the event, saying whether it replaced one");
    }

    [Fact]
    public void CastBallot_Fails_WhenVotingHasClosed()
    {
        var round = Open();

        var result = Cast(round, Adult(), [_park.Id], ClosesOn.PlusDays(1));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.VotingClosed);
        result.Violations[0].Message.English.Should().Be("Voting ended on 10 Ordibehesht 1404; ballots can no longer be cast or changed.");
        result.Violations[0].Message.Persian.Should().Contain("پایان یافت");
        _stored.Should().BeEmpty();
    }

    [Fact]
    public void CastBallot_Fails_WhenTheVoterIsUnderTheCharterAge()
    {
        var round = Open();
        var child = Make.Resident(IdeaScenario.North, "علی", "احمدی", Gender.Male, 1392, 1, 1);

        var result = Cast(round, child, [_park.Id], OpensOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.VoterTooYoung);
        result.Violations[0].Message.English.Should().StartWith("Voters must be at least 18 years old on the day voting opens");
        result.Violations[0].Message.Persian.Should().Contain("۱۸");
    }

    [Fact]
    public void CastBallot_Fails_WhenTheVoterLivesOutsideTheArea()
    {
        var round = Open();
        var outsider = Make.Resident(NeighbourhoodId.New(), "مریم", "کریمی", Gender.Female, 1360, 1, 1);

        var result = Cast(round, outsider, [_park.Id], OpensOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.VoterOutsideArea);
        result.Violations[0].Message.English.Should().Be("This resident does not live in the round's area, so they cannot vote in it.");
        result.Violations[0].Message.Persian.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void CastBallot_Fails_WhenTheBallotApprovesMoreThanTheCharterAllows()
    {
        var round = Open(new GovernanceCharter { Budgeting = new BudgetingRules { MaximumProjectsPerBallot = 2 } });

        var result = Cast(round, Adult(), [_park.Id, _lights.Id, _library.Id], OpensOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.BallotSize);
        result.Violations[0].Message.English.Should().Be("A ballot must approve 1 to 2 projects; this one approves 3.");
        result.Violations[0].Message.Persian.Should().Contain("۳");
    }

    [Fact]
    public void Close_Fails_WhileVotingIsOpen()
    {
        var round = Open();

        var result = round.Close(ClosesOn, _stored.Count);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.VotingStillOpen);
        result.Violations[0].Message.English.Should().Be("Voting is open until the end of 10 Ordibehesht 1404; it can be closed from the next day.");
        result.Violations[0].Message.Persian.Should().NotBeNullOrWhiteSpace();
        round.ExportPabulib(new StringWriter(CultureInfo.InvariantCulture), _stored, 1).Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.RoundNotClosed);
    }

    [Fact]
    public void Outcomes_DifferBetweenTheRules_WithExplanationsInBothLanguages_WhenTheRoundIsClosed()
    {
        // Budget 100; park 60 and lights 40 approved by the same 6 voters, library 40 by 4 others (share 10).
        // Greedy funds park (6 approvals, first in ballot order) then lights (40 more = 100). Equal Shares: park and
        // lights both cost their supporters 1/6 per unit of cost, and the lower cost wins the tie: lights (40/6 each);
        // then the park's supporters have 6 × 10/3 = 20 < 60, and the library (price 10 each) is funded.
        var round = Open();
        foreach (var voter in Enumerable.Range(0, 6).Select(_ => Adult()))
        {
            Cast(round, voter, [_park.Id, _lights.Id], OpensOn).ThrowIfFailed();
        }

        foreach (var voter in Enumerable.Range(0, 4).Select(_ => Adult()))
        {
            Cast(round, voter, [_library.Id], OpensOn).ThrowIfFailed();
        }

        round.Close(ClosesOn.PlusDays(1), _stored.Count).ThrowIfFailed();
        var outcomes = round.Outcomes(_stored, 1);

        outcomes.Greedy.Funded.Should().Equal(_park.Id.Value.ToString("D"), _lights.Id.Value.ToString("D"));
        outcomes.EqualShares!.Funded.Should().BeEquivalentTo([_lights.Id.Value.ToString("D"), _library.Id.Value.ToString("D")]);
        outcomes.EqualShares!.Projects.Should().OnlyContain(p => p.Explanation.English.Length > 0 && p.Explanation.Persian.Length > 0);
        round.DomainEvents.OfType<BudgetingRoundClosed>().Should().ContainSingle().Which.Ballots.Should().Be(10);
    }

    private BudgetingRound ClosedWithTenVoters()
    {
        var round = Open();
        foreach (var voter in Enumerable.Range(0, 6).Select(_ => Adult()))
        {
            Cast(round, voter, [_park.Id, _lights.Id], OpensOn).ThrowIfFailed();
        }

        foreach (var voter in Enumerable.Range(0, 4).Select(_ => Adult()))
        {
            Cast(round, voter, [_library.Id], OpensOn).ThrowIfFailed();
        }

        round.Close(ClosesOn.PlusDays(1), _stored.Count).ThrowIfFailed();
        return round;
    }

    [Fact]
    public void ExportPabulib_WritesAFileWhoseRuleReproducesItsSelectedColumn_WhenTheRoundIsClosed()
    {
        var round = Open();
        Cast(round, Adult(), [_park.Id, _library.Id], OpensOn).ThrowIfFailed();
        Cast(round, Adult(), [_lights.Id], OpensOn).ThrowIfFailed();
        round.Close(ClosesOn.PlusDays(1), _stored.Count).ThrowIfFailed();
        var text = new StringWriter(CultureInfo.InvariantCulture);

        round.ExportPabulib(text, _stored, 1).ThrowIfFailed();
        var election = PabulibFile.Read(new StringReader(text.ToString()));

        election.Budget.Should().Be(100);
        election.Ballots.Should().HaveCount(2);
        PabulibRules.Select(election).Order(StringComparer.Ordinal).Should().Equal(RealElections.FundedByTheCity(election));
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(7L)]
    public void ExportPabulib_WritesAFileFromWhichPabulibRulesSelectTheRoundsWinners_AtTheCharterStep(long step)
    {
        // One path decides the round (issue 15): the export's rule label and step, what PabulibRules reads from it,
        // and Outcomes() agree, whatever the charter's Add1 step.
        var round = ClosedWithTenVoters();
        var text = new StringWriter(CultureInfo.InvariantCulture);

        round.ExportPabulib(text, _stored, step).ThrowIfFailed();
        var election = PabulibFile.Read(new StringReader(text.ToString()));
        var outcome = round.Outcomes(_stored, step).EqualShares!;

        election.MetaValue("rule").Should().Be("equalshares/add1");
        election.MetaValue("add1_step_per_voter").Should().Be(step == 1 ? null : "7");
        PabulibRules.Select(election).Should().BeEquivalentTo(outcome.Funded);
        RealElections.FundedByTheCity(election).Should().BeEquivalentTo(outcome.Funded);
        outcome.Funded.Should().BeEquivalentTo(EqualShares.Select(round.ToElection(_stored), EqualSharesCompletion.Add1WithinBudget, step), "the label equalshares/add1 is pabulib's Add1 (ADR 0027)");
    }

    [Fact]
    public void Outcomes_FundNothing_WhenTheRoundClosesWithoutBallots()
    {
        var round = Open();
        round.Close(ClosesOn.PlusDays(1), _stored.Count).ThrowIfFailed();
        var text = new StringWriter(CultureInfo.InvariantCulture);

        var outcomes = round.Outcomes(_stored, 10_000);

        outcomes.EqualShares!.Funded.Should().BeEmpty();
        outcomes.EqualShares!.Spent.Should().Be(0);
        outcomes.EqualShares!.Projects.Should().OnlyContain(p => p.Verdict == EqualSharesVerdict.NoSupporters);
        round.ExportPabulib(text, _stored, 10_000).ThrowIfFailed();
        PabulibRules.Select(PabulibFile.Read(new StringReader(text.ToString()))).Should().BeEmpty();
    }

    [Fact]
    public void Validate_NamesTheSetting_WhenTheBallotMinimumExceedsTheMaximum()
    {
        var charter = new GovernanceCharter { Budgeting = new BudgetingRules { MinimumProjectsPerBallot = 4, MaximumProjectsPerBallot = 3 } };

        var violation = charter.Validate().Should().ContainSingle().Subject;

        violation.Rule.Should().Be("charter.Budgeting.MinimumProjectsPerBallot");
        violation.Message.English.Should().Be("Budgeting.MinimumProjectsPerBallot (fewest projects a ballot approves) must be from 1 to 3; it is 4.");
        violation.Message.Persian.Should().Contain("۴");
    }

    [Fact]
    public void Validate_NamesTheSetting_WhenTheAdd1StepIsNotPositive()
    {
        var charter = new GovernanceCharter { Budgeting = new BudgetingRules { Add1StepPerVoter = 0 } };

        var violation = charter.Validate().Should().ContainSingle().Subject;

        violation.Rule.Should().Be("charter.Budgeting.Add1StepPerVoter");
        violation.Message.English.Should().Be("Budgeting.Add1StepPerVoter (rials added to each voter's share per Add1 step) must be from 1 to 1000000000; it is 0.");
        violation.Message.Persian.Should().Contain("۰");
        new BudgetingRules().Add1StepPerVoter.Should().Be(10_000);
    }

    [Fact]
    public void Outcomes_SayNoBallotsYet_WhenNobodyHasVotedInAnOpenRound()
    {
        var round = Open();

        var outcomes = round.Outcomes(_stored, 10_000);

        outcomes.Ballots.Should().Be(0);
        outcomes.Greedy.Funded.Should().BeEmpty();
        outcomes.EqualShares!.Funded.Should().BeEmpty();
        outcomes.EqualShares.Projects.Should().HaveCount(3).And.OnlyContain(p => p.Explanation.English == "No ballots yet; no project is funded.");
        outcomes.Greedy.Projects.Should().OnlyContain(p => p.Explanation.Persian.Contains("هنوز رأیی", StringComparison.Ordinal));
        Cast(round, Adult(), [_park.Id], OpensOn).IsSuccess.Should().BeTrue("the first ballot of an empty round can be cast");
        round.Outcomes(_stored, 10_000).Greedy.Funded.Should().StartWith(_park.Id.Value.ToString("D"));
        round.Outcomes(_stored, 10_000).EqualShares!.Funded.Should().Equal(_park.Id.Value.ToString("D"));
    }

    [Fact]
    public void Outcomes_AreTheSame_FromBallotTypesAsFromTheBallots()
    {
        var round = ClosedWithTenVoters();
        var types = BudgetingRound.TypesOf(_stored);

        types.Should().HaveCount(2);
        types.Select(t => t.Count).Should().Equal(6, 4);
        var fromTypes = round.Outcomes(types, 1);
        var fromBallots = round.Outcomes(_stored, 1);

        fromTypes.Greedy.Funded.Should().Equal(fromBallots.Greedy.Funded);
        fromTypes.EqualShares!.Funded.Should().Equal(fromBallots.EqualShares!.Funded);
        fromTypes.EqualShares.Funded.Should().BeEquivalentTo(EqualShares.Select(round.ToElection(_stored), EqualSharesCompletion.Add1WithinBudget, 1));
        fromTypes.Ballots.Should().Be(10);
    }

    [Fact]
    public void CheckBallot_ReturnsTheBallotInProjectOrder_WithWhenHowAndWhoEnteredIt()
    {
        var round = Open();
        var voter = Adult();
        var at = Instant.FromUtc(2025, 4, 21, 8, 0);

        var ballot = round.CheckBallot(voter, [_library.Id, _park.Id], new BallotCasting(at, OpensOn, BallotChannel.Paper, "clerk-7")).Value;

        ballot.Should().Be(new BudgetingRoundBallot(round.Id, voter.Id, [_park.Id, _library.Id], [], at, BallotChannel.Paper, "clerk-7"));
        round.DomainEvents.Should().ContainSingle("checking stores nothing and raises nothing; only the opening was raised");
    }

    [Fact]
    public void CheckBallot_RefusesAPaperBallot_WithoutTheClerkWhoEnteredIt()
    {
        var round = Open();

        var result = round.CheckBallot(Adult(), [_park.Id], new BallotCasting(Instant.FromUtc(2025, 4, 21, 8, 0), OpensOn, BallotChannel.Paper));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.ClerkMissing);
        result.Violations[0].Message.Persian.Should().Contain("کاغذی");
    }

    [Fact]
    public void CheckBallot_RefusesAnUnknownProject()
    {
        var round = Open();

        var result = Cast(round, Adult(), [_park.Id, CitizenIdeaId.New()], OpensOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.NotAProject);
        _stored.Should().BeEmpty();
    }

    [Theory]
    [InlineData(4, 1, BudgetingRuleIds.PointsPerProject)]
    [InlineData(0, 1, BudgetingRuleIds.PointsPerProject)]
    [InlineData(3, 3, BudgetingRuleIds.PointsPerBallot)]
    public void CheckBallot_RefusesPointsOutsideTheRoundsLimits_InACumulativeRound(int parkPoints, int lightsPoints, string rule)
    {
        // The charter's defaults: 3 points a project at most, 10 a ballot; this round allows 5 a ballot.
        var round = Open(new GovernanceCharter { Budgeting = new BudgetingRules { BallotKind = BudgetingBallotKind.Cumulative, MaximumPointsPerBallot = 5 } });

        var result = round.CheckBallot(Adult(), [new BudgetingPoints(_park.Id, parkPoints), new BudgetingPoints(_lights.Id, lightsPoints)], Casting(OpensOn));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
        result.Violations[0].Message.Persian.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void CheckBallot_RefusesTheOtherKindOfBallot()
    {
        var cumulative = Open(new GovernanceCharter { Budgeting = new BudgetingRules { BallotKind = BudgetingBallotKind.Cumulative } });
        var approval = Open();

        cumulative.CheckBallot(Adult(), [_park.Id], Casting(OpensOn)).Violations.Single().Rule.Should().Be(BudgetingRuleIds.BallotKind);
        approval.CheckBallot(Adult(), [new BudgetingPoints(_park.Id, 1)], Casting(OpensOn)).Violations.Single().Rule.Should().Be(BudgetingRuleIds.BallotKind);
    }

    [Fact]
    public void Outcomes_RankByPoints_InACumulativeRound()
    {
        // Park: 3 voters × 1 point = 3; library: 1 voter × 3 points = 3, lights: 2 voters × 2 = 4. Budget 100: lights
        // (40) first, then park (60, 3 points, earlier in ballot order than the library's 3) fits; the library does not.
        var round = Open(new GovernanceCharter { Budgeting = new BudgetingRules { BallotKind = BudgetingBallotKind.Cumulative } });
        var ballots = new List<BudgetingRoundBallot>();
        for (var i = 0; i < 3; i++)
        {
            ballots.Add(round.CheckBallot(Adult(), [new BudgetingPoints(_park.Id, 1)], Casting(OpensOn)).Value);
        }

        ballots.Add(round.CheckBallot(Adult(), [new BudgetingPoints(_library.Id, 3)], Casting(OpensOn)).Value);
        ballots.Add(round.CheckBallot(Adult(), [new BudgetingPoints(_lights.Id, 2)], Casting(OpensOn)).Value);
        ballots.Add(round.CheckBallot(Adult(), [new BudgetingPoints(_lights.Id, 2)], Casting(OpensOn)).Value);

        var outcome = round.Outcomes(ballots, 1);

        outcome.Greedy.Funded.Should().Equal(_lights.Id.Value.ToString("D"), _park.Id.Value.ToString("D"));
        var byProject = outcome.Greedy.Projects.ToDictionary(p => p.ProjectId);
        byProject[_park.Id.Value.ToString("D")].Score.Should().Be(3);
        byProject[_library.Id.Value.ToString("D")].Score.Should().Be(3);
        byProject[_lights.Id.Value.ToString("D")].Score.Should().Be(4);
        byProject[_lights.Id.Value.ToString("D")].Approvals.Should().Be(2, "two ballots name the lights");

        // Equal Shares weighs each voter's points: the round's election is cumulative and the outcome is the library's.
        var election = round.ToElection(ballots);
        election.VoteType.Should().Be(BudgetingVoteType.Cumulative);
        outcome.EqualShares.Should().NotBeNull();
        outcome.EqualShares!.Funded.Should().Equal(CumulativeEqualShares.Select(election, EqualSharesCompletion.Add1WithinBudget));
        outcome.EqualShares.Funded.Should().NotBeEmpty();
        outcome.Ballots.Should().Be(6);
    }

    [Fact]
    public void MayShowResults_FollowsTheCharter_WhileVotingIsOpen()
    {
        var hidden = Open(new GovernanceCharter { Budgeting = new BudgetingRules { ShowResultsWhileVoting = false } });
        var shown = Open();

        hidden.MayShowResults(OpensOn).Should().BeFalse();
        hidden.MayShowResults(ClosesOn.PlusDays(1)).Should().BeTrue("voting's last day has passed");
        shown.MayShowResults(OpensOn).Should().BeTrue();
        new BudgetingRules().ShowResultsWhileVoting.Should().BeTrue();
    }

    [Fact]
    public void Validate_NamesThePointsSettings_WhenOutOfRange()
    {
        var charter = new GovernanceCharter { Budgeting = new BudgetingRules { MaximumPointsPerProject = 0, MaximumPointsPerBallot = 20_000, BallotKind = (BudgetingBallotKind)7 } };

        charter.Validate().Select(v => v.Rule).Should().BeEquivalentTo(
            "charter.Budgeting.MaximumPointsPerProject", "charter.Budgeting.MaximumPointsPerBallot", "charter.Budgeting.BallotKind");
    }

    private static BallotCasting Casting(LocalDate on) => new(on.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), on);

    private Result<BudgetingRoundBallot> Cast(BudgetingRound round, Resident voter, IEnumerable<CitizenIdeaId> approved, LocalDate on)
    {
        var result = round.CheckBallot(voter, approved, Casting(on));
        if (result.IsSuccess)
        {
            _stored.RemoveAll(b => b.VoterId == voter.Id);
            _stored.Add(result.Value);
        }

        return result;
    }

    private static CitizenIdea Accepted(string title)
    {
        var idea = CitizenIdea.Submit(
            CitizenIdeaId.New(), IdeaScenario.City(), ResidentId.New(), IdeaScenario.Draft(IdeaScenario.North, title: title), IdeaScenario.At(2025, 3, 1)).Value;
        idea.StartReview(IdeaScenario.Reviewer, IdeaScenario.At(2025, 3, 2), "بررسی").ThrowIfFailed();
        idea.Accept(IdeaScenario.Reviewer, IdeaScenario.At(2025, 3, 3), "پذیرفته شد").ThrowIfFailed();
        return idea;
    }

    private static Resident Adult() => Make.Resident(IdeaScenario.North, "زهرا", "محمدی", Gender.Female, 1360, 1, 1);

    private BudgetingRound Open(GovernanceCharter? charter = null) => BudgetingRound.Open(
        BudgetingRoundId.New(), Make.Rafsanjan, [IdeaScenario.North], IdeaScenario.North, "بودجهٔ مشارکتی ۱۴۰۴", new Rials(100), OpensOn, ClosesOn,
        charter ?? new GovernanceCharter(), [(_park, new Rials(60)), (_lights, new Rials(40)), (_library, new Rials(40))]).Value;
}
