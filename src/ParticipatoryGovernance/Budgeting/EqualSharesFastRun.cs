namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// One run of the Method of Equal Shares in floating point with a proven error bound on every voter's money. Each
/// decision (a project affordable or not, one project better than another) is taken only when the computed margin
/// exceeds the error bound; otherwise the run gives up and <see cref="EqualSharesExactRun"/> decides. So the outcome
/// is always the exact one, at floating-point speed. See ADR 0014.
/// </summary>
internal sealed class EqualSharesFastRun
{
    private const double Unit = 1.1102230246251565e-16; // 2^-53, the unit roundoff of double

    private readonly ApprovalProfile _profile;
    private readonly double[] _budgets;
    private readonly bool[] _poor;
    private readonly double[] _qLow;
    private readonly double[] _q;
    private readonly double[] _qError;
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
        _qError = new double[profile.ProjectCount];
        _rho = new double[profile.ProjectCount];
    }

    /// <summary>Runs with the given share per voter; returns the funded projects, or null when a decision was too close to call.</summary>
    public List<int>? TryRun(double share)
    {
        var profile = _profile;
        Array.Fill(_budgets, share);
        var error = 4 * Unit * share; // bound on |computed − exact| for every voter's money
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
                _qLow[p] = (1.0 / profile.Approvals[p]) * (1 - (8 * Unit));
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

                var outcome = Evaluate(c, error);
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
                    bestHigh = _q[c] + _qError[c];
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
                if (c != best && _q[c] - _qError[c] <= bestHigh)
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

            error += (_qError[best] * profile.Cost[best]) + (2 * Unit * share);
            winners.Add(best);
            _remaining.Remove(best);
        }

        return winners;
    }

    private Evaluation Evaluate(int c, double error)
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

        // Rounding in the sum, plus every supporter's money being off by at most `error`.
        var rounding = (supporters.Length + 4) * Unit * (money + cost);
        var moneyError = (voters * error) + rounding;
        if (money + moneyError < cost)
        {
            return Evaluation.Unaffordable;
        }

        if (money - moneyError < cost)
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

        // The exact price is within deviation / R of rho, where R counts supporters certainly richer than the
        // interval searched (ADR 0014 gives the argument).
        var deviation = (voters * error) + rounding;
        var slack = (1e-7 * rho) + (2 * error);
        long certainRich = 0;
        foreach (var t in supporters)
        {
            if (_budgets[t] >= rho + slack)
            {
                certainRich += multiplicity[t];
            }
        }

        if (certainRich == 0 || deviation / certainRich > slack - error)
        {
            return Evaluation.Unsure;
        }

        var rhoError = (deviation / certainRich) + (4 * Unit * rho);
        _rho[c] = rho;
        _q[c] = rho / cost;
        _qError[c] = (rhoError / cost) + (4 * Unit * _q[c]);
        _qLow[c] = _q[c] - _qError[c];
        return Evaluation.Affordable;
    }

    private enum Evaluation
    {
        Affordable,
        Unaffordable,
        Unsure,
    }
}
