using NodaTime;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <summary>Tests of <see cref="BirthCohort"/>.</summary>
public class BirthCohortTest
{
    // From the official table: 1 Farvardin 1380 = 2001-03-21; 1389 is common, so its last day is 29 Esfand 1389 =
    // 2011-03-20, the day before 1 Farvardin 1390 = 2011-03-21. 1379 is leap: 2001-03-20 is 30 Esfand 1379.
    private static readonly LocalDate FirstFarvardin1380 = new(2001, 3, 21);
    private static readonly LocalDate LastEsfand1389 = new(2011, 3, 20);
    private static readonly LocalDate NinthOrdibehesht1403 = new(2024, 4, 28);

    [Fact]
    public void Constructor_DefaultsToADecade()
    {
        var cohort = new BirthCohort(1380);

        cohort.FirstYear.Should().Be(1380);
        cohort.Years.Should().Be(10);
        cohort.LastYear.Should().Be(1389);
    }

    [Fact]
    public void BirthDates_AreFirstFarvardin1380AndLastEsfand1389_ForThe1380s()
    {
        var cohort = new BirthCohort(1380);

        OfficialSolarHijriYears.Rows[1389].IsLeap.Should().BeFalse("the official table says 1389 is common");
        cohort.FirstBirthDate.Should().Be(FirstFarvardin1380).And.Be(OfficialSolarHijriYears.Rows[1380].Nowruz);
        cohort.LastBirthDate.Should().Be(LastEsfand1389).And.Be(OfficialSolarHijriYears.ToIso(1389, 12, 29));
        cohort.FirstBirthDate.Calendar.Should().Be(CalendarSystem.Iso);
        cohort.LastBirthDate.Calendar.Should().Be(CalendarSystem.Iso);
    }

    [Fact]
    public void LastBirthDate_Is30Esfand_WhenLastYearIsLeap()
    {
        // 1399 is leap: the 1390s end on 30 Esfand 1399 = 2021-03-20.
        var cohort = new BirthCohort(1390);

        cohort.LastBirthDate.Should().Be(new LocalDate(2021, 3, 20)).And.Be(OfficialSolarHijriYears.ToIso(1399, 12, 30));
    }

    [Theory]
    [InlineData("2001-03-20", false)] // 30 Esfand 1379, the day before
    [InlineData("2001-03-21", true)] // 1 Farvardin 1380
    [InlineData("2006-07-01", true)]
    [InlineData("2011-03-20", true)] // 29 Esfand 1389
    [InlineData("2011-03-21", false)] // 1 Farvardin 1390, the day after
    [InlineData("1990-01-01", false)]
    [InlineData("2020-01-01", false)]
    public void Contains_IsTrueFromFirstToLastBirthDate(string iso, bool expected)
    {
        var cohort = new BirthCohort(1380);

        cohort.Contains(NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value).Should().Be(expected);
    }

    [Fact]
    public void Contains_IgnoresTheCalendarOfTheBirthDate()
    {
        var cohort = new BirthCohort(1380);

        cohort.Contains(FirstFarvardin1380.WithCalendar(CalendarSystem.Julian)).Should().BeTrue();
        cohort.Contains(FirstFarvardin1380.PlusDays(-1).WithCalendar(CalendarSystem.PersianArithmetic)).Should().BeFalse();
        cohort.Contains(new LocalDate(1389, 12, 29, CalendarSystem.PersianAstronomical)).Should().BeTrue();
    }

    [Fact]
    public void Name_IsDaheyeHashtadi_ForThe1380s()
    {
        var name = new BirthCohort(1380).Name;

        name.Persian.Should().Be("دهه هشتادی");
        name.English.Should().Be("born in the 1380s");
        new BirthCohort(1380).ToString().Should().Be("born in the 1380s");
    }

    [Theory]
    [InlineData(1360, "دهه شصتی", "born in the 1360s")]
    [InlineData(1370, "دهه هفتادی", "born in the 1370s")]
    [InlineData(1390, "دهه نودی", "born in the 1390s")]
    public void Name_IsTheDecadeName_ForOtherDecadesOfThe1300s(int firstYear, string persian, string english)
    {
        var name = new BirthCohort(firstYear).Name;

        name.Persian.Should().Be(persian);
        name.English.Should().Be(english);
    }

    [Theory]
    [InlineData(1381, 10, "متولدین ۱۳۸۱ تا ۱۳۹۰", "born 1381–1390")]
    [InlineData(1380, 5, "متولدین ۱۳۸۰ تا ۱۳۸۴", "born 1380–1384")]
    [InlineData(1400, 10, "متولدین ۱۴۰۰ تا ۱۴۰۹", "born 1400–1409")]
    [InlineData(1385, 1, "متولدین ۱۳۸۵ تا ۱۳۸۵", "born 1385–1385")]
    public void Name_GivesTheYears_WhenCohortIsNotADecadeOfThe1300s(int firstYear, int years, string persian, string english)
    {
        var name = new BirthCohort(firstYear, years).Name;

        name.Persian.Should().Be(persian);
        name.English.Should().Be(english);
    }

    [Theory]
    [InlineData(1380)]
    [InlineData(1383)]
    [InlineData(1389)]
    public void DecadeOf_ReturnsThe1380s_ForAnyYearOfTheDecade(int year)
    {
        BirthCohort.DecadeOf(year).Should().Be(new BirthCohort(1380));
    }

    [Fact]
    public void DecadeOf_ReturnsThe1390s_For1390()
    {
        BirthCohort.DecadeOf(1390).Should().Be(new BirthCohort(1390, 10));
    }

    [Fact]
    public void Equality_IsByValue()
    {
        new BirthCohort(1380).Should().Be(new BirthCohort(1380, 10));
        new BirthCohort(1380).Should().NotBe(new BirthCohort(1380, 5));
        new BirthCohort(1380).Should().NotBe(new BirthCohort(1381));
        (new BirthCohort(1380) == BirthCohort.DecadeOf(1385)).Should().BeTrue();
    }

    [Fact]
    public void YoungestAndOldestAgeOn_Are13And23_On9Ordibehesht1403()
    {
        var cohort = new BirthCohort(1380);

        cohort.YoungestAgeOn(NinthOrdibehesht1403).Should().Be(13, "born 29 Esfand 1389, 14th birthday on 29 Esfand 1403");
        cohort.OldestAgeOn(NinthOrdibehesht1403).Should().Be(23, "born 1 Farvardin 1380, 23rd birthday on 1 Farvardin 1403");
    }

    [Theory]
    // 28 Esfand 1403 (2025-03-18): the youngest is still 13; on 29 Esfand 1403 (2025-03-19) they turn 14.
    [InlineData("2025-03-18", 13, 23)]
    [InlineData("2025-03-19", 14, 23)]
    // 1 Farvardin 1404 (2025-03-21): the oldest turns 24.
    [InlineData("2025-03-21", 14, 24)]
    // 29 Esfand 1402 (2024-03-19): the oldest is 22 for one more day.
    [InlineData("2024-03-19", 13, 22)]
    public void YoungestAndOldestAgeOn_ChangeOnTheirBirthdays(string iso, int youngest, int oldest)
    {
        var cohort = new BirthCohort(1380);
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

        cohort.YoungestAgeOn(date).Should().Be(youngest);
        cohort.OldestAgeOn(date).Should().Be(oldest);
    }

    [Theory]
    [InlineData(1380, 0, "years")]
    [InlineData(1380, -1, "years")]
    [InlineData(1380, int.MinValue, "years")]
    [InlineData(0, 10, "firstYear")]
    [InlineData(-1380, 10, "firstYear")]
    [InlineData(int.MinValue, 10, "firstYear")]
    [InlineData(9370, 10, "years")] // the last year, 9379, is past the calendar
    [InlineData(1380, 10000, "years")]
    [InlineData(1380, int.MaxValue, "years")] // firstYear + years overflows int
    [InlineData(int.MaxValue, 1, "years")]
    public void Constructor_Throws_WhenYearsFallOutsideTheCalendar(int firstYear, int years, string parameter)
    {
        FluentActions.Invoking(() => new BirthCohort(firstYear, years))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == parameter);
    }

    [Fact]
    public void Constructor_Accepts_TheWidestCohortTheCalendarAllows()
    {
        var last = PersianDates.MaxYear - 1;

        var cohort = new BirthCohort(1, last);

        cohort.LastYear.Should().Be(last);
        cohort.LastBirthDate.Should().Be(PersianDates.FromSolarHijri(PersianDates.MaxYear, 1, 1).PlusDays(-1));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(9375)]
    public void DecadeOf_Throws_WhenDecadeFallsOutsideTheCalendar(int year)
    {
        FluentActions.Invoking(() => BirthCohort.DecadeOf(year)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
