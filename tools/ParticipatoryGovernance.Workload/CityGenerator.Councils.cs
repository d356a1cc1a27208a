using NodaTime;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Workload;

public sealed partial class CityGenerator
{
    private static readonly CouncilRole[] LeadingRoles = [CouncilRole.Chair, CouncilRole.Deputy, CouncilRole.Secretary];

    private int _councilCount;

    /// <summary>
    /// The neighbourhood council (mostly men, one or a few women) and the women's council, each with every seat filled
    /// from the regular meeting-goers, who are active citizens by then; now and then a member resigns and a spare
    /// regular takes the seat, so the council is still full on AsOf.
    /// </summary>
    private List<Council> FormCouncils(SeededRandom random, Neighbourhood neighbourhood, Households households)
    {
        var councils = new List<Council>(2);
        var men = households.RegularMen.Where(r => r.IsActiveCitizen).ToList();
        var women = households.RegularWomen.Where(r => r.IsActiveCitizen).ToList();
        random.Shuffle(men);
        random.Shuffle(women);
        if (neighbourhood.Number <= _profile.NeighbourhoodCouncils)
        {
            var seats = _charter.CouncilSeats;
            var seatedWomen = Math.Min(seats, random.Next(1, _profile.MostWomenOnNeighbourhoodCouncil + 1));
            var members = Take(men, seats - seatedWomen).Concat(Take(women, seatedWomen)).ToList();
            // A man replaces a member who leaves; the women regulars left over are the women's council's.
            councils.Add(Form(random, neighbourhood, CouncilKind.Neighbourhood, members, councils, men));
        }

        if (neighbourhood.Number <= _profile.WomensCouncils)
        {
            var members = Take(women, _charter.WomensCouncilSeats);
            councils.Add(Form(random, neighbourhood, CouncilKind.Women, members, councils, women));
        }

        _councilCount += councils.Count;
        return councils;
    }

    private Council Form(SeededRandom random, Neighbourhood neighbourhood, CouncilKind kind, List<Resident> members, List<Council> existing, List<Resident> spares)
    {
        var formedOn = _profile.CouncilsFormedOn;
        var council = Council.Form(
            new CouncilId(random.NextGuid(At(formedOn, 10))), _municipality, neighbourhood, kind, formedOn, _profile.CouncilTermEndsOn, existing).Value;
        for (var i = 0; i < members.Count; i++)
        {
            council.Appoint(members[i], i < LeadingRoles.Length ? LeadingRoles[i] : CouncilRole.Member, formedOn).ThrowIfFailed();
        }

        council.Activate(formedOn).ThrowIfFailed();

        // About one council in eight loses a plain member, whose seat a spare regular takes days later.
        var days = Period.Between(formedOn, _profile.AsOf, PeriodUnits.Days).Days;
        if (members.Count > LeadingRoles.Length && spares.Count > 0 && days > 60 && random.Chance(0.125))
        {
            var leaving = members[random.Next(LeadingRoles.Length, members.Count)];
            var resignedOn = formedOn.PlusDays(random.Next(30, days - 20));
            council.Resign(leaving.Id, resignedOn, "جابه‌جایی محل سکونت").ThrowIfFailed();
            council.Appoint(Take(spares, 1)[0], CouncilRole.Member, resignedOn.PlusDays(random.Next(1, 11))).ThrowIfFailed();
        }

        return council;
    }

    /// <summary>Removes and returns the first <paramref name="count"/> residents, so nobody is seated twice.</summary>
    private static List<Resident> Take(List<Resident> from, int count)
    {
        if (from.Count < count)
        {
            throw new InvalidOperationException($"The generator planned too few active citizens: {count} needed, {from.Count} left.");
        }

        var taken = from.GetRange(0, count);
        from.RemoveRange(0, count);
        return taken;
    }
}
