using System.Text.Json;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;

namespace ParticipatoryGovernance.EntityFrameworkCore.Events;

/// <summary>
/// A domain event as the database keeps it: written in the same transaction as the aggregate change that raised it,
/// so the store never holds a change without its events or events without their change. It serves as the audit
/// trail and as an outbox for whatever publishes events later.
/// </summary>
/// <remarks>Rows are written by <see cref="GovernanceDbContext"/> when it saves; code never creates them itself.</remarks>
public sealed class StoredDomainEvent
{
    private StoredDomainEvent(string aggregateType, Guid aggregateId, long aggregateVersion, string eventType, string payload, Instant recordedAt)
    {
        AggregateType = aggregateType;
        AggregateId = aggregateId;
        AggregateVersion = aggregateVersion;
        EventType = eventType;
        Payload = payload;
        RecordedAt = recordedAt;
    }

    /// <summary>The position in the store: increases with every event written, in the order they were raised.</summary>
    public long Sequence { get; private set; }

    /// <summary>The aggregate's type name, such as <c>Municipality</c>.</summary>
    public string AggregateType { get; private set; }

    /// <summary>The aggregate's identifier.</summary>
    public Guid AggregateId { get; private set; }

    /// <summary>The aggregate's version once the change that raised the event was stored.</summary>
    public long AggregateVersion { get; private set; }

    /// <summary>The event's full type name, such as <c>ParticipatoryGovernance.Municipalities.Events.PhaseLaunched</c>.</summary>
    public string EventType { get; private set; }

    /// <summary>The event as JSON: NodaTime values in ISO form, enums by name, identifiers as GUIDs.</summary>
    public string Payload { get; private set; }

    /// <summary>When the event was stored, from the application's <see cref="IClock"/>.</summary>
    public Instant RecordedAt { get; private set; }

    /// <summary>Reads the payload back as the domain event it was written from.</summary>
    /// <returns>The event.</returns>
    /// <exception cref="InvalidOperationException">The event type is not one of the model's types (it was renamed or removed).</exception>
    public IDomainEvent ToDomainEvent()
    {
        var type = typeof(IDomainEvent).Assembly.GetType(EventType, throwOnError: false)
            ?? throw new InvalidOperationException($"The stored event type '{EventType}' is not a type of the model; it may have been renamed or removed.");
        return (IDomainEvent)JsonSerializer.Deserialize(Payload, type, StoredJson.Options)!;
    }

    internal static StoredDomainEvent From(IDomainEvent domainEvent, string aggregateType, Guid aggregateId, long aggregateVersion, Instant recordedAt)
    {
        var type = domainEvent.GetType();
        return new StoredDomainEvent(
            aggregateType,
            aggregateId,
            aggregateVersion,
            type.FullName ?? type.Name,
            JsonSerializer.Serialize(domainEvent, type, StoredJson.Options),
            recordedAt);
    }
}
