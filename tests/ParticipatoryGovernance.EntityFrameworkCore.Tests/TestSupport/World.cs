using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>
/// A municipality on Rafsanjan's charter with every phase launched, neighbourhoods each with a neighbourhood mayor, and
/// the residents a test adds: what the other aggregates refer to, stored first so that their foreign keys hold.
/// </summary>
internal sealed class World
{
    private static readonly string[] GivenNames = ["علی", "زهرا", "محمد", "فاطمه", "حسین", "مریم", "رضا", "سارا", "امیر", "نرگس"];
    private static readonly string[] FamilyNames = ["احمدی", "رضایی", "کاظمی", "محمدی", "حسینی", "کریمی", "جعفری", "باقری"];
    private readonly List<Resident> _unsaved = [];
    private int _residents;
    private bool _saved;

    public World(GovernanceCharter? charter = null, int neighbourhoods = 2)
    {
        City = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        if (charter is not null)
        {
            City.AdoptCharter(charter).ThrowIfFailed();
        }

        for (var number = 1; number <= neighbourhoods; number++)
        {
            var neighbourhood = Build.Neighbourhood(City.Id, number);
            neighbourhood.AppointMayor(MayorOf(number)).ThrowIfFailed();
            Neighbourhoods.Add(neighbourhood);
        }
    }

    public Municipality City { get; }

    public List<Neighbourhood> Neighbourhoods { get; } = [];

    public List<Resident> Residents { get; } = [];

    public Neighbourhood North => Neighbourhoods[0];

    public Neighbourhood South => Neighbourhoods[1];

    public static NeighbourhoodMayor MayorOf(int number) => new(new PersonName("شهردار", $"محله {number}"), PersianDates.FromSolarHijri(1401, 1, 1));

    public Neighbourhood HomeOf(Resident resident) => Neighbourhoods.Single(n => n.Id == resident.NeighbourhoodId);

    /// <summary>A new resident, stored with the next <see cref="SaveAsync"/>.</summary>
    public Resident Resident(Neighbourhood home, Gender gender, int year = 1360, int month = 6, int day = 15)
    {
        var n = _residents++;
        var resident = new Resident(
            ResidentId.New(),
            home.Id,
            new PersonName(GivenNames[n % GivenNames.Length], $"{FamilyNames[n / GivenNames.Length % FamilyNames.Length]} {n}"),
            gender,
            PersianDates.FromSolarHijri(year, month, day));
        Residents.Add(resident);
        _unsaved.Add(resident);
        return resident;
    }

    /// <summary>Residents of a neighbourhood, alternately women and men.</summary>
    public List<Resident> ResidentsOf(Neighbourhood home, int count, int year = 1360) =>
        [.. Enumerable.Range(0, count).Select(i => Resident(home, i % 2 == 0 ? Gender.Female : Gender.Male, year))];

    /// <summary>Makes residents active citizens the way the model does: they attended 3 of their neighbourhood's last 6 meetings.</summary>
    public void MakeActiveCitizens(IReadOnlyCollection<Resident> residents, LocalDate asOf)
    {
        var assessor = new ActiveCitizenAssessor(City.Charter);
        foreach (var group in residents.GroupBy(r => r.NeighbourhoodId))
        {
            var meetings = Enumerable.Range(1, 6).Select(i => new HeldMeeting(Guid.CreateVersion7(), asOf.PlusMonths(-i))).ToList();
            var attendance = group.SelectMany(r => meetings.Take(3).Select(m => new Participation(r.Id, group.Key, ParticipationKind.MeetingAttended, m.HeldOn, m.MeetingId)));
            assessor.AssessNeighbourhood(group, attendance, meetings, asOf);
        }
    }

    /// <summary>Hands the residents added since the last save to a context, to be saved with what refers to them.</summary>
    public void AddUnsavedTo(GovernanceDbContext db)
    {
        db.AddRange(_unsaved);
        _unsaved.Clear();
    }

    /// <summary>Stores the municipality and neighbourhoods (the first time) and the residents added since the last call.</summary>
    public async Task SaveAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        if (!_saved)
        {
            db.Add(City);
            db.AddRange(Neighbourhoods);
            _saved = true;
        }

        db.AddRange(_unsaved);
        await db.SaveChangesAsync();
        _unsaved.Clear();
    }
}
