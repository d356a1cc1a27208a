using BenchmarkDotNet.Attributes;
using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// The Method of Equal Shares without completion, with Add1, and with pabulib's Add1 that keeps raising the shares
/// while the outcome fits (<see cref="EqualSharesCompletion.Add1WithinBudget"/>, what <see cref="PabulibRules"/> uses for
/// <c>equalshares/add1</c>), beside plain greedy (the baseline), on the largest real pabulib file in the test data
/// (Wieliczka 2023 Green Budget: 6,586 voters, 64 projects), on a synthetic Warsaw-sized election, and on that
/// election with every amount multiplied by 10,000 (a unit as small as a rial) with Add1 stepping one unit. Add1 jumps
/// over shares where the outcome cannot change (ADR 0030); <c>...Stepping</c> is the one-share-at-a-time reference.
/// </summary>
[MemoryDiagnoser]
public class EqualSharesBenchmarks
{
    private BudgetingElection _election = null!;

    /// <summary>Which election: the real Wieliczka 2023 file, or the synthetic Warsaw-sized one.</summary>
    /// <remarks>The x10,000 election is included only when the environment sets EQUALSHARES_X10000=1: one Add1 there takes seconds.</remarks>
    [ParamsSource(nameof(Instances))]
    public string Instance { get; set; } = string.Empty;

    public static IEnumerable<string> Instances =>
        Environment.GetEnvironmentVariable("EQUALSHARES_X10000") == "1"
            ? ["Wieliczka2023-real", "Warsaw-sized-synthetic", "Warsaw-sized-synthetic-x10000"]
            : ["Wieliczka2023-real", "Warsaw-sized-synthetic"];

    [GlobalSetup]
    public void Setup()
    {
        _election = Instance switch
        {
            "Wieliczka2023-real" => PabulibFile.Read(File.OpenText(Path.Combine(AppContext.BaseDirectory, "Poland_Wieliczka_2023_Green_Budget.pb"))),
            "Warsaw-sized-synthetic-x10000" => SyntheticWarsaw.CreateScaled(10_000),
            _ => SyntheticWarsaw.Create(),
        };
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<string> Greedy() => GreedyApproval.Select(_election);

    [Benchmark]
    public IReadOnlyList<string> EqualSharesWithoutCompletion() => EqualShares.Select(_election, EqualSharesCompletion.None);

    [Benchmark]
    public IReadOnlyList<string> EqualSharesAdd1() => EqualShares.Select(_election, EqualSharesCompletion.Add1);

    [Benchmark]
    public IReadOnlyList<string> EqualSharesAdd1WithinBudget() => EqualShares.Select(_election, EqualSharesCompletion.Add1WithinBudget);

    /// <summary>Add1 one share at a time (the reference); not run on the x10,000 election, where it takes millions of runs.</summary>
    [Benchmark]
    public IReadOnlyList<string>? EqualSharesAdd1Stepping() => Instance.EndsWith("x10000", StringComparison.Ordinal)
        ? null
        : EqualShares.Select(_election, EqualSharesCompletion.Add1, new EqualSharesOptions { Add1Search = EqualSharesAdd1Search.Step });
}
