using NodaTime;
using NodaTime.Text;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <summary>Tests of <see cref="PersianDates"/>.</summary>
/// <remarks>This part: agreement with the University of Tehran Calendar Center's official table.</remarks>
public partial class PersianDatesTest
{
    // The leap years of the University of Tehran Calendar Center's table KabiseShamsi1206-1498, typed from the table.
    private static readonly int[] OfficialLeapYears1206To1498 =
    [
        1210, 1214, 1218, 1222, 1226, 1230, 1234, 1238, 1243, 1247, 1251, 1255, 1259, 1263, 1267, 1271, 1276, 1280,
        1284, 1288, 1292, 1296, 1300, 1304, 1309, 1313, 1317, 1321, 1325, 1329, 1333, 1337, 1342, 1346, 1350, 1354,
        1358, 1362, 1366, 1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420, 1424, 1428,
        1432, 1436, 1441, 1445, 1449, 1453, 1457, 1461, 1465, 1469, 1474, 1478, 1482, 1486, 1490, 1494, 1498,
    ];

    public static TheoryData<int> Years1206To1498
    {
        get
        {
            var data = new TheoryData<int>();
            for (var year = 1206; year <= 1498; year++)
            {
                data.Add(year);
            }

            return data;
        }
    }

    public static TheoryData<int> TableYears => OfficialSolarHijriYears.Years;

    [Fact]
    public void OfficialTestData_IsConsistent_WithAnchorsAndLeapSpacing()
    {
        var rows = OfficialSolarHijriYears.Rows;

        rows.Keys.Should().BeEquivalentTo(Enumerable.Range(1300, 201));
        rows[1300].Nowruz.Should().Be(new LocalDate(1921, 3, 21));
        rows[1403].Nowruz.Should().Be(new LocalDate(2024, 3, 20));
        rows[1403].Nowruz.DayOfWeek.Should().Be(IsoDayOfWeek.Wednesday);
        rows[1404].Nowruz.Should().Be(new LocalDate(2025, 3, 21));
        rows[1404].Nowruz.DayOfWeek.Should().Be(IsoDayOfWeek.Friday);
        for (var year = 1300; year < 1500; year++)
        {
            var length = Period.Between(rows[year].Nowruz, rows[year + 1].Nowruz, PeriodUnits.Days).Days;
            length.Should().Be(rows[year].IsLeap ? 366 : 365, "year {0} is {1}", year, rows[year].IsLeap ? "leap" : "common");
        }

        var leaps = rows.Values.Where(r => r.IsLeap).Select(r => r.Year).Order().ToList();
        leaps.Zip(leaps.Skip(1), (a, b) => b - a).Should().OnlyContain(gap => gap == 4 || gap == 5);
        leaps.Should().Equal(OfficialLeapYears1206To1498.Where(y => y >= 1300));
    }

    [Theory]
    [MemberData(nameof(TableYears))]
    public void FromSolarHijri_ReturnsOfficialNowruz_ForEveryYear1300To1500(int year)
    {
        PersianDates.FromSolarHijri(year, 1, 1).Should().Be(OfficialSolarHijriYears.Rows[year].Nowruz);
    }

    [Theory]
    [MemberData(nameof(TableYears))]
    public void IsLeapYear_MatchesOfficialTable_ForEveryYear1300To1500(int year)
    {
        var expected = OfficialSolarHijriYears.Rows[year].IsLeap;

        PersianDates.IsLeapYear(year).Should().Be(expected);
        PersianDates.Calendar.IsLeapYear(year).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Years1206To1498))]
    public void IsLeapYear_MatchesUniversityOfTehranList_ForEveryYear1206To1498(int year)
    {
        PersianDates.IsLeapYear(year).Should().Be(OfficialLeapYears1206To1498.Contains(year));
    }

    [Theory]
    [InlineData(1300, 1, 1, "1921-03-21", IsoDayOfWeek.Monday)]
    [InlineData(1403, 1, 1, "2024-03-20", IsoDayOfWeek.Wednesday)]
    [InlineData(1404, 1, 1, "2025-03-21", IsoDayOfWeek.Friday)]
    [InlineData(1403, 2, 9, "2024-04-28", IsoDayOfWeek.Sunday)]
    [InlineData(1403, 2, 29, "2024-05-18", IsoDayOfWeek.Saturday)]
    [InlineData(1403, 12, 30, "2025-03-20", IsoDayOfWeek.Thursday)]
    public void FromSolarHijri_ReturnsKnownIsoDate_WhenGivenAnchor(int year, int month, int day, string iso, IsoDayOfWeek weekday)
    {
        var date = PersianDates.FromSolarHijri(year, month, day);

        date.Should().Be(LocalDatePattern.Iso.Parse(iso).Value);
        date.Calendar.Should().Be(CalendarSystem.Iso);
        date.DayOfWeek.Should().Be(weekday);
    }

    [Theory]
    [InlineData("1921-03-21", 1300, 1, 1)]
    [InlineData("2024-03-19", 1402, 12, 29)]
    [InlineData("2024-03-20", 1403, 1, 1)]
    [InlineData("2024-04-28", 1403, 2, 9)]
    [InlineData("2025-03-20", 1403, 12, 30)]
    [InlineData("2025-03-21", 1404, 1, 1)]
    public void ToSolarHijri_ReturnsSolarHijriYearMonthDay_WhenGivenIsoDate(string iso, int year, int month, int day)
    {
        var solar = PersianDates.ToSolarHijri(LocalDatePattern.Iso.Parse(iso).Value);

        (solar.Year, solar.Month, solar.Day).Should().Be((year, month, day));
        solar.Calendar.Should().Be(PersianDates.Calendar);
    }

    [Fact]
    public void Calendar_IsPersianAstronomical_BecauseItMatchesTheOfficialTable()
    {
        PersianDates.Calendar.Should().Be(CalendarSystem.PersianAstronomical);
        PersianDates.MinYear.Should().BeLessThanOrEqualTo(1206);
        PersianDates.MaxYear.Should().BeGreaterThanOrEqualTo(1501);
    }

    [Fact]
    public void PersianArithmetic_Starts1404OnTheWrongDay_WhichIsWhyTheLibraryDoesNotUseIt()
    {
        var arithmetic = new LocalDate(1404, 1, 1, CalendarSystem.PersianArithmetic).WithCalendar(CalendarSystem.Iso);

        arithmetic.Should().Be(new LocalDate(2025, 3, 20));
        OfficialSolarHijriYears.Rows[1404].Nowruz.Should().Be(new LocalDate(2025, 3, 21)).And.NotBe(arithmetic);
        PersianDates.FromSolarHijri(1404, 1, 1).Should().Be(new LocalDate(2025, 3, 21));
    }

    [Fact]
    public void PersianArithmetic_DisagreesWithOfficialTable_InSomeYears1300To1500()
    {
        var arithmeticMismatches = new List<int>();
        var libraryMismatches = new List<int>();
        foreach (var row in OfficialSolarHijriYears.Rows.Values)
        {
            var arithmetic = new LocalDate(row.Year, 1, 1, CalendarSystem.PersianArithmetic).WithCalendar(CalendarSystem.Iso);
            if (arithmetic != row.Nowruz)
            {
                arithmeticMismatches.Add(row.Year);
            }

            if (PersianDates.FromSolarHijri(row.Year, 1, 1) != row.Nowruz)
            {
                libraryMismatches.Add(row.Year);
            }
        }

        arithmeticMismatches.Should().Contain(1404);
        libraryMismatches.Should().BeEmpty();
    }
}
