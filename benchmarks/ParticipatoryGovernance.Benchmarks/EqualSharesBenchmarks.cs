using BenchmarkDotNet.Attributes;
using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// The Method of Equal Shares with Add1 completion, and without completion, beside plain greedy (the baseline), on
/// the largest real pabulib file in the test data and on a synthetic Warsaw-sized election.
/// </summary>
[MemoryDiagnoser]
public class EqualSharesBenchmarks
{
    private BudgetingElection _election = null!;

    /// <summary>Which election: the real Assen 2025 file, or the synthetic Warsaw-sized one.</summary>
    [Params("Assen2025-real", "Warsaw-sized-synthetic")]
    public string Instance { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _election = Instance == "Assen2025-real"
            ? PabulibFile.Read(File.OpenText(Path.Combine(AppContext.BaseDirectory, "Netherlands_Assen_2025.pb")))
            : SyntheticWarsaw.Create();
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<string> Greedy() => GreedyApproval.Select(_election);

    [Benchmark]
    public IReadOnlyList<string> EqualSharesWithoutCompletion() => EqualShares.Select(_election, EqualSharesCompletion.None);

    [Benchmark]
    public IReadOnlyList<string> EqualSharesAdd1() => EqualShares.Select(_election, EqualSharesCompletion.Add1);
}
