using System.Globalization;
using NodaTime;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <remarks>This part: AgeOn, whole Solar Hijri years between a birth date and a date.</remarks>
public partial class PersianDatesTest
{
    [Theory]
    // Day before, on and after a birthday.
    [InlineData(1380, 5, 10, 1403, 5, 9, 22)]
    [InlineData(1380, 5, 10, 1403, 5, 10, 23)]
    [InlineData(1380, 5, 10, 1403, 5, 11, 23)]
    [InlineData(1380, 5, 10, 1380, 5, 10, 0)]
    [InlineData(1380, 5, 10, 1381, 5, 9, 0)]
    [InlineData(1380, 5, 10, 1381, 5, 10, 1)]
    // A birthday in a month after the date's month, and before it.
    [InlineData(1380, 9, 1, 1403, 2, 9, 22)]
    [InlineData(1380, 1, 31, 1403, 2, 9, 23)]
    // The 1380s cohort's ends on 9 Ordibehesht 1403.
    [InlineData(1380, 1, 1, 1403, 2, 9, 23)]
    [InlineData(1389, 12, 29, 1403, 2, 9, 13)]
    // 29 Esfand 1402 is the last day before the birthday of someone born 1 Farvardin.
    [InlineData(1380, 1, 1, 1402, 12, 29, 22)]
    [InlineData(1380, 1, 1, 1403, 1, 1, 23)]
    // Born on 30 Esfand of a leap year: in a common year Esfand has no 30th, so the birthday is 29 Esfand
    // (as NodaTime's Period and most civil rules do); in a leap year it is 30 Esfand again.
    [InlineData(1399, 12, 30, 1400, 12, 28, 0)]
    [InlineData(1399, 12, 30, 1400, 12, 29, 1)]
    [InlineData(1399, 12, 30, 1401, 1, 1, 1)]
    [InlineData(1399, 12, 30, 1403, 12, 29, 3)]
    [InlineData(1399, 12, 30, 1403, 12, 30, 4)]
    [InlineData(1399, 12, 30, 1404, 12, 29, 5)]
    // Born on 29 Esfand: in a leap year the birthday is still 29 Esfand, not 30.
    [InlineData(1402, 12, 29, 1403, 12, 29, 1)]
    [InlineData(1402, 12, 29, 1403, 12, 28, 0)]
    // A date before the birth gives a negative age, counted toward zero.
    [InlineData(1403, 2, 9, 1402, 2, 10, 0)]
    [InlineData(1403, 2, 9, 1402, 2, 9, -1)]
    [InlineData(1403, 2, 9, 1402, 2, 8, -1)]
    [InlineData(1403, 2, 9, 1401, 2, 9, -2)]
    [InlineData(1403, 2, 9, 1401, 2, 10, -1)]
    [InlineData(1403, 2, 9, 1403, 2, 8, 0)]
    [InlineData(1403, 12, 30, 1402, 12, 29, -1)]
    [InlineData(1403, 12, 30, 1402, 12, 28, -1)]
    [InlineData(1404, 12, 29, 1403, 12, 30, 0)]
    [InlineData(1404, 12, 29, 1403, 12, 29, -1)]
    public void AgeOn_ReturnsWholeSolarHijriYears(int birthYear, int birthMonth, int birthDay, int year, int month, int day, int expected)
    {
        var birth = OfficialSolarHijriYears.ToIso(birthYear, birthMonth, birthDay);
        var on = OfficialSolarHijriYears.ToIso(year, month, day);

        PersianDates.AgeOn(birth, on).Should().Be(expected);
    }

    [Fact]
    public void AgeOn_IgnoresTheCalendarOfItsArguments()
    {
        var birth = new LocalDate(2001, 3, 21); // 1 Farvardin 1380
        var on = new LocalDate(2024, 4, 28); // 9 Ordibehesht 1403

        PersianDates.AgeOn(birth.WithCalendar(CalendarSystem.Julian), on.WithCalendar(CalendarSystem.PersianArithmetic))
            .Should().Be(23);
        PersianDates.AgeOn(birth.WithCalendar(PersianDates.Calendar), on).Should().Be(23);
    }

    [Fact]
    public void AgeOn_AgreesWithNodaTimePeriodInYears_ForBirthDatesAroundEsfandAndFarvardin()
    {
        // An independent implementation: NodaTime's Period in the same calendar, which clamps 30 Esfand to 29 in
        // common years. Birth dates: every day of Esfand 1399 (leap) and 1400 (common) and of Farvardin 1400.
        var births = OfficialSolarHijriYears.DaysOf(1399).Where(d => d.Month == 12)
            .Concat(OfficialSolarHijriYears.DaysOf(1400).Where(d => d.Month is 1 or 12))
            .Select(d => d.Date)
            .ToList();
        var dates = OfficialSolarHijriYears.DaysOf(1398).Concat(OfficialSolarHijriYears.DaysOf(1403))
            .Where(d => d.Month is 1 or 12)
            .Select(d => d.Date)
            .ToList();
        var mismatches = new List<string>();
        foreach (var birth in births)
        {
            foreach (var on in dates)
            {
                var expected = Period.Between(
                    birth.WithCalendar(CalendarSystem.PersianAstronomical),
                    on.WithCalendar(CalendarSystem.PersianAstronomical),
                    PeriodUnits.Years).Years;
                var actual = PersianDates.AgeOn(birth, on);
                if (actual != expected)
                {
                    mismatches.Add(string.Create(CultureInfo.InvariantCulture, $"{PersianDates.FormatNumericLatin(birth)} → {PersianDates.FormatNumericLatin(on)}: {actual}, Period says {expected}"));
                }
            }
        }

        mismatches.Should().BeEmpty();
    }
}
