using System.Globalization;
using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Tests.Budgeting;

public class GreedyApprovalTest
{
    [Fact]
    public void Select_FundsEachProjectThatStillFits_MostApprovedFirst()
    {
        // Budget 100. Count: A (5 approvals, 50) funded, 50 left; B (4, 60) does not fit; C (4, 30) funded, 20 left;
        // D (1, 20) funded, 0 left. B and C tie at 4: B comes first by id.
        var election = Elections.GreedyExample();

        GreedyApproval.Select(election).Should().Equal("A", "C", "D");
    }

    [Fact]
    public void Select_OrdersTiesById_NotByRowOrder()
    {
        // Rows A, C, B, D: plain greedy still counts B before C (ordinal ids), so the outcome is unchanged.
        var election = Elections.GreedyExample(rowOrder: ["A", "C", "B", "D"]);

        GreedyApproval.Select(election).Should().Equal("A", "C", "D");
    }

    [Fact]
    public void Select_OrdersIdsOrdinally_NotNumerically()
    {
        // "10" < "9" in ordinal order: with equal approvals and room for only one, "10" is funded.
        var election = Elections.Make(5, [("9", 5), ("10", 5)], [["9", "10"]]);

        GreedyApproval.Select(election).Should().Equal("10");
    }

    [Theory]
    [MemberData(nameof(RealElections.WithRule), "greedy", MemberType = typeof(RealElections))]
    public void Select_FundsTheProjectsTheCityFunded_WhenTheRealElectionUsedPlainGreedy(string file)
    {
        var election = RealElections.Read(file);

        GreedyApproval.Select(election).Order(StringComparer.Ordinal).Should().Equal(RealElections.FundedByTheCity(election), file);
    }

    [Fact]
    public void Select_StopsAtTheFirstMisfit_WhenStopAtFirstMisfit()
    {
        // A funded (50 left); B (60) does not fit and the count stops: C and D are not reached.
        var election = Elections.GreedyExample();

        var outcome = GreedyApproval.Explain(election, new GreedyOptions { StopAtFirstMisfit = true });

        outcome.Funded.Should().Equal("A");
        outcome.Projects.Select(p => p.Verdict).Should().Equal(
            GreedyVerdict.Funded, GreedyVerdict.DidNotFit, GreedyVerdict.CountStopped, GreedyVerdict.CountStopped);
    }

    [Fact]
    public void Select_LeavesOutProjectsBelowTheThreshold_WhenMinimumApprovalsIsSet()
    {
        var election = Elections.GreedyExample();

        GreedyApproval.Select(election, new GreedyOptions { MinimumApprovals = 2 }).Should().Equal("A", "C");
        GreedyApproval.Select(election, new GreedyOptions { MinimumApprovals = 1 }).Should().Equal("A", "C", "D");
    }

    [Fact]
    public void Explain_NamesTheProjectsThatUsedTheBudget_WhenAProjectDidNotFit()
    {
        var election = Elections.GreedyExample();

        var b = GreedyApproval.Explain(election).Projects.Single(p => p.ProjectId == "B");

        b.Verdict.Should().Be(GreedyVerdict.DidNotFit);
        b.Rank.Should().Be(2);
        b.BudgetUsedBefore.Should().Be(50);
        b.FundedBefore.Should().Equal("A");
        b.Explanation.English.Should().Be("Not funded: it cost 60, but the projects funded before it (A) had already used 50 of the budget of 100, leaving 50.");
        b.Explanation.Persian.Should().Contain("تأمین نشد").And.Contain("۶۰");
    }

    [Fact]
    public void Explain_SaysFundedWithRankAndSpending_WhenAProjectFitted()
    {
        var election = Elections.GreedyExample();

        var c = GreedyApproval.Explain(election).Projects.Single(p => p.ProjectId == "C");

        c.IsFunded.Should().BeTrue();
        c.Explanation.English.Should().Be("Funded: with 4 approvals it was number 3 in the count; it cost 30, and 50 of the budget of 100 had been used before it.");
        c.Explanation.Persian.Should().Contain("تأمین شد").And.Contain("۳۰");
    }

    [Fact]
    public void Explain_GivesTheThreshold_WhenAProjectWasBelowIt()
    {
        var d = GreedyApproval.Explain(Elections.GreedyExample(), new GreedyOptions { MinimumApprovals = 2 }).Projects.Single(p => p.ProjectId == "D");

        d.Verdict.Should().Be(GreedyVerdict.BelowThreshold);
        d.Explanation.English.Should().Be("Not funded: it had 1 approvals, fewer than the 2 required.");
        d.Explanation.Persian.Should().Contain("۲");
    }

    [Fact]
    public void Explain_FormatsLargeAmountsWithSeparators_WhateverTheCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var election = Elections.Make(2_500_000, [("1", 1_200_000)], [["1"]]);

            var result = GreedyApproval.Explain(election).Projects[0];

            result.Explanation.English.Should().Contain("1,200,000").And.Contain("2,500,000");
            result.Explanation.Persian.Should().Contain("۱٬۲۰۰٬۰۰۰");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Explain_Throws_WhenTheElectionIsNull()
    {
        var act = () => GreedyApproval.Explain(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
