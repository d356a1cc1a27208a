namespace RazorDemo.Localization;

/// <summary>
/// Tells a post that a browser sent from another site's page, by the Fetch Metadata header every current browser sends
/// (<c>Sec-Fetch-Site</c>) or, failing that, the <c>Origin</c> header: the check that Go's CrossOriginProtection and
/// ASP.NET Core 11's automatic CSRF protection make. The language switch relies on it instead of an antiforgery token
/// (ADR 0025).
/// </summary>
public static class CrossSiteRequests
{
    public static bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            // "none" is the reader's own doing (an address typed or bookmarked); "same-site" is another origin all the same.
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            // "null" (a sandboxed or privacy-stripped origin) is not this site either.
            return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }

        // Neither header: not a browser, or one from before 2020. A forged post needs a browser carrying the reader's
        // cookies, so a request without them is not one.
        return false;
    }
}
