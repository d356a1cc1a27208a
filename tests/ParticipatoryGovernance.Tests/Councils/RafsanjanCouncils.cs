using NodaTime;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Councils;

/// <summary>Rafsanjan's councils as reported: 50 neighbourhood councils of 7 and 47 women's councils, built through the model.</summary>
internal sealed class RafsanjanCouncils
{
    public static readonly LocalDate FormedOn = Make.Solar(1402, 7, 1);
    public static readonly LocalDate TermEnds = Make.Solar(1406, 6, 31);

    public RafsanjanCouncils()
    {
        City = RafsanjanPreset.CreateMunicipality(Make.Rafsanjan);
        Neighbourhoods = Enumerable.Range(1, RafsanjanPreset.NeighbourhoodCount).Select(n => Make.Neighbourhood(n)).ToList();
        var assessor = new ActiveCitizenAssessor(City.Charter);
        foreach (var neighbourhood in Neighbourhoods)
        {
            // Seven men and seven women per neighbourhood, made active by attending the neighbourhood's meetings.
            var meetings = Enumerable.Range(0, 6).Select(i => new HeldMeeting(Guid.CreateVersion7(), FormedOn.PlusMonths(-i - 1))).ToList();
            var people = Enumerable.Range(1, 14)
                .Select(i => Make.Resident(neighbourhood.Id, i <= 7 ? "محمد" : "فاطمه", $"خانواده {neighbourhood.Number}-{i}", i <= 7 ? Gender.Male : Gender.Female, 1350 + i, 1, 1))
                .ToList();
            var attendance = people.SelectMany(p => meetings.Take(3).Select(m => new Participation(p.Id, neighbourhood.Id, ParticipationKind.MeetingAttended, m.HeldOn, m.MeetingId)));
            assessor.AssessNeighbourhood(people, attendance, meetings, FormedOn);
            Residents.AddRange(people);

            var council = Council.Form(CouncilId.New(), City, neighbourhood, CouncilKind.Neighbourhood, FormedOn, TermEnds, Councils).Value;
            Seat(council, people.Take(7));
            Councils.Add(council);

            // Women's councils in 47 of the 50 neighbourhoods.
            if (neighbourhood.Number <= 47)
            {
                var women = Council.Form(CouncilId.New(), City, neighbourhood, CouncilKind.Women, FormedOn, TermEnds, Councils).Value;
                Seat(women, people.Skip(7));
                Councils.Add(women);
            }
        }
    }

    public Municipality City { get; }

    public List<Neighbourhood> Neighbourhoods { get; }

    public List<Resident> Residents { get; } = [];

    public List<Council> Councils { get; } = [];

    private static void Seat(Council council, IEnumerable<Resident> members)
    {
        var roles = new[] { CouncilRole.Chair, CouncilRole.Deputy, CouncilRole.Secretary };
        var i = 0;
        foreach (var member in members)
        {
            council.Appoint(member, i < roles.Length ? roles[i] : CouncilRole.Member, FormedOn).ThrowIfFailed();
            i++;
        }

        council.Activate(FormedOn).ThrowIfFailed();
    }
}
