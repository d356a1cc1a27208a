using System.Globalization;
using System.Text;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.OpenData;

/// <summary>
/// The open data a municipality publishes, computed from its records: citizen ideas, neighbourhood decisions with their
/// tallies, council rosters, and participation by age band, gender and neighbourhood. What may be published is decided
/// here, once, for every format (docs/decisions/0019): no birth date or age ever; no minor's name (a seat a minor holds
/// is listed with the name withheld); no proposer of an idea; hidden and removed ideas left out; and demographic counts
/// below a threshold suppressed, so that no small group (such as the two 15-year-old girls of one neighbourhood) can be
/// picked out.
/// </summary>
/// <remarks>Dates are given twice: ISO (<c>2024-04-28</c>) and Solar Hijri with Latin digits (<c>1403/02/09</c>). Thread-safe.</remarks>
public static class OpenDataSets
{
    /// <summary>The smallest demographic count published by default; smaller non-zero counts are suppressed.</summary>
    public const int DefaultSmallestCount = 5;

    /// <summary>Citizen ideas that residents can see: no proposer, no hidden or removed idea.</summary>
    /// <param name="ideas">The municipality's ideas (every version).</param>
    /// <param name="neighbourhoods">Its neighbourhoods, to give their numbers.</param>
    /// <param name="charter">Its charter, to name the urban fields.</param>
    /// <returns>The table <c>ideas</c>, by submission time.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OpenDataTable Ideas(IEnumerable<CitizenIdea> ideas, IEnumerable<Neighbourhood> neighbourhoods, GovernanceCharter charter)
    {
        ArgumentNullException.ThrowIfNull(ideas);
        ArgumentNullException.ThrowIfNull(charter);
        var numbers = NumbersOf(neighbourhoods);
        var rows = ideas
            .Where(i => i.Visibility == IdeaVisibility.Visible)
            .OrderBy(i => i.SubmittedAt).ThenBy(i => i.Id)
            .Select(i =>
            {
                var field = charter.FindUrbanField(i.FieldKey);
                var submittedOn = PersianDates.InCity(i.SubmittedAt).Date;
                return Row(
                    i.Id.ToString(), i.Version, i.PreviousVersionId?.ToString(), i.Title, i.Description, i.FieldKey,
                    field?.Name.Persian, field?.Name.English, i.NeighbourhoodId is { } n ? (int?)numbers.GetValueOrDefault(n) : null,
                    Code(i.Status), Iso(submittedOn), SolarHijri(submittedOn), i.Endorsements.Count);
            })
            .ToList();
        return new OpenDataTable(
            "ideas",
            ["id", "version", "previous_version_id", "title", "description", "field", "field_fa", "field_en", "neighbourhood", "status", "submitted_on", "submitted_on_solar_hijri", "endorsements"],
            rows);
    }

    /// <summary>What neighbourhood meetings decided: one row per decided agenda item, with its tally.</summary>
    /// <param name="meetings">The municipality's meetings.</param>
    /// <param name="neighbourhoods">Its neighbourhoods, to give their numbers.</param>
    /// <returns>The table <c>decisions</c>, by meeting time and item.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OpenDataTable Decisions(IEnumerable<NeighbourhoodMeeting> meetings, IEnumerable<Neighbourhood> neighbourhoods)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        var numbers = NumbersOf(neighbourhoods);
        var rows = meetings
            .Where(m => m.Status != MeetingStatus.Cancelled)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id)
            .SelectMany(m => m.Agenda.Where(i => i.Decision is not null).Select(i => (Meeting: m, Item: i, Decision: i.Decision!)))
            .Select(x => Row(
                x.Meeting.Id.ToString(), numbers.GetValueOrDefault(x.Meeting.NeighbourhoodId), Iso(x.Meeting.HeldOn), SolarHijri(x.Meeting.HeldOn),
                x.Item.Number, x.Item.Title, x.Decision.VotesFor, x.Decision.VotesAgainst, x.Decision.Abstentions, x.Decision.Attendees,
                x.Decision.QuorumMet, Code(x.Decision.Outcome), Code(x.Decision.Majority)))
            .ToList();
        return new OpenDataTable(
            "decisions",
            ["meeting_id", "neighbourhood", "held_on", "held_on_solar_hijri", "item", "title", "votes_for", "votes_against", "abstentions", "attendees", "quorum_met", "outcome", "majority"],
            rows);
    }

    /// <summary>
    /// Who sits on each council on a date, and in which role. An adult member is named; a seat held by a minor is listed
    /// with <c>member</c> empty and <c>name_withheld</c> true. No birth date, age or identifier of a person is given.
    /// </summary>
    /// <param name="councils">The municipality's councils.</param>
    /// <param name="neighbourhoods">Its neighbourhoods, to give their numbers.</param>
    /// <param name="residents">The residents who hold or held seats (others are ignored).</param>
    /// <param name="asOf">The date: the seats held that day.</param>
    /// <param name="ageOfMajority">The charter's age of majority (<see cref="GovernanceCharter.AgeOfMajority"/>).</param>
    /// <returns>The table <c>council-rosters</c>, by neighbourhood, council kind and role.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    public static OpenDataTable CouncilRosters(IEnumerable<Council> councils, IEnumerable<Neighbourhood> neighbourhoods, IEnumerable<Resident> residents, LocalDate asOf, int ageOfMajority)
    {
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(residents);
        var numbers = NumbersOf(neighbourhoods);
        var people = residents.ToDictionary(r => r.Id);
        var rows = councils
            .Where(c => c.FormedOn <= asOf && (c.DissolvedOn is null || c.DissolvedOn > asOf))
            .SelectMany(c => c.MembersOn(asOf).Select(m => (Council: c, Member: m)))
            .Select(x =>
            {
                // A member not among the residents given is withheld too: the age cannot be checked.
                var adult = people.TryGetValue(x.Member.ResidentId, out var person) && !person.IsMinorOn(asOf, ageOfMajority);
                return (Number: numbers.GetValueOrDefault(x.Council.NeighbourhoodId), x.Council, x.Member, Name: adult ? person!.Name.ToString() : null);
            })
            .OrderBy(x => x.Number).ThenBy(x => x.Council.Kind).ThenBy(x => x.Member.Role).ThenBy(x => x.Member.StartedOn).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => Row(
                x.Number, Code(x.Council.Kind), Code(x.Council.Status), x.Member.TermNumber, Code(x.Member.Role),
                x.Name, x.Name is null, Iso(x.Member.StartedOn), SolarHijri(x.Member.StartedOn)))
            .ToList();
        return new OpenDataTable(
            "council-rosters",
            ["neighbourhood", "council", "council_status", "term", "role", "member", "name_withheld", "seated_on", "seated_on_solar_hijri"],
            rows);
    }

    /// <summary>
    /// Participation by neighbourhood, age band and gender over a period: residents recorded, residents who took part at
    /// least once, and acts of participation. Counts from 1 to <paramref name="smallestCount"/> − 1 are published as
    /// empty (<see langword="null"/>), and the row says so.
    /// </summary>
    /// <param name="residents">The municipality's residents.</param>
    /// <param name="neighbourhoods">Its neighbourhoods.</param>
    /// <param name="participations">Participation records (from meetings, ideas, councils and youth campaigns).</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period; ages are as of this day.</param>
    /// <param name="smallestCount">The smallest non-zero count published; 1 publishes every count. Default <see cref="DefaultSmallestCount"/>.</param>
    /// <returns>The table <c>participation</c>, one row per neighbourhood, band and gender that has residents.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="smallestCount"/> is less than 1, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static OpenDataTable ParticipationDemographics(
        IEnumerable<Resident> residents,
        IEnumerable<Neighbourhood> neighbourhoods,
        IEnumerable<Participation> participations,
        LocalDate from,
        LocalDate to,
        int smallestCount = DefaultSmallestCount)
    {
        ArgumentNullException.ThrowIfNull(residents);
        ArgumentNullException.ThrowIfNull(participations);
        ArgumentOutOfRangeException.ThrowIfLessThan(smallestCount, 1);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The period must not end before it starts.");
        }

        var numbers = NumbersOf(neighbourhoods);
        var acts = participations.Where(p => p.On >= from && p.On <= to).GroupBy(p => p.ResidentId).ToDictionary(g => g.Key, g => g.Count());
        var rows = residents
            .Where(r => numbers.ContainsKey(r.NeighbourhoodId))
            .GroupBy(r => (Number: numbers[r.NeighbourhoodId], Band: AgeBands.Of(r.AgeOn(to)), r.Gender))
            .OrderBy(g => g.Key.Number).ThenBy(g => g.Key.Band).ThenBy(g => g.Key.Gender)
            .Select(g =>
            {
                var counts = new[] { g.Count(), g.Count(r => acts.ContainsKey(r.Id)), g.Sum(r => acts.GetValueOrDefault(r.Id)) };
                var suppressed = counts.Any(c => c > 0 && c < smallestCount);
                var band = AgeBands.NameOf(g.Key.Band);
                return Row(
                    g.Key.Number, Code(g.Key.Band), band.English, band.Persian, Code(g.Key.Gender),
                    Published(counts[0], smallestCount), Published(counts[1], smallestCount), Published(counts[2], smallestCount), suppressed,
                    Iso(from), Iso(to));
            })
            .ToList();
        return new OpenDataTable(
            "participation",
            ["neighbourhood", "age_band", "age_band_en", "age_band_fa", "gender", "residents", "participants", "participations", "suppressed", "period_from", "period_to"],
            rows);
    }

    /// <summary>An enum value as open data writes it: lower-case words joined by hyphens, such as <c>under-review</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Code(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.ToString();
        var code = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && (char.IsUpper(name[i]) || (char.IsDigit(name[i]) && !char.IsDigit(name[i - 1]))))
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(name[i]));
        }

        return code.ToString();
    }

    private static int? Published(int count, int smallest) => count > 0 && count < smallest ? null : count;

    private static Dictionary<NeighbourhoodId, int> NumbersOf(IEnumerable<Neighbourhood> neighbourhoods)
    {
        ArgumentNullException.ThrowIfNull(neighbourhoods);
        return neighbourhoods.ToDictionary(n => n.Id, n => n.Number);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string SolarHijri(LocalDate date) => PersianDates.FormatNumericLatin(date);

    private static object?[] Row(params object?[] values) => values;
}
