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

    public static EqualSharesExactRun Run(ApprovalProfile profile, Fraction share)
    {
        var run = new EqualSharesExactRun(profile.ProjectCount);
        var budgets = new Fraction[profile.TypeCount];
        Array.Fill(budgets, share);
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
        var sorted = new List<int>();
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

                var supporters = profile.SupporterTypes[c];
                var money = Fraction.Zero;
                foreach (var t in supporters)
                {
                    money += budgets[t] * profile.Multiplicity[t];
                }

                var cost = profile.Cost[c];
                if (money.CompareTo(cost) < 0)
                {
                    dropped.Add(c);
                    run.DroppedInRound[c] = round;
                    run.MoneyLeft[c] = money;
                    continue;
                }

                var rho = PricePerSupporter(profile, budgets, supporters, cost, sorted);
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
            foreach (var t in profile.SupporterTypes[chosen])
            {
                var m = profile.Multiplicity[t];
                if (budgets[t] > price)
                {
                    budgets[t] -= price;
                    run.FullPayers[chosen] += m;
                }
                else
                {
                    if (budgets[t] == price)
                    {
                        run.FullPayers[chosen] += m;
                    }
                    else
                    {
                        run.PartialPayers[chosen] += m;
                        partialPaid += budgets[t] * m;
                    }

                    budgets[t] = Fraction.Zero;
                }
            }

            run.PartialPaid[chosen] = partialPaid;
        }

        return run;
    }

    /// <summary>
    /// The price per supporter: the least amount such that supporters each paying it, or all they have if less,
    /// together pay the cost. Supporters are taken from the poorest up.
    /// </summary>
    private static Fraction PricePerSupporter(ApprovalProfile profile, Fraction[] budgets, int[] supporters, long cost, List<int> scratch)
    {
        scratch.Clear();
        scratch.AddRange(supporters);
        scratch.Sort((a, b) => budgets[a].CompareTo(budgets[b]));
        var paid = Fraction.Zero;
        long payers = 0;
        foreach (var t in scratch)
        {
            payers += profile.Multiplicity[t];
        }

        foreach (var t in scratch)
        {
            var equalShare = (Fraction.FromInteger(cost) - paid) / payers;
            if (equalShare > budgets[t])
            {
                paid += budgets[t] * profile.Multiplicity[t];
                payers -= profile.Multiplicity[t];
            }
            else
            {
                return equalShare;
            }
        }

        throw new InvalidOperationException("The supporters' money was checked to cover the cost.");
    }
}
