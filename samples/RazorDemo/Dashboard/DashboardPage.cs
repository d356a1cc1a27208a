using RazorDemo.Caching;

namespace RazorDemo.Dashboard;

/// <summary>
/// The dashboard (<c>/</c>) as the output cache serves it (ADR 0025): one of the public pages (<see cref="PublicPages"/>),
/// for readers who are not signed in, one rendering per address and language, evicted by <see cref="Tag"/>.
/// </summary>
public static class DashboardPage
{
    /// <summary>The output cache policy the dashboard is served under.</summary>
    public const string Policy = PublicPages.Dashboard;

    /// <summary>The tag of every cached dashboard page, evicted by <see cref="RecordCounts.RecordsChangedAsync"/>.</summary>
    public const string Tag = PublicPages.Dashboard;
}
