using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.Webhooks;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>The webhook subscriptions: read by city (the staff page) and by city and state (the fan-out).</summary>
internal sealed class StoredWebhookSubscriptionConfiguration : IEntityTypeConfiguration<StoredWebhookSubscription>
{
    public void Configure(EntityTypeBuilder<StoredWebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Url).HasMaxLength(WebhookTargets.MaxUrlLength).IsRequired();
        builder.Property(s => s.EventTypes).HasMaxLength(8000).IsRequired();
        builder.Property(s => s.Secret).HasMaxLength(100).IsRequired();
        builder.Property(s => s.PausedReasonFa).HasMaxLength(500);
        builder.Property(s => s.PausedReasonEn).HasMaxLength(500);
        builder.HasIndex(s => new { s.MunicipalityId, s.IsActive });
    }
}

/// <summary>The webhook deliveries: one row per event and subscription; read by state (the dispatcher) and by subscription (the staff page).</summary>
internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.EventType).HasMaxLength(200).IsRequired();
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.Ignore(d => d.Key);

        // Exactly once: a second fan-out of the same event finds the row already there.
        builder.HasIndex(d => new { d.SubscriptionId, d.EventSequence }).IsUnique();

        // The dispatcher's queue.
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });

        builder.HasOne<StoredWebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
