namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// <see cref="CumulativeEqualSharesRun"/> in <see cref="double"/>s, guarded as ADR 0014 guards the approval run: it
/// takes a decision only when its margin exceeds a relative 1e-9 of the amounts compared (a project's supporters' money
/// against its cost; two prices per point), and gives up (returns null) on any closer call, every exact tie included,
/// so that the exact run decides that share.
/// </summary>
internal sealed class CumulativeEqualSharesFastRun(CumulativeProfile profile)
{
    private const double Guard = 1e-9;

    private readonly double[] _budgets = new double[profile.TypeCount];
    private readonly double[] _lowerBound = new double[profile.ProjectCount];
    private readonly double[] _rho = new double[profile.ProjectCount];
    private readonly List<int> _remaining = new(profile.ProjectCount);
    private readonly List<(int Index, double Cap)> _scratch = [];

    /// <summary>The funded projects at a share per voter (minor units), or null when a call was too close.</summary>
    public List<int>? TryRun(double share)
    {
        Array.Fill(_budgets, share);
        _remaining.Clear();
        var winners = new List<int>();
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            if (profile.IsFree(p))
            {
                winners.Add(p);
            }
            else if (profile.IsCandidate(p))
            {
                _remaining.Add(p);
                _lowerBound[p] = (double)profile.Cost[p] / profile.Points[p];
            }
        }

        while (_remaining.Count > 0)
        {
            _remaining.Sort((a, b) =>
            {
                var byBound = _lowerBound[a].CompareTo(_lowerBound[b]);
                return byBound != 0 ? byBound : a.CompareTo(b);
            });

            var best = -1;
            var bestRho = 0.0;
            for (var i = 0; i < _remaining.Count; i++)
            {
                var c = _remaining[i];
                if (best >= 0 && _lowerBound[c] > bestRho * (1 + Guard))
                {
                    break;
                }

                var types = profile.SupporterTypes[c];
                var money = 0.0;
                foreach (var t in types)
                {
                    money += _budgets[t] * profile.Multiplicity[t];
                }

                double cost = profile.Cost[c];
                if (Math.Abs(money - cost) <= Guard * cost)
                {
                    return null;
                }

                if (money < cost)
                {
                    _remaining.RemoveAt(i);
                    i--;
                    continue;
                }

                var rho = PricePerPoint(c);
                _lowerBound[c] = rho;
                _rho[c] = rho;
                if (best < 0 || rho < bestRho * (1 - Guard))
                {
                    best = c;
                    bestRho = rho;
                }
                else if (rho <= bestRho * (1 + Guard))
                {
                    // Too close to tell apart from the best, or an exact tie: the exact run decides.
                    return null;
                }
            }

            if (best < 0)
            {
                break;
            }

            _remaining.Remove(best);
            winners.Add(best);
            var supporters = profile.SupporterTypes[best];
            var points = profile.SupporterPoints[best];
            for (var i = 0; i < supporters.Length; i++)
            {
                var t = supporters[i];
                _budgets[t] = Math.Max(0, _budgets[t] - (bestRho * points[i]));
            }
        }

        return winners;
    }

    /// <summary>ρ as in the exact run; a supporter misplaced at a cap changes ρ only by rounding, since ρ is continuous there.</summary>
    private double PricePerPoint(int project)
    {
        var types = profile.SupporterTypes[project];
        var points = profile.SupporterPoints[project];
        _scratch.Clear();
        double weight = 0;
        for (var i = 0; i < types.Length; i++)
        {
            _scratch.Add((i, _budgets[types[i]] / points[i]));
            weight += (double)points[i] * profile.Multiplicity[types[i]];
        }

        _scratch.Sort((a, b) => a.Cap.CompareTo(b.Cap));
        var paid = 0.0;
        double cost = profile.Cost[project];
        var rho = 0.0;
        foreach (var (i, cap) in _scratch)
        {
            rho = (cost - paid) / weight;
            if (rho <= cap)
            {
                return rho;
            }

            var t = types[i];
            paid += _budgets[t] * profile.Multiplicity[t];
            weight -= (double)points[i] * profile.Multiplicity[t];
        }

        // Only reachable by rounding when the money barely covers the cost, which the guard refused before.
        return rho;
    }
}
