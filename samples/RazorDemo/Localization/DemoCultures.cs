using System.Globalization;
using Microsoft.AspNetCore.Localization;
using ParticipatoryGovernance.Calendar;

namespace RazorDemo.Localization;

/// <summary>
/// The demo's five languages: Persian (default), English, Central Kurdish (Sorani), South Azerbaijani in Arabic script and
/// Arabic; every one but English is written right to left. Dates, digits and the languages' own names come from the
/// library's <see cref="SolarHijriLanguage"/>.
/// </summary>
public static class DemoCultures
{
    public const string Persian = "fa";
    public const string English = "en";
    public const string CentralKurdish = "ckb";
    public const string SouthAzerbaijani = "azb";
    public const string Arabic = "ar";

    /// <summary>The languages in the order the language switch lists them.</summary>
    public static readonly IReadOnlyList<string> Codes = [Persian, English, CentralKurdish, SouthAzerbaijani, Arabic];

    public static readonly CultureInfo[] Supported = [.. Codes.Select(code => new CultureInfo(code))];

    /// <summary>The order a reader of each language falls back through when a text is missing in theirs.</summary>
    public static IReadOnlyList<string> FallbackFor(string language) => language == English ? [English, Persian] : [language, Persian, English];

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Persian),
            SupportedCultures = Supported,
            SupportedUICultures = Supported,
        };

        // Persian unless the reader chose otherwise (cookie) or a link says so (?culture=en); the browser's
        // Accept-Language is not consulted, because the site is Persian first.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
        ];
        return options;
    }

    public static bool IsSupported(string? code) => code is not null && Codes.Contains(code);

    /// <summary>The language's calendar and digits.</summary>
    public static SolarHijriLanguage Calendar(string code) => SolarHijriLanguage.Find(code) ?? SolarHijriLanguage.Persian;
}
