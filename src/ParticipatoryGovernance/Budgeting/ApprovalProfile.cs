namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// An election reduced to what the rules compute on: costs, approval counts, and voters grouped into types with the
/// same ballot. Voters with the same ballot always hold the same money under Equal Shares, so each type is handled
/// once with its multiplicity.
/// </summary>
internal sealed class ApprovalProfile
{
    public ApprovalProfile(BudgetingElection election)
    {
        var projects = election.Projects;
        ProjectCount = projects.Count;
        Ids = projects.Select(p => p.Id).ToArray();
        Cost = projects.Select(p => p.Cost).ToArray();
        Approvals = new int[ProjectCount];
        Budget = election.Budget;
        VoterCount = election.VoterCount;

        var typeIndex = new Dictionary<int[], int>(BallotComparer.Instance);
        var typeBallots = new List<int[]>();
        var multiplicity = new List<int>();
        foreach (var (ballot, times) in election.BallotTypes)
        {
            var ids = ballot.ProjectIds;
            var indices = new int[ids.Count];
            for (var i = 0; i < indices.Length; i++)
            {
                indices[i] = election.IndexOf(ids[i]);
                Approvals[indices[i]] += times;
            }

            Array.Sort(indices);
            if (typeIndex.TryGetValue(indices, out var type))
            {
                multiplicity[type] += times;
            }
            else
            {
                typeIndex.Add(indices, typeBallots.Count);
                typeBallots.Add(indices);
                multiplicity.Add(times);
            }
        }

        // Types ordered by their ballots read from the most approved project down: the supporters of a popular project
        // are then a few long runs of consecutive types, so that the runs read the voters' budgets almost in order.
        var rank = new int[ProjectCount];
        var byApprovals = Enumerable.Range(0, ProjectCount).OrderByDescending(p => Approvals[p]).ThenBy(p => p).ToArray();
        for (var r = 0; r < byApprovals.Length; r++)
        {
            rank[byApprovals[r]] = r;
        }

        var order = Enumerable.Range(0, typeBallots.Count).ToArray();
        if (ProjectCount <= 128)
        {
            // The ballot as 128 bits, the most approved project highest: sorting the numbers in descending order puts
            // the supporters of the most approved project first, among them those of the second, and so on.
            var keys = typeBallots.Select(b =>
            {
                UInt128 key = 0;
                foreach (var p in b)
                {
                    key |= UInt128.One << (127 - rank[p]);
                }

                return ~key;
            }).ToArray();
            Array.Sort(keys, order);
        }
        else
        {
            var ranked = typeBallots.Select(b => b.Select(p => rank[p]).Order().ToArray()).ToArray();
            Array.Sort(order, (a, b) => CompareRanked(ranked[a], ranked[b]));
        }

        TypeBallots = order.Select(t => typeBallots[t]).ToArray();
        Multiplicity = order.Select(t => multiplicity[t]).ToArray();
        var supporters = new List<int>[ProjectCount];
        for (var p = 0; p < ProjectCount; p++)
        {
            supporters[p] = [];
        }

        for (var t = 0; t < TypeBallots.Length; t++)
        {
            foreach (var p in TypeBallots[t])
            {
                supporters[p].Add(t);
            }
        }

        SupporterTypes = supporters.Select(s => s.ToArray()).ToArray();
        SupporterWeights = SupporterTypes.Select(types => types.Select(t => (double)Multiplicity[t]).ToArray()).ToArray();
        var candidates = Enumerable.Range(0, ProjectCount).Where(IsCandidate).ToList();
        candidates.Sort((a, b) => Approvals[a] != Approvals[b] ? Approvals[b].CompareTo(Approvals[a]) : CompareForTie(a, b));
        CandidatesByApprovals = [.. candidates];
    }

    /// <summary>Ballots (ascending project indices) compared by content.</summary>
    private sealed class BallotComparer : IEqualityComparer<int[]>
    {
        public static readonly BallotComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }

    /// <summary>Ballots as ascending ranks: the one approving the better-ranked project at the first difference comes first, a ballot before its extensions.</summary>
    private static int CompareRanked(int[] a, int[] b)
    {
        var common = Math.Min(a.Length, b.Length);
        for (var i = 0; i < common; i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    public int ProjectCount { get; }

    public string[] Ids { get; }

    public long[] Cost { get; }

    public int[] Approvals { get; }

    public long Budget { get; }

    public int VoterCount { get; }

    /// <summary>For each voter type, the projects its ballot approves (indices, ascending).</summary>
    public int[][] TypeBallots { get; }

    /// <summary>For each voter type, how many voters cast that ballot.</summary>
    public int[] Multiplicity { get; }

    /// <summary>For each project, the voter types that approve it.</summary>
    public int[][] SupporterTypes { get; }

    /// <summary>For each project, the multiplicity of each of its supporter types as a double, aligned with <see cref="SupporterTypes"/>.</summary>
    public double[][] SupporterWeights { get; }

    /// <summary>
    /// The candidates by approvals, most first, then Equal Shares' tie-break: the order a run funds them in while nobody
    /// is short of money (shared by every fast run, parallel lanes included).
    /// </summary>
    public int[] CandidatesByApprovals { get; }

    public int TypeCount => Multiplicity.Length;

    /// <summary>Whether Equal Shares can fund the project at all: it has a supporter and costs something.</summary>
    public bool IsCandidate(int project) => Approvals[project] > 0 && Cost[project] > 0;

    /// <summary>Projects that cost nothing and have a supporter: funded before any money is spent, as in pabutools.</summary>
    public bool IsFree(int project) => Approvals[project] > 0 && Cost[project] == 0;

    // Cannot overflow for a budgeting round: BudgetingRound bounds the budget by Rials.MaxEnteredAmount (10^15), each
    // cost by the budget and the projects by MaxProjects (1,000), so any sum is at most 10^18 < long.MaxValue. Elections
    // read from pabulib files carry their own costs; Enumerable.Sum is checked, so an absurd file throws
    // OverflowException rather than wrapping round to a wrong total.
    public long CostOf(IEnumerable<int> projects) => projects.Sum(p => Cost[p]);

    /// <summary>
    /// Equal Shares' tie-break among projects of equal effective support: lower cost, then more approvals, then
    /// project id in ordinal order (equalshares.net's recommendation, with ids in place of a lot).
    /// </summary>
    public int CompareForTie(int a, int b)
    {
        var byCost = Cost[a].CompareTo(Cost[b]);
        if (byCost != 0)
        {
            return byCost;
        }

        var byApprovals = Approvals[b].CompareTo(Approvals[a]);
        return byApprovals != 0 ? byApprovals : string.CompareOrdinal(Ids[a], Ids[b]);
    }
}
