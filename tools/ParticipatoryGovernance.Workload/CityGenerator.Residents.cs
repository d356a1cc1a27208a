using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Workload;

public sealed partial class CityGenerator
{
    // Ages of the residents who are neither meeting regulars nor the campaign's teenagers, as shares of the rest:
    // a young population, roughly the shape of an Iranian provincial city.
    private static readonly (int From, int To, double Share)[] AgeBands =
    [
        (0, 11, 0.19), (12, 22, 0.15), (23, 34, 0.18), (35, 49, 0.24), (50, 64, 0.15), (65, 90, 0.09),
    ];

    // Residents this old by AsOf take part in ideas: propose, endorse, report.
    private const int IdeaAge = 15;

    private ResidentId[][] _ideaPeople = [];
    private int _residentCount;
    private int _activeCitizenCount;

    private async Task WriteNeighbourhoodLifeAsync()
    {
        var people = new SeededRandom(_seed, PeopleStream);
        var meetingsRandom = new SeededRandom(_seed, MeetingsStream);
        var councilsRandom = new SeededRandom(_seed, CouncilsStream);
        var assessor = new ActiveCitizenAssessor(_charter);
        var total = _profile.Neighbourhoods;
        var regulars = _profile.RegularMen + _profile.RegularWomen;
        var needs = _neighbourhoods.Select((_, i) => regulars + _campaignPlans[i].Teenagers).ToArray();
        var extra = people.Apportion(_profile.Residents - needs.Sum(), total, jitter: 0.25);
        _ideaPeople = new ResidentId[total][];
        Report(GenerationStages.NeighbourhoodLife, 0, total);
        for (var i = 0; i < total; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var neighbourhood = _neighbourhoods[i];
            var households = MakeResidents(people, neighbourhood, i, needs[i] + extra[i]);
            var residents = households.All;

            // Phase 2's meetings identify the active citizens (assessed on the day the councils are formed); phase 3
            // seats councils from them; a second assessment on AsOf counts the later meetings and the council seats.
            var meetings = HoldMeetings(meetingsRandom, neighbourhood, households);
            var before = meetings.Take(_profile.MeetingsBeforeCouncils).Where(m => m.Status == MeetingStatus.Closed).ToList();
            assessor.AssessNeighbourhood(residents, before.SelectMany(m => m.Participations()), before.Select(Held), _profile.CouncilsFormedOn);
            var councils = FormCouncils(councilsRandom, neighbourhood, households);
            var held = meetings.Where(m => m.Status == MeetingStatus.Closed).ToList();
            var assessments = assessor.AssessNeighbourhood(
                residents,
                held.SelectMany(m => m.Participations()).Concat(councils.SelectMany(c => c.Participations())),
                held.Select(Held),
                _profile.AsOf);
            _activeCitizenCount += assessments.Count(a => a.IsActive);

            _ideaPeople[i] = residents.Where(r => r.AgeOn(_profile.AsOf) >= IdeaAge).Select(r => r.Id).ToArray();
            residents.ForEach(r => r.ClearDomainEvents());
            meetings.ForEach(m => m.ClearDomainEvents());
            councils.ForEach(c => c.ClearDomainEvents());
            _residentCount += residents.Count;
            await _writer.WriteResidentsAsync(residents, _cancellationToken).ConfigureAwait(false);
            await _writer.WriteMeetingsAsync(meetings, _cancellationToken).ConfigureAwait(false);
            await _writer.WriteCouncilsAsync(councils, _cancellationToken).ConfigureAwait(false);
            Report(GenerationStages.NeighbourhoodLife, i + 1, total);
        }
    }

    private static HeldMeeting Held(NeighbourhoodMeeting meeting) => new(meeting.Id.Value, meeting.HeldOn);

    /// <summary>
    /// One neighbourhood's residents: its regular meeting-goers (adults, from whom the councils come), the campaign's
    /// applicants and team members as planned, and everyone else by the city's age shape.
    /// </summary>
    private Households MakeResidents(SeededRandom random, Neighbourhood neighbourhood, int index, int count)
    {
        var households = new Households();
        Resident New(Gender gender, LocalDate birthDate) =>
            new(new ResidentId(random.NextGuid(_recordsOpenedAt)), neighbourhood.Id, PersianNames.Person(random, gender), gender, birthDate);

        for (var i = 0; i < _profile.RegularMen; i++)
        {
            households.RegularMen.Add(New(Gender.Male, BirthDateAged(random, 28, 72)));
        }

        for (var i = 0; i < _profile.RegularWomen; i++)
        {
            households.RegularWomen.Add(New(Gender.Female, BirthDateAged(random, 26, 68)));
        }

        var plan = _campaignPlans[index];
        foreach (var (gender, shortlisted) in plan.Applicants)
        {
            var applicant = New(gender, CampaignBirthDate(random));
            households.Applicants.Add(applicant);
            _campaignTeens[index].Applicants.Add((applicant, shortlisted));
        }

        foreach (var gender in plan.TeamReserve)
        {
            var teen = New(gender, CampaignBirthDate(random));
            households.Others.Add(teen);
            (gender == Gender.Male ? _campaignTeens[index].ReserveBoys : _campaignTeens[index].ReserveGirls).Add(teen);
        }

        var weights = AgeBands.Select(b => b.Share).ToArray();
        while (households.Count < count)
        {
            var band = AgeBands[random.PickWeighted(weights)];
            households.Others.Add(New(random.Chance(0.5) ? Gender.Female : Gender.Male, BirthDateAged(random, band.From, band.To)));
        }

        return households;
    }

    /// <summary>A birth date that makes the resident <paramref name="from"/> to <paramref name="to"/> years old on AsOf.</summary>
    private LocalDate BirthDateAged(SeededRandom random, int from, int to)
    {
        var asOf = PersianDates.ToSolarHijri(_profile.AsOf);
        var age = random.Next(from, to + 1);
        var month = random.Next(1, 13);
        var year = asOf.Year - age;
        var day = random.Next(1, PersianDates.DaysInMonth(year, month) + 1);
        var born = PersianDates.FromSolarHijri(year, month, day);

        // A birthday still to come this year makes the resident a year younger; move the birth a year back.
        return born <= _profile.AsOf && PersianDates.AgeOn(born, _profile.AsOf) >= from
            ? born
            : PersianDates.FromSolarHijri(year - 1, month, Math.Min(day, PersianDates.DaysInMonth(year - 1, month)));
    }

    /// <summary>
    /// A birth date in the charter's youth cohort that is inside its age window on the day the call opens, leaning to
    /// the cohort's younger years (teenagers, as the campaign's name says).
    /// </summary>
    private LocalDate CampaignBirthDate(SeededRandom random)
    {
        var cohort = _charter.YouthCohort;
        var window = _charter.YouthAgeWindow;
        var callOpensOn = _profile.Campaign?.CallOpensOn ?? _profile.AsOf;
        for (var attempt = 0; ; attempt++)
        {
            var first = attempt < 50 ? Math.Max(cohort.FirstYear, cohort.LastYear - 6) : cohort.FirstYear;
            var year = random.Next(first, cohort.LastYear + 1);
            var month = random.Next(1, 13);
            var born = PersianDates.FromSolarHijri(year, month, random.Next(1, PersianDates.DaysInMonth(year, month) + 1));
            if (window.Contains(PersianDates.AgeOn(born, callOpensOn)) || attempt > 1000)
            {
                return born;
            }
        }
    }

    /// <summary>One neighbourhood's residents, grouped by the part the generator gives them.</summary>
    private sealed class Households
    {
        public List<Resident> RegularMen { get; } = [];

        public List<Resident> RegularWomen { get; } = [];

        public List<Resident> Applicants { get; } = [];

        public List<Resident> Others { get; } = [];

        public int Count => RegularMen.Count + RegularWomen.Count + Applicants.Count + Others.Count;

        public IEnumerable<Resident> Regulars => RegularMen.Concat(RegularWomen);

        public List<Resident> All => [.. RegularMen, .. RegularWomen, .. Applicants, .. Others];
    }
}
