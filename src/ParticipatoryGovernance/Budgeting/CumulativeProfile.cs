namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// A cumulative election reduced to what Equal Shares computes on: costs, each project's supporters (voters who gave it
/// points) and voters grouped into types with the same ballot (the same projects with the same points), which always
/// hold the same money, so each type is handled once with its multiplicity.
/// </summary>
/// <remarks>A project named with zero points is not supported by that ballot: its utility to the voter is zero.</remarks>
internal sealed class CumulativeProfile
{
    public CumulativeProfile(BudgetingElection election)
    {
        var projects = election.Projects;
        ProjectCount = projects.Count;
        Ids = projects.Select(p => p.Id).ToArray();
        Names = Enumerable.Range(0, ProjectCount).Select(election.NameOf).ToArray();
        Cost = projects.Select(p => p.Cost).ToArray();
        Supporters = new int[ProjectCount];
        Points = new long[ProjectCount];
        Budget = election.Budget;
        Decimals = election.Decimals;
        Unit = election.Unit;
        VoterCount = election.Ballots.Count;

        var typeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var typeProjects = new List<int[]>();
        var typePoints = new List<long[]>();
        var multiplicity = new List<int>();
        var key = new System.Text.StringBuilder();
        foreach (var ballot in election.Ballots)
        {
            var entries = new List<(int Project, long Points)>(ballot.ProjectIds.Count);
            for (var i = 0; i < ballot.ProjectIds.Count; i++)
            {
                if (ballot.Points[i] > 0)
                {
                    entries.Add((election.IndexOf(ballot.ProjectIds[i]), ballot.Points[i]));
                }
            }

            entries.Sort((a, b) => a.Project.CompareTo(b.Project));
            key.Clear();
            foreach (var (project, points) in entries)
            {
                Supporters[project]++;
                Points[project] = checked(Points[project] + points);
                key.Append(project).Append(':').Append(points).Append(',');
            }

            var text = key.ToString();
            if (typeIndex.TryGetValue(text, out var type))
            {
                multiplicity[type]++;
            }
            else
            {
                typeIndex.Add(text, typeProjects.Count);
                typeProjects.Add(entries.Select(e => e.Project).ToArray());
                typePoints.Add(entries.Select(e => e.Points).ToArray());
                multiplicity.Add(1);
            }
        }

        Multiplicity = multiplicity.ToArray();
        var supporterTypes = new List<int>[ProjectCount];
        var supporterPoints = new List<long>[ProjectCount];
        for (var p = 0; p < ProjectCount; p++)
        {
            supporterTypes[p] = [];
            supporterPoints[p] = [];
        }

        for (var t = 0; t < typeProjects.Count; t++)
        {
            for (var i = 0; i < typeProjects[t].Length; i++)
            {
                supporterTypes[typeProjects[t][i]].Add(t);
                supporterPoints[typeProjects[t][i]].Add(typePoints[t][i]);
            }
        }

        SupporterTypes = supporterTypes.Select(s => s.ToArray()).ToArray();
        SupporterPoints = supporterPoints.Select(s => s.ToArray()).ToArray();
    }

    public int ProjectCount { get; }

    public string[] Ids { get; }

    /// <summary>Each project's <c>name</c> attribute, or its id when it has none: how explanations name it.</summary>
    public string[] Names { get; }

    public long[] Cost { get; }

    /// <summary>Per project, the voters who gave it points (more than zero).</summary>
    public int[] Supporters { get; }

    /// <summary>Per project, the sum of its points.</summary>
    public long[] Points { get; }

    public long Budget { get; }

    public int Decimals { get; }

    public long Unit { get; }

    public int VoterCount { get; }

    /// <summary>For each voter type, how many voters cast that ballot.</summary>
    public int[] Multiplicity { get; }

    /// <summary>For each project, the voter types that gave it points.</summary>
    public int[][] SupporterTypes { get; }

    /// <summary>For each project, the points each of its supporter types gave it, aligned with <see cref="SupporterTypes"/>.</summary>
    public long[][] SupporterPoints { get; }

    public int TypeCount => Multiplicity.Length;

    /// <summary>Whether Equal Shares can fund the project at all: someone gave it points and it costs something.</summary>
    public bool IsCandidate(int project) => Supporters[project] > 0 && Cost[project] > 0;

    /// <summary>Projects that cost nothing and have a supporter: funded before any money is spent, as in pabutools.</summary>
    public bool IsFree(int project) => Supporters[project] > 0 && Cost[project] == 0;

    /// <summary>The total cost; checked, so an absurd file throws rather than wrapping round.</summary>
    public long CostOf(IEnumerable<int> projects) => projects.Sum(p => Cost[p]);

    /// <summary>
    /// The tie-break among projects of equal price per point: lower cost, then more supporters, then project id in
    /// ordinal order (as the approval Equal Shares breaks ties).
    /// </summary>
    public int CompareForTie(int a, int b)
    {
        var byCost = Cost[a].CompareTo(Cost[b]);
        if (byCost != 0)
        {
            return byCost;
        }

        var bySupporters = Supporters[b].CompareTo(Supporters[a]);
        return bySupporters != 0 ? bySupporters : string.CompareOrdinal(Ids[a], Ids[b]);
    }
}
