using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <summary>Tests of <see cref="PersianDigits"/>.</summary>
public class PersianDigitsTest
{
    [Fact]
    public void Constants_AreTheZeroDigitsOfEachScript()
    {
        PersianDigits.PersianZero.Should().Be('\u06F0');
        PersianDigits.ArabicIndicZero.Should().Be('\u0660');
    }

    [Theory]
    [InlineData("0123456789", "۰۱۲۳۴۵۶۷۸۹")]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")]
    [InlineData("1403/02/09", "۱۴۰۳/۰۲/۰۹")]
    [InlineData("١٤٠٣/٠٢/٠٩", "۱۴۰۳/۰۲/۰۹")]
    [InlineData("سال 1403 و ١٤٠٤ و ۱۴۰۵", "سال ۱۴۰۳ و ۱۴۰۴ و ۱۴۰۵")]
    [InlineData("Room 12B, floor -3", "Room ۱۲B, floor -۳")]
    [InlineData("۱۴۰۳-02", "۱۴۰۳-۰۲")]
    public void ToPersian_ReplacesLatinAndArabicIndicDigits(string text, string expected)
    {
        PersianDigits.ToPersian(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۱۴۰۳/۰۲/۰۹", "1403/02/09")]
    [InlineData("١٤٠٣.٠٢.٠٩", "1403.02.09")]
    [InlineData("سال ۱۴۰۳ و ١٤٠٤ و 1405", "سال 1403 و 1404 و 1405")]
    [InlineData("۹ اردیبهشت ۱۴۰۳", "9 اردیبهشت 1403")]
    public void ToLatin_ReplacesPersianAndArabicIndicDigits(string text, string expected)
    {
        PersianDigits.ToLatin(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("اردیبهشت")]
    [InlineData("no digits here")]
    [InlineData("٫/-.\u066B")]
    public void ToPersianAndToLatin_ReturnSameInstance_WhenTextHasNoDigits(string text)
    {
        PersianDigits.ToPersian(text).Should().BeSameAs(text);
        PersianDigits.ToLatin(text).Should().BeSameAs(text);
    }

    [Fact]
    public void ToPersian_ReturnsSameInstance_WhenDigitsAreAlreadyPersian()
    {
        var text = "۱۴۰۳/۰۲/۰۹";

        PersianDigits.ToPersian(text).Should().BeSameAs(text);
    }

    [Fact]
    public void ToLatin_ReturnsSameInstance_WhenDigitsAreAlreadyLatin()
    {
        var text = "1403/02/09";

        PersianDigits.ToLatin(text).Should().BeSameAs(text);
    }

    [Fact]
    public void ToPersianAndToLatin_AreInverse_ForEveryDigit()
    {
        for (var value = 0; value <= 9; value++)
        {
            var latin = ((char)('0' + value)).ToString();
            var persian = ((char)('\u06F0' + value)).ToString();
            var arabic = ((char)('\u0660' + value)).ToString();

            PersianDigits.ToPersian(latin).Should().Be(persian);
            PersianDigits.ToPersian(arabic).Should().Be(persian);
            PersianDigits.ToLatin(persian).Should().Be(latin);
            PersianDigits.ToLatin(arabic).Should().Be(latin);
            PersianDigits.ToLatin(PersianDigits.ToPersian(latin)).Should().Be(latin);
        }
    }

    [Fact]
    public void ToPersianAndToLatin_Throw_WhenTextIsNull()
    {
        FluentActions.Invoking(() => PersianDigits.ToPersian(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "text");
        FluentActions.Invoking(() => PersianDigits.ToLatin(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "text");
    }

    [Theory]
    [InlineData(0L, "۰")]
    [InlineData(9L, "۹")]
    [InlineData(1403L, "۱۴۰۳")]
    [InlineData(-12L, "-۱۲")]
    [InlineData(-1L, "-۱")]
    [InlineData(long.MaxValue, "۹۲۲۳۳۷۲۰۳۶۸۵۴۷۷۵۸۰۷")]
    [InlineData(long.MinValue, "-۹۲۲۳۳۷۲۰۳۶۸۵۴۷۷۵۸۰۸")]
    public void Format_WritesPersianDigits_WithLeadingMinusForNegatives(long value, string expected)
    {
        PersianDigits.Format(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("sv-SE")] // Swedish culture's negative sign is U+2212, not '-'.
    public void Format_IgnoresCurrentCulture(string cultureName)
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(cultureName);

            PersianDigits.Format(-12).Should().Be("-۱۲");
            PersianDigits.Format(1234567).Should().Be("۱۲۳۴۵۶۷");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void ValueOf_ReturnsDigitValue_InEachOfTheThreeScripts()
    {
        for (var value = 0; value <= 9; value++)
        {
            PersianDigits.ValueOf((char)('0' + value)).Should().Be(value);
            PersianDigits.ValueOf((char)('\u06F0' + value)).Should().Be(value);
            PersianDigits.ValueOf((char)('\u0660' + value)).Should().Be(value);
        }
    }

    [Theory]
    [InlineData('/')] // just before '0'
    [InlineData(':')] // just after '9'
    [InlineData('\u06EF')] // just before '۰'
    [InlineData('\u06FA')] // just after '۹'
    [InlineData('\u065F')] // just before '٠'
    [InlineData('\u066A')] // just after '٩' (Arabic percent sign)
    [InlineData('\u066B')] // Arabic decimal separator
    [InlineData('a')]
    [InlineData('ا')]
    [InlineData('\uFF11')] // fullwidth digit one is not one of the three scripts
    [InlineData('\u0967')] // Devanagari digit one
    public void ValueOf_ReturnsMinusOne_WhenCharacterIsNotADigitOfTheThreeScripts(char c)
    {
        PersianDigits.ValueOf(c).Should().Be(-1);
    }
}
