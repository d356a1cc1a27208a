using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Events;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>The events table: append-only, read by aggregate and by position.</summary>
internal sealed class StoredDomainEventConfiguration : IEntityTypeConfiguration<StoredDomainEvent>
{
    public void Configure(EntityTypeBuilder<StoredDomainEvent> builder)
    {
        builder.ToTable("domain_events");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedOnAdd();
        builder.Property(e => e.AggregateType).HasMaxLength(200).IsRequired();
        builder.Property(e => e.EventType).HasMaxLength(400).IsRequired();
        builder.Property(e => e.Payload).IsJsonDocument().IsRequired();
        builder.HasIndex(e => new { e.AggregateId, e.AggregateVersion });
    }
}
