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

        round.CastBallot(voter, [_park.Id], OpensOn).IsSuccess.Should().BeTrue();
        round.CastBallot(voter, [_lights.Id, _library.Id], ClosesOn).IsSuccess.Should().BeTrue();

        round.Ballots.Should().ContainSingle().Which.Approved.Should().Equal(_lights.Id, _library.Id);
        round.DomainEvents.OfType<BudgetingBallotCast>().Select(e => e.Replaced).Should().Equal(false, true);
    }

    [Fact]
    public void CastBallot_Fails_WhenVotingHasClosed()
    {
        var round = Open();

        var result = round.CastBallot(Adult(), [_park.Id], ClosesOn.PlusDays(1));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.VotingClosed);
        result.Violations[0].Message.English.Should().Be("Voting ended on 10 Ordibehesht 1404; ballots can no longer be cast or changed.");
        result.Violations[0].Message.Persian.Should().Contain("پایان یافت");
        round.Ballots.Should().BeEmpty();
    }

    [Fact]
    public void CastBallot_Fails_WhenTheVoterIsUnderTheCharterAge()
    {
        var round = Open();
        var child = Make.Resident(IdeaScenario.North, "علی", "احمدی", Gender.Male, 1392, 1, 1);

        var result = round.CastBallot(child, [_park.Id], OpensOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.VoterTooYoung);
        result.Violations[0].Message.English.Should().StartWith("Voters must be at least 18 years old on the day voting opens");
        result.Violations[0].Message.Persian.Should().Contain("۱۸");
    }

    [Fact]
    public void CastBallot_Fails_WhenTheVoterLivesOutsideTheArea()
    {
        var round = Open();
        var outsider = Make.Resident(NeighbourhoodId.New(), "مریم", "کریمی", Gender.Female, 1360, 1, 1);

        var result = round.CastBallot(outsider, [_park.Id], OpensOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.VoterOutsideArea);
        result.Violations[0].Message.English.Should().Be("This resident does not live in the round's area, so they cannot vote in it.");
        result.Violations[0].Message.Persian.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void CastBallot_Fails_WhenTheBallotApprovesMoreThanTheCharterAllows()
    {
        var round = Open(new GovernanceCharter { Budgeting = new BudgetingRules { MaximumProjectsPerBallot = 2 } });

        var result = round.CastBallot(Adult(), [_park.Id, _lights.Id, _library.Id], OpensOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.BallotSize);
        result.Violations[0].Message.English.Should().Be("A ballot must approve 1 to 2 projects; this one approves 3.");
        result.Violations[0].Message.Persian.Should().Contain("۳");
    }

    [Fact]
    public void Close_Fails_WhileVotingIsOpen()
    {
        var round = Open();

        var result = round.Close(ClosesOn);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.VotingStillOpen);
        result.Violations[0].Message.English.Should().Be("Voting is open until the end of 10 Ordibehesht 1404; it can be closed from the next day.");
        result.Violations[0].Message.Persian.Should().NotBeNullOrWhiteSpace();
        round.Outcomes().Violations.Should().ContainSingle().Which.Rule.Should().Be(BudgetingRuleIds.RoundNotClosed);
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
            round.CastBallot(voter, [_park.Id, _lights.Id], OpensOn).ThrowIfFailed();
        }

        foreach (var voter in Enumerable.Range(0, 4).Select(_ => Adult()))
        {
            round.CastBallot(voter, [_library.Id], OpensOn).ThrowIfFailed();
        }

        round.Close(ClosesOn.PlusDays(1)).ThrowIfFailed();
        var outcomes = round.Outcomes().Value;

        outcomes.Greedy.Funded.Should().Equal(_park.Id.Value.ToString("D"), _lights.Id.Value.ToString("D"));
        outcomes.EqualShares.Funded.Should().BeEquivalentTo([_lights.Id.Value.ToString("D"), _library.Id.Value.ToString("D")]);
        outcomes.EqualShares.Projects.Should().OnlyContain(p => p.Explanation.English.Length > 0 && p.Explanation.Persian.Length > 0);
        round.DomainEvents.OfType<BudgetingRoundClosed>().Should().ContainSingle().Which.Ballots.Should().Be(10);
    }

    private BudgetingRound ClosedWithTenVoters()
    {
        var round = Open();
        foreach (var voter in Enumerable.Range(0, 6).Select(_ => Adult()))
        {
            round.CastBallot(voter, [_park.Id, _lights.Id], OpensOn).ThrowIfFailed();
        }

        foreach (var voter in Enumerable.Range(0, 4).Select(_ => Adult()))
        {
            round.CastBallot(voter, [_library.Id], OpensOn).ThrowIfFailed();
        }

        round.Close(ClosesOn.PlusDays(1)).ThrowIfFailed();
        return round;
    }

    [Fact]
    public void ExportPabulib_WritesAFileWhoseRuleReproducesItsSelectedColumn_WhenTheRoundIsClosed()
    {
        var round = Open();
        round.CastBallot(Adult(), [_park.Id, _library.Id], OpensOn).ThrowIfFailed();
        round.CastBallot(Adult(), [_lights.Id], OpensOn).ThrowIfFailed();
        round.Close(ClosesOn.PlusDays(1)).ThrowIfFailed();
        var text = new StringWriter(CultureInfo.InvariantCulture);

        round.ExportPabulib(text).ThrowIfFailed();
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

        round.ExportPabulib(text, step).ThrowIfFailed();
        var election = PabulibFile.Read(new StringReader(text.ToString()));
        var outcome = round.Outcomes(step).Value.EqualShares;

        election.MetaValue("rule").Should().Be("equalshares/add1");
        election.MetaValue("add1_step_per_voter").Should().Be(step == 1 ? null : "7");
        PabulibRules.Select(election).Should().BeEquivalentTo(outcome.Funded);
        RealElections.FundedByTheCity(election).Should().BeEquivalentTo(outcome.Funded);
        outcome.Funded.Should().BeEquivalentTo(EqualShares.Select(round.ToElection(), EqualSharesCompletion.Add1WithinBudget, step), "the label equalshares/add1 is pabulib's Add1 (ADR 0027)");
    }

    [Fact]
    public void Outcomes_FundNothing_WhenTheRoundClosesWithoutBallots()
    {
        var round = Open();
        round.Close(ClosesOn.PlusDays(1)).ThrowIfFailed();
        var text = new StringWriter(CultureInfo.InvariantCulture);

        var outcomes = round.Outcomes(10_000).Value;

        outcomes.EqualShares.Funded.Should().BeEmpty();
        outcomes.EqualShares.Spent.Should().Be(0);
        outcomes.EqualShares.Projects.Should().OnlyContain(p => p.Verdict == EqualSharesVerdict.NoSupporters);
        round.ExportPabulib(text, 10_000).ThrowIfFailed();
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
