using System.Collections.Frozen;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Webhooks;

/// <summary>The event types a subscription may choose: every domain event the model raises, by its short type name.</summary>
public static class WebhookEventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(IDomainEvent).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The short names, sorted, such as <c>IdeaSubmitted</c> and <c>MeetingScheduled</c>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ByName.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether a short name is an event type of the model.</summary>
    /// <param name="name">The short name.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsKnown(string? name) => name is not null && ByName.ContainsKey(name);

    /// <summary>The short name of a stored event type's full name.</summary>
    /// <param name="fullName">The full type name, such as <c>ParticipatoryGovernance.Ideas.Events.IdeaSubmitted</c>.</param>
    /// <returns>The part after the last dot.</returns>
    public static string ShortName(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        return fullName[(fullName.LastIndexOf('.') + 1)..];
    }
}
