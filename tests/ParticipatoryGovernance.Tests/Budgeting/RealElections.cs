using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Tests.Budgeting;

/// <summary>The real pabulib files under <c>Budgeting/TestData</c>, embedded in the test assembly.</summary>
internal static class RealElections
{
    /// <summary>Every embedded file, by name.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(RealElections).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith("Budgeting.", StringComparison.Ordinal) && n.EndsWith(".pb", StringComparison.Ordinal))
        .Select(n => n["Budgeting.".Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Names)
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>The embedded files decided by the Method of Equal Shares (META rule <c>equalshares</c> or <c>equalshares/…</c>).</summary>
    public static TheoryData<string> EqualSharesElections => Where(rule => rule == "equalshares" || rule?.StartsWith("equalshares/", StringComparison.Ordinal) == true);

    /// <summary>The embedded files decided by another rule (greedy and its variants).</summary>
    public static TheoryData<string> OtherElections => Where(rule => !(rule == "equalshares" || rule?.StartsWith("equalshares/", StringComparison.Ordinal) == true));

    /// <summary>The embedded files whose META names <paramref name="rule"/>.</summary>
    public static TheoryData<string> WithRule(string rule)
    {
        var data = new TheoryData<string>();
        foreach (var name in Names.Where(n => Read(n).MetaValue("rule") == rule))
        {
            data.Add(name);
        }

        return data;
    }

    private static TheoryData<string> Where(Func<string?, bool> rule)
    {
        var data = new TheoryData<string>();
        foreach (var name in Names.Where(n => rule(Read(n).MetaValue("rule"))))
        {
            data.Add(name);
        }

        return data;
    }

    public static string Text(string name)
    {
        using var stream = typeof(RealElections).Assembly.GetManifestResourceStream("Budgeting." + name)
            ?? throw new InvalidOperationException($"No embedded file {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static BudgetingElection Read(string name) => PabulibFile.Read(new StringReader(Text(name)));

    /// <summary>The projects the city funded: those whose <c>selected</c> column is 1.</summary>
    public static string[] FundedByTheCity(BudgetingElection election) =>
        election.Projects.Where(p => p.Attribute("selected") == "1").Select(p => p.Id).Order(StringComparer.Ordinal).ToArray();
}
