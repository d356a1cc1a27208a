using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>The notifications table: one row per event, resident and channel; read by resident (the inbox) and by state (the dispatcher).</summary>
internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedOnAdd();
        builder.Property(n => n.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Language).HasMaxLength(LocalizedText.MaxLanguageTagLength).IsRequired();
        builder.Property(n => n.Kind).HasMaxLength(100).IsRequired();
        builder.Property(n => n.Subject).HasMaxLength(400).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(4000).IsRequired();
        builder.Property(n => n.ThingKind).HasMaxLength(20);
        builder.Property(n => n.LastError).HasMaxLength(1000);
        builder.Property(n => n.DigestKey).HasMaxLength(200);
        builder.Ignore(n => n.Key);

        // Exactly once: a second fan-out of the same event finds the row already there.
        builder.HasIndex(n => new { n.EventSequence, n.ResidentId, n.Channel }).IsUnique();

        // The inbox and its unread count: one indexed range per resident.
        builder.HasIndex(n => new { n.ResidentId, n.Channel, n.ReadAt });

        // The dispatcher's queue.
        builder.HasIndex(n => new { n.State, n.NextAttemptAt });
    }
}

/// <summary>The follows: one row per resident and thing, found by thing when an event fans out.</summary>
internal sealed class StoredFollowConfiguration : IEntityTypeConfiguration<StoredFollow>
{
    public void Configure(EntityTypeBuilder<StoredFollow> builder)
    {
        builder.ToTable("follows");
        builder.HasKey(f => new { f.ResidentId, f.Kind, f.ThingId });
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(f => new { f.Kind, f.ThingId });
    }
}

/// <summary>The notification preferences: one row per resident who chose.</summary>
internal sealed class StoredNotificationPreferencesConfiguration : IEntityTypeConfiguration<StoredNotificationPreferences>
{
    public void Configure(EntityTypeBuilder<StoredNotificationPreferences> builder)
    {
        builder.ToTable("notification_preferences");
        builder.HasKey(p => p.ResidentId);
        builder.Property(p => p.Language).HasMaxLength(LocalizedText.MaxLanguageTagLength).IsRequired();
    }
}

/// <summary>The readers' positions in the events table.</summary>
internal sealed class EventCursorConfiguration : IEntityTypeConfiguration<EventCursor>
{
    public void Configure(EntityTypeBuilder<EventCursor> builder)
    {
        builder.ToTable("event_cursors");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(100);
    }
}
