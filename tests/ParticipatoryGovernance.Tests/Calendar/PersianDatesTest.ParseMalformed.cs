using System.Globalization;
using System.Text;
using NodaTime;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <remarks>This part: text that is not a date; Parse must say why, never throw, never guess.</remarks>
public partial class PersianDatesTest
{
    [Theory]
    [InlineData(null, "no date was given", "")]
    [InlineData("", "no date was given", "")]
    [InlineData("   ", "no date was given", "")]
    [InlineData("\t\r\n", "no date was given", "")]
    [InlineData("1403/13/01", "month 13 does not exist", "۱۳")]
    [InlineData("1403/00/01", "month 0 does not exist", "")]
    [InlineData("1404/12/30", "day 30 does not exist|Esfand 1404 has 29 days", "اسفند ۱۴۰۴ ۲۹ روز")]
    [InlineData("۱۴۰۴/۱۲/۳۰", "Esfand 1404 has 29 days", "")]
    [InlineData("30 Esfand 1404", "Esfand 1404 has 29 days", "")]
    [InlineData("۳۰ اسفند ۱۴۰۴", "Esfand 1404 has 29 days", "")]
    [InlineData("1403/02/32", "day 32 does not exist|Ordibehesht 1403 has 31 days", "۳۲")]
    [InlineData("1403/07/31", "day 31 does not exist|Mehr 1403 has 30 days", "")]
    [InlineData("1403/02/00", "day 0 does not exist", "")]
    [InlineData("0000/01/01", "write the year in full", "")]
    [InlineData("0403/02/09", "write the year in full", "سال را کامل")]
    [InlineData("۹ اردیبهشت ۰۴۰۳", "write the year in full", "")]
    [InlineData("09/02/1403", "write the year first|1403/02/09", "سال را اول بنویسید")]
    [InlineData("9/2/1403", "write the year first|1403/02/09", "")]
    [InlineData("۰۹/۰۲/۱۴۰۳", "write the year first", "")]
    [InlineData("03/02/09", "year in full|four digits", "چهاررقمی")]
    [InlineData("403/02/09", "year in full|four digits", "")]
    [InlineData("01403/02/09", "year in full|four digits", "")]
    [InlineData("9 Ordibehesht 03", "year in full|four digits", "")]
    [InlineData("1403/02-09", "mixes separators", "جداکننده")]
    [InlineData("1403-02.09", "mixes separators", "")]
    [InlineData("1403//02", "is not a date", "")]
    [InlineData("1403/02/", "is not a date", "")]
    [InlineData("/1403/02/09", "is not a date", "")]
    [InlineData("1403/02/09/", "is not a date", "")]
    [InlineData("1403/02/09/01", "is not a date", "")]
    [InlineData("1403/02", "is not a date", "")]
    [InlineData("14030209", "is not a date", "")]
    [InlineData("-1403/02/09", "is not a date", "")]
    [InlineData("1403/+2/09", "is not a date", "")]
    [InlineData("1403/002/09", "is not a date", "")]
    [InlineData("1403/02/009", "is not a date", "")]
    [InlineData("abc", "is not a date", "تاریخ نیست")]
    [InlineData("14 03/02/09", "is not a date", "")]
    [InlineData("1403/0 2/09", "is not a date", "")]
    [InlineData("1403/02/09 10:30", "is not a date", "")]
    [InlineData("۹ اردیبهشتی ۱۴۰۳", "'اردیبهشتی' is not a month name|Farvardin, Ordibehesht, Khordad|Esfand", "فروردین، اردیبهشت")]
    [InlineData("9 Ordibeheshtt 1403", "is not a month name|Farvardin", "")]
    [InlineData("9 13 1403", "is not a date", "")]
    [InlineData("9 Mah 1403", "is not a month name", "")]
    [InlineData("دوشنبه ۹ اردیبهشت ۱۴۰۳", "is a Sunday, not a Monday", "یکشنبه است، نه دوشنبه")]
    [InlineData("پنج شنبه ۹ اردیبهشت ۱۴۰۳", "is a Sunday, not a Thursday", "")]
    [InlineData("Monday 9 Ordibehesht 1403", "is a Sunday, not a Monday", "")]
    [InlineData("شنبه ۹ اردیبهشت ۱۴۰۳", "is a Sunday, not a Saturday", "")]
    [InlineData("روز ۹ اردیبهشت ۱۴۰۳", "is not the name of a weekday", "")]
    [InlineData("فردا یکشنبه ۹ اردیبهشت ۱۴۰۳", "is not the name of a weekday", "")]
    [InlineData("۹ اردیبهشت", "is not a date", "")]
    [InlineData("اردیبهشت ۹ ۱۴۰۳", "is not a date", "")]
    [InlineData("۹ اردیبهشت ۱۴۰۳ ساعت", "is not a date", "")]
    [InlineData("12345678901234567890/02/09", "is not a date", "")]
    [InlineData("1403/12345678901234567890/09", "is not a date", "")]
    [InlineData("1403/02/12345678901234567890", "is not a date", "")]
    [InlineData("99999999999999999999999999999999999999", "is not a date", "")]
    [InlineData("۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹/۰۲/۰۹", "is not a date", "")]
    [InlineData("99999999999 اردیبهشت ۱۴۰۳", "is not a date", "")]
    [InlineData("۹ اردیبهشت 99999999999", "is not a date", "")]
    [InlineData("\u200F", "is not a date", "")]
    public void Parse_FailsWithReason_WhenTextIsNotADate(string? text, string englishKeywords, string persianKeywords)
    {
        var result = PersianDates.Parse(text!);

        result.Success.Should().BeFalse("'{0}' is not a date", text);
        var exception = result.Exception.Should().BeOfType<SolarHijriFormatException>().Subject;
        exception.Reason.Persian.Should().NotBeNullOrWhiteSpace().And.MatchRegex(@"\p{IsArabic}");
        exception.Reason.English.Should().Be(exception.Message);
        foreach (var keyword in englishKeywords.Split('|'))
        {
            exception.Message.Should().Contain(keyword);
        }

        foreach (var keyword in persianKeywords.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            exception.Reason.Persian.Should().Contain(keyword);
        }

        FluentActions.Invoking(() => result.Value).Should().Throw<SolarHijriFormatException>();
        PersianDates.TryParse(text, out var tried, out var error).Should().BeFalse();
        tried.Should().Be(default(LocalDate));
        error.Should().Be(exception.Reason);
    }

    [Fact]
    public void Parse_Accepts30Esfand1403_ButNot30Esfand1404_BecauseOnly1403IsLeap()
    {
        PersianDates.Parse("1403/12/30").Value.Should().Be(new LocalDate(2025, 3, 20));
        PersianDates.Parse("1404/12/30").Success.Should().BeFalse();
        PersianDates.Parse("1404/12/29").Value.Should().Be(new LocalDate(2026, 3, 20));
    }

    [Fact]
    public void Parse_NeverThrowsNorMisreads_ForRandomDigitAndSeparatorStrings()
    {
        const string Digits = "0123456789";
        string[] separators = ["/", "-", ".", "\u066B", "\u2215", " ", "//", "\u200F", ""];
        var random = new Random(14030209);
        var successes = 0;
        var failures = 0;
        var checkedByTable = 0;
        for (var i = 0; i < 2000; i++)
        {
            var text = i % 2 == 0 ? RandomNoise(random) : RandomDateLike(random);

            var act = () => PersianDates.Parse(text);
            var result = act.Should().NotThrow("'{0}' must not throw", text).Subject;
            PersianDates.TryParse(text, out var tried, out var error).Should().Be(result.Success, "'{0}'", text);
            if (!result.Success)
            {
                failures++;
                result.Exception.Should().BeOfType<SolarHijriFormatException>();
                error.Should().NotBeNull();
                continue;
            }

            successes++;
            var date = result.Value;
            tried.Should().Be(date);

            // The numbers read must be the numbers written: year/month/day in that order, and nothing else.
            var numbers = DigitGroups(text);
            numbers.Should().HaveCount(3, "'{0}' parsed as {1}", text, date);
            var solar = date.WithCalendar(PersianDates.Calendar);
            (solar.Year, solar.Month, solar.Day).Should().Be((numbers[0], numbers[1], numbers[2]), "'{0}' parsed as {1}", text, date);
            if (numbers[0] is >= OfficialSolarHijriYears.FirstYear and <= OfficialSolarHijriYears.LastYear)
            {
                date.Should().Be(OfficialSolarHijriYears.ToIso(numbers[0], numbers[1], numbers[2]), "'{0}'", text);
                checkedByTable++;
            }

            var formatted = PersianDates.Format(date);
            PersianDates.Parse(formatted).Value.Should().Be(date, "'{0}' was formatted as '{1}'", text, formatted);
        }

        // The generator must exercise both outcomes, and the table must check many of the successes.
        successes.Should().BeGreaterThan(200);
        failures.Should().BeGreaterThan(200);
        checkedByTable.Should().BeGreaterThan(100);

        string RandomNoise(Random r)
        {
            var builder = new StringBuilder();
            var length = r.Next(0, 16);
            for (var k = 0; k < length; k++)
            {
                if (r.Next(3) == 0)
                {
                    builder.Append(separators[r.Next(separators.Length)]);
                }
                else
                {
                    builder.Append(RandomScript(r, new string(Digits[r.Next(10)], 1)));
                }
            }

            return builder.ToString();
        }

        string RandomDateLike(Random r)
        {
            var year = r.Next(10) == 0 ? r.Next(0, 100000) : r.Next(1290, 1510);
            var month = r.Next(-1, 15);
            var day = r.Next(-1, 34);
            var separator = separators[r.Next(5)];
            var second = r.Next(10) == 0 ? separators[r.Next(separators.Length)] : separator;
            var text = Number(r, year) + separator + Number(r, month) + second + Number(r, day);
            return RandomScript(r, text);
        }

        static string Number(Random r, int value) =>
            value.ToString(r.Next(2) == 0 ? "0" : "00", CultureInfo.InvariantCulture);

        static string RandomScript(Random r, string latin) => r.Next(3) switch
        {
            0 => latin,
            1 => ExpectedSolarHijriText.Digits(latin, '\u06F0'),
            _ => ExpectedSolarHijriText.Digits(latin, '\u0660'),
        };
    }

    /// <summary>The runs of digits in a text (in any of the three scripts), as numbers.</summary>
    private static List<int> DigitGroups(string text)
    {
        var groups = new List<int>();
        var current = -1;
        foreach (var c in text)
        {
            var value = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
                >= '\u0660' and <= '\u0669' => c - '\u0660',
                _ => -1,
            };
            if (value >= 0)
            {
                current = current < 0 ? value : checked((current * 10) + value);
            }
            else if (c != '\u200F')
            {
                if (current >= 0)
                {
                    groups.Add(current);
                }

                current = -1;
            }
        }

        if (current >= 0)
        {
            groups.Add(current);
        }

        return groups;
    }
}
