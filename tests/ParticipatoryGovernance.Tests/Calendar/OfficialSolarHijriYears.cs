using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <summary>
/// The official Solar Hijri years 1300–1500 from <c>TestData/official-solar-hijri-years.tsv</c>, and Solar Hijri date
/// arithmetic done with that table alone: the oracle the calendar tests compare the library against. Nothing here
/// calls the library or NodaTime's Persian calendars, so a mistake in either cannot hide behind the same mistake here.
/// </summary>
internal static class OfficialSolarHijriYears
{
    public const int FirstYear = 1300;

    public const int LastYear = 1500;

    private const string ResourceName = "official-solar-hijri-years.tsv";

    private static readonly Lazy<Dictionary<int, Row>> LazyRows = new(Load);

    /// <summary>The table's rows by Solar Hijri year.</summary>
    public static IReadOnlyDictionary<int, Row> Rows => LazyRows.Value;

    /// <summary>Every year of the table, for theories.</summary>
    public static TheoryData<int> Years
    {
        get
        {
            var data = new TheoryData<int>();
            for (var year = FirstYear; year <= LastYear; year++)
            {
                data.Add(year);
            }

            return data;
        }
    }

    /// <summary>31 days for months 1–6, 30 for 7–11, 29 or 30 for Esfand by the table's leap flag.</summary>
    public static int DaysInMonth(int year, int month) => month switch
    {
        >= 1 and <= 6 => 31,
        >= 7 and <= 11 => 30,
        12 => Rows[year].IsLeap ? 30 : 29,
        _ => throw new ArgumentOutOfRangeException(nameof(month)),
    };

    /// <summary>The ISO date of a Solar Hijri date: the table's 1 Farvardin plus the days of the earlier months.</summary>
    public static LocalDate ToIso(int year, int month, int day)
    {
        if (day < 1 || day > DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        var daysBefore = 0;
        for (var m = 1; m < month; m++)
        {
            daysBefore += DaysInMonth(year, m);
        }

        return Rows[year].Nowruz.PlusDays(daysBefore + day - 1);
    }

    /// <summary>The Solar Hijri year, month and day of an ISO date in 1 Farvardin 1300 – 29 Esfand 1500.</summary>
    public static (int Year, int Month, int Day) FromIso(LocalDate date)
    {
        var year = LastYear;
        while (Rows[year].Nowruz > date)
        {
            year--;
            if (year < FirstYear)
            {
                throw new ArgumentOutOfRangeException(nameof(date));
            }
        }

        var dayOfYear = Period.Between(Rows[year].Nowruz, date, PeriodUnits.Days).Days;
        var month = 1;
        while (dayOfYear >= DaysInMonth(year, month))
        {
            dayOfYear -= DaysInMonth(year, month);
            month++;
            if (month > 12)
            {
                throw new ArgumentOutOfRangeException(nameof(date));
            }
        }

        return (year, month, dayOfYear + 1);
    }

    /// <summary>Every day of a Solar Hijri year, in order, as ISO dates with the table's year, month and day.</summary>
    public static IEnumerable<(LocalDate Date, int Year, int Month, int Day)> DaysOf(int year)
    {
        for (var month = 1; month <= 12; month++)
        {
            for (var day = 1; day <= DaysInMonth(year, month); day++)
            {
                yield return (ToIso(year, month, day), year, month, day);
            }
        }
    }

    private static Dictionary<int, Row> Load()
    {
        using var stream = typeof(OfficialSolarHijriYears).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new Dictionary<int, Row>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                throw new InvalidDataException($"Bad row in {ResourceName}: '{line}'.");
            }

            var year = int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture);
            var leap = fields[1] switch
            {
                "0" => false,
                "1" => true,
                _ => throw new InvalidDataException($"Bad leap flag in {ResourceName}: '{line}'."),
            };
            var nowruz = LocalDatePattern.Iso.Parse(fields[2]).Value;
            rows.Add(year, new Row(year, leap, nowruz));
        }

        return rows;
    }

    /// <summary>One year of the table.</summary>
    /// <param name="Year">The Solar Hijri year.</param>
    /// <param name="IsLeap">Whether the year has 366 days.</param>
    /// <param name="Nowruz">The ISO date of 1 Farvardin.</param>
    internal sealed record Row(int Year, bool IsLeap, LocalDate Nowruz);
}
