using System.Globalization;
using RazorDemo.Localization;

namespace RazorDemo.Tests.Pages;

/// <summary>The wording helpers the pages share: counts with their noun, and one language of a two-language text.</summary>
public class TextsTest
{
    private static T In<T>(string language, Func<Texts, T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return read(new Texts());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("en", 1, "1 project")]
    [InlineData("en", 0, "0 projects")]
    [InlineData("en", 1234, "1,234 projects")]
    [InlineData("fa", 1, "۱ طرح")]
    [InlineData("fa", 1234, "۱٬۲۳۴ طرح")]
    public void Count_AgreesTheNounWithTheNumber(string language, long count, string expected) =>
        In(language, t => t.Count(count, "طرح", "project", "projects")).Should().Be(expected);

    [Theory]
    [InlineData("fa", "بودجه‌ریزی مشارکتی ۱۴۰۵ / Participatory budget 1405", "بودجه‌ریزی مشارکتی ۱۴۰۵")]
    [InlineData("en", "بودجه‌ریزی مشارکتی ۱۴۰۵ / Participatory budget 1405", "Participatory budget 1405")]
    [InlineData("fa", "ایدهٔ تنها", "ایدهٔ تنها")]
    [InlineData("en", "a title with a/slash", "a title with a/slash")]
    public void Half_GivesTheReadersLanguage_OfATwoLanguageText(string language, string text, string expected) =>
        In(language, t => t.Half(text)).Should().Be(expected);
}
