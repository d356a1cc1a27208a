using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Tests.Budgeting;

public class PabulibRulesTest
{
    [Theory]
    [MemberData(nameof(RealElections.All), MemberType = typeof(RealElections))]
    public void Select_ReproducesTheProjectsTheCityFunded_WhenAppliedToARealElection(string file)
    {
        var election = RealElections.Read(file);

        var funded = PabulibRules.Select(election);

        funded.Order(StringComparer.Ordinal).Should().Equal(RealElections.FundedByTheCity(election), $"{file} uses rule {election.MetaValue("rule")}");
    }

    [Fact]
    public void Select_CoversEveryRuleFamily_InTheRealElections()
    {
        var rules = RealElections.Names.Select(n => RealElections.Read(n).MetaValue("rule")).ToHashSet();

        rules.Should().Contain(["equalshares/add1", "equalshares/add1-comparison", "greedy", "greedy-threshold", "greedy-no-skip"]);
    }

    [Fact]
    public void Select_FundsTheStoppingProjectAt80Percent_WhenTheRuleIsPoznansGreedyCustom()
    {
        // A funded (50 left); B (60) stops the count; 50 covers 83 % of 60, at least 80 %: B is funded too.
        var election = Elections.GreedyExample([new("rule", "greedy-custom"), new("comment", "#1: ... if the remaining budget is enough to fund at least 80% of that project, we fund it as well ...")]);

        PabulibRules.Select(election).Should().Equal("A", "B");
    }

    [Fact]
    public void Select_RefusesNamingTheComment_WhenGreedyCustomIsAnotherRule()
    {
        var election = Elections.GreedyExample([new("rule", "greedy-custom"), new("comment", "Projects were drawn by lot.")]);

        var act = () => PabulibRules.Select(election);

        act.Should().Throw<NotSupportedException>().WithMessage("*Poznań*drawn by lot*");
    }

    [Fact]
    public void Select_CountsAsPlainGreedy_WhenTheRuleIsGreedyExclusive()
    {
        var election = Elections.GreedyExample([new("rule", "greedy-exclusive")]);

        PabulibRules.Select(election).Should().Equal("A", "C", "D");
    }

    [Fact]
    public void Select_LeavesOutAProjectAtPabulibsWithdrawnCost_InEveryGreedyRule()
    {
        // W has the most approvals and pabulib's withdrawn cost: no-skip would stop at it; it is left out instead.
        var election = new BudgetingElection(
            100,
            [new BudgetingProject("W", 999_999_999), new BudgetingProject("A", 60), new BudgetingProject("B", 30)],
            [new BudgetingBallot("1", ["W", "A", "B"]), new BudgetingBallot("2", ["W", "A"]), new BudgetingBallot("3", ["W"])],
            [new("rule", "greedy-no-skip")]);

        PabulibRules.Greedy(election)!.Excluded.Should().Equal("W");
        PabulibRules.Select(election).Should().Equal("A", "B");
    }

    [Fact]
    public void Select_RefusesEqualShares_WhenTheBallotsAreOrdinal()
    {
        // Cumulative ballots go to CumulativeEqualShares (see CumulativeEqualSharesTest); ordinal ones have no Equal Shares.
        var election = new BudgetingElection(
            10,
            [new BudgetingProject("1", 5)],
            [BudgetingBallot.WithPoints("v", ["1"], [3])],
            [new("rule", "equalshares/add1")],
            BudgetingVoteType.Ordinal);

        var act = () => PabulibRules.Select(election);

        act.Should().Throw<NotSupportedException>().WithMessage("*approval and choose-1*ordinal*");
    }

    [Fact]
    public void Select_GivesTheSameOutcome_WhenTheAmountsAreWrittenWithCents()
    {
        // Add1 steps one currency unit per voter: 100 minor units when the amounts have two decimals, so writing every
        // amount with cents changes nothing.
        var whole = RealElections.Read("Netherlands_Assen_2024.pb");
        var cents = new BudgetingElection(
            whole.Budget * 100,
            whole.Projects.Select(p => new BudgetingProject(p.Id, p.Cost * 100, p.Attributes)),
            whole.Ballots,
            whole.Meta,
            whole.VoteType,
            decimals: 2);

        PabulibRules.Select(cents).Should().Equal(PabulibRules.Select(whole));
    }

    [Theory]
    [InlineData("equalshares/add1")]
    [InlineData("equalshares/add1-comparison")]
    public void Select_RaisesSharesPastTheFirstExhaustiveOutcome_WhenTheRuleIsPabulibsAdd1(string rule)
    {
        // Pabulib's Add1 (and Wieliczka's count) keeps raising the shares while the outcome fits the budget: the
        // exhaustive A + B (60) at share 33 1/3 gives way to A + C (90); see EqualSharesTest. Greedy funds A and C
        // too (A and C have 2 approvals each), so no voter prefers either outcome and the comparison keeps it.
        var election = Elections.EarlyExhaustiveExample(rule);

        PabulibRules.Select(election).Should().Equal("A", "C");
    }

    [Fact]
    public void Select_ThrowsNamingTheRule_WhenTheRuleIsUnknown()
    {
        var election = Elections.Tiny(rule: "borda-count");

        var act = () => PabulibRules.Select(election);

        act.Should().Throw<NotSupportedException>().WithMessage("*'borda-count'*");
    }

    [Fact]
    public void Select_Throws_WhenTheMetaNamesNoRule()
    {
        var election = Elections.Tiny(rule: null);

        var act = () => PabulibRules.Select(election);

        act.Should().Throw<NotSupportedException>().WithMessage("*no rule*");
    }

    [Fact]
    public void Select_Throws_WhenGreedyThresholdHasNoThreshold()
    {
        var election = Elections.Tiny(rule: "greedy-threshold");

        var act = () => PabulibRules.Select(election);

        act.Should().Throw<ArgumentException>().WithMessage("*min_project_score_threshold*");
    }

    [Fact]
    public void Select_LeavesOutProjectsUnderTheThreshold_WhenTheRuleIsGreedyThreshold()
    {
        // Budget 100. A: 50, 5 approvals; B: 60, 4; C: 30, 4; D: 20, 1. Threshold 2 drops D;
        // A (50) then B does not fit (60 > 50 left), C fits (80). Funded: A, C.
        var election = Elections.GreedyExample([new("rule", "greedy-threshold"), new("min_project_score_threshold", "2")]);

        PabulibRules.Select(election).Should().Equal("A", "C");
    }

    [Fact]
    public void Select_StopsAtTheFirstMisfitInFileOrder_WhenTheRuleIsGreedyNoSkip()
    {
        // Rows are A, C, B, D. B and C tie at 4 approvals; the file lists C first, so the count is A, C, B, D:
        // A (50), C (80), B does not fit (60 > 20 left) and the count stops there.
        var election = Elections.GreedyExample([new("rule", "greedy-no-skip")], rowOrder: ["A", "C", "B", "D"]);

        PabulibRules.Select(election).Should().Equal("A", "C");
    }

    [Fact]
    public void Select_SwitchesToGreedy_WhenMoreVotersPreferIt()
    {
        // The proportional example of EqualSharesTest: Equal Shares funds X1 and Y, greedy funds X1 and X2.
        // Voters 1–6 get 1 project from Equal Shares and 2 from greedy (6 prefer greedy);
        // voters 7–10 get 1 from Equal Shares and 0 from greedy (4 prefer Equal Shares). 6 > 4: greedy.
        var election = Elections.ProportionalExample(rule: "equalshares/add1-comparison");

        var comparison = PabulibRules.Compare(election);

        comparison.VotersPreferringEqualShares.Should().Be(4);
        comparison.VotersPreferringGreedy.Should().Be(6);
        comparison.EqualSharesFunded.Should().Equal("X1", "Y");
        comparison.GreedyFunded.Should().Equal("X1", "X2");
        comparison.GreedyReplacesEqualShares.Should().BeTrue();
        comparison.Funded.Should().Equal("X1", "X2");
        PabulibRules.Select(election).Should().Equal("X1", "X2");
    }

    [Fact]
    public void Select_KeepsEqualShares_WhenNoMoreVotersPreferGreedy()
    {
        // 11 voters, budget 110 (share 10). A: 50 by voters 1–6; B: 50 by voters 1–5; C: 40 by voters 7–11.
        // Greedy: A (6), then B and C tie at 5 and B comes first in the rows: A + B = 100, C does not fit.
        // Equal Shares: A first (price 50/6, 1/6 per unit of cost), then B's supporters have 5 × 10/6 < 50,
        // and C (price 8) is funded: A, C. Voters 1–5 prefer greedy (2 to 1), voter 6 is indifferent,
        // voters 7–11 prefer Equal Shares (1 to 0): 5 against 5, so Equal Shares stays.
        var election = Elections.ComparisonTieExample(rule: "equalshares/add1-comparison");

        var comparison = PabulibRules.Compare(election);

        comparison.VotersPreferringEqualShares.Should().Be(5);
        comparison.VotersPreferringGreedy.Should().Be(5);
        comparison.GreedyFunded.Should().Equal("A", "B");
        comparison.GreedyReplacesEqualShares.Should().BeFalse("a tie keeps Equal Shares");
        comparison.Funded.Should().Equal("A", "C");
        PabulibRules.Select(election).Should().Equal("A", "C");
    }
}
