using NodaTime;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Calendar;

/// <summary>
/// People born in a run of Solar Hijri years, such as "the 1380s" (دهه هشتادی: born 1 Farvardin 1380 to the last
/// day of 1389), the cohort Rafsanjan's youth-mayor campaign called on.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public sealed record BirthCohort
{
    /// <summary>Creates a cohort of the people born from the start of <paramref name="firstYear"/> to the end of its last year.</summary>
    /// <param name="firstYear">The first Solar Hijri birth year, such as 1380.</param>
    /// <param name="years">How many birth years the cohort spans; 10 for a decade.</param>
    /// <exception cref="ArgumentOutOfRangeException">The years fall outside the calendar, or <paramref name="years"/> is not positive.</exception>
    public BirthCohort(int firstYear, int years = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstYear, PersianDates.MinYear);
        // In long: firstYear + years overflows int for large years (1380 + int.MaxValue), which passed the check.
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)firstYear + years - 1, PersianDates.MaxYear - 1, nameof(years));
        FirstYear = firstYear;
        Years = years;
    }

    /// <summary>The first Solar Hijri birth year.</summary>
    public int FirstYear { get; }

    /// <summary>How many birth years the cohort spans.</summary>
    public int Years { get; }

    /// <summary>The last Solar Hijri birth year.</summary>
    public int LastYear => FirstYear + Years - 1;

    /// <summary>The first birth date in the cohort (1 Farvardin of <see cref="FirstYear"/>), in the ISO calendar.</summary>
    public LocalDate FirstBirthDate => PersianDates.FromSolarHijri(FirstYear, 1, 1);

    /// <summary>The last birth date in the cohort (the last day of Esfand of <see cref="LastYear"/>), in the ISO calendar.</summary>
    public LocalDate LastBirthDate => PersianDates.FromSolarHijri(LastYear + 1, 1, 1).PlusDays(-1);

    /// <summary>The cohort's name: <c>دهه هشتادی</c> / <c>born in the 1380s</c> for a decade, the years otherwise.</summary>
    public LocalizedText Name
    {
        get
        {
            if (Years == 10 && FirstYear % 10 == 0 && FirstYear / 10 % 10 is var tens && FirstYear / 100 == 13 && DecadeNames[tens] is { } decade)
            {
                return LocalizedText.Of($"دهه {decade}", $"born in the {FirstYear}s");
            }

            return LocalizedText.Of(
                $"متولدین {PersianDigits.Format(FirstYear)} تا {PersianDigits.Format(LastYear)}",
                $"born {FirstYear}–{LastYear}");
        }
    }

    private static string?[] DecadeNames => [null, "دهدهی", "بیستی", "سی‌ای", "چهلی", "پنجاهی", "شصتی", "هفتادی", "هشتادی", "نودی"];

    /// <summary>The Solar Hijri decade that holds a year: 1383 → the 1380s.</summary>
    /// <param name="yearInDecade">Any Solar Hijri year of the decade.</param>
    /// <returns>The decade's cohort.</returns>
    public static BirthCohort DecadeOf(int yearInDecade) => new(yearInDecade - (yearInDecade % 10), 10);

    /// <summary>Whether someone born on a date belongs to the cohort.</summary>
    /// <param name="birthDate">The birth date, in any calendar.</param>
    /// <returns><see langword="true"/> when the date falls from <see cref="FirstBirthDate"/> to <see cref="LastBirthDate"/>.</returns>
    public bool Contains(LocalDate birthDate)
    {
        var year = birthDate.WithCalendar(PersianDates.Calendar).Year;
        return year >= FirstYear && year <= LastYear;
    }

    /// <summary>The age on a date of the cohort's youngest possible member (born on <see cref="LastBirthDate"/>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The age in whole Solar Hijri years.</returns>
    public int YoungestAgeOn(LocalDate date) => PersianDates.AgeOn(LastBirthDate, date);

    /// <summary>The age on a date of the cohort's oldest possible member (born on <see cref="FirstBirthDate"/>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The age in whole Solar Hijri years.</returns>
    public int OldestAgeOn(LocalDate date) => PersianDates.AgeOn(FirstBirthDate, date);

    /// <summary>The cohort's English name.</summary>
    /// <returns>Such as <c>born in the 1380s</c>.</returns>
    public override string ToString() => Name.English;
}
