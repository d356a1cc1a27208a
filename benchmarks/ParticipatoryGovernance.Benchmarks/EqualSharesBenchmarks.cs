using BenchmarkDotNet.Attributes;
using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// The Method of Equal Shares without completion, with Add1, and with pabulib's Add1 that keeps raising the shares
/// while the outcome fits (<see cref="EqualSharesCompletion.Add1WithinBudget"/>, what <see cref="PabulibRules"/> uses for
/// <c>equalshares/add1</c>), beside plain greedy (the baseline), on the largest real pabulib file in the test data
/// (Wieliczka 2023 Green Budget: 6,586 voters, 64 projects) and on a synthetic Warsaw-sized election.
/// </summary>
[MemoryDiagnoser]
public class EqualSharesBenchmarks
{
    private BudgetingElection _election = null!;

    /// <summary>Which election: the real Wieliczka 2023 file, or the synthetic Warsaw-sized one.</summary>
    [Params("Wieliczka2023-real", "Warsaw-sized-synthetic")]
    public string Instance { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _election = Instance == "Wieliczka2023-real"
            ? PabulibFile.Read(File.OpenText(Path.Combine(AppContext.BaseDirectory, "Poland_Wieliczka_2023_Green_Budget.pb")))
            : SyntheticWarsaw.Create();
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<string> Greedy() => GreedyApproval.Select(_election);

    [Benchmark]
    public IReadOnlyList<string> EqualSharesWithoutCompletion() => EqualShares.Select(_election, EqualSharesCompletion.None);

    [Benchmark]
    public IReadOnlyList<string> EqualSharesAdd1() => EqualShares.Select(_election, EqualSharesCompletion.Add1);

    [Benchmark]
    public IReadOnlyList<string> EqualSharesAdd1WithinBudget() => EqualShares.Select(_election, EqualSharesCompletion.Add1WithinBudget);
}
