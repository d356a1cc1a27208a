using System.Diagnostics;
using System.Numerics;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Tests.TestSupport;
using Xunit.Abstractions;

namespace ParticipatoryGovernance.Tests.Budgeting;

public class CumulativeEqualSharesTest(ITestOutputHelper output)
{
    private static readonly EqualSharesCompletion[] Completions =
        [EqualSharesCompletion.None, EqualSharesCompletion.Add1, EqualSharesCompletion.Add1WithinBudget];

    /// <summary>
    /// Budget 100, 4 voters. P: 60, v1 3 points and v2 1 point; Q: 40, v2 1, v3 2 and v4 1; R: 30, v4 1.
    /// </summary>
    private static BudgetingElection CompletionExample() => Cumulative(
        100,
        [("P", 60), ("Q", 40), ("R", 30)],
        [[("P", 3)], [("P", 1), ("Q", 1)], [("Q", 2)], [("Q", 1), ("R", 1)]]);

    [Fact]
    public void Select_FundsWhatSupportersCanPayPerPoint_WithoutCompletion()
    {
        // Share 25. Round 1: Q: 4 points, ρ = 40 / 4 = 10 per point; v2 pays 10, v3 20, v4 10, all within 25. P can
        // cost no less than 60 / 4 = 15 per point and R 30 / 1 = 30, both more than Q's 10, so neither is looked at
        // (ρ never falls as money is spent). Q is funded. Round 2: P's supporters hold 25 + 15 = 40 < 60 and R's
        // 25 − 10 = 15 < 30: both dropped, and the run ends.
        var outcome = CumulativeEqualShares.Explain(CompletionExample(), EqualSharesCompletion.None);

        outcome.Funded.Should().Equal("Q");
        outcome.SharePerVoter.Should().Be(25m);
        outcome.Increment.Should().Be(0);
        var q = outcome.Projects.Single(r => r.ProjectId == "Q");
        q.Round.Should().Be(1);
        q.PricePerSupporter.Should().Be(20m, "v3 gave 2 points at 10 a point, the most any supporter paid");
        q.SupportersPayingFullPrice.Should().Be(3);
        var p = outcome.Projects.Single(r => r.ProjectId == "P");
        p.Verdict.Should().Be(EqualSharesVerdict.SupportersMoneyRanOut);
        p.MoneyLeft.Should().Be(40m);
        p.Round.Should().Be(2);
        outcome.Projects.Single(r => r.ProjectId == "R").MoneyLeft.Should().Be(15m);
    }

    [Fact]
    public void Select_RaisesTheShareUntilTheOutcomeIsExhaustive_WhenCompletionIsAdd1()
    {
        // Share 25 + k. Q always wins round 1 at ρ = 10 (P's ρ is at least 60 / 4 = 15, R's 30). Then P's supporters
        // hold (25 + k) + (15 + k) = 40 + 2k: P is affordable from k = 10. At k = 10 (share 35): v1 would owe 3ρ but
        // has 35, so pays 35 (capped at ρ ≥ 35 / 3); v2 pays the rest, 25 = ρ × 1 ≤ 25 held: ρ = 25. R: v4 holds
        // 35 − 10 = 25 < 30. Q + P = 100: nothing else fits, the outcome is exhaustive and Add1 stops there.
        var outcome = CumulativeEqualShares.Explain(CompletionExample(), EqualSharesCompletion.Add1);

        outcome.Funded.Should().Equal("Q", "P");
        outcome.Increment.Should().Be(10);
        outcome.SharePerVoter.Should().Be(35m);
        outcome.Spent.Should().Be(100);
        var p = outcome.Projects.Single(r => r.ProjectId == "P");
        p.Round.Should().Be(2);
        p.PricePerSupporter.Should().Be(35m);
        p.SupportersPayingFullPrice.Should().Be(1);
        p.SupportersPayingLess.Should().Be(1);
        p.PaidBySupportersPayingLess.Should().Be(35m);
        p.Explanation.English.Should().Be("“P” was funded in round 2: every voter started with a share of 35; of its cost of 60, each supporter paid 25 per point they gave it, which 1 supporters paid in full, and 1 supporters who had less left paid all they had, 35 together.");
        p.Explanation.Persian.Should().Contain("«P»").And.Contain("۲۵").And.Contain("تأمین شد");
    }

    [Fact]
    public void Select_KeepsTheLastOutcomeWithinTheBudget_WhenCompletionIsAdd1WithinBudget()
    {
        // Add1WithinBudget goes on past k = 10 while Q + P (100) fits. R becomes affordable after Q when v4 holds
        // (25 + k) − 10 ≥ 30, k = 15: then P (ρ = 20: v1 pays all 40, v2 20) and R (ρ = 30) are funded after Q,
        // 130 > 100. So the outcome at k = 14 is kept: Q, P.
        var outcome = CumulativeEqualShares.Explain(CompletionExample(), EqualSharesCompletion.Add1WithinBudget);

        outcome.Funded.Should().Equal("Q", "P");
        outcome.Increment.Should().Be(14);
        outcome.SharePerVoter.Should().Be(39m);
        CumulativeEqualShares.Select(CompletionExample(), EqualSharesCompletion.Add1WithinBudget).Should().Equal("Q", "P");
    }

    [Fact]
    public void Select_BreaksATieInPricePerPointByTheLowerCost()
    {
        // Budget 90, share 30. A: 30, v1 2 points and v3 1: ρ = 30 / 3 = 10. B: 40, v1 1 and v2 3: ρ = 40 / 4 = 10.
        // C: 30, v3 2 points: ρ = 15. A and B tie at 10; A costs less and is funded: v1 pays 20, v3 10. Round 2: B's
        // supporters hold 10 + 30 = 40 and pay it at ρ = 10; C's one supporter holds 20 < 30.
        // (A is called Z here, so that the id order would pick B.)
        var election = Cumulative(90, [("B", 40), ("Z", 30), ("C", 30)], [[("Z", 2), ("B", 1)], [("B", 3)], [("Z", 1), ("C", 2)]]);

        CumulativeEqualShares.Select(election, EqualSharesCompletion.None).Should().Equal("Z", "B");
    }

    [Fact]
    public void Select_FundsAFreeProjectWithASupporterFirst_AndNeverOneWithoutPoints()
    {
        var election = Cumulative(10, [("X", 10), ("F", 0), ("G", 0)], [[("X", 1), ("F", 1), ("G", 0)]]);

        var outcome = CumulativeEqualShares.Explain(election, EqualSharesCompletion.None);

        outcome.Funded.Should().Equal("F", "X");
        outcome.Projects.Single(r => r.ProjectId == "G").Verdict.Should().Be(EqualSharesVerdict.NoSupporters);
    }

    [Fact]
    public void Explain_FundsNothingAndExplainsIt_WhenThereAreNoBallots()
    {
        foreach (var completion in Completions)
        {
            var election = Cumulative(100, [("A", 10)], []);

            var outcome = CumulativeEqualShares.Explain(election, completion);

            outcome.Funded.Should().BeEmpty();
            outcome.Spent.Should().Be(0);
            outcome.Projects.Single().Verdict.Should().Be(EqualSharesVerdict.NoSupporters);
            outcome.Projects.Single().Explanation.English.Should().Be("“A” was not funded: no voter gave it points.");
            CumulativeEqualShares.Select(election, completion).Should().BeEmpty();
        }
    }

    [Fact]
    public void Explain_NamesProjectsByTheirNameAttribute_AndNeverAnotherProjectsId()
    {
        var election = new BudgetingElection(
            100,
            [
                new BudgetingProject("p1", 60, [new("name", "Park")]),
                new BudgetingProject("p2", 40, [new("name", "Lights")]),
                new BudgetingProject("p3", 30),
            ],
            [
                BudgetingBallot.WithPoints("1", ["p1"], [3]),
                BudgetingBallot.WithPoints("2", ["p1", "p2"], [1, 1]),
                BudgetingBallot.WithPoints("3", ["p2"], [2]),
                BudgetingBallot.WithPoints("4", ["p2", "p3"], [1, 1]),
            ],
            voteType: BudgetingVoteType.Cumulative);

        var outcome = CumulativeEqualShares.Explain(election, EqualSharesCompletion.None);

        var byId = outcome.Projects.ToDictionary(r => r.ProjectId);
        byId["p1"].Explanation.English.Should().StartWith("“Park” was not funded: it cost 60, but by round 2 its 2 supporters had only 40 left");
        byId["p1"].Explanation.Persian.Should().StartWith("«Park» تأمین نشد");
        byId["p2"].Explanation.English.Should().StartWith("“Lights” was funded in round 1");
        byId["p3"].Explanation.English.Should().StartWith("“p3” was not funded");
        foreach (var result in outcome.Projects)
        {
            foreach (var other in new[] { "p1", "p2", "p3" }.Where(id => id != result.ProjectId))
            {
                result.Explanation.English.Should().NotContain(other);
                result.Explanation.Persian.Should().NotContain(other);
            }
        }
    }

    [Fact]
    public void Explain_ShowsAmountsInCurrencyUnits_WhenTheAmountsHaveCents()
    {
        // The same election as CompletionExample with every amount in hundredths (S, costing a cent that nobody wants,
        // makes the file's amounts have two decimals): the outcome is the same, Add1 steps 1.00 per voter, and the
        // explanation reads 60.00 and 25 per point, not 6,000 and 2,500.
        var election = PabulibFile.Read(new StringReader("""
            META
            key;value
            budget;100.00
            vote_type;cumulative
            rule;equalshares
            PROJECTS
            project_id;cost
            P;60.00
            Q;40.00
            R;30.00
            S;0.01
            VOTES
            voter_id;vote;points
            1;P;3
            2;P,Q;1,1
            3;Q;2
            4;Q,R;1,1
            """));

        var outcome = CumulativeEqualShares.Explain(election, EqualSharesCompletion.Add1, new EqualSharesOptions { Add1StepPerVoter = election.Unit });

        outcome.Funded.Should().Equal("Q", "P");
        outcome.Increment.Should().Be(1000);
        outcome.Projects.Single(r => r.ProjectId == "P").Explanation.English.Should().Contain("of its cost of 60.00, each supporter paid 25 per point");
    }

    [Fact]
    public void Select_RefusesBallotsThatAreNotCumulative()
    {
        foreach (var election in new[] { Elections.ProportionalExample(), Elections.Make(10, [("A", 5)], [["A"]]) })
        {
            var select = () => CumulativeEqualShares.Select(election, EqualSharesCompletion.None);
            var explain = () => CumulativeEqualShares.Explain(election, EqualSharesCompletion.Add1);

            select.Should().Throw<ArgumentException>().WithMessage("*cumulative*approval*");
            explain.Should().Throw<ArgumentException>().WithMessage("*cumulative*approval*");
        }

        var undefined = () => CumulativeEqualShares.Select(CompletionExample(), (EqualSharesCompletion)7);
        undefined.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Select_GivesTheSameOutcome_WhenEveryBallotsPointsAreScaledByTheSameFactor()
    {
        // ρ scales by 1 / k for every project alike, and every payment ρ·u stays the same: no decision can change.
        var random = new Random(31);
        for (var i = 0; i < 150; i++)
        {
            var election = RandomElection(random);
            var k = random.Next(2, 8);
            var scaled = Cumulative(
                election.Budget,
                election.Projects.Select(p => (p.Id, p.Cost)).ToArray(),
                election.Ballots.Select(b => b.ProjectIds.Zip(b.Points, (id, points) => (id, points * k)).ToArray()).ToArray());

            foreach (var completion in Completions)
            {
                CumulativeEqualShares.Select(scaled, completion).Should().Equal(CumulativeEqualShares.Select(election, completion), $"election {i}, {completion}, factor {k}");
            }
        }
    }

    [Fact]
    public void Select_GivesTheApprovalOutcome_WhenEveryBallotGivesEachProjectPointsInProportionToItsCost()
    {
        // Approval Equal Shares uses cost utilities: a voter's utility for an approved project is its cost. A cumulative
        // ballot giving each project it names cost × k points is that utility scaled by k, and supporters are the
        // approvers, so both methods (written apart) must fund the same projects in the same order, ties included.
        var random = new Random(5);
        for (var i = 0; i < 150; i++)
        {
            var approval = RandomElection(random, allowFree: false);
            var k = random.Next(1, 4);
            var byCost = approval.Projects.ToDictionary(p => p.Id, p => p.Cost);
            var cumulative = Cumulative(
                approval.Budget,
                approval.Projects.Select(p => (p.Id, p.Cost)).ToArray(),
                approval.Ballots.Select(b => b.ProjectIds.Select(id => (id, byCost[id] * k)).ToArray()).ToArray());
            var asApproval = Elections.Make(
                approval.Budget,
                approval.Projects.Select(p => (p.Id, p.Cost)).ToArray(),
                approval.Ballots.Select(b => b.ProjectIds.ToArray()));

            foreach (var completion in Completions)
            {
                CumulativeEqualShares.Select(cumulative, completion).Should().Equal(EqualShares.Select(asApproval, completion), $"election {i}, {completion}");
                CumulativeEqualShares.Explain(cumulative, completion).Increment.Should().Be(EqualShares.Explain(asApproval, completion).Increment, $"election {i}, {completion}");
            }
        }
    }

    [Fact]
    public void Select_IgnoresAProjectNamedWithZeroPoints()
    {
        // A project given zero points has zero utility for that voter: the ballot is the same as one that does not name it.
        var random = new Random(11);
        for (var i = 0; i < 100; i++)
        {
            var election = RandomElection(random);
            var withoutZeros = Cumulative(
                election.Budget,
                election.Projects.Select(p => (p.Id, p.Cost)).ToArray(),
                election.Ballots.Select(b => b.ProjectIds.Zip(b.Points, (id, points) => (id, points)).Where(e => e.points > 0).ToArray()).ToArray());

            foreach (var completion in Completions)
            {
                CumulativeEqualShares.Select(withoutZeros, completion).Should().Equal(CumulativeEqualShares.Select(election, completion), $"election {i}, {completion}");
            }
        }
    }

    [Theory]
    [InlineData(EqualSharesCompletion.None)]
    [InlineData(EqualSharesCompletion.Add1)]
    [InlineData(EqualSharesCompletion.Add1WithinBudget)]
    public void Select_AgreesWithAVoterByVoterReference_OnRandomElections(EqualSharesCompletion completion)
    {
        var random = new Random(2026 + (int)completion);
        var differentFromNone = 0;
        for (var i = 0; i < 200; i++)
        {
            var election = RandomElection(random);
            var step = random.Next(1, 4);
            var options = new EqualSharesOptions { Add1StepPerVoter = step };

            var (expected, increment) = Reference.Decide(election, completion, step);

            CumulativeEqualShares.Select(election, completion, options).Should().Equal(expected, $"election {i}, step {step}");
            var outcome = CumulativeEqualShares.Explain(election, completion, options);
            outcome.Funded.Should().Equal(expected, $"election {i}, step {step}");
            outcome.Increment.Should().Be(increment, $"election {i}, step {step}");
            if (!expected.SequenceEqual(Reference.Decide(election, EqualSharesCompletion.None, 1).Winners))
            {
                differentFromNone++;
            }
        }

        if (completion != EqualSharesCompletion.None)
        {
            differentFromNone.Should().BeGreaterThan(20, "the random elections must exercise the completion");
        }
    }

    [Theory]
    [InlineData(EqualSharesCompletion.None)]
    [InlineData(EqualSharesCompletion.Add1)]
    [InlineData(EqualSharesCompletion.Add1WithinBudget)]
    public void Select_InFastArithmetic_AgreesWithExactArithmetic_OnRandomElections(EqualSharesCompletion completion)
    {
        var random = new Random(404 + (int)completion);
        var exact = new EqualSharesOptions { Arithmetic = EqualSharesArithmetic.Exact };
        for (var i = 0; i < 300; i++)
        {
            var election = RandomElection(random);

            CumulativeEqualShares.Explain(election, completion).Increment.Should().Be(CumulativeEqualShares.Explain(election, completion, exact).Increment, $"election {i}");
            CumulativeEqualShares.Select(election, completion).Should().Equal(CumulativeEqualShares.Select(election, completion, exact), $"election {i}");
        }
    }

    [Fact]
    public void Select_RunsOnEveryCumulativeFileOfTheCorpus_WithoutCompletion()
    {
        var files = CumulativeCorpusFiles();
        files.Should().HaveCountGreaterThan(200);
        var slowest = (Name: string.Empty, Elapsed: TimeSpan.Zero);
        var total = Stopwatch.StartNew();
        var fundedSomething = 0;
        foreach (var file in files)
        {
            var election = ReadCorpusFile(file);
            var watch = Stopwatch.StartNew();
            var outcome = CumulativeEqualShares.Explain(election, EqualSharesCompletion.None);
            watch.Stop();
            if (watch.Elapsed > slowest.Elapsed)
            {
                slowest = (file, watch.Elapsed);
            }

            // Explain decides the share and reruns it in exact fractions; Select takes the guarded floating-point run.
            CumulativeEqualShares.Select(election, EqualSharesCompletion.None).Should().Equal(outcome.Funded, file);
            outcome.Spent.Should().BeLessThanOrEqualTo(election.Budget, file);
            outcome.Funded.Should().OnlyHaveUniqueItems(file);
            outcome.Projects.Should().HaveCount(election.Projects.Count, file);
            fundedSomething += outcome.Funded.Count > 0 ? 1 : 0;
        }

        output.WriteLine($"{files.Length} cumulative files in {total.Elapsed.TotalSeconds:0.0} s; slowest {slowest.Name} {slowest.Elapsed.TotalMilliseconds:0} ms; {fundedSomething} fund a project");
        fundedSomething.Should().BeGreaterThan(files.Length / 2);
        slowest.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("Poland_Gdansk_2020_Mlyniska.pb", EqualSharesCompletion.None)]
    [InlineData("Poland_Gdansk_2020_Mlyniska.pb", EqualSharesCompletion.Add1WithinBudget)]
    [InlineData("Poland_Gdansk_2020_Letnica.pb", EqualSharesCompletion.Add1)]
    [InlineData("Poland_Gdansk_2020_Letnica.pb", EqualSharesCompletion.Add1WithinBudget)]
    [InlineData("Poland_Czestochowa_2020_Podjasnogorska.pb", EqualSharesCompletion.None)]
    [InlineData("Poland_Czestochowa_2020_Podjasnogorska.pb", EqualSharesCompletion.Add1)]
    [InlineData("Poland_Czestochowa_2020_Podjasnogorska.pb", EqualSharesCompletion.Add1WithinBudget)]
    [InlineData("Switzerland_Zurich_D10.pb", EqualSharesCompletion.Add1)]
    [InlineData("Worldwide_Mechanical_Turk_Utilities_3.pb", EqualSharesCompletion.Add1)]
    public void Select_AgreesWithTheReference_OnSmallRealCumulativeFiles(string file, EqualSharesCompletion completion)
    {
        // Add1 steps one currency unit per voter, as pabulib does: from 74 (Zurich) to 1,200 (Mechanical Turk) runs.
        var election = ReadCorpusFile(file);
        election.VoteType.Should().Be(BudgetingVoteType.Cumulative);

        var (expected, increment) = Reference.Decide(election, completion, election.Unit);

        foreach (var arithmetic in new[] { EqualSharesArithmetic.Fast, EqualSharesArithmetic.Exact })
        {
            var options = new EqualSharesOptions { Add1StepPerVoter = election.Unit, Arithmetic = arithmetic };
            var outcome = CumulativeEqualShares.Explain(election, completion, options);
            outcome.Funded.Should().Equal(expected, arithmetic.ToString());
            outcome.Increment.Should().Be(increment, arithmetic.ToString());
            CumulativeEqualShares.Select(election, completion, options).Should().Equal(expected, arithmetic.ToString());
        }
    }

    [Fact]
    public void PabulibRulesSelect_RunsEqualSharesOnPoints_ForACumulativeFile()
    {
        var text = """
            META
            key;value
            budget;100
            vote_type;cumulative
            rule;RULE
            PROJECTS
            project_id;cost
            P;60
            Q;40
            R;30
            VOTES
            voter_id;vote;points
            1;P;3
            2;P,Q;1,1
            3;Q;2
            4;Q,R;1,1
            """;
        PabulibRules.Select(PabulibFile.Read(new StringReader(text.Replace("RULE", "equalshares", StringComparison.Ordinal)))).Should().Equal("Q");
        PabulibRules.Select(PabulibFile.Read(new StringReader(text.Replace("RULE", "equalshares/add1", StringComparison.Ordinal)))).Should().Equal("Q", "P");

        var comparison = () => PabulibRules.Select(PabulibFile.Read(new StringReader(text.Replace("RULE", "equalshares/add1-comparison", StringComparison.Ordinal))));
        comparison.Should().Throw<NotSupportedException>().WithMessage("*cumulative*");
    }

    private static BudgetingElection Cumulative(long budget, (string Id, long Cost)[] projects, (string Id, long Points)[][] ballots) =>
        new(
            budget,
            projects.Select(p => new BudgetingProject(p.Id, p.Cost)),
            ballots.Select((b, i) => BudgetingBallot.WithPoints("v" + (i + 1), b.Select(e => e.Id), b.Select(e => e.Points))),
            voteType: BudgetingVoteType.Cumulative);

    private static BudgetingElection RandomElection(Random random, bool allowFree = true)
    {
        var projectCount = random.Next(1, 7);
        var projects = Enumerable.Range(0, projectCount)
            .Select(p => ("p" + random.Next(0, 10) + "_" + p, (long)(allowFree && random.Next(12) == 0 ? 0 : random.Next(1, 60))))
            .ToArray();
        var voters = random.Next(0, 9);
        var ballots = new (string Id, long Points)[voters][];
        for (var v = 0; v < voters; v++)
        {
            // Few distinct ballots, so that exact ties and shared voter types are common.
            ballots[v] = v > 0 && random.Next(3) == 0
                ? ballots[random.Next(v)]
                : projects.Where(_ => random.Next(2) == 0).Select(p => (p.Item1, (long)random.Next(0, 4))).ToArray();
        }

        var total = projects.Sum(p => p.Item2);
        return Cumulative(random.Next(1, (int)Math.Max(2, total)), projects, ballots);
    }

    private static string[] CumulativeCorpusFiles() =>
        Directory.GetFiles(CorpusFolder(), "*.pb")
            .Where(f => File.ReadLines(f).Take(40).Any(l => l.TrimEnd() == "vote_type;cumulative"))
            .Select(f => Path.GetFileName(f)!)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string CorpusFolder() => Path.GetFullPath(Path.Combine(Repository.Root(), "..", "shared", "pabulib"));

    private static BudgetingElection ReadCorpusFile(string name)
    {
        using var reader = File.OpenText(Path.Combine(CorpusFolder(), name));
        return PabulibFile.Read(reader);
    }

    /// <summary>
    /// A straightforward Method of Equal Shares with utilities = points, voter by voter, written apart from the
    /// library: no voter types, no pruning, ρ found by evaluating what the supporters would pay at each breakpoint.
    /// </summary>
    private static class Reference
    {
        public static (List<string> Winners, long Increment) Decide(BudgetingElection election, EqualSharesCompletion completion, long step)
        {
            var n = election.Ballots.Count;
            if (n == 0)
            {
                return ([], 0);
            }

            if (completion == EqualSharesCompletion.None)
            {
                return (Run(election, new Q(election.Budget, n), election.Projects.ToDictionary(p => p.Id, p => Supporters(election, p.Id))), 0);
            }

            var supporters = election.Projects.ToDictionary(p => p.Id, p => Supporters(election, p.Id));
            var supported = election.Projects.Where(p => supporters[p.Id] > 0).ToList();
            if (supported.Sum(p => p.Cost) <= election.Budget)
            {
                // Raising the share ends by funding them all; the order is that of a run at the whole budget each.
                return (Run(election, new Q(election.Budget, 1), supporters), 0);
            }

            List<string>? previous = null;
            for (long increment = 0; ; increment += step)
            {
                var outcome = Run(election, new Q(election.Budget + (increment * n), n), supporters);
                var spent = outcome.Sum(id => election.Project(id).Cost);
                if (spent > election.Budget)
                {
                    return (previous!, increment - step);
                }

                var left = election.Budget - spent;
                var exhaustive = !election.Projects.Any(p => p.Cost > 0 && supporters[p.Id] > 0 && !outcome.Contains(p.Id) && p.Cost <= left);
                if (completion == EqualSharesCompletion.Add1 && exhaustive)
                {
                    return (outcome, increment);
                }

                previous = outcome;
            }
        }

        private static int Supporters(BudgetingElection election, string id) =>
            election.Ballots.Count(b => b.ProjectIds.Zip(b.Points).Any(e => e.First == id && e.Second > 0));

        private static List<string> Run(BudgetingElection election, Q share, Dictionary<string, int> supporters)
        {
            var utility = election.Ballots
                .Select(b => b.ProjectIds.Zip(b.Points).Where(e => e.Second > 0).ToDictionary(e => e.First, e => e.Second))
                .ToArray();
            var money = Enumerable.Repeat(share, utility.Length).ToArray();
            var winners = election.Projects.Where(p => p.Cost == 0 && supporters[p.Id] > 0).Select(p => p.Id).ToList();
            while (true)
            {
                BudgetingProject? best = null;
                var bestRho = default(Q);
                foreach (var project in election.Projects)
                {
                    if (project.Cost == 0 || winners.Contains(project.Id))
                    {
                        continue;
                    }

                    var voters = Enumerable.Range(0, utility.Length).Where(i => utility[i].ContainsKey(project.Id)).ToArray();
                    var total = voters.Aggregate(new Q(0, 1), (sum, i) => sum + money[i]);
                    if (voters.Length == 0 || total.CompareTo(new Q(project.Cost, 1)) < 0)
                    {
                        continue;
                    }

                    var rho = Rho(project.Cost, voters.Select(i => (money[i], utility[i][project.Id])).ToArray());
                    if (best is null || rho.CompareTo(bestRho) < 0 || (rho.CompareTo(bestRho) == 0 && Before(supporters, project, best)))
                    {
                        best = project;
                        bestRho = rho;
                    }
                }

                if (best is null)
                {
                    return winners;
                }

                winners.Add(best.Id);
                for (var i = 0; i < utility.Length; i++)
                {
                    if (utility[i].TryGetValue(best.Id, out var points))
                    {
                        var due = bestRho * points;
                        money[i] = money[i].CompareTo(due) <= 0 ? new Q(0, 1) : money[i] - due;
                    }
                }
            }
        }

        private static bool Before(Dictionary<string, int> supporters, BudgetingProject a, BudgetingProject b)
        {
            if (a.Cost != b.Cost)
            {
                return a.Cost < b.Cost;
            }

            var (sa, sb) = (supporters[a.Id], supporters[b.Id]);
            return sa != sb ? sa > sb : string.CompareOrdinal(a.Id, b.Id) < 0;
        }

        /// <summary>
        /// The least ρ with Σ min(money, ρ·points) = cost: the payment is piecewise linear in ρ with a bend where each
        /// supporter runs out (money / points); find, by bisection, the first bend at which they pay the cost, then
        /// solve the linear piece before it.
        /// </summary>
        private static Q Rho(long cost, (Q Money, long Points)[] supporters)
        {
            var bends = supporters.Select(s => s.Money / s.Points).Distinct().Order().ToArray();
            var target = new Q(cost, 1);
            int first = 0, last = bends.Length - 1;
            while (first < last)
            {
                var middle = (first + last) / 2;
                var paid = supporters.Aggregate(new Q(0, 1), (sum, s) => sum + Min(s.Money, bends[middle] * s.Points));
                if (paid.CompareTo(target) >= 0)
                {
                    last = middle;
                }
                else
                {
                    first = middle + 1;
                }
            }

            var low = first == 0 ? new Q(0, 1) : bends[first - 1];
            var spent = supporters.Where(s => (s.Money / s.Points).CompareTo(low) <= 0).Aggregate(new Q(0, 1), (sum, s) => sum + s.Money);
            var points = supporters.Where(s => (s.Money / s.Points).CompareTo(low) > 0).Sum(s => s.Points);
            return (target - spent) / points;
        }

        private static Q Min(Q a, Q b) => a.CompareTo(b) <= 0 ? a : b;
    }

    /// <summary>An exact rational for the reference, kept in lowest terms with a positive denominator.</summary>
    private readonly record struct Q : IComparable<Q>
    {
        public Q(BigInteger numerator, BigInteger denominator)
        {
            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (gcd.IsZero)
            {
                gcd = BigInteger.One;
            }

            if (denominator.Sign < 0)
            {
                gcd = -gcd;
            }

            Numerator = numerator / gcd;
            Denominator = denominator / gcd;
        }

        public BigInteger Numerator { get; }

        public BigInteger Denominator { get; }

        public static Q operator +(Q a, Q b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static Q operator -(Q a, Q b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static Q operator *(Q a, long b) => new(a.Numerator * b, a.Denominator);

        public static Q operator /(Q a, long b) => new(a.Numerator, a.Denominator * b);

        public int CompareTo(Q other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }
}
