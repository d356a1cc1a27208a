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
    private readonly double[] _qLow;
    private readonly double[] _q;
    private readonly double[] _rho;
    private readonly bool[] _equalPrice;
    private readonly int[] _near;
    private readonly List<int> _remaining = [];
    private readonly List<int> _evaluated = [];
    private readonly List<int> _dropped = [];
    private readonly List<int> _contenders = [];

    /// <summary>For each project, the multiplicity of each of its supporter types (<see cref="ApprovalProfile.SupporterWeights"/>).</summary>
    private readonly double[][] _weights;

    /// <summary>Candidates in the order a run funds them while nobody is short of money (<see cref="ApprovalProfile.CandidatesByApprovals"/>).</summary>
    private readonly int[] _byApprovals;

    /// <summary>
    /// The settled opening of an earlier run: its first <see cref="_settledCount"/> rounds funded
    /// <c>_byApprovals[0.._settledCount]</c>, each paid equally by all its supporters; <see cref="_settledBudgets"/>
    /// are the voters' budgets after them at share <see cref="_settledShare"/>. Any run with a share at least as
    /// large opens with the same rounds (see <see cref="TryRun(double)"/>).
    /// </summary>
    private readonly double[] _settledBudgets;
    private int _settledCount;
    private double _settledShare;

    public EqualSharesFastRun(ApprovalProfile profile)
    {
        _profile = profile;
        _budgets = new double[profile.TypeCount];
        _settledBudgets = new double[profile.TypeCount];
        _qLow = new double[profile.ProjectCount];
        _q = new double[profile.ProjectCount];
        _rho = new double[profile.ProjectCount];
        _equalPrice = new bool[profile.ProjectCount];
        _near = new int[profile.SupporterTypes.Select(types => types.Length).DefaultIfEmpty(0).Max()];
        _weights = profile.SupporterWeights;
        _byApprovals = profile.CandidatesByApprovals;
        _taken = new bool[profile.ProjectCount];
        _budgetsNear = new double[profile.TypeCount];
        _affineBudget = new bool[profile.TypeCount];
        _brokeFar = new bool[profile.TypeCount];
    }

    /// <summary>Rounds too close to call in floating point that were decided in exact fractions (for tests and benchmarks).</summary>
    public long ExactRounds { get; private set; }

    /// <summary>Rounds of the settled opening reused by runs so far (for tests and benchmarks).</summary>
    public long RoundsReused { get; private set; }

    /// <summary>Runs with the given share per voter; returns the funded projects, or null when a decision was too close to call.</summary>
    /// <remarks>
    /// A round in which the candidate with the most approvals (ties as Equal Shares breaks them) is funded with every
    /// supporter paying the same price, cost / approvals, is settled for every larger share: with more money nobody
    /// becomes short, that price stays the lowest any remaining project can reach (its price per unit of cost is at
    /// least 1 / its approvals, no lower than the winner's), and equal ones lose the same tie-break. So a run at a
    /// share at least as large as an earlier run's starts after that run's settled opening, with every voter's
    /// budget raised by the difference in shares. Add1 raises the share run after run, so its runs skip the
    /// popular projects funded first, which have the most supporters to add up.
    /// </remarks>
    public List<int>? TryRun(double share) => TryRun(share, null);

    /// <summary>
    /// Runs with the given share per voter; a round too close to call in floating point is decided in exact fractions
    /// at <paramref name="exactShare"/> (the same share) and the run goes on from the exact budgets. Returns null only
    /// when a project's affordability itself is too close to call, or without <paramref name="exactShare"/>.
    /// </summary>
    public List<int>? TryRun(double share, Fraction? exactShare)
    {
        var profile = _profile;
        var winners = new List<int>();
        _remaining.Clear();
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            if (profile.IsFree(p))
            {
                winners.Add(p);
            }
        }

        var settled = 0;
        if (_settledCount > 0 && share >= _settledShare)
        {
            settled = _settledCount;
            var raise = share - _settledShare;
            for (var t = 0; t < _budgets.Length; t++)
            {
                _budgets[t] = _settledBudgets[t] + raise;
            }

            winners.AddRange(_byApprovals.AsSpan(0, settled));
            RoundsReused += settled;
        }
        else
        {
            Array.Fill(_budgets, share);
        }

        for (var i = settled; i < _byApprovals.Length; i++)
        {
            var p = _byApprovals[i];
            _remaining.Add(p);
            _qLow[p] = (1.0 / profile.Approvals[p]) * (1 - Guard);
        }

        var opening = true;
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

            // The best must be certainly better than every other project evaluated; a near-tie is decided exactly.
            _contenders.Clear();
            foreach (var c in _evaluated)
            {
                if (c != best && _q[c] * (1 - Guard) <= bestHigh)
                {
                    _contenders.Add(c);
                }
            }

            if (_contenders.Count > 0)
            {
                if (exactShare is not { } exact)
                {
                    return null;
                }

                // Every other remaining project is certainly dearer than the best or cannot be afforded, so the winner
                // is among these; the exact budgets after it replace the rounded ones.
                _contenders.Add(best);
                var paid = winners.Where(p => !profile.IsFree(p)).ToList();
                var chosen = EqualSharesExactRun.DecideRound(profile, exact, paid, _contenders, _budgets);
                if (chosen < 0)
                {
                    return null;
                }

                ExactRounds++;
                winners.Add(chosen);
                _remaining.Remove(chosen);
                opening = false;
                continue;
            }

            var rho = _rho[best];
            foreach (var t in profile.SupporterTypes[best])
            {
                var left = _budgets[t] - rho;
                _budgets[t] = left > 0 ? left : 0;
            }

            winners.Add(best);
            _remaining.Remove(best);
            if (opening)
            {
                opening = Settle(best, settled, share);
                if (opening)
                {
                    settled++;
                }
            }
        }

        return winners;
    }

    /// <summary>
    /// Whether the round that funded <paramref name="best"/> extends the settled opening: it is the next candidate
    /// by approvals and all its supporters paid the equal price with room to spare. Records the longer opening.
    /// </summary>
    private bool Settle(int best, int settled, double share)
    {
        if (_byApprovals[settled] != best || !_equalPrice[best])
        {
            return false;
        }

        if (settled + 1 > _settledCount)
        {
            Array.Copy(_budgets, _settledBudgets, _budgets.Length);
            _settledCount = settled + 1;
            _settledShare = share;
        }

        return true;
    }

    /// <summary>Winners of the outcome being certified, candidates only, in the order funded.</summary>
    private readonly List<int> _forced = [];

    private readonly bool[] _taken;
    private int _forcedSettled;
    private double _forcedSettledShare;
    private double[]? _forcedSettledBudgets;

    /// <summary>The voters' budgets in the replay at the near end of <see cref="TryCertifyBetween"/>.</summary>
    private readonly double[] _budgetsNear;

    /// <summary>
    /// After <see cref="TryCertifyBetween"/> failed: the share at which a comparison that held at the near end and
    /// not at the far end flips, found where the comparison is affine between the two ends (or NaN). Only a hint for
    /// the next far end to try; nothing is skipped on it without a certificate.
    /// </summary>
    public double Crossing { get; private set; }

    /// <summary>
    /// After <see cref="TryCertifyBetween"/>: an estimate, as a multiple of its length, of how long the next interval
    /// could be (from the far end when it held, from the near end when it failed), from the rival closest to passing
    /// the monotone test: its lead over the round's winner divided by how much its own price per unit of cost fell
    /// between the ends (a close rival is priced at the near end too; for the others the winner's fall stands in). NaN
    /// when nothing limits it. Only a hint: nothing is skipped on it without a certificate.
    /// </summary>
    public double Reach { get; private set; }

    /// <summary>
    /// Whether the outcome given to <see cref="Force"/> (whose share must be at most
    /// <paramref name="near"/>), known to hold at <paramref name="near"/>, provably holds at every share from
    /// <paramref name="near"/> to <paramref name="far"/>. Replays the forced rounds at both ends side by side.
    /// </summary>
    /// <remarks>
    /// Each rival in each round must pass one of two tests. (1) Monotone (ADR 0030): unaffordable at the far end, or
    /// dearer per unit of cost at the far end than the round's winner at the near end. (2) Affine: with the winners
    /// forced, who is short of a price (for the winners so far and for the rival) can only change from short to not
    /// short as the share rises, so if the same voters are short at both ends they are short at every share between,
    /// and then every budget, price and price per unit of cost is an affine function of the share between the ends;
    /// a rival dearer than the winner at both ends is then dearer at every share between. Who is short is compared by
    /// the number of voters short (the set at the far end is a subset of the set at the near end), and a supporter
    /// within the guard of a price makes the test fail. Every comparison needs the guard's margin.
    /// </remarks>
    public bool TryCertifyBetween(double near, double far)
    {
        Crossing = double.NaN;
        Reach = double.NaN;
        var reach = double.PositiveInfinity;
        var reachFromNear = double.PositiveInfinity;
        var crossing = double.PositiveInfinity;
        var flipped = false;
        StartReplay(far);
        var nearBudgets = _budgetsNear;
        StartBudgets(near, nearBudgets);
        Array.Fill(_affineBudget, true);
        Array.Clear(_brokeFar);
        for (var k = _forcedSettled; k < _forced.Count; k++)
        {
            var w = _forced[k];
            if (Evaluate(w, nearBudgets, true) != Evaluation.Affordable)
            {
                return Fail();
            }

            var rhoNear = _rho[w];
            var qNear = _q[w];
            var equalNear = _equalPrice[w];
            var shortNear = _shortWeight;
            var clearNear = _membershipClear;
            var shortAffineNear = _shortAffine;
            if (Evaluate(w, _budgets, true) != Evaluation.Affordable)
            {
                return Fail();
            }

            var rhoFar = _rho[w];
            var qFar = _q[w];
            var drop = qNear - qFar;
            // The winner's price is affine between the ends when the same voters are short of it all the way (equal
            // numbers at both ends) and each of their budgets is affine; the others' budgets do not enter it.
            var clearBoth = clearNear && _membershipClear;
            var affine = clearBoth && shortNear == _shortWeight && shortAffineNear;
            var threshold = qNear * (1 + Guard);
            _taken[w] = true;
            _dropped.Clear();
            foreach (var c in _remaining)
            {
                if (_taken[c] || _qLow[c] > threshold || OutbidAtEveryShare(w, c, equalNear))
                {
                    continue;
                }

                var outcome = Evaluate(c);
                if (outcome == Evaluation.Unsure)
                {
                    return Fail();
                }

                if (outcome == Evaluation.Unaffordable)
                {
                    _dropped.Add(c);
                    continue;
                }

                if (drop > 0)
                {
                    // How far the next interval may reach, judged by this rival's lead: if it is close, by its own fall
                    // between the ends (priced at the near end too), else by the winner's.
                    var qRival = _q[c];
                    var lead = qRival - qFar;
                    if (lead < 5 * drop && Evaluate(c, nearBudgets, false) == Evaluation.Affordable && _q[c] > qRival)
                    {
                        var fall = _q[c] - qRival;
                        reach = Math.Min(reach, lead / fall);
                        reachFromNear = Math.Min(reachFromNear, (_q[c] - qNear) / fall);
                    }
                    else
                    {
                        reach = Math.Min(reach, lead / drop);
                        reachFromNear = Math.Min(reachFromNear, lead / drop);
                    }

                    _q[c] = qRival;
                    _qLow[c] = qRival * (1 - Guard);
                }

                if (_qLow[c] > threshold)
                {
                    continue;
                }

                // The monotone test failed: try the affine one.
                if (!affine)
                {
                    // Not provable here; if the rival is already cheaper at the far end, the two ends' gaps still
                    // suggest where it overtakes (a hint only).
                    var qFarOnly = _q[c];
                    if (qFarOnly < qFar && Evaluate(c, nearBudgets, false) == Evaluation.Affordable && _q[c] > qNear)
                    {
                        var gapAtNear = _q[c] - qNear;
                        crossing = Math.Min(crossing, near + ((far - near) * gapAtNear / (gapAtNear - (qFarOnly - qFar))));
                    }

                    return Fail();
                }

                Evaluate(c, _budgets, true);
                var qFarC = _q[c];
                var shortFar = _shortWeight;
                var clearFar = _membershipClear;
                if (Evaluate(c, nearBudgets, true) != Evaluation.Affordable)
                {
                    // Affordable only part of the way: the affordability margin is affine, so hint where it turns.
                    var money = MoneyOf(c, nearBudgets);
                    var moneyFar = MoneyOf(c, _budgets);
                    crossing = Math.Min(crossing, near + ((far - near) * (_profile.Cost[c] - money) / (moneyFar - money)));
                    _qLow[c] = qFarC * (1 - Guard);
                    return Fail();
                }

                var qNearC = _q[c];
                _qLow[c] = qFarC * (1 - Guard);
                if (!clearFar || !_membershipClear || shortFar != _shortWeight || !_shortAffine)
                {
                    return Fail();
                }

                var gapNear = qNearC - qNear;
                var gapFar = qFarC - qFar;
                if (qNearC * (1 - Guard) > threshold && qFarC * (1 - Guard) > qFar * (1 + Guard))
                {
                    continue;
                }

                flipped = true;
                if (gapNear > 0 && gapFar < gapNear)
                {
                    crossing = Math.Min(crossing, near + ((far - near) * gapNear / (gapNear - gapFar)));
                }
            }

            foreach (var c in _dropped)
            {
                _remaining.Remove(c);
            }

            PayBoth(w, nearBudgets, rhoNear, rhoFar, clearBoth, affine);
        }

        foreach (var c in _remaining)
        {
            if (_taken[c] || CertainlyUnaffordable(c))
            {
                continue;
            }

            flipped = true;
            {
                var money = MoneyOf(c, nearBudgets);
                var moneyFar = MoneyOf(c, _budgets);
                if (moneyFar > money)
                {
                    crossing = Math.Min(crossing, near + ((far - near) * (_profile.Cost[c] - money) / (moneyFar - money)));
                }
            }
        }

        Reach = double.IsFinite(reach) ? reach : double.NaN;
        return !flipped || Fail();

        bool Fail()
        {
            Reach = double.IsFinite(reachFromNear) ? reachFromNear : double.NaN;
            Crossing = double.IsFinite(crossing) ? crossing : double.NaN;
            return false;
        }
    }

    /// <summary>
    /// Forces the rounds of <paramref name="outcome"/>, the outcome of a run at <paramref name="share"/>, for
    /// <see cref="TryCertifyBetween"/> from that share or a larger one.
    /// </summary>
    public void Force(List<int> outcome, double share)
    {
        _forced.Clear();
        foreach (var p in outcome)
        {
            if (!_profile.IsFree(p))
            {
                _forced.Add(p);
            }
        }

        _forcedSettled = 0;
        if (_settledCount > 0 && share >= _settledShare && _forced.Count >= _settledCount)
        {
            var same = true;
            for (var k = 0; k < _settledCount && same; k++)
            {
                same = _forced[k] == _byApprovals[k];
            }

            if (same)
            {
                _forcedSettled = _settledCount;
                _forcedSettledShare = _settledShare;
                _forcedSettledBudgets ??= new double[_budgets.Length];
                Array.Copy(_settledBudgets, _forcedSettledBudgets, _budgets.Length);
            }
        }
    }

    /// <summary>
    /// Whether the round's winner <paramref name="w"/> beats <paramref name="c"/> at every share from the near end to
    /// the far end of the replay for a reason that needs no floating-point margin (exact ties included).
    /// </summary>
    /// <remarks>
    /// Two reasons. (1) Every supporter of <paramref name="w"/> clearly had more than its equal price (cost /
    /// approvals) at the near end (<paramref name="wEqualAtNear"/>): with the winners forced, budgets rise with the
    /// share, so its price per unit of cost is exactly 1 / approvals at every share up to the far end, while any
    /// project's is at least 1 / its approvals; so <paramref name="c"/> with fewer approvals is dearer, and with as
    /// many it is at least as dear and loses the tie-break if it ranks after <paramref name="w"/>. (2) They cost the
    /// same, the tie-break ranks <paramref name="w"/> first, and every supporter of <paramref name="c"/> who has money
    /// at the far end also supports <paramref name="w"/>: a supporter with nothing at the far end has nothing at any
    /// smaller share either, so whatever <paramref name="c"/>'s supporters can pay at a price ρ, <paramref name="w"/>'s
    /// can pay at least as much: ρ_w ≤ ρ_c for the same cost. (2) covers projects with the same cost and supporters,
    /// and a project whose other supporters have spent everything. Only a supporter that was clearly short of an earlier
    /// winner's price at the far end counts as having nothing.
    /// </remarks>
    private bool OutbidAtEveryShare(int w, int c, bool wEqualAtNear)
    {
        var profile = _profile;
        if (wEqualAtNear && (profile.Approvals[c] < profile.Approvals[w]
            || (profile.Approvals[c] == profile.Approvals[w] && profile.CompareForTie(w, c) < 0)))
        {
            return true;
        }

        if (profile.Cost[c] != profile.Cost[w] || profile.CompareForTie(w, c) >= 0)
        {
            return false;
        }

        var ballots = profile.TypeBallots;
        foreach (var t in profile.SupporterTypes[c])
        {
            if (!_brokeFar[t] && Array.BinarySearch(ballots[t], w) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private void StartBudgets(double share, double[] budgets)
    {
        if (_forcedSettled > 0)
        {
            var raise = share - _forcedSettledShare;
            for (var t = 0; t < budgets.Length; t++)
            {
                budgets[t] = _forcedSettledBudgets![t] + raise;
            }
        }
        else
        {
            Array.Fill(budgets, share);
        }
    }

    private void StartReplay(double share)
    {
        StartBudgets(share, _budgets);

        _remaining.Clear();
        Array.Clear(_taken);
        for (var i = _forcedSettled; i < _byApprovals.Length; i++)
        {
            var p = _byApprovals[i];
            _remaining.Add(p);
            _qLow[p] = (1.0 / _profile.Approvals[p]) * (1 - Guard);
        }
    }

    private void Pay(int w) => Pay(w, _budgets, _rho[w]);

    /// <summary>
    /// Pays the round's winner at both ends of <see cref="TryCertifyBetween"/> and records which budgets stay affine
    /// in the share between them. With the winners forced, a supporter short of the price at both ends is short at
    /// every share between (short can only turn into not short as the share rises) and is left with exactly nothing;
    /// one short at neither end is left with its budget minus the price, affine when both are; one short at only one
    /// end is left with a budget that bends. When some supporter is within the guard of the price at either end
    /// (<paramref name="clearBoth"/> false) who is short is not known, and no supporter's budget is taken as affine.
    /// </summary>
    private void PayBoth(int w, double[] nearBudgets, double rhoNear, double rhoFar, bool clearBoth, bool priceAffine)
    {
        var far = _budgets;
        var affineBudget = _affineBudget;
        foreach (var t in _profile.SupporterTypes[w])
        {
            var leftNear = nearBudgets[t] - rhoNear;
            var leftFar = far[t] - rhoFar;
            var shortNear = leftNear < 0;
            var shortFar = leftFar < 0;
            if (!clearBoth || shortNear != shortFar)
            {
                affineBudget[t] = false;
            }
            else if (shortFar)
            {
                affineBudget[t] = true;
            }
            else
            {
                affineBudget[t] = affineBudget[t] && priceAffine;
            }

            nearBudgets[t] = leftNear > 0 ? leftNear : 0;
            far[t] = leftFar > 0 ? leftFar : 0;
            if (leftFar < -rhoFar * Guard)
            {
                // Clearly short of the price: truly left with nothing, whatever the rounding.
                _brokeFar[t] = true;
            }
        }
    }

    private void Pay(int w, double[] budgets, double rho)
    {
        foreach (var t in _profile.SupporterTypes[w])
        {
            var left = budgets[t] - rho;
            budgets[t] = left > 0 ? left : 0;
        }
    }

    private double MoneyOf(int c, double[] budgets)
    {
        var supporters = _profile.SupporterTypes[c];
        var weights = _weights[c];
        var money = 0.0;
        for (var i = 0; i < supporters.Length; i++)
        {
            money += budgets[supporters[i]] * weights[i];
        }

        return money;
    }

    private bool CertainlyUnaffordable(int c)
    {
        var supporters = _profile.SupporterTypes[c];
        var weights = _weights[c];
        var money = 0.0;
        for (var i = 0; i < supporters.Length; i++)
        {
            money += _budgets[supporters[i]] * weights[i];
        }

        return money < _profile.Cost[c] * (1 - Guard);
    }

    private Evaluation Evaluate(int c) => Evaluate(c, _budgets, false);

    /// <summary>
    /// Prices <paramref name="c"/> with the given budgets. With <paramref name="membership"/>, also records in
    /// <see cref="_shortWeight"/> how many voters hold less than the price and in <see cref="_membershipClear"/>
    /// whether every supporter is clearly (beyond the guard) above or below it.
    /// </summary>
    private Evaluation Evaluate(int c, double[] budgets, bool membership)
    {
        var supporters = _profile.SupporterTypes[c];
        var weights = _weights[c];
        double cost = _profile.Cost[c];
        long voters = _profile.Approvals[c];

        // One pass adds up the supporters' money and, at the equal price cost / approvals, what the supporters who
        // cannot pay it hold: most projects have none, and their price is settled by this pass alone. Supporters
        // holding less than twice the equal price are noted, so that finding a higher price visits only them.
        var equal = cost / voters;
        var margin = equal * (1 + Guard);
        var near = equal * 2;
        var nearCount = 0;
        var nearest = _near;
        var money = 0.0;
        var poorMoney = 0.0;
        var poorVoters = 0.0;
        for (var i = 0; i < supporters.Length; i++)
        {
            var b = budgets[supporters[i]];
            var w = weights[i];
            money += b * w;
            if (b < near)
            {
                nearest[nearCount++] = i;
                if (b < equal)
                {
                    poorMoney += b * w;
                    poorVoters += w;
                }
            }
        }

        if (money < cost * (1 - Guard))
        {
            return Evaluation.Unaffordable;
        }

        if (money < cost * (1 + Guard))
        {
            return Evaluation.Unsure;
        }

        var close = false;
        for (var k = 0; k < nearCount && !close; k++)
        {
            close = budgets[supporters[nearest[k]]] < margin;
        }

        _equalPrice[c] = !close;
        var rich = voters - (long)poorVoters;
        var rho = equal;
        if (rich != voters)
        {
            // Supporters short of the price pay all they have and the rest share what remains equally; a higher
            // price can only make more supporters short, so repeat until the short ones stay the same.
            while (true)
            {
                if (rich <= 0)
                {
                    return Evaluation.Unsure;
                }

                rho = (cost - poorMoney) / rich;
                poorMoney = 0.0;
                poorVoters = 0.0;
                if (rho < near)
                {
                    for (var k = 0; k < nearCount; k++)
                    {
                        var i = nearest[k];
                        var b = budgets[supporters[i]];
                        if (b < rho)
                        {
                            poorMoney += b * weights[i];
                            poorVoters += weights[i];
                        }
                    }
                }
                else
                {
                    for (var i = 0; i < supporters.Length; i++)
                    {
                        var b = budgets[supporters[i]];
                        if (b < rho)
                        {
                            poorMoney += b * weights[i];
                            poorVoters += weights[i];
                        }
                    }
                }

                var nowRich = voters - (long)poorVoters;
                if (nowRich > rich)
                {
                    // Fewer short at a higher price: only rounding at a budget equal to the price does that (the exact
                    // short set only grows). The exact run decides, rather than going back and forth for ever.
                    return Evaluation.Unsure;
                }

                if (nowRich == rich)
                {
                    break;
                }

                rich = nowRich;
            }
        }

        _rho[c] = rho;
        _q[c] = rho / cost;
        _qLow[c] = _q[c] * (1 - Guard);
        if (membership)
        {
            // Who is short of the price (and so who is left with nothing after paying it): a supporter within the
            // guard of the price is neither clearly short nor clearly not.
            var low = rho * (1 - Guard);
            var high = rho * (1 + Guard);
            var shortWeight = 0.0;
            var clear = true;
            var shortAffine = true;
            var affineBudget = _affineBudget;
            if (high < near)
            {
                for (var k = 0; k < nearCount; k++)
                {
                    var i = nearest[k];
                    var b = budgets[supporters[i]];
                    if (b < low)
                    {
                        shortWeight += weights[i];
                        shortAffine = shortAffine && affineBudget[supporters[i]];
                    }
                    else if (b <= high)
                    {
                        clear = false;
                    }
                }
            }
            else
            {
                for (var i = 0; i < supporters.Length; i++)
                {
                    var b = budgets[supporters[i]];
                    if (b < low)
                    {
                        shortWeight += weights[i];
                        shortAffine = shortAffine && affineBudget[supporters[i]];
                    }
                    else if (b <= high)
                    {
                        clear = false;
                    }
                }
            }

            _shortWeight = shortWeight;
            _membershipClear = clear;
            _shortAffine = shortAffine;
        }

        return Evaluation.Affordable;
    }

    private double _shortWeight;
    private bool _membershipClear;

    /// <summary>Whether every supporter short of the price (in the last evaluation with membership) has a budget affine in the share between the ends of the replay.</summary>
    private bool _shortAffine;

    /// <summary>
    /// During <see cref="TryCertifyBetween"/>: whether each voter type's budget in the current round is an affine
    /// function of the share between the two ends (see <see cref="PayBoth"/>).
    /// </summary>
    private readonly bool[] _affineBudget;

    /// <summary>
    /// During <see cref="TryCertifyBetween"/>: whether each voter type has certainly nothing left at the far end (it
    /// was clearly, beyond the guard, short of a winner's price there), so that a budget rounded to zero is never
    /// taken for one that is truly zero.
    /// </summary>
    private readonly bool[] _brokeFar;

    private enum Evaluation
    {
        Affordable,
        Unaffordable,
        Unsure,
    }
}
