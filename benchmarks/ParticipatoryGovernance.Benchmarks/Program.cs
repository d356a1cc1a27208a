using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using ParticipatoryGovernance.Benchmarks;
using ParticipatoryGovernance.Budgeting;

// Run all with: dotnet run -c Release --project benchmarks/ParticipatoryGovernance.Benchmarks -- --filter '*'
// A single timed pass on the synthetic election, without BenchmarkDotNet: ... -- --once
if (args is ["--once"])
{
    var election = SyntheticWarsaw.Create();
    var watch = Stopwatch.StartNew();
    var outcome = EqualShares.Explain(election, EqualSharesCompletion.Add1);
    var explained = watch.Elapsed;
    watch.Restart();
    var funded = EqualShares.Select(election, EqualSharesCompletion.Add1);
    var selected = watch.Elapsed;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Synthetic Warsaw: {election.Ballots.Count} voters, {election.Projects.Count} projects, budget {election.Budget}; " +
        $"Add1 funded {funded.Count} (cost {outcome.Spent}) after +{outcome.Increment} per voter; Select {selected.TotalMilliseconds:0} ms, Explain {explained.TotalMilliseconds:0} ms; " +
        $"greedy funds {GreedyApproval.Select(election).Count}"));
    watch.Restart();
    var withinBudget = EqualShares.Explain(election, EqualSharesCompletion.Add1WithinBudget);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Add1WithinBudget funded {withinBudget.Funded.Count} (cost {withinBudget.Spent}) after +{withinBudget.Increment} per voter; Explain {watch.Elapsed.TotalMilliseconds:0} ms"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EqualSharesBenchmarks).Assembly).Run(args);
