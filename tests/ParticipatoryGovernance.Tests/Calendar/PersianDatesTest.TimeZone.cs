using System.Globalization;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <remarks>This part: the city's time zone, InCity and TodayInCity.</remarks>
public partial class PersianDatesTest
{
    private static readonly LocalDateTimePattern LocalPattern =
        LocalDateTimePattern.Create("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static readonly OffsetPattern OffsetFormat = OffsetPattern.Create("+HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public void TimeZone_IsAsiaTehran()
    {
        PersianDates.TimeZone.Id.Should().Be("Asia/Tehran");
    }

    [Theory]
    // Iran kept daylight saving time (+04:30 in summer) until 2022.
    [InlineData("2021-06-01T12:00:00Z", "2021-06-01T16:30", "+04:30", true)]
    [InlineData("2021-01-15T12:00:00Z", "2021-01-15T15:30", "+03:30", false)]
    [InlineData("2021-12-21T12:00:00Z", "2021-12-21T15:30", "+03:30", false)]
    // Daylight saving time was abolished in 2022: +03:30 all year since.
    [InlineData("2023-06-01T12:00:00Z", "2023-06-01T15:30", "+03:30", false)]
    [InlineData("2024-08-01T12:00:00Z", "2024-08-01T15:30", "+03:30", false)]
    [InlineData("2024-01-15T12:00:00Z", "2024-01-15T15:30", "+03:30", false)]
    public void InCity_ReturnsTehranLocalTime_WithTheOffsetOfTheDay(string utc, string local, string offset, bool daylightSaving)
    {
        var zoned = PersianDates.InCity(InstantPattern.General.Parse(utc).Value);

        LocalPattern.Format(zoned.LocalDateTime).Should().Be(local);
        OffsetFormat.Format(zoned.Offset).Should().Be(offset);
        zoned.IsDaylightSavingTime().Should().Be(daylightSaving);
        zoned.Zone.Id.Should().Be("Asia/Tehran");
        zoned.Calendar.Should().Be(CalendarSystem.Iso);
    }

    [Theory]
    // 1 Farvardin 1403 starts at 2024-03-19T20:30Z (midnight at +03:30).
    [InlineData("2024-03-19T20:29:59Z", "2024-03-19", "۱۴۰۲/۱۲/۲۹")]
    [InlineData("2024-03-19T20:30:00Z", "2024-03-20", "۱۴۰۳/۰۱/۰۱")]
    [InlineData("2024-03-19T20:31:00Z", "2024-03-20", "۱۴۰۳/۰۱/۰۱")]
    // In summer 2021 midnight was at 19:30Z (+04:30); in summer 2023 at 20:30Z (+03:30).
    [InlineData("2021-06-01T19:29:00Z", "2021-06-01", "۱۴۰۰/۰۳/۱۱")]
    [InlineData("2021-06-01T19:31:00Z", "2021-06-02", "۱۴۰۰/۰۳/۱۲")]
    [InlineData("2023-06-01T19:31:00Z", "2023-06-01", "۱۴۰۲/۰۳/۱۱")]
    [InlineData("2023-06-01T20:31:00Z", "2023-06-02", "۱۴۰۲/۰۳/۱۲")]
    public void TodayInCity_ReturnsTehranDate_WhenUtcDateDiffers(string utc, string expectedIso, string expectedSolar)
    {
        var clock = new FakeClock(InstantPattern.General.Parse(utc).Value);

        var today = PersianDates.TodayInCity(clock);

        today.Should().Be(LocalDatePattern.Iso.Parse(expectedIso).Value);
        PersianDates.Format(today).Should().Be(expectedSolar);
    }

    [Fact]
    public void TodayInCity_TurnsToNowruz_WhenFakeClockPassesTehranMidnight()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 19, 20, 29));

        PersianDates.TodayInCity(clock).Should().Be(new LocalDate(2024, 3, 19));
        clock.AdvanceMinutes(1);
        PersianDates.TodayInCity(clock).Should().Be(new LocalDate(2024, 3, 20));
        PersianDates.FormatLong(PersianDates.TodayInCity(clock)).Should().Be("چهارشنبه ۱ فروردین ۱۴۰۳");
    }

    [Fact]
    public void TodayInCity_Throws_WhenClockIsNull()
    {
        FluentActions.Invoking(() => PersianDates.TodayInCity(null!))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "clock");
    }
}
