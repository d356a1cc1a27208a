using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Councils;

/// <summary>A council member who served during a Solar Hijri year, as honoured on National Councils Day.</summary>
/// <param name="CouncilId">The council.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="ResidentId">The member.</param>
/// <param name="Roles">The roles held during the year.</param>
public sealed record HonouredCouncilMember(CouncilId CouncilId, CouncilKind Kind, ResidentId ResidentId, IReadOnlyList<CouncilRole> Roles);

/// <summary>
/// National Councils Day (روز ملی شوراها), 9 Ordibehesht every year, when councils and their members are honoured;
/// Rafsanjan unveiled the model on it in 1403.
/// </summary>
public static class NationalCouncilsDay
{
    /// <summary>The Solar Hijri month: Ordibehesht.</summary>
    public const int Month = 2;

    /// <summary>The day of the month.</summary>
    public const int Day = 9;

    /// <summary>The day in a Solar Hijri year.</summary>
    /// <param name="solarYear">The Solar Hijri year.</param>
    /// <returns>The ISO-calendar date of 9 Ordibehesht that year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the calendar.</exception>
    public static LocalDate InYear(int solarYear) => PersianDates.FromSolarHijri(solarYear, Month, Day);

    /// <summary>When the day next falls, counting the date itself.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The ISO-calendar date of the next 9 Ordibehesht on or after <paramref name="date"/>.</returns>
    public static LocalDate NextOnOrAfter(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        var thisYear = InYear(PersianDates.ToSolarHijri(iso).Year);
        return thisYear >= iso ? thisYear : InYear(PersianDates.ToSolarHijri(iso).Year + 1);
    }

    /// <summary>The council members who held a seat at any time during a Solar Hijri year, one row per member per council.</summary>
    /// <param name="solarYear">The Solar Hijri year, such as 1403.</param>
    /// <param name="councils">The councils to look through.</param>
    /// <returns>The members, with the roles they held that year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="councils"/> is null.</exception>
    public static IReadOnlyList<HonouredCouncilMember> MembersWhoServedIn(int solarYear, IEnumerable<Council> councils)
    {
        ArgumentNullException.ThrowIfNull(councils);
        var first = PersianDates.FromSolarHijri(solarYear, 1, 1);
        var last = PersianDates.FromSolarHijri(solarYear + 1, 1, 1).PlusDays(-1);
        return councils
            .SelectMany(c => c.Memberships
                .Where(m => m.StartedOn <= last && (m.EndedOn ?? m.TermEndsOn) >= first)
                .Select(m => (Council: c, Membership: m)))
            .GroupBy(x => (x.Council.Id, x.Council.Kind, x.Membership.ResidentId))
            .Select(g => new HonouredCouncilMember(g.Key.Id, g.Key.Kind, g.Key.ResidentId, [.. g.Select(x => x.Membership.Role).Distinct().Order()]))
            .ToList();
    }
}
