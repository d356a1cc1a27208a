using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Workload;

public sealed partial class CityGenerator
{
    // How likely each fate is for an idea of a given age on AsOf (under 14 days, under 90, under a year, older), in
    // the order of IdeaFate: young ideas still wait for an answer, old ones were mostly answered and many carried out.
    private static readonly double[][] FateWeightsByAge =
    [
        [60, 20, 2, 3, 5, 0, 0, 0, 0, 4, 2, 1, 1],
        [22, 25, 2, 12, 18, 3, 6, 2, 1, 5, 1.5, 1, 1],
        [6, 8, 1.5, 12, 28, 5, 14, 13, 5, 5, 1, 0.8, 0.8],
        [3, 3, 1, 6, 30, 5, 10, 27, 9, 5, 1, 0.6, 0.6],
    ];

    private static readonly int[] FateAgeLimitsInDays = [14, 90, 365];

    // How much support an idea draws for its fate, relative to the others (ReviewedBySupport is set apart).
    private static readonly double[] EndorsementPull = [0.8, 1.0, 0, 1.4, 0.7, 0.7, 1.6, 1.8, 2.0, 0.3, 0.4, 0.6, 0.2];

    private static readonly MunicipalOfficial IdeasOffice = new("ideas-office", "دبیرخانهٔ طرح‌های خلاقانهٔ شهروندی");
    private static readonly MunicipalOfficial Moderator = new("ideas-moderation", "ناظر محتوای سامانهٔ ایده‌ها");

    private int _ideaVersionCount;
    private long _endorsementCount;

    private enum IdeaFate : byte
    {
        LeftSubmitted,
        ReviewedByOfficial,
        ReviewedBySupport,
        Accepted,
        Rejected,
        Resubmitted,
        InProgress,
        Implemented,
        ImplementedByResidents,
        Withdrawn,
        Hidden,
        Restored,
        Removed,
    }

    private enum IdeaStep
    {
        StartReview,
        Accept,
        Reject,
        Resubmit,
        StartImplementation,
        Milestone,
        RecordImplementer,
        Implement,
        Withdraw,
        Report,
        Restore,
        Remove,
    }

    private async Task WriteIdeasAsync()
    {
        var total = _profile.Ideas;
        Report(GenerationStages.Ideas, 0, total);
        if (total == 0)
        {
            return;
        }

        var plan = PlanIdeas();
        var random = new SeededRandom(_seed, IdeasStream);
        var taken = new HashSet<ResidentId>();
        var batch = new List<CitizenIdea>(Math.Min(total, _profile.IdeaBatchSize) + 16);
        for (var i = 0; i < total; i++)
        {
            BuildIdea(random, plan, i, batch, taken);
            if (batch.Count >= _profile.IdeaBatchSize || i == total - 1)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _ideaVersionCount += batch.Count;
                await _writer.WriteIdeasAsync(batch, _cancellationToken).ConfigureAwait(false);

                // A fresh list each time: the writer may keep the one it was given.
                batch = new List<CitizenIdea>(_profile.IdeaBatchSize + 16);
                Report(GenerationStages.Ideas, i + 1, total);
            }
        }
    }

    /// <summary>
    /// Decides every idea's date, neighbourhood, fate and number of endorsements up front, in compact arrays, so the
    /// endorsements add up to the profile's total exactly and the ideas can then be built and written in batches.
    /// </summary>
    private IdeaPlan PlanIdeas()
    {
        var random = new SeededRandom(_seed, IdeaPlanStream);
        var total = _profile.Ideas;
        var plan = new IdeaPlan(total, At(_profile.AsOf, 0));
        var days = IdeaDays();
        var weights = days.Select((d, k) => (1 + (0.8 * k / Math.Max(1, days.Count - 1))) * (k == 0 ? 1.4 : 1.0)).ToArray();
        for (var i = 0; i < total; i++)
        {
            var (month, first, last) = days[random.PickWeighted(weights)];
            var date = PersianDates.FromSolarHijri(month.Year, month.Month, random.Next(first, last + 1));
            plan.Submitted[i] = At(date, random.Next(7, 23), random.Next(60), random.Next(60)).ToUnixTimeTicks();
        }

        Array.Sort(plan.Submitted);
        var threshold = _charter.Ideas.SupportThreshold;
        var eligible = _ideaPeople.Sum(p => (long)p.Length);
        var cap = (int)Math.Max(1, Math.Min(5_000, eligible / 3));
        var fates = Enum.GetValues<IdeaFate>();
        var fateCounts = new int[fates.Length];
        for (var i = 0; i < total; i++)
        {
            var n = random.Next(_neighbourhoods.Count);
            plan.Neighbourhood[i] = random.Chance(0.04) || _ideaPeople[n].Length == 0 ? -1 : n;
            var age = (plan.End - plan.SubmittedAt(i)).TotalDays;
            var bucket = FateAgeLimitsInDays.Count(limit => age >= limit);
            var row = FateWeightsByAge[bucket].ToArray();
            row[(int)IdeaFate.ReviewedBySupport] = cap >= threshold ? row[(int)IdeaFate.ReviewedBySupport] : 0;
            var fate = random.PickWeighted(row);
            plan.Fate[i] = (byte)fate;
            fateCounts[fate]++;
        }

        // Every fate at least once, taken from ideas whose fate is common, when there are ideas enough.
        foreach (var fate in fates)
        {
            if (fateCounts[(int)fate] > 0 || (fate == IdeaFate.ReviewedBySupport && cap < threshold))
            {
                continue;
            }

            var donors = Enumerable.Range(0, total).Where(i => fateCounts[plan.Fate[i]] > 1).ToList();
            if (donors.Count == 0)
            {
                break;
            }

            var donor = random.Pick(donors);
            fateCounts[plan.Fate[donor]]--;
            plan.Fate[donor] = (byte)fate;
            fateCounts[(int)fate]++;
        }

        AllocateEndorsements(random, plan, cap, threshold);
        return plan;
    }

    /// <summary>The days ideas may be dated: from the phase's launch (and FirstIdeaMonth) to the day before AsOf.</summary>
    private List<(SolarHijriMonth Month, int First, int Last)> IdeaDays()
    {
        var launched = _profile.PhaseLaunches.First(l => l.Phase == ProgrammePhase.CitizenIdeas).LaunchedOn;
        var lastDay = _profile.AsOf.PlusDays(-1);
        var days = new List<(SolarHijriMonth, int, int)>();
        for (var month = _profile.FirstIdeaMonth; month <= _profile.LastIdeaMonth; month = month.Month == 12 ? new SolarHijriMonth(month.Year + 1, 1) : new SolarHijriMonth(month.Year, month.Month + 1))
        {
            var first = month.FirstDay();
            var last = first.PlusDays(PersianDates.DaysInMonth(month.Year, month.Month) - 1);
            first = launched > first ? launched : first;
            last = lastDay < last ? lastDay : last;
            if (first <= last)
            {
                days.Add((month, PersianDates.ToSolarHijri(first).Day, PersianDates.ToSolarHijri(last).Day));
            }
        }

        return days.Count > 0 ? days : throw new ArgumentException("The profile leaves no day for ideas between the phase's launch and AsOf.");
    }

    /// <summary>
    /// Shares the profile's endorsements among the ideas: ideas reviewed on their support get the threshold and a little
    /// more; the rest is shared by a long-tailed pull, larger for ideas that went far and older ones, and
    /// capped so that an idea left submitted stays under the threshold and nobody endorses twice.
    /// </summary>
    private void AllocateEndorsements(SeededRandom random, IdeaPlan plan, int cap, int threshold)
    {
        var total = plan.Fate.Length;
        var budget = (long)_profile.Endorsements;
        for (var i = 0; i < total; i++)
        {
            if ((IdeaFate)plan.Fate[i] == IdeaFate.ReviewedBySupport)
            {
                plan.Endorsements[i] = Math.Min(cap, threshold + random.Next(0, (threshold / 4) + 1));
                budget -= plan.Endorsements[i];
            }
        }

        // Too few endorsements for every supported idea: the last ones were reviewed by an official instead.
        for (var i = total - 1; i >= 0 && budget < 0; i--)
        {
            if ((IdeaFate)plan.Fate[i] == IdeaFate.ReviewedBySupport)
            {
                budget += plan.Endorsements[i];
                plan.Endorsements[i] = 0;
                plan.Fate[i] = (byte)IdeaFate.ReviewedByOfficial;
            }
        }

        var pull = new double[total];
        var caps = new int[total];
        var sum = 0.0;
        var room = 0L;
        for (var i = 0; i < total; i++)
        {
            var fate = (IdeaFate)plan.Fate[i];
            if (fate == IdeaFate.ReviewedBySupport)
            {
                continue;
            }

            // A Pareto-like tail (most ideas draw a little support, a few fifty times more) from plain arithmetic,
            // which rounds the same on every machine, unlike Math.Exp or Math.Log.
            var tail = 1 / (0.02 + random.NextDouble());
            var age = (plan.End - plan.SubmittedAt(i)).TotalDays;
            pull[i] = tail * EndorsementPull[(int)fate] * Math.Min(1, 0.15 + (age / 120));
            caps[i] = fate == IdeaFate.LeftSubmitted ? Math.Min(cap, threshold - 1) : cap;
            sum += pull[i];
            room += caps[i];
        }

        if (room < budget)
        {
            throw new ArgumentException($"The profile asks for {_profile.Endorsements} endorsements; its ideas and residents can give at most {room + _profile.Endorsements - budget}.");
        }

        var given = 0L;
        for (var i = 0; i < total && sum > 0; i++)
        {
            var share = (int)Math.Min(caps[i], Math.Floor(budget * pull[i] / sum));
            plan.Endorsements[i] += share;
            given += share;
        }

        // What rounding and the caps left over goes one at a time to ideas with room, in an order the seed decides.
        var order = Enumerable.Range(0, total).Where(i => caps[i] > 0).ToList();
        random.Shuffle(order);
        while (given < budget)
        {
            foreach (var i in order)
            {
                if (given == budget)
                {
                    break;
                }

                if (plan.Endorsements[i] < caps[i])
                {
                    plan.Endorsements[i]++;
                    given++;
                }
            }
        }
    }

    /// <summary>
    /// Submits one idea and drives it to its planned fate through the aggregate's own methods, with its endorsements,
    /// reports, milestones and implementers dated in order between its submission and AsOf.
    /// </summary>
    private void BuildIdea(SeededRandom random, IdeaPlan plan, int index, List<CitizenIdea> batch, HashSet<ResidentId> taken)
    {
        var submittedAt = plan.SubmittedAt(index);
        var home = plan.Neighbourhood[index];
        var fate = (IdeaFate)plan.Fate[index];
        var neighbourhood = home >= 0 ? _neighbourhoods[home] : null;
        var proposer = PickResident(random, home, null);
        var field = random.Pick(_charter.UrbanFields);
        var place = neighbourhood?.Name.Persian ?? "سطح شهر";
        var cost = random.Chance(0.4) ? Rials.FromTomans(random.Next(1, 500) * 1_000_000L) : (Rials?)null;
        var title = CityWording.IdeaTitle(random, field, place);
        var draft = new IdeaDraft(title, CityWording.IdeaDescription(random), field, neighbourhood?.Id, cost);
        var idea = CitizenIdea.Submit(new CitizenIdeaId(random.NextGuid(submittedAt)), _municipality, proposer, draft, submittedAt).Value;
        batch.Add(idea);

        var steps = Steps(random, fate);
        var times = StepTimes(random, submittedAt, plan.End, steps.Count);
        var rules = _charter.Ideas;
        var endorsableUntil = plan.End;
        var reports = 0;
        for (var s = 0; s < steps.Count; s++)
        {
            var closes = steps[s] is IdeaStep.Reject or IdeaStep.Withdraw or IdeaStep.Implement or IdeaStep.Remove
                || (steps[s] == IdeaStep.Report && ++reports == rules.ReportsToHide);
            if (closes)
            {
                endorsableUntil = times[s];
                break;
            }
        }

        if (fate == IdeaFate.ReviewedBySupport)
        {
            var windowEnd = submittedAt + Duration.FromTicks((long)(rules.SupportWindow.BclCompatibleTicks * 0.95));
            endorsableUntil = windowEnd < plan.End ? windowEnd : plan.End;
        }

        // The endorsers: different residents, not the proposer, mostly the idea's own neighbours.
        taken.Clear();
        taken.Add(proposer);
        var endorsements = StepTimes(random, submittedAt, endorsableUntil, plan.Endorsements[index]);
        var next = 0;
        void EndorseBefore(Instant limit)
        {
            for (; next < endorsements.Count && endorsements[next] < limit; next++)
            {
                idea.Endorse(PickResident(random, home, taken), endorsements[next], rules).ThrowIfFailed();
            }
        }

        var current = idea;
        var acceptedAt = submittedAt;
        var milestones = steps.Count(s => s == IdeaStep.Milestone);
        var milestone = 0;
        var reporters = new HashSet<ResidentId> { proposer };
        for (var s = 0; s < steps.Count; s++)
        {
            var at = times[s];
            EndorseBefore(at);
            switch (steps[s])
            {
                case IdeaStep.StartReview when current.Status == IdeaStatus.Submitted:
                    current.StartReview(IdeasOffice, at, CityWording.ReviewNote(random)).ThrowIfFailed();
                    break;
                case IdeaStep.StartReview:
                    break; // its endorsements already sent it to review
                case IdeaStep.Accept:
                    current.Accept(IdeasOffice, at, CityWording.Acceptance(random)).ThrowIfFailed();
                    acceptedAt = at;
                    break;
                case IdeaStep.Reject:
                    current.Reject(IdeasOffice, at, CityWording.Rejection(random)).ThrowIfFailed();
                    break;
                case IdeaStep.Resubmit:
                    var revised = new IdeaDraft($"{title} (نسخهٔ ۲)", CityWording.IdeaDescription(random), random.Chance(0.3) ? random.Pick(_charter.UrbanFields) : field, neighbourhood?.Id, cost);
                    current = current.Resubmit(new CitizenIdeaId(random.NextGuid(at)), _municipality, proposer, revised, at).Value;
                    batch.Add(current);
                    break;
                case IdeaStep.StartImplementation:
                    current.StartImplementation(IdeasOffice, at, CityWording.ImplementationStart(random)).ThrowIfFailed();
                    break;
                case IdeaStep.Milestone:
                    milestone++;
                    var percent = Math.Clamp((100 * milestone / (milestones + 1)) + random.Next(-5, 6), 1, 99);
                    var reachedOn = PersianDates.InCity(acceptedAt + ((at - acceptedAt) * random.NextDouble())).Date;
                    current.ReportProgress(IdeasOffice, at, percent, reachedOn, CityWording.Milestone(random)).ThrowIfFailed();
                    break;
                case IdeaStep.RecordImplementer:
                    var implementer = current.Implementers.Count == 0 ? proposer : PickResident(random, home, taken);
                    current.RecordImplementer(IdeasOffice, implementer, at).ThrowIfFailed();
                    break;
                case IdeaStep.Implement:
                    current.Implement(IdeasOffice, at, CityWording.Completion(random)).ThrowIfFailed();
                    break;
                case IdeaStep.Withdraw:
                    current.Withdraw(proposer, at, CityWording.Withdrawal(random)).ThrowIfFailed();
                    break;
                case IdeaStep.Report:
                    current.Report(PickResident(random, home, reporters), at, CityWording.ReportReason(random), rules).ThrowIfFailed();
                    break;
                case IdeaStep.Restore:
                    current.Restore(Moderator, at, "گزارش‌ها بررسی شد؛ ایده قاعده‌ای را نقض نمی‌کند.").ThrowIfFailed();
                    break;
                case IdeaStep.Remove:
                    current.Remove(Moderator, at, "محتوای ایده با قواعد سامانه مغایر است.").ThrowIfFailed();
                    break;
            }
        }

        EndorseBefore(endorsableUntil);
        _endorsementCount += idea.Endorsements.Count;
        idea.ClearDomainEvents();
        current.ClearDomainEvents();
    }

    /// <summary>What happens to an idea after it is submitted, for its fate, in order.</summary>
    private List<IdeaStep> Steps(SeededRandom random, IdeaFate fate)
    {
        var steps = new List<IdeaStep>(10);
        var reportsToHide = _charter.Ideas.ReportsToHide;
        switch (fate)
        {
            case IdeaFate.ReviewedByOfficial:
                steps.Add(IdeaStep.StartReview);
                break;
            case IdeaFate.Accepted:
                steps.AddRange([IdeaStep.StartReview, IdeaStep.Accept]);
                break;
            case IdeaFate.Rejected:
                steps.AddRange([IdeaStep.StartReview, IdeaStep.Reject]);
                break;
            case IdeaFate.Resubmitted:
                steps.AddRange([IdeaStep.StartReview, IdeaStep.Reject, IdeaStep.Resubmit]);
                if (random.Chance(0.5))
                {
                    steps.Add(IdeaStep.StartReview);
                    if (random.Chance(0.4))
                    {
                        steps.Add(IdeaStep.Accept);
                    }
                }

                break;
            case IdeaFate.InProgress:
                steps.AddRange([IdeaStep.StartReview, IdeaStep.Accept, IdeaStep.StartImplementation]);
                if (random.Chance(0.3))
                {
                    steps.Add(IdeaStep.RecordImplementer);
                }

                steps.AddRange(Enumerable.Repeat(IdeaStep.Milestone, random.Next(1, 4)));
                break;
            case IdeaFate.Implemented:
            case IdeaFate.ImplementedByResidents:
                steps.AddRange([IdeaStep.StartReview, IdeaStep.Accept, IdeaStep.StartImplementation]);
                if (fate == IdeaFate.ImplementedByResidents)
                {
                    steps.AddRange(Enumerable.Repeat(IdeaStep.RecordImplementer, random.Next(1, 4)));
                }

                steps.AddRange(Enumerable.Repeat(IdeaStep.Milestone, random.Next(fate == IdeaFate.Implemented ? 1 : 0, 3)));
                steps.Add(IdeaStep.Implement);
                break;
            case IdeaFate.Withdrawn:
                if (random.Chance(0.5))
                {
                    steps.Add(IdeaStep.StartReview);
                }

                steps.Add(IdeaStep.Withdraw);
                break;
            case IdeaFate.Hidden:
                if (random.Chance(0.4))
                {
                    steps.Add(IdeaStep.StartReview);
                }

                steps.AddRange(Enumerable.Repeat(IdeaStep.Report, reportsToHide));
                break;
            case IdeaFate.Restored:
                steps.AddRange(Enumerable.Repeat(IdeaStep.Report, reportsToHide));
                steps.Add(IdeaStep.Restore);
                if (random.Chance(0.5))
                {
                    steps.Add(IdeaStep.StartReview);
                }

                break;
            case IdeaFate.Removed:
                if (random.Chance(0.5))
                {
                    steps.AddRange(Enumerable.Repeat(IdeaStep.Report, reportsToHide));
                }

                steps.Add(IdeaStep.Remove);
                break;
        }

        // Now and then someone reports an idea that is not taken down: one report short of hiding it.
        if (fate is not (IdeaFate.Hidden or IdeaFate.Restored or IdeaFate.Removed) && reportsToHide > 1 && random.Chance(0.05))
        {
            steps.Insert(0, IdeaStep.Report);
        }

        return steps;
    }

    /// <summary><paramref name="count"/> instants in order, spread at random between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static List<Instant> StepTimes(SeededRandom random, Instant from, Instant to, int count)
    {
        var start = from.ToUnixTimeTicks();
        var span = to.ToUnixTimeTicks() - start;
        var ticks = new long[count];
        for (var i = 0; i < count; i++)
        {
            ticks[i] = start + (long)(span * (0.01 + (0.98 * random.NextDouble())));
        }

        Array.Sort(ticks);
        return ticks.Select(Instant.FromUnixTimeTicks).ToList();
    }

    /// <summary>
    /// A resident old enough to take part, mostly from the neighbourhood <paramref name="home"/> (any neighbourhood when
    /// it is -1), and not yet in <paramref name="taken"/>, to which it is added.
    /// </summary>
    private ResidentId PickResident(SeededRandom random, int home, HashSet<ResidentId>? taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var people = home >= 0 && attempt < 8 && random.Chance(0.7) ? _ideaPeople[home] : _ideaPeople[random.Next(_ideaPeople.Length)];
            if (people.Length == 0)
            {
                continue;
            }

            var resident = people[random.Next(people.Length)];
            if (taken is null || taken.Add(resident))
            {
                return resident;
            }
        }
    }

    /// <summary>Every idea's submission (ticks since the Unix epoch, in order), neighbourhood (-1 city-wide), fate and endorsements.</summary>
    private sealed class IdeaPlan(int count, Instant end)
    {
        public Instant End { get; } = end;

        public long[] Submitted { get; } = new long[count];

        public int[] Neighbourhood { get; } = new int[count];

        public byte[] Fate { get; } = new byte[count];

        public int[] Endorsements { get; } = new int[count];

        public Instant SubmittedAt(int index) => Instant.FromUnixTimeTicks(Submitted[index]);
    }
}
