using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace RazorDemo.Dashboard;

/// <summary>
/// The dashboard (<c>/</c>) as the output cache serves it (ADR 0025): for readers who are not signed in, one rendering
/// per address and language, kept as long as the figures it shows (<see cref="RecordCounts.Lifetime"/>) and evicted by
/// <see cref="Tag"/> when a page changes the records. Signed-in readers, whose menu and sign-out form are their own, are
/// never served from it nor stored in it; nor is a response that sets a cookie or is not a 200.
/// </summary>
public static class DashboardPage
{
    /// <summary>The output cache policy the dashboard names.</summary>
    public const string Policy = "dashboard";

    /// <summary>The tag of every cached dashboard page, evicted by <see cref="RecordCounts.RecordsChangedAsync"/>.</summary>
    public const string Tag = "dashboard";

    /// <summary>Adds the dashboard's policy to the output cache's options.</summary>
    public static void AddPolicy(OutputCacheOptions options) =>
        // The builder starts from the framework's default policy: GET and HEAD only, no signed-in reader, no
        // Authorization header, the whole query string in the key, nothing stored that sets a cookie or is not a 200.
        options.AddPolicy(Policy, page => page
            .Expire(RecordCounts.Lifetime)
            .Tag(Tag)
            .VaryByValue(LanguageOf)
            .AddPolicy<NotStoredAcrossAChange>());

    /// <summary>
    /// The reader's language as the request-culture providers chose it (the <c>culture</c> query, then the culture
    /// cookie; <c>Accept-Language</c> is not one of them), so that a Persian and an English page never share an entry.
    /// </summary>
    private static KeyValuePair<string, string> LanguageOf(HttpContext context)
    {
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture
            ?? throw new InvalidOperationException("The dashboard is cached by language: UseRequestLocalization must run before UseOutputCache.");
        return new("language", culture.Culture.Name + "|" + culture.UICulture.Name);
    }

    /// <summary>
    /// Leaves a page unstored when a page changed the records while it was being rendered: its figures may predate the
    /// change, and the eviction has already run.
    /// </summary>
    internal sealed class NotStoredAcrossAChange(RecordCounts counts) : IOutputCachePolicy
    {
        private static readonly object ChangesAtStart = new();

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.HttpContext.Items[ChangesAtStart] = counts.Changes;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Items[ChangesAtStart] is not long atStart || atStart != counts.Changes)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
