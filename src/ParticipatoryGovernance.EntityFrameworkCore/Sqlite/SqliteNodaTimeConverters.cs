using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace ParticipatoryGovernance.EntityFrameworkCore.Sqlite;

/// <summary>
/// Stores a <see cref="LocalDate"/> as its day number: days since 1970-01-01 in the ISO calendar, negative before.
/// An INTEGER column orders and compares exactly as the dates do over NodaTime's whole range (years -9998 to 9999),
/// so <c>BETWEEN</c>, <c>&lt;</c> and <c>ORDER BY</c> run in SQLite. See ADR 0010.
/// </summary>
internal sealed class LocalDateAsDayNumberConverter : ValueConverter<LocalDate, int>
{
    public LocalDateAsDayNumberConverter()
        : base(date => ToDayNumber(date), dayNumber => FromDayNumber(dayNumber))
    {
    }

    /// <summary>The day number of a date in any calendar.</summary>
    public static int ToDayNumber(LocalDate date) => Period.DaysBetween(Epoch, date.WithCalendar(CalendarSystem.Iso));

    /// <summary>The ISO date of a day number.</summary>
    public static LocalDate FromDayNumber(int dayNumber) => Epoch.PlusDays(dayNumber);

    private static LocalDate Epoch => new(1970, 1, 1);
}

/// <summary>
/// Stores an <see cref="Instant"/> as whole microseconds since the Unix epoch (floored, negative before 1970), the
/// precision PostgreSQL's <c>timestamptz</c> keeps, so both databases give back the same instant. A 64-bit INTEGER
/// covers NodaTime's whole range and orders as the instants do. See ADR 0010.
/// </summary>
internal sealed class InstantAsUnixMicrosecondsConverter : ValueConverter<Instant, long>
{
    public InstantAsUnixMicrosecondsConverter()
        : base(instant => ToMicroseconds(instant), microseconds => FromMicroseconds(microseconds))
    {
    }

    /// <summary>Microseconds since the epoch, rounded towards the past.</summary>
    public static long ToMicroseconds(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        return (ticks / 10) - (ticks % 10 < 0 ? 1 : 0);
    }

    /// <summary>The instant a number of microseconds after the epoch.</summary>
    public static Instant FromMicroseconds(long microseconds) => Instant.FromUnixTimeTicks(microseconds * 10);
}
