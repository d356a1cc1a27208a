using NodaTime;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <remarks>This part: month lengths, month and weekday names, and the dates that do not exist.</remarks>
public partial class PersianDatesTest
{
    [Theory]
    [MemberData(nameof(TableYears))]
    public void DaysInMonth_Is31Then30ThenEsfandByLeapStatus_ForEveryYear1300To1500(int year)
    {
        var esfand = OfficialSolarHijriYears.Rows[year].IsLeap ? 30 : 29;
        int[] expected = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, esfand];

        Enumerable.Range(1, 12).Select(month => PersianDates.DaysInMonth(year, month)).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(TableYears))]
    public void FromSolarHijri_MonthsStartAndEndOnOfficialDates_ForEveryYear1300To1500(int year)
    {
        for (var month = 1; month <= 12; month++)
        {
            var length = OfficialSolarHijriYears.DaysInMonth(year, month);
            var first = OfficialSolarHijriYears.ToIso(year, month, 1);

            PersianDates.FromSolarHijri(year, month, 1).Should().Be(first, "1/{0}/{1} is the first day", month, year);
            PersianDates.FromSolarHijri(year, month, length).Should().Be(first.PlusDays(length - 1), "{0}/{1}/{2} is the last day", length, month, year);
            FluentActions.Invoking(() => PersianDates.FromSolarHijri(year, month, length + 1))
                .Should().Throw<ArgumentOutOfRangeException>("{0}/{1}/{2} does not exist", length + 1, month, year);
        }

        if (year < OfficialSolarHijriYears.LastYear)
        {
            var lastDay = OfficialSolarHijriYears.DaysInMonth(year, 12);
            PersianDates.FromSolarHijri(year, 12, lastDay).PlusDays(1).Should().Be(OfficialSolarHijriYears.Rows[year + 1].Nowruz);
        }
    }

    [Fact]
    public void FromSolarHijri_Returns30Esfand_WhenYearIsLeap()
    {
        PersianDates.FromSolarHijri(1403, 12, 30).Should().Be(new LocalDate(2025, 3, 20));
        PersianDates.FromSolarHijri(1399, 12, 30).Should().Be(new LocalDate(2021, 3, 20));
    }

    [Fact]
    public void FromSolarHijri_ThrowsSayingEsfandHas29Days_When30EsfandOfCommonYear()
    {
        var act = () => PersianDates.FromSolarHijri(1404, 12, 30);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "day")
            .WithMessage("*day 30 does not exist*")
            .WithMessage("*Esfand 1404 has 29 days*");
    }

    [Theory]
    [InlineData(1403, 0, 1, "month", "*month 0 does not exist*1 (Farvardin) to 12 (Esfand)*")]
    [InlineData(1403, 13, 1, "month", "*month 13 does not exist*1 (Farvardin) to 12 (Esfand)*")]
    [InlineData(1403, -1, 1, "month", "*month -1 does not exist*")]
    [InlineData(1403, 2, 0, "day", "*day 0 does not exist*Ordibehesht 1403 has 31 days*")]
    [InlineData(1403, 2, 32, "day", "*day 32 does not exist*Ordibehesht 1403 has 31 days*")]
    [InlineData(1403, 7, 31, "day", "*day 31 does not exist*Mehr 1403 has 30 days*")]
    [InlineData(1403, 2, -5, "day", "*day -5 does not exist*")]
    [InlineData(0, 1, 1, "year", "*year 0 is outside the supported range*")]
    [InlineData(10000, 1, 1, "year", "*year 10000 is outside the supported range*")]
    public void FromSolarHijri_ThrowsWithHelpfulMessage_WhenDateDoesNotExist(int year, int month, int day, string parameter, string messagePattern)
    {
        var act = () => PersianDates.FromSolarHijri(year, month, day);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == parameter)
            .WithMessage(messagePattern);
    }

    [Fact]
    public void MonthNames_AreTheTwelveOfficialMonths_FarvardinFirst()
    {
        PersianDates.MonthNames.Should().Equal(ExpectedSolarHijriText.PersianMonths);
        PersianDates.LatinMonthNames.Should().Equal(ExpectedSolarHijriText.LatinMonths);
        Enumerable.Range(1, 12).Select(PersianDates.MonthName).Should().Equal(ExpectedSolarHijriText.PersianMonths);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(int.MinValue)]
    public void MonthName_Throws_WhenMonthIsNot1To12(int month)
    {
        FluentActions.Invoking(() => PersianDates.MonthName(month)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Saturday, "شنبه")]
    [InlineData(IsoDayOfWeek.Sunday, "یکشنبه")]
    [InlineData(IsoDayOfWeek.Monday, "دوشنبه")]
    [InlineData(IsoDayOfWeek.Tuesday, "سه\u200Cشنبه")]
    [InlineData(IsoDayOfWeek.Wednesday, "چهارشنبه")]
    [InlineData(IsoDayOfWeek.Thursday, "پنجشنبه")]
    [InlineData(IsoDayOfWeek.Friday, "جمعه")]
    public void WeekdayName_ReturnsPersianName_ForEachWeekday(IsoDayOfWeek dayOfWeek, string expected)
    {
        PersianDates.WeekdayName(dayOfWeek).Should().Be(expected);
    }

    [Theory]
    [InlineData(IsoDayOfWeek.None)]
    [InlineData((IsoDayOfWeek)8)]
    [InlineData((IsoDayOfWeek)(-1))]
    public void WeekdayName_Throws_WhenDayOfWeekIsUndefined(IsoDayOfWeek dayOfWeek)
    {
        FluentActions.Invoking(() => PersianDates.WeekdayName(dayOfWeek))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "dayOfWeek");
    }
}
