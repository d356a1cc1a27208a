using System.Globalization;
using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// A deterministic, synthetic election the size of Warsaw's 2026 city-wide vote (61,668 voters, 83 projects), for
/// timing only: Warsaw's real file is too large to ship with the repository. Project popularity falls off like a
/// power law, ballots hold 1 to 10 projects (most hold few), and costs spread from 50,000 to 3,000,000 so that the
/// budget funds a few dozen projects, as in the real vote. It is not real data and proves nothing about outcomes.
/// </summary>
public static class SyntheticWarsaw
{
    public const int Voters = 61_668;

    public const int Projects = 83;

    /// <summary>
    /// The same election with the budget and every cost multiplied by <paramref name="scale"/>: the same vote counted
    /// in a unit that many times smaller (10,000 turns zloty into something as small as a rial), where Add1 stepping
    /// one unit at a time has <paramref name="scale"/> times as many shares to go through.
    /// </summary>
    public static BudgetingElection CreateScaled(long scale, int seed = 2026)
    {
        var election = Create(seed);
        return new BudgetingElection(
            election.Budget * scale,
            election.Projects.Select(p => new BudgetingProject(p.Id, p.Cost * scale, p.Attributes)),
            election.Ballots,
            [new("description", $"Synthetic Warsaw-sized election, amounts x{scale} (not real data)")]);
    }

    public static BudgetingElection Create(int seed = 2026)
    {
        var random = new Random(seed);
        var projects = new List<BudgetingProject>();
        var weights = new double[Projects];
        for (var p = 0; p < Projects; p++)
        {
            // Costs between 50,000 and 3,000,000, rounded to hundreds, skewed towards cheaper projects.
            var cost = (long)Math.Round(50_000 * Math.Pow(60, random.NextDouble() * random.NextDouble() * 1.6) / 100) * 100;
            projects.Add(new BudgetingProject((p + 1).ToString(CultureInfo.InvariantCulture), Math.Min(cost, 3_000_000)));
            weights[p] = 1.0 / Math.Pow(p + 1, 0.9);
        }

        var total = weights.Sum();
        var cumulative = new double[Projects];
        var running = 0.0;
        for (var p = 0; p < Projects; p++)
        {
            running += weights[p] / total;
            cumulative[p] = running;
        }

        var ballots = new List<BudgetingBallot>(Voters);
        var chosen = new HashSet<int>();
        for (var v = 0; v < Voters; v++)
        {
            // Ballot sizes 1–10, geometric-like: many residents approve one to three projects.
            var size = 1;
            while (size < 10 && random.NextDouble() < 0.62)
            {
                size++;
            }

            chosen.Clear();
            while (chosen.Count < size)
            {
                var x = random.NextDouble();
                var index = Array.BinarySearch(cumulative, x);
                chosen.Add(index >= 0 ? index : Math.Min(~index, Projects - 1));
            }

            ballots.Add(new BudgetingBallot(
                "v" + v.ToString(CultureInfo.InvariantCulture),
                chosen.Order().Select(p => (p + 1).ToString(CultureInfo.InvariantCulture)).ToArray()));
        }

        var budget = projects.Sum(p => p.Cost) * 2 / 5;
        return new BudgetingElection(budget, projects, ballots, [new("description", "Synthetic Warsaw-sized election (not real data)")]);
    }
}
