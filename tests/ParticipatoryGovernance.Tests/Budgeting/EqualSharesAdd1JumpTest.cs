using System.Globalization;
using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Tests.Budgeting;

/// <summary>
/// Add1 that jumps over shares where the outcome provably cannot change (ADR 0030) must give exactly what stepping one
/// share at a time gives: the same funded projects in the same order, the same deciding increment, the same
/// explanations. Stepping (<see cref="EqualSharesAdd1Search.Step"/>) is itself tested against a loop of exact runs in
/// <see cref="EqualSharesTest"/>.
/// </summary>
public class EqualSharesAdd1JumpTest
{
    private static readonly EqualSharesCompletion[] Completions = [EqualSharesCompletion.Add1, EqualSharesCompletion.Add1WithinBudget];

    private static readonly EqualSharesOptions Step = new() { Add1Search = EqualSharesAdd1Search.Step };

    private static readonly EqualSharesOptions Jump = new() { Add1Search = EqualSharesAdd1Search.Jump };

    public static TheoryData<string> HandMade => new(HandMadeElections().Keys);

    [Theory]
    [MemberData(nameof(HandMade))]
    public void Jump_GivesSteppingsOutcome_OnHandMadeElections(string name)
    {
        var election = HandMadeElections()[name];
        foreach (var completion in Completions)
        {
            foreach (var step in new long[] { 1, 2, 7 })
            {
                AssertSame(election, completion, step, $"{name}, {completion}, step {step}");
            }
        }
    }

    [Fact]
    public void Jump_IsTheDefault_AndAnUndefinedSearchIsRefused()
    {
        EqualSharesOptions.Default.Add1Search.Should().Be(EqualSharesAdd1Search.Jump);
        FluentActions.Invoking(() => new EqualSharesOptions { Add1Search = (EqualSharesAdd1Search)9 }).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Jump_GivesSteppingsOutcome_OnSeededRandomElections()
    {
        // Small budgets so that stepping one unit at a time is quick; ties (projects with the same cost and the same
        // supporters), free projects and projects nobody approves appear by chance.
        var random = new Random(16_2026);
        for (var i = 0; i < 300; i++)
        {
            var election = RandomElection(random);
            foreach (var completion in Completions)
            {
                AssertSame(election, completion, 1, $"election {i}, {completion}");
            }
        }
    }

    [Fact]
    public void BackAndForthElection_ReturnsToAnEarlierOutcome_AsTheShareRises()
    {
        // The hand-made "back and forth" election compared above does what its name says: p1, p0 at the first share,
        // p1, p2 at the next, p1, p0 again three units up.
        ReturnsToAnEarlierOutcome(HandMadeElections()["back and forth"]).Should().BeTrue();
        ReturnsToAnEarlierOutcome(Elections.CompletionExample()).Should().BeFalse();
    }

    [Fact]
    public void Jump_GivesSteppingsOutcome_OnRealPabulibFiles()
    {
        // The 30 smallest readable approval elections of pabulib's corpus with at least 4 projects. A file that
        // PabulibFile cannot read today is passed over, not counted.
        var compared = 0;
        var directory = "/work/shared/pabulib";
        Directory.Exists(directory).Should().BeTrue("the pabulib corpus is expected at " + directory);
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
                AssertSame(election, completion, 1, Path.GetFileName(file.Path) + ", " + completion);
            }

            if (++compared == 30)
            {
                break;
            }
        }

        compared.Should().Be(30);
    }

    [Fact]
    public void Jump_OnAnElectionInUnitsTenThousandTimesSmaller_GivesTheSameOutcome()
    {
        // Equal Shares does not care about the unit: with every amount multiplied by 10,000 and a step of 10,000 the
        // shares are those of the original with a step of 1, so the outcome is the same and the increment 10,000
        // times larger. On the small hand-made elections, jumping one unit at a time also equals stepping one unit at
        // a time through tens of thousands of shares.
        var random = new Random(40_000);
        for (var i = 0; i < 60; i++)
        {
            var election = RandomElection(random);
            var scaled = Scaled(election, 10_000);
            foreach (var completion in Completions)
            {
                var original = EqualShares.Explain(election, completion, Jump);
                var inRials = EqualShares.Explain(scaled, completion, Jump with { Add1StepPerVoter = 10_000 });
                inRials.Funded.Should().Equal(original.Funded, $"election {i}, {completion}");
                inRials.Increment.Should().Be(original.Increment * 10_000, $"election {i}, {completion}");
                inRials.Spent.Should().Be(original.Spent * 10_000);
            }
        }

        foreach (var name in new[] { "completion", "early exhaustive", "proportional", "comparison tie", "greedy example" })
        {
            var scaled = Scaled(HandMadeElections()[name], 10_000);
            foreach (var completion in Completions)
            {
                AssertSame(scaled, completion, 1, $"{name} x 10,000, {completion}");
            }
        }
    }

    [Fact]
    public void Jump_RunsFarFewerTimesThanThereAreShares_WhenTheUnitIsTiny()
    {
        // The completion example decides at an increment of 3 units per voter; in units 10,000 times smaller, at
        // 30,000 one-unit steps, where stepping makes 30,001 runs.
        var election = Scaled(Elections.CompletionExample(), 10_000);

        var jumped = EqualShares.Explain(election, EqualSharesCompletion.Add1, Jump);

        jumped.Increment.Should().Be(30_000);
        jumped.Runs.Should().BeLessThan(jumped.Increment / 100, "a jump skips the shares where the outcome cannot change");
        EqualShares.Explain(election, EqualSharesCompletion.Add1, Step).Runs.Should().Be(jumped.Increment + 1, "stepping runs once per share");
    }

    private static void AssertSame(BudgetingElection election, EqualSharesCompletion completion, long step, string because)
    {
        var stepped = EqualShares.Explain(election, completion, Step with { Add1StepPerVoter = step });
        var jumped = EqualShares.Explain(election, completion, Jump with { Add1StepPerVoter = step });

        jumped.Funded.Should().Equal(stepped.Funded, because);
        jumped.Increment.Should().Be(stepped.Increment, because);
        jumped.SharePerVoter.Should().Be(stepped.SharePerVoter, because);
        jumped.Spent.Should().Be(stepped.Spent, because);
        jumped.Projects.Should().BeEquivalentTo(stepped.Projects, options => options.WithStrictOrdering(), because);
        EqualShares.Select(election, completion, Jump with { Add1StepPerVoter = step }).Should().Equal(stepped.Funded, because);
    }

    /// <summary>Whether Equal Shares without completion, at the shares Add1 visits, returns to an outcome it left.</summary>
    private static bool ReturnsToAnEarlierOutcome(BudgetingElection election)
    {
        var seen = new List<string>();
        for (long k = 0; k <= 30; k++)
        {
            var atShare = new BudgetingElection(election.Budget + (k * election.Ballots.Count), election.Projects, election.Ballots, election.Meta);
            var outcome = string.Join(",", EqualShares.Select(atShare, EqualSharesCompletion.None));
            if (seen.Count > 0 && seen[^1] != outcome && seen.Contains(outcome))
            {
                return true;
            }

            if (seen.Count == 0 || seen[^1] != outcome)
            {
                seen.Add(outcome);
            }
        }

        return false;
    }

    private static Dictionary<string, BudgetingElection> HandMadeElections() => new(StringComparer.Ordinal)
    {
        ["proportional"] = Elections.ProportionalExample(),
        ["comparison tie"] = Elections.ComparisonTieExample(),
        ["early exhaustive"] = Elections.EarlyExhaustiveExample(),
        ["completion"] = Elections.CompletionExample(),
        ["greedy example"] = Elections.GreedyExample(),
        ["tiny"] = Elections.Tiny(null),
        ["no voters"] = Elections.Make(100, [("A", 40), ("B", 0)], []),
        ["one voter"] = Elections.Make(100, [("A", 40), ("B", 70), ("C", 25), ("D", 0)], [["A", "B", "C", "D"]]),
        ["free and unapproved"] = Elections.Make(
            90,
            [("Free", 0), ("Nobody", 10), ("A", 50), ("B", 45), ("FreeNobody", 0)],
            Elections.Repeat(3, "Free", "A").Concat(Elections.Repeat(2, "B")).Concat(Elections.Repeat(1, "A", "B"))),
        ["exact ties"] = Elections.Make(
            100,
            [("T1", 30), ("T2", 30), ("T3", 30), ("U", 45)],
            Elections.Repeat(4, "T1", "T2", "T3").Concat(Elections.Repeat(3, "U")).Concat(Elections.Repeat(1, "T3", "U"))),
        ["everything fits"] = Elections.Make(1000, [("A", 100), ("B", 200)], [["A"], ["B"], ["A", "B"]]),
        ["nobody votes"] = Elections.Make(100, [("A", 40)], [[], []]),
        ["back and forth"] = Elections.Make(
            108,
            [("p0", 39), ("p1", 37), ("p2", 58), ("p3", 31), ("p4", 52)],
            [["p1"], ["p0", "p1", "p3"], ["p2", "p4"], ["p0", "p2", "p3"], ["p0", "p1", "p2"]]),
        ["rival overtakes"] = Elections.Make(
            120,
            [("Big", 90), ("Small", 35), ("Mid", 55)],
            Elections.Repeat(5, "Big", "Mid").Concat(Elections.Repeat(3, "Small", "Mid")).Concat(Elections.Repeat(2, "Small"))),
    };

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

        var voters = random.Next(0, 40);
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
