using NodaTime;
using NodaTime.Text;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <remarks>This part: round trips through the formats, and the spellings Parse accepts.</remarks>
public partial class PersianDatesTest
{
    public enum TextForm
    {
        Numeric,
        NumericLatin,
        LongPersian,
        Latin,
    }

    public static TheoryData<int, TextForm> RoundTripYears
    {
        get
        {
            var data = new TheoryData<int, TextForm>();
            foreach (var year in new[] { 1300, 1399, 1403, 1404, 1420, 1469, 1498, 1500 })
            {
                foreach (var form in Enum.GetValues<TextForm>())
                {
                    data.Add(year, form);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RoundTripYears))]
    public void FormatAndParse_AgreeWithOfficialTable_ForEveryDayOfYear(int year, TextForm form)
    {
        var days = OfficialSolarHijriYears.DaysOf(year).ToList();
        days.Should().HaveCount(OfficialSolarHijriYears.Rows[year].IsLeap ? 366 : 365);
        foreach (var (date, y, m, d) in days)
        {
            var (expected, actual) = form switch
            {
                TextForm.Numeric => (ExpectedSolarHijriText.Numeric(y, m, d), PersianDates.Format(date)),
                TextForm.NumericLatin => (ExpectedSolarHijriText.NumericLatin(y, m, d), PersianDates.FormatNumericLatin(date)),
                TextForm.LongPersian => (ExpectedSolarHijriText.Long(date.DayOfWeek, y, m, d), PersianDates.FormatLong(date)),
                _ => (ExpectedSolarHijriText.Latin(y, m, d), PersianDates.FormatLatin(date)),
            };

            actual.Should().Be(expected, "{0} is {1}/{2}/{3} in the official table", date, y, m, d);
            var result = PersianDates.Parse(actual);
            result.Success.Should().BeTrue("'{0}' is a date", actual);
            result.Value.Should().Be(date, "'{0}' is {1}", actual, date);
            PersianDates.TryParse(actual, out var tried, out var error).Should().BeTrue();
            tried.Should().Be(date);
            error.Should().BeNull();
        }
    }

    [Theory]
    // Digit scripts, separators and padding.
    [InlineData("1403/02/09", "2024-04-28")]
    [InlineData("۱۴۰۳/۰۲/۰۹", "2024-04-28")]
    [InlineData("١٤٠٣/٠٢/٠٩", "2024-04-28")]
    [InlineData("١٤٠٣-٠٢-٠٩", "2024-04-28")]
    [InlineData("۱۴۰۳-۰۲-۰۹", "2024-04-28")]
    [InlineData("۹\u00A0اردیبهشت\u00A0۱۴۰۳", "2024-04-28")]
    [InlineData("یکشنبه\n۹ اردیبهشت\n۱۴۰۳", "2024-04-28")]
    [InlineData("1403-02-09", "2024-04-28")]
    [InlineData("1403.02.09", "2024-04-28")]
    [InlineData("۱۴۰۳.۰۲.۰۹", "2024-04-28")]
    [InlineData("1403/2/9", "2024-04-28")]
    [InlineData("۱۴۰۳/۲/۹", "2024-04-28")]
    [InlineData("١٤٠٣.٢.٩", "2024-04-28")]
    [InlineData("1403-2-09", "2024-04-28")]
    [InlineData("۱۴۰۳/02/٠٩", "2024-04-28")]
    [InlineData("1403\u066B02\u066B09", "2024-04-28")]
    [InlineData("1403\u221502\u221509", "2024-04-28")]
    [InlineData("  1403/02/09\t", "2024-04-28")]
    [InlineData("1403 / 02 / 09", "2024-04-28")]
    [InlineData("\u200F۱۴۰۳/۰۲/۰۹\u200F", "2024-04-28")]
    [InlineData("\u202B۱۴۰۳/۰۲/۰۹\u202C", "2024-04-28")]
    [InlineData("\u200E1403/02/09\u200E", "2024-04-28")]
    [InlineData("1403/12/30", "2025-03-20")]
    [InlineData("1404/01/01", "2025-03-21")]
    [InlineData("1300/1/1", "1921-03-21")]
    // Long forms: Persian, Arabic-Indic and Latin digits; with and without a weekday.
    [InlineData("۹ اردیبهشت ۱۴۰۳", "2024-04-28")]
    [InlineData("٩ اردیبهشت ١٤٠٣", "2024-04-28")]
    [InlineData("9 اردیبهشت 1403", "2024-04-28")]
    [InlineData("۰۹ اردیبهشت ۱۴۰۳", "2024-04-28")]
    [InlineData("یکشنبه ۹ اردیبهشت ۱۴۰۳", "2024-04-28")]
    [InlineData("یکشنبه، ۹ اردیبهشت ۱۴۰۳", "2024-04-28")]
    [InlineData("یکشنبه ،۹ اردیبهشت ۱۴۰۳", "2024-04-28")]
    [InlineData("یکشنبه, ۹ اردیبهشت ۱۴۰۳", "2024-04-28")]
    [InlineData("  یکشنبه   ۹  اردیبهشت  ۱۴۰۳  ", "2024-04-28")]
    [InlineData("\u200Fیکشنبه ۹ اردیبهشت ۱۴۰۳\u200F", "2024-04-28")]
    [InlineData("\u200F۹\u200F \u200Fاردیبهشت\u200F \u200F۱۴۰۳\u200F", "2024-04-28")]
    [InlineData("\u061Cیکشنبه ۹ اردیبهشت ۱۴۰۳", "2024-04-28")]
    // Arabic yeh (U+064A) and kaf (U+0643) for the Persian ones.
    [InlineData("يكشنبه ۹ ارديبهشت ۱۴۰۳", "2024-04-28")]
    [InlineData("شنبه ۱ دي ۱۴۰۳", "2024-12-21")]
    [InlineData("شنبه ۱ دى ۱۴۰۳", "2024-12-21")]
    // Thursday and Tuesday, written joined, with a ZWNJ, or as two words.
    [InlineData("پنج\u200Cشنبه ۱۳ اردیبهشت ۱۴۰۳", "2024-05-02")]
    [InlineData("پنجشنبه ۱۳ اردیبهشت ۱۴۰۳", "2024-05-02")]
    [InlineData("پنج شنبه ۱۳ اردیبهشت ۱۴۰۳", "2024-05-02")]
    [InlineData("پنج شنبه، ۱۳ اردیبهشت ۱۴۰۳", "2024-05-02")]
    [InlineData("سه\u200Cشنبه ۱۱ اردیبهشت ۱۴۰۳", "2024-04-30")]
    [InlineData("سهشنبه ۱۱ اردیبهشت ۱۴۰۳", "2024-04-30")]
    [InlineData("سه شنبه ۱۱ اردیبهشت ۱۴۰۳", "2024-04-30")]
    [InlineData("شنبه ۸ اردیبهشت ۱۴۰۳", "2024-04-27")]
    [InlineData("دوشنبه ۱۰ اردیبهشت ۱۴۰۳", "2024-04-29")]
    [InlineData("چهارشنبه ۱۲ اردیبهشت ۱۴۰۳", "2024-05-01")]
    [InlineData("جمعه ۱۴ اردیبهشت ۱۴۰۳", "2024-05-03")]
    // Latin month names and English weekdays, any case.
    [InlineData("9 Ordibehesht 1403", "2024-04-28")]
    [InlineData("9 ordibehesht 1403", "2024-04-28")]
    [InlineData("9 ORDIBEHESHT 1403", "2024-04-28")]
    [InlineData("Sunday 9 Ordibehesht 1403", "2024-04-28")]
    [InlineData("Sunday, 9 Ordibehesht 1403", "2024-04-28")]
    [InlineData("sunday 9 Ordibehesht 1403", "2024-04-28")]
    [InlineData("Thursday 13 Ordibehesht 1403", "2024-05-02")]
    [InlineData("30 Esfand 1403", "2025-03-20")]
    [InlineData("1 Dey 1403", "2024-12-21")]
    // Other spellings of month names.
    [InlineData("۱ امرداد ۱۴۰۳", "2024-07-22")]
    [InlineData("1 Amordad 1403", "2024-07-22")]
    [InlineData("1 Dei 1403", "2024-12-21")]
    public void Parse_ReturnsDate_WhenTextIsAcceptedSpelling(string text, string iso)
    {
        var expected = LocalDatePattern.Iso.Parse(iso).Value;

        var result = PersianDates.Parse(text);

        result.Success.Should().BeTrue("'{0}' is {1}, but: {2}", text, iso, result.Success ? null : result.Exception.Message);
        result.Value.Should().Be(expected);
        result.Value.Calendar.Should().Be(CalendarSystem.Iso);
        PersianDates.TryParse(text, out var tried, out var error).Should().BeTrue();
        tried.Should().Be(expected);
        error.Should().BeNull();
    }
}
