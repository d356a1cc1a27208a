namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// One run of the Method of Equal Shares with additive utilities (utility = points) in exact rational arithmetic, for
/// a given share per voter. It records what the explanations need.
/// </summary>
internal sealed class CumulativeEqualSharesRun
{
    private CumulativeEqualSharesRun(int projectCount)
    {
        Round = new int[projectCount];
        PricePerPoint = new Fraction[projectCount];
        MostPaid = new Fraction[projectCount];
        FullPayers = new int[projectCount];
        PartialPayers = new int[projectCount];
        PartialPaid = new Fraction[projectCount];
        DroppedInRound = new int[projectCount];
        MoneyLeft = new Fraction[projectCount];
    }

    /// <summary>The funded projects in the order chosen (free projects first).</summary>
    public List<int> Winners { get; } = [];

    /// <summary>Per project: the round it was funded in (1-based; 0 for a free project), or 0.</summary>
    public int[] Round { get; }

    /// <summary>Per funded project: ρ, what each supporter paid per point they gave it (or all they had, if less).</summary>
    public Fraction[] PricePerPoint { get; }

    /// <summary>Per funded project: the most any one supporter paid.</summary>
    public Fraction[] MostPaid { get; }

    /// <summary>Per funded project: supporters who paid ρ × their points in full.</summary>
    public int[] FullPayers { get; }

    /// <summary>Per funded project: supporters who had less than ρ × their points and paid all they had.</summary>
    public int[] PartialPayers { get; }

    public Fraction[] PartialPaid { get; }

    /// <summary>Per project that became unaffordable: the round in which that was found (1-based), or 0.</summary>
    public int[] DroppedInRound { get; }

    /// <summary>Per dropped project: the money its supporters had left when it was dropped.</summary>
    public Fraction[] MoneyLeft { get; }

    public static CumulativeEqualSharesRun Run(CumulativeProfile profile, Fraction share)
    {
        var run = new CumulativeEqualSharesRun(profile.ProjectCount);
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

                // ρ when every supporter can pay their points' worth: the least ρ can ever be.
                lowerBound[p] = Fraction.Of(profile.Cost[p], profile.Points[p]);
            }
        }

        var round = 0;
        var scratch = new List<(int Index, Fraction Cap)>();
        var rhoOf = new Fraction[profile.ProjectCount];
        while (remaining.Count > 0)
        {
            round++;
            remaining.Sort((a, b) =>
            {
                var byBound = lowerBound[a].CompareTo(lowerBound[b]);
                return byBound != 0 ? byBound : a.CompareTo(b);
            });

            var best = new List<int>();
            var bestRho = Fraction.Zero;
            var dropped = new List<int>();
            foreach (var c in remaining)
            {
                // ρ never falls as money is spent (each supporter's payment min(b, ρ·u) falls with b), so the last ρ
                // is a lower bound: once it exceeds the best, neither this project nor any after it can win the round.
                if (best.Count > 0 && lowerBound[c] > bestRho)
                {
                    break;
                }

                var types = profile.SupporterTypes[c];
                var money = Fraction.Zero;
                foreach (var t in types)
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

                var rho = FindPricePerPoint(profile, budgets, c, scratch);
                lowerBound[c] = rho;
                rhoOf[c] = rho;
                if (best.Count == 0 || rho < bestRho)
                {
                    best.Clear();
                    best.Add(c);
                    bestRho = rho;
                }
                else if (rho == bestRho)
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
                best.Sort(profile.CompareForTie);
            }

            var chosen = best[0];
            var price = rhoOf[chosen];
            remaining.Remove(chosen);
            run.Winners.Add(chosen);
            run.Round[chosen] = round;
            run.PricePerPoint[chosen] = price;
            var partialPaid = Fraction.Zero;
            var mostPaid = Fraction.Zero;
            var supporters = profile.SupporterTypes[chosen];
            var points = profile.SupporterPoints[chosen];
            for (var i = 0; i < supporters.Length; i++)
            {
                var t = supporters[i];
                var m = profile.Multiplicity[t];
                var due = price * points[i];
                Fraction paid;
                if (budgets[t] >= due)
                {
                    paid = due;
                    budgets[t] -= due;
                    run.FullPayers[chosen] += m;
                }
                else
                {
                    paid = budgets[t];
                    run.PartialPayers[chosen] += m;
                    partialPaid += budgets[t] * m;
                    budgets[t] = Fraction.Zero;
                }

                if (paid > mostPaid)
                {
                    mostPaid = paid;
                }
            }

            run.PartialPaid[chosen] = partialPaid;
            run.MostPaid[chosen] = mostPaid;
        }

        return run;
    }

    /// <summary>
    /// ρ: the least price per point such that every supporter paying ρ × their points, or all they have if less,
    /// together pay the cost. Supporters are taken in the order in which they run short as ρ rises (money per point).
    /// </summary>
    private static Fraction FindPricePerPoint(CumulativeProfile profile, Fraction[] budgets, int project, List<(int Index, Fraction Cap)> scratch)
    {
        var types = profile.SupporterTypes[project];
        var points = profile.SupporterPoints[project];
        scratch.Clear();
        long weight = 0;
        for (var i = 0; i < types.Length; i++)
        {
            scratch.Add((i, budgets[types[i]] / points[i]));
            weight = checked(weight + (points[i] * profile.Multiplicity[types[i]]));
        }

        scratch.Sort((a, b) => a.Cap.CompareTo(b.Cap));
        var paid = Fraction.Zero;
        var cost = Fraction.FromInteger(profile.Cost[project]);
        foreach (var (i, cap) in scratch)
        {
            var rho = (cost - paid) / weight;
            if (rho > cap)
            {
                var t = types[i];
                paid += budgets[t] * profile.Multiplicity[t];
                weight -= points[i] * profile.Multiplicity[t];
            }
            else
            {
                return rho;
            }
        }

        throw new InvalidOperationException("The supporters' money was checked to cover the cost.");
    }
}
