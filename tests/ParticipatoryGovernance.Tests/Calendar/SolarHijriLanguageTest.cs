using NodaTime;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <summary>Solar Hijri dates in each built-in language: names, digits, order, and reading them back.</summary>
public class SolarHijriLanguageTest
{
    // 9 Ordibehesht 1403, a Sunday: the first youth mayors' term began that day.
    private static readonly LocalDate TermDay = new(2024, 4, 28);

    public static TheoryData<string, string, string> LongDates() => new()
    {
        { "fa", "یکشنبه ۹ اردیبهشت ۱۴۰۳", "۱۴۰۳/۰۲/۰۹" },
        { "en", "Sunday, 9 Ordibehesht 1403", "1403/02/09" },
        { "ckb", "یەکشەممە، ۹ی گوڵانی ۱۴۰۳", "۱۴۰۳/۰۲/۰۹" },
        { "azb", "یکشنبه ۹ اردیبهشت ۱۴۰۳", "۱۴۰۳/۰۲/۰۹" },
        { "ar", "الأحد، ٩ أرديبهشت ١٤٠٣", "١٤٠٣/٠٢/٠٩" },
    };

    [Theory]
    [MemberData(nameof(LongDates))]
    public void FormatLong_AndFormatNumeric_WriteTheDateInTheLanguagesNamesDigitsAndOrder(string tag, string expectedLong, string expectedNumeric)
    {
        var language = SolarHijriLanguage.Find(tag)!;

        language.FormatLong(TermDay).Should().Be(expectedLong);
        language.FormatNumeric(TermDay).Should().Be(expectedNumeric);
    }

    [Theory]
    [InlineData("fa", '۰')]
    [InlineData("ckb", '۰')]
    [InlineData("azb", '۰')]
    [InlineData("ar", '٠')]
    [InlineData("en", '0')]
    public void EveryDigitWritten_IsTheLanguagesOwn(string tag, char zero)
    {
        var language = SolarHijriLanguage.Find(tag)!;
        var written = string.Concat(Enumerable.Range(0, 366).Select(d => language.FormatLong(TermDay.PlusDays(d * 7)) + language.FormatNumeric(TermDay.PlusDays(d)))) + language.FormatNumber(-1234567890);

        var digits = written.Where(c => PersianDigits.ValueOf(c) >= 0).ToList();
        digits.Should().NotBeEmpty();
        digits.Should().OnlyContain(c => c >= zero && c <= zero + 9, $"{tag} writes only its own digits");
        language.FormatNumber(-1234567890).Should().StartWith("-");
    }

    [Fact]
    public void EachLanguage_HasTwelveDistinctMonths_AndSevenDistinctWeekdays()
    {
        foreach (var language in SolarHijriLanguage.All)
        {
            language.MonthNames.Should().HaveCount(12).And.OnlyHaveUniqueItems();
            Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).Select(language.WeekdayName).Should().HaveCount(7).And.OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public void EveryDateOfALeapYearAndTheNext_ReadsBack_FromEachLanguagesLongAndNumericForm()
    {
        // 1403 is a leap year (30 Esfand exists); 1404 is not.
        var first = PersianDates.FromSolarHijri(1403, 1, 1);
        var failures = new List<string>();
        foreach (var language in SolarHijriLanguage.All)
        {
            for (var date = first; date < PersianDates.FromSolarHijri(1405, 1, 1); date = date.PlusDays(1))
            {
                foreach (var text in new[] { language.FormatLong(date), language.FormatNumeric(date) })
                {
                    if (!PersianDates.TryParse(text, out var read, out var error) || read != date)
                    {
                        failures.Add($"{language.Tag}: «{text}» → {(error is null ? read.ToString() : error.English)}");
                    }
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("۹ی گوڵانی ۱۴۰۳", 1403, 2, 9)]
    [InlineData("۹ گوڵان ۱۴۰۳", 1403, 2, 9)]
    [InlineData("1 ڕەشەمە 1402", 1402, 12, 1)]
    [InlineData("۱ ڕەشەمێ ۱۴۰۲", 1402, 12, 1)]
    [InlineData("۳ی بانەمەڕی ۱۴۰۳", 1403, 2, 3)]
    [InlineData("٣٠ إسفند ١٤٠٣", 1403, 12, 30)]
    [InlineData("١ تار ١٤٠٣", 1403, 4, 1)]
    [InlineData("١ فرفردن ١٤٠٣", 1403, 1, 1)]
    [InlineData("الجمعة، ١ تير ١٤٠٣", 1403, 4, 1)]
    [InlineData("ھەینی ۱ پووشپەڕ ۱۴۰۳", 1403, 4, 1)]
    public void Parse_AcceptsEachLanguagesNamesAndDigits_AndCldrsArabicSpellings(string text, int year, int month, int day)
    {
        PersianDates.TryParse(text, out var date, out var error).Should().BeTrue(error?.English);

        date.Should().Be(PersianDates.FromSolarHijri(year, month, day));
    }

    [Theory]
    [InlineData("شەممە ۹ی گوڵانی ۱۴۰۳")]
    [InlineData("السبت، ٩ أرديبهشت ١٤٠٣")]
    public void Parse_RefusesAWeekdayThatIsNotTheDates_InKurdishAndArabicToo(string text)
    {
        PersianDates.TryParse(text, out _, out var error).Should().BeFalse();

        error!.English.Should().Contain("is a Sunday, not a Saturday");
    }

    [Theory]
    [InlineData("fa", "fa")]
    [InlineData("fa-IR", "fa")]
    [InlineData("ckb-IR", "ckb")]
    [InlineData("CKB", "ckb")]
    [InlineData("azb", "azb")]
    [InlineData("az-Arab", "azb")]
    [InlineData("az_Arab_IR", "azb")]
    [InlineData("ar-IR", "ar")]
    [InlineData("en-GB", "en")]
    public void Find_ReadsATagWithItsRegionOrScript(string tag, string expected)
    {
        SolarHijriLanguage.Find(tag)!.Tag.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("az-Latn")]
    [InlineData("az")]
    [InlineData("tr")]
    [InlineData("ku")]
    public void Find_GivesNothing_ForALanguageNotBuiltIn(string? tag)
    {
        SolarHijriLanguage.Find(tag).Should().BeNull();
    }

    [Fact]
    public void NativeNames_AndDirections_AreAsEachLanguageWritesThem()
    {
        SolarHijriLanguage.All.Select(l => (l.Tag, l.NativeName, l.IsRightToLeft)).Should().Equal(
            ("fa", "فارسی", true),
            ("en", "English", false),
            ("ckb", "کوردیی ناوەندی", true),
            ("azb", "آذربایجان تۆرکجه‌سی", true),
            ("ar", "العربية", true));
    }
}
