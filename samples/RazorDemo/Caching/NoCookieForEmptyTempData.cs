using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace RazorDemo.Caching;

/// <summary>
/// The cookie temp-data provider, except that saving nothing for a reader who sent no temp-data cookie sets no cookie.
/// The framework's provider answers every page with a <c>[TempData]</c> property (the notices after a form) by deleting
/// the cookie, even when the reader never had one; that <c>Set-Cookie</c> keeps the output cache from storing the page
/// (ADR 0032), and tells an anonymous reader nothing.
/// </summary>
public sealed class NoCookieForEmptyTempData(CookieTempDataProvider cookies) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((values is null || values.Count == 0) && !context.Request.Cookies.ContainsKey(CookieTempDataProvider.CookieName))
        {
            return;
        }

        cookies.SaveTempData(context, values!);
    }

    /// <summary>Replaces the framework's provider; call after <c>AddRazorPages</c>.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CookieTempDataProvider>(sp));
        services.AddSingleton<ITempDataProvider, NoCookieForEmptyTempData>();
    }
}
