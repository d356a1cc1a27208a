namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// One run of the Method of Equal Shares (cost utilities) in exact rational arithmetic, for a given share per voter.
/// It is the reference the fast run must agree with, decides whenever the fast run is unsure, and records what the
/// explanations need.
/// </summary>
internal sealed class EqualSharesExactRun
{
    private EqualSharesExactRun(int projectCount)
    {
        Round = new int[projectCount];
        Price = new Fraction[projectCount];
        FullPayers = new int[projectCount];
        PartialPayers = new int[projectCount];
        PartialPaid = new Fraction[projectCount];
        DroppedInRound = new int[projectCount];
        MoneyLeft = new Fraction[projectCount];
    }

    /// <summary>The funded projects in the order chosen (free projects first).</summary>
    public List<int> Winners { get; } = [];

    /// <summary>Per project: the round it was funded in (1-based), or 0.</summary>
    public int[] Round { get; }

    /// <summary>Per funded project: the most any supporter paid (the price per supporter).</summary>
    public Fraction[] Price { get; }

    public int[] FullPayers { get; }

    public int[] PartialPayers { get; }

    public Fraction[] PartialPaid { get; }

    /// <summary>Per project that became unaffordable: the round in which that was found (1-based), or 0.</summary>
    public int[] DroppedInRound { get; }

    /// <summary>Per dropped project: the money its supporters had left when it was dropped.</summary>
    public Fraction[] MoneyLeft { get; }

    /// <summary>How many times projects tied exactly and the tie-break decided.</summary>
    public int TiesBroken { get; private set; }

    /// <remarks>
    /// Voters who approve the same projects among those funded so far have paid the same and hold the same money, so
    /// budgets are kept per such class, not per type: a city's round has hundreds of thousands of ballot types but a
    /// few thousand classes. A project's supporters are tallied per class in integers, and only the classes' money
    /// enters the exact arithmetic. Equal budgets are paid in one step, which gives the same price as one supporter at
    /// a time (an equal share above a budget stays above it after that budget is paid in full).
    /// </remarks>
    public static EqualSharesExactRun Run(ApprovalProfile profile, Fraction share)
    {
        var run = new EqualSharesExactRun(profile.ProjectCount);
        var classes = new BudgetClasses(profile.TypeCount, share);
        var remaining = new List<int>();
        var lowerBound = new Fraction[profile.ProjectCount];
        for (var p = 0; p < profile.ProjectCount; p++)
        {
            if (profile.IsFree(p))
            {
                run.Winners.Add(p);
            }
            else if (profile.IsCandidate(p))
            {
                remaining.Add(p);
                lowerBound[p] = Fraction.Of(1, profile.Approvals[p]);
            }
        }

        var round = 0;
        var priceOf = new Fraction[profile.ProjectCount];
        while (remaining.Count > 0)
        {
            round++;
            remaining.Sort((a, b) =>
            {
                var byBound = lowerBound[a].CompareTo(lowerBound[b]);
                return byBound != 0 ? byBound : a.CompareTo(b);
            });

            var best = new List<int>();
            var bestQ = Fraction.Zero;
            var dropped = new List<int>();
            foreach (var c in remaining)
            {
                // q = price / cost never falls as money is spent, so the last q is a lower bound.
                if (best.Count > 0 && lowerBound[c] > bestQ)
                {
                    break;
                }

                var supporters = classes.Tally(profile, c);
                var money = Fraction.Zero;
                foreach (var (budget, weight) in supporters)
                {
                    money += budget * weight;
                }

                var cost = profile.Cost[c];
                if (money.CompareTo(cost) < 0)
                {
                    dropped.Add(c);
                    run.DroppedInRound[c] = round;
                    run.MoneyLeft[c] = money;
                    continue;
                }

                var rho = PricePerSupporter(supporters, cost);
                var q = rho / cost;
                lowerBound[c] = q;
                priceOf[c] = rho;
                if (best.Count == 0 || q < bestQ)
                {
                    best.Clear();
                    best.Add(c);
                    bestQ = q;
                }
                else if (q == bestQ)
                {
                    best.Add(c);
                }
            }

            foreach (var c in dropped)
            {
                remaining.Remove(c);
            }

            if (best.Count == 0)
            {
                break;
            }

            if (best.Count > 1)
            {
                run.TiesBroken++;
                best.Sort(profile.CompareForTie);
            }

            // The tie-break may choose a project other than the first found: charge the chosen project's own price.
            var chosen = best[0];
            var price = priceOf[chosen];
            remaining.Remove(chosen);
            run.Winners.Add(chosen);
            run.Round[chosen] = round;
            run.Price[chosen] = price;
            var partialPaid = Fraction.Zero;
            foreach (var (budget, weight) in classes.Tally(profile, chosen))
            {
                if (budget >= price)
                {
                    run.FullPayers[chosen] += (int)weight;
                }
                else
                {
                    run.PartialPayers[chosen] += (int)weight;
                    partialPaid += budget * weight;
                }
            }

            classes.Pay(profile, chosen, price);
            run.PartialPaid[chosen] = partialPaid;
        }

        return run;
    }

    /// <summary>
    /// Decides, in exact fractions, one round that a fast run found too close to call, and gives the fast run the
    /// voters' exact budgets after it (rounded to the nearest double) so that it goes on from there (ADR 0014's
    /// fallback, for one round instead of a whole run). <paramref name="paid"/> are the projects the fast run funded
    /// before this round, in order, each a certain decision; <paramref name="contenders"/> are the projects that may win
    /// this round (every other remaining project certainly loses to one of them or cannot be afforded).
    /// </summary>
    /// <returns>The round's winner, or −1 when no contender can be afforded (the fast run's checks say that cannot happen).</returns>
    internal static int DecideRound(ApprovalProfile profile, Fraction share, List<int> paid, List<int> contenders, double[] budgets)
    {
        var classes = new BudgetClasses(profile.TypeCount, share);
        foreach (var w in paid)
        {
            classes.Pay(profile, w, PricePerSupporter(classes.Tally(profile, w), profile.Cost[w]));
        }

        var best = -1;
        var bestQ = Fraction.Zero;
        var bestPrice = Fraction.Zero;
        foreach (var c in contenders)
        {
            var supporters = classes.Tally(profile, c);
            var money = Fraction.Zero;
            foreach (var (budget, weight) in supporters)
            {
                money += budget * weight;
            }

            var cost = profile.Cost[c];
            if (money.CompareTo(cost) < 0)
            {
                continue;
            }

            var price = PricePerSupporter(supporters, cost);
            var q = price / cost;
            if (best < 0 || q < bestQ || (q == bestQ && profile.CompareForTie(c, best) < 0))
            {
                best = c;
                bestQ = q;
                bestPrice = price;
            }
        }

        if (best >= 0)
        {
            classes.Pay(profile, best, bestPrice);
            classes.CopyTo(budgets);
        }

        return best;
    }

    /// <summary>
    /// The price per supporter: the least amount such that supporters each paying it, or all they have if less,
    /// together pay the cost. Supporters are taken from the poorest up, those with equal money together.
    /// </summary>
    private static Fraction PricePerSupporter(List<(Fraction Budget, long Weight)> supporters, long cost)
    {
        supporters.Sort((a, b) => a.Budget.CompareTo(b.Budget));
        var paid = Fraction.Zero;
        long payers = 0;
        foreach (var (_, weight) in supporters)
        {
            payers += weight;
        }

        foreach (var (budget, weight) in supporters)
        {
            var equalShare = (Fraction.FromInteger(cost) - paid) / payers;
            if (equalShare > budget)
            {
                paid += budget * weight;
                payers -= weight;
            }
            else
            {
                return equalShare;
            }
        }

        throw new InvalidOperationException("The supporters' money was checked to cover the cost.");
    }

    /// <summary>
    /// Voter types grouped by the funded projects they approve, each class with its money: class 0 (nothing funded
    /// approved) starts with the share, and funding a project moves its supporters from each class to that class's
    /// child for the project, holding what is left after paying the price.
    /// </summary>
    private sealed class BudgetClasses
    {
        private readonly int[] _classOf;
        private readonly List<Fraction> _budget;
        private readonly Dictionary<(int Parent, int Project), int> _children = [];
        private long[] _weight = new long[16];
        private readonly List<int> _touched = [];

        public BudgetClasses(int typeCount, Fraction share)
        {
            _classOf = new int[typeCount];
            _budget = [share];
        }

        /// <summary>A project's supporters as (money each holds, how many voters hold it), one entry per class.</summary>
        public List<(Fraction Budget, long Weight)> Tally(ApprovalProfile profile, int project)
        {
            if (_weight.Length < _budget.Count)
            {
                Array.Resize(ref _weight, Math.Max(_budget.Count, _weight.Length * 2));
            }

            _touched.Clear();
            foreach (var t in profile.SupporterTypes[project])
            {
                var k = _classOf[t];
                if (_weight[k] == 0)
                {
                    _touched.Add(k);
                }

                _weight[k] += profile.Multiplicity[t];
            }

            var tally = new List<(Fraction, long)>(_touched.Count);
            foreach (var k in _touched)
            {
                tally.Add((_budget[k], _weight[k]));
                _weight[k] = 0;
            }

            return tally;
        }

        /// <summary>Every type's money, each rounded to the nearest double.</summary>
        public void CopyTo(double[] budgets)
        {
            var rounded = _budget.Select(Nearest).ToArray();
            for (var t = 0; t < budgets.Length; t++)
            {
                budgets[t] = rounded[_classOf[t]];
            }
        }

        /// <summary>A non-negative fraction as the nearest double (within an ulp or two).</summary>
        private static double Nearest(Fraction value)
        {
            if (value.IsZero)
            {
                return 0.0;
            }

            // A quotient of 64 to 65 significant bits, then scaled back: the rounding is the conversion's own.
            var shift = 64 - (int)(value.Numerator.GetBitLength() - value.Denominator.GetBitLength());
            var quotient = shift >= 0
                ? (value.Numerator << shift) / value.Denominator
                : value.Numerator / (value.Denominator << -shift);
            return Math.ScaleB((double)quotient, -shift);
        }

        /// <summary>Every supporter of the funded project pays the price, or all they have if less.</summary>
        public void Pay(ApprovalProfile profile, int project, Fraction price)
        {
            foreach (var t in profile.SupporterTypes[project])
            {
                var parent = _classOf[t];
                if (!_children.TryGetValue((parent, project), out var child))
                {
                    child = _budget.Count;
                    var budget = _budget[parent];
                    _budget.Add(budget > price ? budget - price : Fraction.Zero);
                    _children.Add((parent, project), child);
                }

                _classOf[t] = child;
            }
        }
    }
}
