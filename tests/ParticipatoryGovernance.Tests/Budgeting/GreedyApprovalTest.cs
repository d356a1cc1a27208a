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
    public void Select_LeavesOutProjectsBelowTheThreshold_WhenMinimumScoreIsSet()
    {
        var election = Elections.GreedyExample();

        GreedyApproval.Select(election, new GreedyOptions { MinimumScore = 2 }).Should().Equal("A", "C");
        GreedyApproval.Select(election, new GreedyOptions { MinimumScore = 1 }).Should().Equal("A", "C", "D");
    }

    [Fact]
    public void Explain_SaysInOneLineWhatWasLeft_WhenAProjectDidNotFit()
    {
        var election = Elections.GreedyExample();

        var b = GreedyApproval.Explain(election).Projects.Single(p => p.ProjectId == "B");

        b.Verdict.Should().Be(GreedyVerdict.DidNotFit);
        b.Rank.Should().Be(2);
        b.BudgetUsedBefore.Should().Be(50);
        b.FundedBefore.Should().Equal("A");
        b.Explanation.English.Should().Be("Not funded: it cost 60 but only 50 was left when its turn came.");
        b.Explanation.Persian.Should().Be("تأمین نشد: هزینهٔ آن ۶۰ بود اما هنگام نوبتش تنها ۵۰ از بودجه مانده بود.");
    }

    [Fact]
    public void Explain_SaysFundedWithRankAndSpending_WhenAProjectFitted()
    {
        var election = Elections.GreedyExample();

        var c = GreedyApproval.Explain(election).Projects.Single(p => p.ProjectId == "C");

        c.IsFunded.Should().BeTrue();
        c.Explanation.English.Should().Be("Funded: with 4 approvals it was number 3 in the count; it cost 30 and 50 was left when its turn came.");
        c.Explanation.Persian.Should().Contain("تأمین شد").And.Contain("۳۰");
    }

    [Fact]
    public void Explain_GivesTheThreshold_WhenAProjectWasBelowIt()
    {
        var d = GreedyApproval.Explain(Elections.GreedyExample(), new GreedyOptions { MinimumScore = 2 }).Projects.Single(p => p.ProjectId == "D");

        d.Verdict.Should().Be(GreedyVerdict.BelowThreshold);
        d.Explanation.English.Should().Be("Not funded: it had 1 approvals, fewer than the 2 approvals required.");
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
            result.Explanation.English.Should().NotContain(" 1 200 000");
            result.Explanation.Persian.Should().Contain("۱٬۲۰۰٬۰۰۰");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Explain_NamesTheStoppingProjectByItsName_WhenTheCountStopped()
    {
        // Budget 100. P (3 approvals, 50) funded; Q (2, 60) does not fit and stops the count; R (1, 10) is not reached.
        var election = new BudgetingElection(
            100,
            [new BudgetingProject("P", 50, [new("name", "Park benches")]), new BudgetingProject("Q", 60, [new("name", "Library roof")]), new BudgetingProject("R", 10)],
            [new BudgetingBallot("1", ["P", "Q", "R"]), new BudgetingBallot("2", ["P", "Q"]), new BudgetingBallot("3", ["P"])]);

        var outcome = GreedyApproval.Explain(election, new GreedyOptions { StopAtFirstMisfit = true });

        var r = outcome.Projects.Single(p => p.ProjectId == "R");
        r.Verdict.Should().Be(GreedyVerdict.CountStopped);
        r.Explanation.English.Should().Be("Not funded: the count stopped at \"Library roof\", which did not fit in what was left of the budget.");
        r.Explanation.Persian.Should().Contain("«Library roof»");
        outcome.Projects.Should().OnlyContain(p => !p.Explanation.English.Contains('\n') && !p.Explanation.English.Contains("Park benches"));
    }

    [Fact]
    public void Explain_WritesAmountsWithTheirDecimals_WhenTheElectionHasCents()
    {
        // Budget 102,533.36 (2 decimals: 10,253,336 minor units). A costs 100,000.50 and is funded; B costs 2,600.00
        // and does not fit in the 2,532.86 left.
        var election = new BudgetingElection(
            10_253_336,
            [new BudgetingProject("A", 10_000_050), new BudgetingProject("B", 260_000)],
            [new BudgetingBallot("1", ["A", "B"]), new BudgetingBallot("2", ["A"])],
            decimals: 2);

        var outcome = GreedyApproval.Explain(election);

        outcome.Funded.Should().Equal("A");
        outcome.Projects[1].Explanation.English.Should().Be("Not funded: it cost 2,600.00 but only 2,532.86 was left when its turn came.");
        outcome.Projects[1].Explanation.Persian.Should().Contain("۲٬۵۳۲٫۸۶");
    }

    [Fact]
    public void Select_RanksBySumOfPoints_WhenTheBallotsAreCumulative()
    {
        // Budget 10, each project costs 10: only the top one is funded. A has 2 approvals but 1 + 1 = 2 points;
        // B has 1 approval with 5 points. Cumulative greedy funds B; counting approvals would fund A.
        var election = new BudgetingElection(
            10,
            [new BudgetingProject("A", 10), new BudgetingProject("B", 10)],
            [BudgetingBallot.WithPoints("1", ["A"], [1]), BudgetingBallot.WithPoints("2", ["B", "A"], [5, 1])],
            voteType: BudgetingVoteType.Cumulative);

        election.CountScores().Should().Equal(2, 5);
        election.CountApprovals().Should().Equal(2, 1);
        GreedyApproval.Select(election).Should().Equal("B");
        GreedyApproval.Explain(election).Projects[1].Explanation.English.Should().StartWith("Funded: with 5 points");
    }

    [Fact]
    public void Select_ScoresByRank_WhenOrdinalBallotsHaveNoPoints()
    {
        // Three ranked projects score 3, 2, 1 on a ballot (pabulib's checker): A = 3 + 1 = 4, B = 2 + 3 = 5, C = 1 + 2 = 3.
        var election = new BudgetingElection(
            10,
            [new BudgetingProject("A", 10), new BudgetingProject("B", 10), new BudgetingProject("C", 10)],
            [new BudgetingBallot("1", ["A", "B", "C"]), new BudgetingBallot("2", ["B", "C", "A"])],
            voteType: BudgetingVoteType.Ordinal);

        election.CountScores().Should().Equal(4, 5, 3);
        GreedyApproval.Select(election).Should().Equal("B");
    }

    [Fact]
    public void Select_SkipsExcludedProjects_AndSaysSo()
    {
        var election = Elections.GreedyExample();

        var outcome = GreedyApproval.Explain(election, new GreedyOptions { Excluded = new HashSet<string> { "A" } });

        // Without A: B (60) funded, C (30) funded, D (20) does not fit in the 10 left.
        outcome.Funded.Should().Equal("B", "C");
        outcome.Projects[0].Verdict.Should().Be(GreedyVerdict.Excluded);
        outcome.Projects[0].Rank.Should().Be(0);
    }

    [Fact]
    public void Select_FundsTheStoppingProjectFromReserves_WhenWhatIsLeftCoversThePercentage()
    {
        // A funded, 50 left; B costs 60 and stops the count: 50 is 83 % of 60, so at 80 % B is funded from reserves,
        // at 90 % it is not. C and D are never reached.
        var election = Elections.GreedyExample();

        var at80 = GreedyApproval.Explain(election, new GreedyOptions { StopAtFirstMisfit = true, FundStoppingProjectFromPercent = 80 });
        var at90 = GreedyApproval.Select(election, new GreedyOptions { StopAtFirstMisfit = true, FundStoppingProjectFromPercent = 90 });

        at80.Funded.Should().Equal("A", "B");
        at80.Spent.Should().Be(110);
        at80.Projects[1].Verdict.Should().Be(GreedyVerdict.FundedFromReserve);
        at80.Projects[1].IsFunded.Should().BeTrue();
        at90.Should().Equal("A");
    }

    [Fact]
    public void Explain_Throws_WhenTheElectionIsNull()
    {
        var act = () => GreedyApproval.Explain(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
