namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// One run of the Method of Equal Shares computed in doubles, where every decision is certified by a proven error
/// bound, so that it is the decision exact arithmetic would take; a decision the bound cannot settle (every exact tie
/// among them) makes the run give up, and <see cref="EqualSharesExactRun"/> decides. See ADR 0020.
/// </summary>
/// <remarks>
/// <para>
/// The bound stays small because errors do not compound from round to round: every voter's money is the share minus
/// the prices it paid in full (or zero once it paid all it had), and each price is computed exactly, as a fraction,
/// from whole counts of voters and the earlier exact prices, then rounded once to a double. So a voter's money is off
/// by at most (2 + 10 R) units of roundoff of the share after R rounds, whatever happened before.
/// </para>
/// <para>
/// A run also records its trace: per round, the winner and the supporters who paid all they had, and for every other
/// project still in the running why it lost (its supporters could not afford it; or its price with the poor
/// supporters it had then; or a price from an earlier round). <see cref="Replay"/> checks that the same trace is
/// valid at another share; every quantity in a trace is an affine function of the share, and a price computed with
/// any split of supporters into poor and rich is a lower bound of the true price, so a trace valid at two shares is
/// valid, with the same outcome, at every share between them.
/// </para>
/// </remarks>
internal sealed class EqualSharesCertifiedRun
{
    /// <summary>The unit roundoff of a double, 2^-53.</summary>
    private const double U = 1.1102230246251565e-16;

    /// <summary>Widens every bound by 1% to cover the second-order terms the bounds below leave out.</summary>
    private const double Slack = 1.01;

    private readonly ApprovalProfile _profile;
    private readonly double[] _budget;
    private readonly bool[] _exhausted;
    private readonly List<int>[] _paid;
    private readonly bool[] _poor;
    private readonly double[] _lowerQ;
    private readonly double[] _q;
    private readonly double[] _qError;
    private readonly List<int>[] _poorOf;
    private readonly List<Fraction> _exactPrice = [];
    private readonly List<double> _price = [];
    private readonly List<long> _counts = [];
    private Fraction _share;
    private double _shareValue;
    private double _budgetError;

    public EqualSharesCertifiedRun(ApprovalProfile profile)
    {
        _profile = profile;
        _budget = new double[profile.TypeCount];
        _exhausted = new bool[profile.TypeCount];
        _paid = new List<int>[profile.TypeCount];
        for (var t = 0; t < _paid.Length; t++)
        {
            _paid[t] = [];
        }

        _poor = new bool[profile.TypeCount];
        _lowerQ = new double[profile.ProjectCount];
        _q = new double[profile.ProjectCount];
        _qError = new double[profile.ProjectCount];
        _poorOf = new List<int>[profile.ProjectCount];
        for (var p = 0; p < _poorOf.Length; p++)
        {
            _poorOf[p] = [];
        }
    }

    /// <summary>Runs with the given share per voter; returns the trace (with the funded projects), or null when a decision was too close to certify.</summary>
    public EqualSharesTrace? Run(Fraction share)
    {
        var remaining = Start(share);
        var trace = new EqualSharesTrace();
        trace.Winners.AddRange(FreeProjects());
        var evaluated = new List<int>();
        var dropped = new List<int>();
        while (remaining.Count > 0)
        {
            remaining.Sort((a, b) =>
            {
                var byBound = _lowerQ[a].CompareTo(_lowerQ[b]);
                return byBound != 0 ? byBound : a.CompareTo(b);
            });
            evaluated.Clear();
            dropped.Clear();
            var round = new EqualSharesTraceRound();
            var best = -1;
            var bestHigh = double.PositiveInfinity;
            for (var i = 0; i < remaining.Count; i++)
            {
                var c = remaining[i];
                if (best >= 0 && _lowerQ[c] > bestHigh)
                {
                    // Sorted by lower bound: this one and all after it certainly cost more per unit than the best.
                    for (var j = i; j < remaining.Count; j++)
                    {
                        round.Others.Add(new(remaining[j], EqualSharesTraceStatus.Outpriced, null));
                    }

                    break;
                }

                var outcome = Evaluate(c);
                if (outcome == Evaluation.Unsure)
                {
                    return null;
                }

                if (outcome == Evaluation.Unaffordable)
                {
                    dropped.Add(c);
                    round.Others.Add(new(c, EqualSharesTraceStatus.Unaffordable, null));
                    continue;
                }

                _lowerQ[c] = _q[c] - _qError[c];
                evaluated.Add(c);
                round.Others.Add(new(c, EqualSharesTraceStatus.Priced, _poorOf[c].ToArray()));
                if (best < 0 || _q[c] < _q[best])
                {
                    best = c;
                    bestHigh = _q[c] + _qError[c];
                }
            }

            foreach (var c in dropped)
            {
                remaining.Remove(c);
            }

            if (best < 0)
            {
                round.Winner = -1;
                trace.Rounds.Add(round);
                break;
            }

            foreach (var c in evaluated)
            {
                if (c != best && _q[c] - _qError[c] <= bestHigh)
                {
                    return null;
                }
            }

            round.Others.RemoveAll(o => o.Project == best);
            round.Winner = best;
            round.WinnerPoor = _poorOf[best].ToArray();
            trace.Rounds.Add(round);
            Pay(best, _poorOf[best]);
            trace.Winners.Add(best);
            remaining.Remove(best);
        }

        return trace;
    }

    /// <summary>
    /// Whether the trace of a run at another share is valid, with every decision certified, at this share; then the
    /// outcome at every share between the two is the trace's.
    /// </summary>
    public bool Replay(EqualSharesTrace trace, Fraction share)
    {
        Start(share);
        foreach (var round in trace.Rounds)
        {
            foreach (var other in round.Others)
            {
                if (other.Status == EqualSharesTraceStatus.Priced && !LowerBound(other.Project, other.Poor!))
                {
                    return false;
                }
            }

            if (round.Winner < 0)
            {
                foreach (var other in round.Others)
                {
                    if (other.Status != EqualSharesTraceStatus.Unaffordable || !CertainlyUnaffordable(other.Project))
                    {
                        return false;
                    }
                }

                return true;
            }

            var w = round.Winner;
            if (!PriceWithSplit(w, round.WinnerPoor!))
            {
                return false;
            }

            var high = _q[w] + _qError[w];
            foreach (var other in round.Others)
            {
                var certain = other.Status == EqualSharesTraceStatus.Unaffordable
                    ? CertainlyUnaffordable(other.Project)
                    : _lowerQ[other.Project] > high;
                if (!certain)
                {
                    return false;
                }
            }

            Pay(w, _poorOf[w]);
        }

        return true;
    }

    private List<int> Start(Fraction share)
    {
        var profile = _profile;
        _share = share;
        _shareValue = share.ToNearDouble();
        Array.Fill(_budget, _shareValue);
        Array.Clear(_exhausted);
        foreach (var paid in _paid)
        {
            paid.Clear();
        }

        _exactPrice.Clear();
        _price.Clear();
        SetBudgetError();
        var remaining = new List<int>();
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            if (profile.IsCandidate(p))
            {
                remaining.Add(p);

                // q = price / cost is at least 1 / approvals: the cost shared by all supporters.
                _lowerQ[p] = 1.0 / profile.Approvals[p] * (1 - (4 * U));
            }
        }

        return remaining;
    }

    private IEnumerable<int> FreeProjects() => Enumerable.Range(0, _profile.ProjectCount).Where(_profile.IsFree);

    /// <summary>
    /// A voter's money is the share (one rounding) minus at most R prices (each within 4 units of roundoff of its
    /// exact value, which is at most the share, and one rounding per subtraction): within (2 + 10 R) u times the share.
    /// </summary>
    private void SetBudgetError() => _budgetError = (2 + (10.0 * _price.Count)) * U * _shareValue * Slack;

    /// <summary>The supporters' money and a bound on its error: each budget's error plus recursive summation's (N + 1) u of the sum.</summary>
    private (double Money, double Error) Money(int c, bool poorOnly)
    {
        var profile = _profile;
        var money = 0.0;
        long voters = 0;
        var terms = 0;
        foreach (var t in profile.SupporterTypes[c])
        {
            if (_exhausted[t] || (poorOnly && !_poor[t]))
            {
                continue;
            }

            var m = profile.Multiplicity[t];
            money += _budget[t] * m;
            voters += m;
            terms++;
        }

        return (money, ((voters * _budgetError) + ((terms + 2) * U * money)) * Slack);
    }

    private bool CertainlyUnaffordable(int c)
    {
        var (money, error) = Money(c, poorOnly: false);
        return money + error < _profile.Cost[c];
    }

    private Evaluation Evaluate(int c)
    {
        var profile = _profile;
        var cost = (double)profile.Cost[c];
        var (money, error) = Money(c, poorOnly: false);
        if (money + error < cost)
        {
            return Evaluation.Unaffordable;
        }

        if (money - error <= cost)
        {
            return Evaluation.Unsure;
        }

        // Supporters with less than the price pay all they have; the rest share what remains equally.
        var supporters = profile.SupporterTypes[c];
        var poor = _poorOf[c];
        poor.Clear();
        foreach (var t in supporters)
        {
            _poor[t] = false;
        }

        var poorMoney = 0.0;
        long rich = profile.Approvals[c];
        foreach (var t in supporters)
        {
            if (_exhausted[t])
            {
                rich -= profile.Multiplicity[t];
            }
        }

        if (rich <= 0)
        {
            return Evaluation.Unsure;
        }

        var rho = cost / rich;
        bool moved;
        do
        {
            moved = false;
            foreach (var t in supporters)
            {
                if (!_exhausted[t] && !_poor[t] && _budget[t] < rho)
                {
                    _poor[t] = true;
                    poor.Add(t);
                    poorMoney += _budget[t] * profile.Multiplicity[t];
                    rich -= profile.Multiplicity[t];
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

        return PriceWithSplit(c, poor) ? Evaluation.Affordable : Evaluation.Unsure;
    }

    /// <summary>
    /// Prices a project with the given supporters as poor (plus those with no money left), and certifies that exactly
    /// they have less than the price: then it is the true price. Sets _q, _qError and _lowerQ.
    /// </summary>
    private bool PriceWithSplit(int c, IReadOnlyList<int> poorLive)
    {
        if (!Price(c, poorLive, out var rho, out var rhoError))
        {
            return false;
        }

        var low = rho - rhoError;
        var high = rho + rhoError;
        if (low <= 0)
        {
            return false;
        }

        foreach (var t in _profile.SupporterTypes[c])
        {
            if (_exhausted[t])
            {
                continue;
            }

            var certain = _poor[t]
                ? _budget[t] + _budgetError < low
                : _budget[t] - _budgetError > high;
            if (!certain)
            {
                return false;
            }
        }

        if (!ReferenceEquals(poorLive, _poorOf[c]))
        {
            _poorOf[c].Clear();
            _poorOf[c].AddRange(poorLive);
        }

        return true;
    }

    /// <summary>
    /// The project's q with the given poor supporters, as a certified lower bound of its true q in this round: with
    /// any split, (cost − poor money) / rich never exceeds the true price (ADR 0020).
    /// </summary>
    private bool LowerBound(int c, IReadOnlyList<int> poorLive)
    {
        if (!Price(c, poorLive, out _, out _))
        {
            return false;
        }

        _lowerQ[c] = _q[c] - _qError[c];
        return true;
    }

    /// <summary>Price with the given split, its error bound, and q = price / cost with its bound; marks _poor.</summary>
    private bool Price(int c, IReadOnlyList<int> poorLive, out double rho, out double rhoError)
    {
        var profile = _profile;
        foreach (var t in profile.SupporterTypes[c])
        {
            _poor[t] = false;
        }

        foreach (var t in poorLive)
        {
            _poor[t] = true;
        }

        long rich = profile.Approvals[c];
        foreach (var t in profile.SupporterTypes[c])
        {
            if (_exhausted[t] || _poor[t])
            {
                rich -= profile.Multiplicity[t];
            }
        }

        rho = 0;
        rhoError = 0;
        if (rich <= 0)
        {
            return false;
        }

        var cost = (double)profile.Cost[c];
        var (poorMoney, poorError) = Money(c, poorOnly: true);
        var numerator = cost - poorMoney;
        var numeratorError = poorError + (U * Math.Abs(numerator));
        rho = numerator / rich;
        rhoError = ((numeratorError / rich) + (U * Math.Abs(rho))) * Slack;
        _q[c] = rho / cost;
        _qError[c] = ((rhoError / cost) + (U * Math.Abs(_q[c]))) * Slack;
        return true;
    }

    /// <summary>
    /// Funds a project: computes its price exactly from whole counts and the earlier exact prices (every live poor
    /// supporter holds the share minus the prices it paid in full), then charges the supporters.
    /// </summary>
    private void Pay(int w, List<int> poorLive)
    {
        var profile = _profile;

        // Other projects priced after the winner may have re-marked shared supporters.
        foreach (var t in profile.SupporterTypes[w])
        {
            _poor[t] = false;
        }

        foreach (var t in poorLive)
        {
            _poor[t] = true;
        }

        _counts.Clear();
        _counts.AddRange(Enumerable.Repeat(0L, _exactPrice.Count));
        long poorVoters = 0;
        long rich = profile.Approvals[w];
        foreach (var t in poorLive)
        {
            var m = profile.Multiplicity[t];
            poorVoters += m;
            foreach (var j in _paid[t])
            {
                _counts[j] += m;
            }
        }

        foreach (var t in profile.SupporterTypes[w])
        {
            if (_exhausted[t] || _poor[t])
            {
                rich -= profile.Multiplicity[t];
            }
        }

        var poorMoney = _share * poorVoters;
        for (var j = 0; j < _counts.Count; j++)
        {
            if (_counts[j] != 0)
            {
                poorMoney -= _exactPrice[j] * _counts[j];
            }
        }

        var price = (Fraction.FromInteger(profile.Cost[w]) - poorMoney) / rich;
        var position = _exactPrice.Count;
        _exactPrice.Add(price);
        var value = price.ToNearDouble();
        _price.Add(value);
        foreach (var t in profile.SupporterTypes[w])
        {
            if (_exhausted[t])
            {
                continue;
            }

            if (_poor[t])
            {
                _budget[t] = 0;
                _exhausted[t] = true;
            }
            else
            {
                _budget[t] -= value;
                _paid[t].Add(position);
            }
        }

        SetBudgetError();
    }

    private enum Evaluation
    {
        Affordable,
        Unaffordable,
        Unsure,
    }
}

/// <summary>What a certified run decided, round by round; see <see cref="EqualSharesCertifiedRun"/>.</summary>
internal sealed class EqualSharesTrace
{
    /// <summary>The funded projects in the order chosen (free projects first).</summary>
    public List<int> Winners { get; } = [];

    public List<EqualSharesTraceRound> Rounds { get; } = [];
}

internal sealed class EqualSharesTraceRound
{
    /// <summary>The project funded in this round, or −1 in the last round, where nothing was affordable.</summary>
    public int Winner { get; set; }

    /// <summary>The winner's supporters with money left who paid all of it.</summary>
    public int[]? WinnerPoor { get; set; }

    /// <summary>Every other project still in the running, and why it lost this round.</summary>
    public List<EqualSharesTraceEntry> Others { get; } = [];
}

internal readonly record struct EqualSharesTraceEntry(int Project, EqualSharesTraceStatus Status, int[]? Poor);

internal enum EqualSharesTraceStatus
{
    /// <summary>Its supporters' money did not cover its cost; it is out for good.</summary>
    Unaffordable,

    /// <summary>Priced with the recorded poor supporters, higher per unit of cost than the winner.</summary>
    Priced,

    /// <summary>A price from an earlier round (or 1 / approvals) was already higher per unit of cost than the winner's.</summary>
    Outpriced,
}
