using System.Globalization;
using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Tests.Budgeting;

/// <summary>
/// Jumping Add1 with two-ended certificates (ADR 0030: a rival and the winner compared at the same share where who is
/// short of a price is the same at both ends) must still equal stepping one unit at a time, in particular in units
/// 100 and 10,000 times smaller, where jumps are long and end right before the share at which the outcome changes.
/// </summary>
public class EqualSharesAdd1FastTest
{
    private static readonly EqualSharesCompletion[] Completions = [EqualSharesCompletion.Add1, EqualSharesCompletion.Add1WithinBudget];

    private static readonly EqualSharesOptions Step = new() { Add1Search = EqualSharesAdd1Search.Step };

    private static readonly EqualSharesOptions Jump = new() { Add1Search = EqualSharesAdd1Search.Jump };

    [Fact]
    public void Jump_GivesSteppingsOutcome_OnRandomElectionsInUnitsAHundredTimesSmaller()
    {
        var random = new Random(100_2026);
        for (var i = 0; i < 40; i++)
        {
            var election = Scaled(RandomElection(random), 100);
            foreach (var completion in Completions)
            {
                AssertSame(election, completion, $"election {i} x 100, {completion}");
            }
        }
    }

    [Fact]
    public void Jump_GivesSteppingsOutcome_OnRandomElectionsInUnitsTenThousandTimesSmaller()
    {
        // Elections whose Add1 decides within 40 units in the original unit: up to 400,000 one-unit steps here.
        var random = new Random(10_000_2026);
        var compared = 0;
        while (compared < 6)
        {
            var original = RandomElection(random);
            var increment = EqualShares.Explain(original, EqualSharesCompletion.Add1WithinBudget, Jump).Increment;
            if (increment is < 3 or > 40)
            {
                continue;
            }

            var election = Scaled(original, 10_000);
            foreach (var completion in Completions)
            {
                AssertSame(election, completion, $"election {compared} x 10,000, {completion}");
            }

            compared++;
        }
    }

    [Fact]
    public void Jump_GivesSteppingsOutcome_OnRealPabulibFilesInUnitsAHundredTimesSmaller()
    {
        // The 4 smallest readable approval elections of pabulib's corpus with at least 4 projects, every amount x 100.
        var directory = "/work/shared/pabulib";
        Directory.Exists(directory).Should().BeTrue("the pabulib corpus is expected at " + directory);
        var compared = 0;
        var files = Directory.GetFiles(directory, "*.pb")
            .Select(path => (Path: path, Votes: MetaNumber(path, "num_votes"), Projects: MetaNumber(path, "num_projects"), Type: MetaText(path, "vote_type")))
            .Where(f => f.Type == "approval" && f.Projects >= 4 && f.Votes is >= 20 and <= 3000)
            .OrderBy(f => f.Votes).ThenBy(f => f.Path, StringComparer.Ordinal);
        foreach (var file in files)
        {
            BudgetingElection election;
            try
            {
                using var reader = File.OpenText(file.Path);
                election = PabulibFile.Read(reader);
            }
            catch (FormatException)
            {
                continue;
            }

            foreach (var completion in Completions)
            {
                AssertSame(Scaled(election, 100), completion, Path.GetFileName(file.Path) + " x 100, " + completion);
            }

            if (++compared == 4)
            {
                break;
            }
        }

        compared.Should().Be(4);
    }

    [Fact]
    public void Jump_PassesExactTiesAtEveryShare_InsteadOfSteppingThroughThem()
    {
        // EqualSharesAdd1FastTest's random election 3 (seed 10_000_2026), every amount x 10,000: p4 and p5 have 5
        // approvals each and all their supporters can pay the equal price, so their prices per unit of cost are exactly
        // 1/5 at every share and the tie-break (lower cost) funds p4 first. No floating-point margin can pass an exact
        // tie, so before the certificates knew that reason jumping stepped through all 396,792 shares (and made 446,402
        // runs and replays, more than stepping).
        var election = Elections.Make(
            10_520_000,
            [("p0", 670_000), ("p1", 670_000), ("p2", 3_420_000), ("p3", 3_740_000), ("p4", 2_590_000), ("p5", 3_280_000), ("p6", 3_920_000), ("p7", 2_760_000)],
            [
                ["p3", "p5", "p6", "p7"],
                ["p0", "p3", "p4", "p5", "p6"],
                ["p0", "p3", "p4", "p5", "p6"],
                ["p0", "p1", "p4"],
                ["p0", "p1", "p2", "p4", "p5", "p6", "p7"],
                ["p4", "p5"],
            ]);

        foreach (var completion in Completions)
        {
            var jumped = AssertSame(election, completion, $"exact ties, {completion}");
            jumped.Funded.Should().Equal(["p4", "p5", "p0", "p1"]);
            jumped.Increment.Should().Be(396_791);
            jumped.Runs.Should().BeLessThan(1_000, "exact ties at every share are passed by a certificate, not stepped through");
        }
    }

    [Fact]
    public void Jump_GivesSteppingsOutcome_WhenRivalsOfTheSameCostShareSupporters()
    {
        // A and B cost the same and have as many approvals; B's supporters outside A's (voters 5-6) also back C and D,
        // so their money comes and goes as the share rises: jumping must still give stepping's outcome.
        var election = Elections.Make(
            1_000_000,
            [("A", 300_000), ("B", 300_000), ("C", 400_000), ("D", 250_000)],
            [["A", "B"], ["A", "B"], ["A", "C"], ["A", "C"], ["B", "C", "D"], ["B", "C", "D"]]);

        foreach (var completion in Completions)
        {
            AssertSame(election, completion, $"subset rival, {completion}");
        }
    }

    [Fact]
    public void Jump_NeverDoesMuchMoreWorkThanStepping()
    {
        // Work is EqualSharesOutcome.Runs (runs plus replays). Where certificates seldom pay (the outcome changes every
        // few shares), Add1 steps more shares between attempts, so jumping costs at most a little more than stepping;
        // where they pay (units 100 times smaller) it costs far less.
        var random = new Random(7_2026);
        long stepped = 0, jumped = 0, steppedSmall = 0, jumpedSmall = 0;
        for (var i = 0; i < 60; i++)
        {
            var election = RandomElection(random);
            foreach (var completion in Completions)
            {
                var step = EqualShares.Explain(election, completion, Step).Runs;
                var jump = AssertSame(election, completion, $"election {i}, {completion}").Runs;
                jump.Should().BeLessThanOrEqualTo(step + (step / 4) + 8, $"election {i}, {completion}: jumping must not cost much more than stepping");
                stepped += step;
                jumped += jump;

                var small = Scaled(election, 100);
                steppedSmall += EqualShares.Explain(small, completion, Step).Runs;
                jumpedSmall += AssertSame(small, completion, $"election {i} x 100, {completion}").Runs;
            }
        }

        jumped.Should().BeLessThanOrEqualTo(stepped + (stepped / 10));
        jumpedSmall.Should().BeLessThan(steppedSmall / 5);
    }

    private static EqualSharesOutcome AssertSame(BudgetingElection election, EqualSharesCompletion completion, string because)
    {
        var stepped = EqualShares.Explain(election, completion, Step);
        var jumped = EqualShares.Explain(election, completion, Jump);

        jumped.Funded.Should().Equal(stepped.Funded, because);
        jumped.Increment.Should().Be(stepped.Increment, because);
        jumped.SharePerVoter.Should().Be(stepped.SharePerVoter, because);
        jumped.Spent.Should().Be(stepped.Spent, because);
        jumped.Projects.Should().BeEquivalentTo(stepped.Projects, options => options.WithStrictOrdering(), because);
        return jumped;
    }

    private static BudgetingElection Scaled(BudgetingElection election, long factor) =>
        new(
            election.Budget * factor,
            election.Projects.Select(p => new BudgetingProject(p.Id, p.Cost * factor, p.Attributes)),
            election.Ballots,
            election.Meta);

    private static BudgetingElection RandomElection(Random random)
    {
        var projectCount = random.Next(2, 9);
        var projects = new List<(string Id, long Cost)>();
        for (var p = 0; p < projectCount; p++)
        {
            var id = "p" + p.ToString(CultureInfo.InvariantCulture);
            var roll = random.NextDouble();
            var cost = roll < 0.08 ? 0 : roll < 0.25 && projects.Count > 0 ? projects[^1].Cost : random.Next(5, 400);
            projects.Add((id, cost));
        }

        var voters = random.Next(1, 40);
        var popularity = projects.Select(_ => random.NextDouble()).ToArray();
        var ballots = new List<string[]>();
        for (var v = 0; v < voters; v++)
        {
            // A voter sometimes copies the previous ballot, so that projects with equal costs tie exactly.
            var ballot = v > 0 && random.NextDouble() < 0.2
                ? ballots[^1]
                : projects.Where((_, i) => random.NextDouble() < popularity[i] * 0.7).Select(p => p.Id).ToArray();
            ballots.Add(ballot);
        }

        var total = projects.Sum(p => p.Cost);
        return Elections.Make(Math.Max(1, total * random.Next(2, 7) / 10), [.. projects], ballots);
    }

    private static long MetaNumber(string path, string key) =>
        long.TryParse(MetaText(path, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1;

    private static string? MetaText(string path, string key)
    {
        foreach (var line in File.ReadLines(path).Take(40))
        {
            var parts = line.Split(';');
            if (parts.Length >= 2 && parts[0] == key)
            {
                return parts[1].Trim();
            }
        }

        return null;
    }
}
