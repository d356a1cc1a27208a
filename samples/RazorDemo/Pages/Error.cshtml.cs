using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RazorDemo.Pages;

/// <summary>
/// The page an unhandled exception is answered with outside Development. When the database could not be reached (the
/// primary restarting, a connection dropped mid-request) the answer is 503 with Retry-After, so that a balancer, a
/// script and a person all know that trying again shortly is right; anything else stays a 500.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>Seconds a reader is asked to wait before trying again when the database is out of reach.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// The view-data key the layout reads: true on this page when the database is out of reach, so that the layout leaves
    /// out what it would read from the database (the city switch) and the page itself cannot fail a second time.
    /// </summary>
    public const string DatabaseUnavailableKey = "DatabaseUnavailable";

    /// <summary>Whether the failure was the database being out of reach.</summary>
    public bool DatabaseUnavailable { get; private set; }

    public void OnGet() => Classify();

    public void OnPost() => Classify();

    /// <summary>Whether an exception (or one it wraps) says the database could not be reached or answered.</summary>
    public static bool IsDatabaseUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException || e.GetType().Name == "RetryLimitExceededException")
            {
                return true;
            }
        }

        return false;
    }

    private void Classify()
    {
        DatabaseUnavailable = IsDatabaseUnavailable(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error);
        if (DatabaseUnavailable)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
