using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <remarks>This part: Format, FormatNumericLatin, FormatLong and FormatLatin.</remarks>
public partial class PersianDatesTest
{
    private static readonly LocalDate NinthOrdibehesht1403 = new(2024, 4, 28);

    public static TheoryData<string> CalendarIds => new(CalendarSystem.Ids);

    [Fact]
    public void FormatFunctions_ReturnExactStrings_For9Ordibehesht1403()
    {
        PersianDates.Format(NinthOrdibehesht1403).Should().Be("۱۴۰۳/۰۲/۰۹");
        PersianDates.FormatNumericLatin(NinthOrdibehesht1403).Should().Be("1403/02/09");
        PersianDates.FormatLong(NinthOrdibehesht1403).Should().Be("یکشنبه ۹ اردیبهشت ۱۴۰۳");
        PersianDates.FormatLatin(NinthOrdibehesht1403).Should().Be("9 Ordibehesht 1403");
    }

    [Theory]
    [InlineData("1921-03-21", "۱۳۰۰/۰۱/۰۱", "1300/01/01", "دوشنبه ۱ فروردین ۱۳۰۰", "1 Farvardin 1300")]
    [InlineData("2024-03-19", "۱۴۰۲/۱۲/۲۹", "1402/12/29", "سه\u200Cشنبه ۲۹ اسفند ۱۴۰۲", "29 Esfand 1402")]
    [InlineData("2024-03-20", "۱۴۰۳/۰۱/۰۱", "1403/01/01", "چهارشنبه ۱ فروردین ۱۴۰۳", "1 Farvardin 1403")]
    [InlineData("2024-04-20", "۱۴۰۳/۰۲/۰۱", "1403/02/01", "شنبه ۱ اردیبهشت ۱۴۰۳", "1 Ordibehesht 1403")]
    [InlineData("2024-05-18", "۱۴۰۳/۰۲/۲۹", "1403/02/29", "شنبه ۲۹ اردیبهشت ۱۴۰۳", "29 Ordibehesht 1403")]
    [InlineData("2024-05-21", "۱۴۰۳/۰۳/۰۱", "1403/03/01", "سه\u200Cشنبه ۱ خرداد ۱۴۰۳", "1 Khordad 1403")]
    [InlineData("2024-06-21", "۱۴۰۳/۰۴/۰۱", "1403/04/01", "جمعه ۱ تیر ۱۴۰۳", "1 Tir 1403")]
    [InlineData("2024-07-22", "۱۴۰۳/۰۵/۰۱", "1403/05/01", "دوشنبه ۱ مرداد ۱۴۰۳", "1 Mordad 1403")]
    [InlineData("2024-08-22", "۱۴۰۳/۰۶/۰۱", "1403/06/01", "پنجشنبه ۱ شهریور ۱۴۰۳", "1 Shahrivar 1403")]
    [InlineData("2024-09-22", "۱۴۰۳/۰۷/۰۱", "1403/07/01", "یکشنبه ۱ مهر ۱۴۰۳", "1 Mehr 1403")]
    [InlineData("2024-10-22", "۱۴۰۳/۰۸/۰۱", "1403/08/01", "سه\u200Cشنبه ۱ آبان ۱۴۰۳", "1 Aban 1403")]
    [InlineData("2024-11-21", "۱۴۰۳/۰۹/۰۱", "1403/09/01", "پنجشنبه ۱ آذر ۱۴۰۳", "1 Azar 1403")]
    [InlineData("2024-12-21", "۱۴۰۳/۱۰/۰۱", "1403/10/01", "شنبه ۱ دی ۱۴۰۳", "1 Dey 1403")]
    [InlineData("2025-01-20", "۱۴۰۳/۱۱/۰۱", "1403/11/01", "دوشنبه ۱ بهمن ۱۴۰۳", "1 Bahman 1403")]
    [InlineData("2025-02-19", "۱۴۰۳/۱۲/۰۱", "1403/12/01", "چهارشنبه ۱ اسفند ۱۴۰۳", "1 Esfand 1403")]
    [InlineData("2025-03-20", "۱۴۰۳/۱۲/۳۰", "1403/12/30", "پنجشنبه ۳۰ اسفند ۱۴۰۳", "30 Esfand 1403")]
    [InlineData("2025-03-21", "۱۴۰۴/۰۱/۰۱", "1404/01/01", "جمعه ۱ فروردین ۱۴۰۴", "1 Farvardin 1404")]
    public void FormatFunctions_ReturnExactStrings_ForKnownDates(string iso, string numeric, string numericLatin, string longText, string latin)
    {
        var date = LocalDatePattern.Iso.Parse(iso).Value;

        PersianDates.Format(date).Should().Be(numeric);
        PersianDates.FormatNumericLatin(date).Should().Be(numericLatin);
        PersianDates.FormatLong(date).Should().Be(longText);
        PersianDates.FormatLatin(date).Should().Be(latin);
    }

    [Theory]
    [InlineData("2024-04-27", "شنبه ۸ اردیبهشت ۱۴۰۳")]
    [InlineData("2024-04-28", "یکشنبه ۹ اردیبهشت ۱۴۰۳")]
    [InlineData("2024-04-29", "دوشنبه ۱۰ اردیبهشت ۱۴۰۳")]
    [InlineData("2024-04-30", "سه\u200Cشنبه ۱۱ اردیبهشت ۱۴۰۳")]
    [InlineData("2024-05-01", "چهارشنبه ۱۲ اردیبهشت ۱۴۰۳")]
    [InlineData("2024-05-02", "پنجشنبه ۱۳ اردیبهشت ۱۴۰۳")]
    [InlineData("2024-05-03", "جمعه ۱۴ اردیبهشت ۱۴۰۳")]
    public void FormatLong_NamesTheWeekday_ForEachDayOfAWeek(string iso, string expected)
    {
        PersianDates.FormatLong(LocalDatePattern.Iso.Parse(iso).Value).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(CalendarIds))]
    public void FormatFunctions_GiveSameText_WhateverCalendarTheInputIsIn(string calendarId)
    {
        var date = NinthOrdibehesht1403.WithCalendar(CalendarSystem.ForId(calendarId));

        PersianDates.Format(date).Should().Be("۱۴۰۳/۰۲/۰۹");
        PersianDates.FormatNumericLatin(date).Should().Be("1403/02/09");
        PersianDates.FormatLong(date).Should().Be("یکشنبه ۹ اردیبهشت ۱۴۰۳");
        PersianDates.FormatLatin(date).Should().Be("9 Ordibehesht 1403");
    }

    [Fact]
    public void Format_ConvertsTheDay_WhenInputIsJulianOrPersianArithmetic()
    {
        // Built from each calendar's own year, month and day, not converted from the ISO date.
        PersianDates.Format(new LocalDate(2024, 4, 15, CalendarSystem.Julian)).Should().Be("۱۴۰۳/۰۲/۰۹");
        PersianDates.Format(new LocalDate(2024, 4, 28, CalendarSystem.Gregorian)).Should().Be("۱۴۰۳/۰۲/۰۹");
        PersianDates.Format(new LocalDate(1403, 2, 9, CalendarSystem.PersianAstronomical)).Should().Be("۱۴۰۳/۰۲/۰۹");

        // PersianArithmetic starts 1404 a day early: its 1 Farvardin 1404 is officially 30 Esfand 1403.
        var arithmeticNowruz = new LocalDate(1404, 1, 1, CalendarSystem.PersianArithmetic);
        PersianDates.Format(arithmeticNowruz).Should().Be("۱۴۰۳/۱۲/۳۰");
        PersianDates.FormatLong(arithmeticNowruz).Should().Be("پنجشنبه ۳۰ اسفند ۱۴۰۳");
        PersianDates.FormatLatin(arithmeticNowruz).Should().Be("30 Esfand 1403");
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("en-US")]
    public void FormatFunctions_DoNotDependOnCurrentCulture(string cultureName)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);

            PersianDates.Format(NinthOrdibehesht1403).Should().Be("۱۴۰۳/۰۲/۰۹");
            PersianDates.FormatNumericLatin(NinthOrdibehesht1403).Should().Be("1403/02/09");
            PersianDates.FormatLong(NinthOrdibehesht1403).Should().Be("یکشنبه ۹ اردیبهشت ۱۴۰۳");
            PersianDates.FormatLatin(NinthOrdibehesht1403).Should().Be("9 Ordibehesht 1403");
            PersianDates.Parse("۹ اردیبهشت ۱۴۰۳").Value.Should().Be(NinthOrdibehesht1403);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
