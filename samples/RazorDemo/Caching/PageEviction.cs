using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.OutputCaching;
using ParticipatoryGovernance.Common;
using RazorDemo.Dashboard;

namespace RazorDemo.Caching;

/// <summary>
/// Evicts the cached public pages a change reaches, from the domain events the command returned (ADR 0032): a new idea
/// evicts the ideas list, the neighbourhoods' pages and the dashboard; an interview session the youth-mayor page, the
/// neighbourhoods and the calendar. Every change also drops the kept counts (<see cref="RecordCounts"/>), so that the
/// figures a page shows are never older than the page. A singleton; call it after the change is saved.
/// </summary>
public sealed class PageEviction(RecordCounts counts, IOutputCacheStore outputCache)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> EventsProperties = new();

    /// <summary>The cached pages showing what an event of this kind changes; every page for an event not known here.</summary>
    public static IReadOnlyList<string> TagsOf(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return domainEvent.GetType().Namespace switch
        {
            // Ideas: the lists and pages, a neighbourhood's latest ideas and the figures of the dashboard and /Neighbourhoods.
            "ParticipatoryGovernance.Ideas.Events" => [PublicPages.Ideas, PublicPages.Neighbourhoods, PublicPages.Dashboard],
            // Councils: their page, a neighbourhood's council, the coverage figures, the day a council was formed.
            "ParticipatoryGovernance.Councils.Events" => [PublicPages.Councils, PublicPages.Neighbourhoods, PublicPages.Dashboard, PublicPages.Calendar],
            "ParticipatoryGovernance.Meetings.Events" => [PublicPages.Meetings, PublicPages.Neighbourhoods, PublicPages.Calendar],
            // The campaign and the election: the funnel and mayors, a neighbourhood's mayors, the figures, stages and sessions.
            "ParticipatoryGovernance.YouthMayors.Events" => [PublicPages.YouthMayors, PublicPages.Neighbourhoods, PublicPages.Dashboard, PublicPages.Calendar, PublicPages.Elections],
            "ParticipatoryGovernance.Budgeting.Events" => [PublicPages.Budgeting],
            // Comments show on the idea and meeting pages.
            "ParticipatoryGovernance.Comments.Events" => [PublicPages.Ideas, PublicPages.Meetings],
            // A resident moving or becoming active, a charter, a phase, an anchor: their reach is wide and they are rare.
            _ => PublicPages.All,
        };
    }

    /// <summary>The events an act's result carries (<c>Changed</c>, <c>Created&lt;TId&gt;</c>, <c>BallotsCast</c>: each has <c>Events</c>).</summary>
    public static IReadOnlyList<IDomainEvent>? EventsOf(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var property = EventsProperties.GetOrAdd(value.GetType(), type => type.GetProperty("Events") is { } p && typeof(IReadOnlyList<IDomainEvent>).IsAssignableFrom(p.PropertyType) ? p : null);
        return property?.GetValue(value) as IReadOnlyList<IDomainEvent>;
    }

    /// <summary>
    /// A command stored these events: drops the kept counts and evicts the pages they reach. With no events (an act that
    /// stored nothing) nothing is evicted.
    /// </summary>
    public async Task ChangedAsync(IReadOnlyList<IDomainEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        // Drops every kept count and evicts the dashboard (ADR 0025), and makes pages being rendered now unstored.
        await counts.RecordsChangedAsync();
        foreach (var tag in events.SelectMany(TagsOf).Distinct(StringComparer.Ordinal))
        {
            // Not the request's token: once the change is saved, the stale pages must go even if the reader has left.
            await outputCache.EvictByTagAsync(tag, CancellationToken.None);
        }
    }
}
