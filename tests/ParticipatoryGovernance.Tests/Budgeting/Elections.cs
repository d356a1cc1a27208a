using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Tests.Budgeting;

/// <summary>Small hand-made elections whose outcomes the tests work out by hand.</summary>
internal static class Elections
{
    public static BudgetingElection Make(long budget, (string Id, long Cost)[] projects, IEnumerable<string[]> ballots, IEnumerable<KeyValuePair<string, string>>? meta = null) =>
        new(
            budget,
            projects.Select(p => new BudgetingProject(p.Id, p.Cost)),
            ballots.Select((b, i) => new BudgetingBallot("v" + (i + 1), b)),
            meta);

    public static IEnumerable<string[]> Repeat(int count, params string[] ballot) => Enumerable.Repeat(ballot, count);

    public static BudgetingElection Tiny(string? rule)
    {
        var meta = rule is null ? [] : new[] { new KeyValuePair<string, string>("rule", rule) };
        return Make(10, [("1", 5)], [["1"]], meta);
    }

    /// <summary>
    /// Budget 100. A: 50 with 5 approvals; B: 60 with 4; C: 30 with 4; D: 20 with 1.
    /// </summary>
    public static BudgetingElection GreedyExample(IEnumerable<KeyValuePair<string, string>>? meta = null, string[]? rowOrder = null)
    {
        var costs = new Dictionary<string, long> { ["A"] = 50, ["B"] = 60, ["C"] = 30, ["D"] = 20 };
        var order = rowOrder ?? ["A", "B", "C", "D"];
        var ballots = new List<string[]>
        {
            new[] { "A", "B", "C" },
            new[] { "A", "B", "C" },
            new[] { "A", "B" },
            new[] { "A", "C", "D" },
            new[] { "A" },
            new[] { "B", "C" },
        };
        return Make(100, order.Select(id => (id, costs[id])).ToArray(), ballots, meta);
    }

    /// <summary>
    /// Budget 100, 10 voters (share 10). X1 and X2 cost 40 each, both approved by voters 1–6; Y costs 40, approved
    /// by voters 7–10.
    /// </summary>
    public static BudgetingElection ProportionalExample(string? rule = null) =>
        Make(
            100,
            [("X1", 40), ("X2", 40), ("Y", 40)],
            Repeat(6, "X1", "X2").Concat(Repeat(4, "Y")),
            rule is null ? null : [new("rule", rule)]);

    /// <summary>
    /// Budget 110, 11 voters. A: 50 by voters 1–6; B: 50 by voters 1–5; C: 40 by voters 7–11.
    /// </summary>
    public static BudgetingElection ComparisonTieExample(string? rule = null) =>
        Make(
            110,
            [("A", 50), ("B", 50), ("C", 40)],
            Repeat(5, "A", "B").Concat(Repeat(1, "A")).Concat(Repeat(5, "C")),
            rule is null ? null : [new("rule", rule)]);

    /// <summary>
    /// Budget 100, 3 voters. A: 40 approved by voters 2 and 3; B: 20 approved by voter 1; C: 50 approved by voters 1
    /// and 2. Add1 stops at an exhaustive outcome (A, B) that raising the shares further would replace by A, C.
    /// </summary>
    public static BudgetingElection EarlyExhaustiveExample(string? rule = null) =>
        Make(
            100,
            [("A", 40), ("B", 20), ("C", 50)],
            [["B", "C"], ["A", "C"], ["A"]],
            rule is null ? null : [new("rule", rule)]);

    /// <summary>
    /// Budget 100, 10 voters. P: 60 approved by voters 1–5; Q: 30 approved by voters 1 and 6–10; Z: 50 approved by
    /// voter 10 alone.
    /// </summary>
    public static BudgetingElection CompletionExample() =>
        Make(
            100,
            [("P", 60), ("Q", 30), ("Z", 50)],
            Repeat(1, "P", "Q").Concat(Repeat(4, "P")).Concat(Repeat(4, "Q")).Concat(Repeat(1, "Q", "Z")));
}
