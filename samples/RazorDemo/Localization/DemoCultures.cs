using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace RazorDemo.Localization;

/// <summary>The demo's two languages: Persian (default, right to left) and English.</summary>
public static class DemoCultures
{
    public const string Persian = "fa";
    public const string English = "en";

    public static readonly CultureInfo[] Supported = [new(Persian), new(English)];

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

    public static bool IsSupported(string? code) => code is Persian or English;
}
