using NodaTime;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Workload;

public sealed partial class CityGenerator
{
    private static readonly double[] OutcomeWeights = [0.62, 0.23, 0.15];
    private static readonly DecisionOutcome[] Outcomes = [DecisionOutcome.Passed, DecisionOutcome.Rejected, DecisionOutcome.NoQuorum];

    private int _meetingCount;
    private int _decisionCount;
    private long _voteCount;

    /// <summary>
    /// The neighbourhood's meetings at its mosque: monthly in the months before the councils are formed, where each
    /// regular attends enough of the last ones to count as an active citizen, then a few up to AsOf (some cancelled).
    /// Each held meeting records attendance, puts every agenda item to the vote and decides it.
    /// </summary>
    private List<NeighbourhoodMeeting> HoldMeetings(SeededRandom random, Neighbourhood neighbourhood, Households households)
    {
        var rules = _charter.Meetings;
        var before = _profile.MeetingsBeforeCouncils;
        var dates = MeetingDates(random);
        var regulars = households.Regulars.ToList();
        var occasional = households.Others.Where(r => r.AgeOn(_profile.CouncilsFormedOn) >= 18).ToList();
        var planned = PlanRegularAttendance(random, regulars.Count);
        var meetings = new List<NeighbourhoodMeeting>(dates.Count);
        for (var m = 0; m < dates.Count; m++)
        {
            var startsAt = At(dates[m], 19, random.Next(0, 45));
            var meeting = NeighbourhoodMeeting.Schedule(new MeetingId(random.NextGuid(startsAt - Duration.FromDays(7))), neighbourhood, neighbourhood.Anchor.Name, startsAt, rules);
            var agenda = CityWording.Agenda(random, _profile.AgendaItemsPerMeeting);
            agenda.ForEach(title => _ = meeting.AddAgendaItem(title).Value);
            meetings.Add(meeting);
            _meetingCount++;
            if (m >= before && random.Chance(0.06))
            {
                meeting.Cancel(CityWording.Cancellation(random), startsAt - Duration.FromHours(3)).ThrowIfFailed();
                continue;
            }

            meeting.Open(startsAt).ThrowIfFailed();
            var present = new List<Resident>();
            for (var r = 0; r < regulars.Count; r++)
            {
                if (m < before ? planned[m, r] : random.Chance(0.7))
                {
                    present.Add(regulars[r]);
                }
            }

            present.AddRange(random.Sample(occasional, random.Next(4, 25)));
            for (var k = 0; k < present.Count; k++)
            {
                meeting.RecordAttendance(present[k], startsAt + Duration.FromMinutes(k % 20)).ThrowIfFailed();
            }

            var passed = 0;
            for (var item = 1; item <= agenda.Count; item++)
            {
                var at = startsAt + Duration.FromMinutes(20 + (15 * item));
                meeting.PutToVote(item).ThrowIfFailed();
                var (votesFor, against, abstain) = Tally(random, present.Count, NextOutcome(random), rules);
                var voters = random.Sample(present, votesFor + against + abstain);
                for (var v = 0; v < voters.Count; v++)
                {
                    var choice = v < votesFor ? VoteChoice.For : v < votesFor + against ? VoteChoice.Against : VoteChoice.Abstain;
                    meeting.CastVote(item, voters[v].Id, choice, at).ThrowIfFailed();
                }

                passed += meeting.Decide(item, at + Duration.FromMinutes(5)).Value.Passed ? 1 : 0;
                _decisionCount++;
                _voteCount += voters.Count;
            }

            var minutes = CityWording.Minutes(neighbourhood.Name.Persian, neighbourhood.Anchor.Name.Persian, agenda.Count, present.Count, passed);
            meeting.Close(minutes, startsAt + Duration.FromMinutes(45 + (15 * agenda.Count))).ThrowIfFailed();
        }

        return meetings;
    }

    /// <summary>Monthly dates before the councils are formed, then dates spread evenly up to AsOf.</summary>
    private List<LocalDate> MeetingDates(SeededRandom random)
    {
        var formed = _profile.CouncilsFormedOn;
        var before = _profile.MeetingsBeforeCouncils;
        var dates = new List<LocalDate>();
        for (var k = 0; k < before; k++)
        {
            // Thirty days apart with up to twenty days' play: in order, and the last ten days or more before the councils.
            dates.Add(formed.PlusDays((-30 * (before - k)) + random.Next(0, 21)));
        }

        var span = Period.Between(formed, _profile.AsOf, PeriodUnits.Days).Days;
        var after = new List<LocalDate>();
        for (var k = 0; k < _profile.MeetingsAfterCouncils; k++)
        {
            var offset = (int)(span * (k + 0.5) / _profile.MeetingsAfterCouncils) + random.Next(-5, 6);
            after.Add(formed.PlusDays(Math.Clamp(offset, 1, Math.Max(1, span - 1))));
        }

        after.Sort();
        dates.AddRange(after);
        return dates;
    }

    /// <summary>
    /// Which of the meetings before the councils each regular attends: enough of the last ones for the charter's
    /// attendance rule, so every regular is an active citizen on the day the councils are formed; earlier ones by chance.
    /// </summary>
    private bool[,] PlanRegularAttendance(SeededRandom random, int regulars)
    {
        var before = _profile.MeetingsBeforeCouncils;
        var planned = new bool[before, regulars];
        if (before == 0)
        {
            return planned;
        }

        var rule = _charter.ActiveCitizens?.MeetingAttendance;
        var last = Math.Min(before, rule?.OfLastMeetings ?? before);
        var minimum = Math.Min(last, rule?.MinimumAttended ?? 1);
        var lastMeetings = Enumerable.Range(before - last, last).ToList();
        for (var r = 0; r < regulars; r++)
        {
            foreach (var m in random.Sample(lastMeetings, random.Next(minimum, last + 1)))
            {
                planned[m, r] = true;
            }

            for (var m = 0; m < before - last; m++)
            {
                planned[m, r] = random.Chance(0.6);
            }
        }

        return planned;
    }

    private DecisionOutcome NextOutcome(SeededRandom random) =>
        // The city's first three items go each way, so every outcome appears however few meetings there are.
        _decisionCount < Outcomes.Length ? Outcomes[_decisionCount] : Outcomes[random.PickWeighted(OutcomeWeights)];

    /// <summary>
    /// Votes for, against and abstaining that give <paramref name="outcome"/> under <paramref name="rules"/> when
    /// <paramref name="attendees"/> allow a quorum: a passed item has at least 70% for (enough for any majority rule),
    /// a rejected one more against than for, and an inquorate one too few votes.
    /// </summary>
    private static (int For, int Against, int Abstain) Tally(SeededRandom random, int attendees, DecisionOutcome outcome, MeetingRules rules)
    {
        var required = Math.Max(rules.MinimumVoters, (int)(((long)rules.QuorumPercentOfAttendees * attendees + 99) / 100));
        int voters;
        if (outcome == DecisionOutcome.NoQuorum)
        {
            var most = Math.Min(attendees, required - 1);
            voters = most <= 0 ? 0 : random.Next(1, most + 1);
            var votesFor = random.Next(0, voters + 1);
            var against = random.Next(0, voters - votesFor + 1);
            return (votesFor, against, voters - votesFor - against);
        }

        voters = attendees < required ? attendees : random.Next(required, attendees + 1);
        if (outcome == DecisionOutcome.Passed)
        {
            var least = (int)Math.Ceiling(0.7 * voters);
            var votesFor = random.Next(least, voters + 1);
            var against = random.Next(0, voters - votesFor + 1);
            return (votesFor, against, voters - votesFor - against);
        }

        var mostAgainst = (voters / 2) + 1;
        var againstVotes = Math.Min(voters, random.Next(mostAgainst, voters + 1));
        var rest = voters - againstVotes;
        var forVotes = random.Next(0, Math.Min(rest, Math.Max(0, againstVotes - 1)) + 1);
        return (forVotes, againstVotes, rest - forVotes);
    }
}
