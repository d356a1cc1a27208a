namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// One run of the Method of Equal Shares in floating point. Each decision (a project affordable or not, one project
/// better than another) is taken only when its margin exceeds a relative guard far above the rounding error;
/// otherwise the run gives up and <see cref="EqualSharesExactRun"/> decides. See ADR 0014.
/// </summary>
internal sealed class EqualSharesFastRun
{
    /// <summary>
    /// Relative margin below which a comparison is left to the exact run. Rounding in this run stays near 1e-13 of
    /// the amounts compared, so decisions taken beyond this margin are the exact ones (ADR 0014).
    /// </summary>
    private const double Guard = 1e-9;

    private readonly ApprovalProfile _profile;
    private readonly double[] _budgets;
    private readonly bool[] _poor;
    private readonly double[] _qLow;
    private readonly double[] _q;
    private readonly double[] _rho;
    private readonly List<int> _remaining = [];
    private readonly List<int> _evaluated = [];
    private readonly List<int> _dropped = [];

    public EqualSharesFastRun(ApprovalProfile profile)
    {
        _profile = profile;
        _budgets = new double[profile.TypeCount];
        _poor = new bool[profile.TypeCount];
        _qLow = new double[profile.ProjectCount];
        _q = new double[profile.ProjectCount];
        _rho = new double[profile.ProjectCount];
    }

    /// <summary>Runs with the given share per voter; returns the funded projects, or null when a decision was too close to call.</summary>
    public List<int>? TryRun(double share)
    {
        var profile = _profile;
        Array.Fill(_budgets, share);
        var winners = new List<int>();
        _remaining.Clear();
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            if (profile.IsFree(p))
            {
                winners.Add(p);
            }
            else if (profile.IsCandidate(p))
            {
                _remaining.Add(p);
                _qLow[p] = (1.0 / profile.Approvals[p]) * (1 - Guard);
            }
        }

        while (_remaining.Count > 0)
        {
            _remaining.Sort((a, b) => _qLow[a].CompareTo(_qLow[b]));
            _evaluated.Clear();
            _dropped.Clear();
            var best = -1;
            var bestHigh = double.PositiveInfinity;
            foreach (var c in _remaining)
            {
                if (best >= 0 && _qLow[c] > bestHigh)
                {
                    break;
                }

                var outcome = Evaluate(c);
                if (outcome == Evaluation.Unsure)
                {
                    return null;
                }

                if (outcome == Evaluation.Unaffordable)
                {
                    _dropped.Add(c);
                    continue;
                }

                _evaluated.Add(c);
                if (best < 0 || _q[c] < _q[best])
                {
                    best = c;
                    bestHigh = _q[c] * (1 + Guard);
                }
            }

            foreach (var c in _dropped)
            {
                _remaining.Remove(c);
            }

            if (best < 0)
            {
                break;
            }

            // The best must be certainly better than every other project evaluated; a near-tie goes to the exact run.
            foreach (var c in _evaluated)
            {
                if (c != best && _q[c] * (1 - Guard) <= bestHigh)
                {
                    return null;
                }
            }

            var rho = _rho[best];
            foreach (var t in profile.SupporterTypes[best])
            {
                var left = _budgets[t] - rho;
                _budgets[t] = left > 0 ? left : 0;
            }

            winners.Add(best);
            _remaining.Remove(best);
        }

        return winners;
    }

    private Evaluation Evaluate(int c)
    {
        var profile = _profile;
        var supporters = profile.SupporterTypes[c];
        var multiplicity = profile.Multiplicity;
        double cost = profile.Cost[c];
        long voters = profile.Approvals[c];
        var money = 0.0;
        foreach (var t in supporters)
        {
            money += _budgets[t] * multiplicity[t];
        }

        if (money < cost * (1 - Guard))
        {
            return Evaluation.Unaffordable;
        }

        if (money < cost * (1 + Guard))
        {
            return Evaluation.Unsure;
        }

        // Poor supporters (less money than the price) pay all they have; the rest share what remains equally.
        foreach (var t in supporters)
        {
            _poor[t] = false;
        }

        var poorMoney = 0.0;
        var rich = voters;
        var rho = cost / rich;
        bool moved;
        do
        {
            moved = false;
            foreach (var t in supporters)
            {
                if (!_poor[t] && _budgets[t] < rho)
                {
                    _poor[t] = true;
                    poorMoney += _budgets[t] * multiplicity[t];
                    rich -= multiplicity[t];
                    moved = true;
                }
            }

            if (rich <= 0)
            {
                return Evaluation.Unsure;
            }

            rho = (cost - poorMoney) / rich;
        }
        while (moved);

        _rho[c] = rho;
        _q[c] = rho / cost;
        _qLow[c] = _q[c] * (1 - Guard);
        return Evaluation.Affordable;
    }

    private enum Evaluation
    {
        Affordable,
        Unaffordable,
        Unsure,
    }
}
