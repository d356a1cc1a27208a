using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Common;

public class SolarHijriMonthTest
{
    [Fact]
    public void Of_FindsTheMonthOfADate()
    {
        SolarHijriMonth.Of(new LocalDate(2024, 4, 28)).Should().Be(new SolarHijriMonth(1403, 2), "28 April 2024 is 9 Ordibehesht 1403");
        SolarHijriMonth.Of(Make.Solar(1402, 12, 29)).Should().Be(new SolarHijriMonth(1402, 12));
    }

    [Fact]
    public void Of_ReadsAnInstantOnTheCitysClock()
    {
        // 21:00 UTC on 19 March 2024 is 00:30 on 1 Farvardin 1403 in Tehran.
        var instant = Instant.FromUtc(2024, 3, 19, 21, 0);

        SolarHijriMonth.Of(instant).Should().Be(new SolarHijriMonth(1403, 1));
        SolarHijriMonth.Of(instant.InUtc().Date).Should().Be(new SolarHijriMonth(1402, 12));
    }

    [Fact]
    public void Format_NamesTheMonth_InPersianAndLatinLetters()
    {
        var month = new SolarHijriMonth(1403, 2);

        month.Format().Should().Be("اردیبهشت ۱۴۰۳");
        month.FormatLatin().Should().Be("Ordibehesht 1403");
        month.ToString().Should().Be("1403/02");
        month.FirstDay().Should().Be(Make.Solar(1403, 2, 1));
    }

    [Fact]
    public void Comparison_OrdersByYearThenMonth()
    {
        var esfand1402 = new SolarHijriMonth(1402, 12);
        var farvardin1403 = new SolarHijriMonth(1403, 1);

        (esfand1402 < farvardin1403).Should().BeTrue();
        (farvardin1403 > esfand1402).Should().BeTrue();
        (esfand1402 <= new SolarHijriMonth(1402, 12)).Should().BeTrue();
        (esfand1402 >= farvardin1403).Should().BeFalse();
        new[] { farvardin1403, new SolarHijriMonth(1402, 1), esfand1402 }.Order().Should().Equal(new SolarHijriMonth(1402, 1), esfand1402, farvardin1403);
    }

    [Theory]
    [InlineData(1403, 0)]
    [InlineData(1403, 13)]
    [InlineData(0, 1)]
    public void Constructor_Throws_ForAMonthThatDoesNotExist(int year, int month)
    {
        FluentActions.Invoking(() => new SolarHijriMonth(year, month)).Should().Throw<ArgumentOutOfRangeException>();
        PersianDates.MinYear.Should().BeGreaterThan(0);
    }
}
