using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParticipatoryGovernance.EntityFrameworkCore.Translation;

/// <summary>The translations table: one row per text (by hash) and target language; read by hash (pages) and by state (the worker).</summary>
internal sealed class StoredTranslationConfiguration : IEntityTypeConfiguration<StoredTranslation>
{
    public void Configure(EntityTypeBuilder<StoredTranslation> builder)
    {
        builder.ToTable("translations");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedOnAdd();
        builder.Property(t => t.SourceHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.TargetLanguage).HasMaxLength(16).IsRequired();
        builder.Property(t => t.Original).IsRequired();
        builder.Property(t => t.ThingKind).HasMaxLength(20).IsRequired();
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.SourceLanguage).HasMaxLength(16);
        builder.Property(t => t.Translator).HasMaxLength(100);
        builder.Property(t => t.LastError).HasMaxLength(1000);

        // Once per text and language, however many nodes request it.
        builder.HasIndex(t => new { t.SourceHash, t.TargetLanguage }).IsUnique();

        // The worker's queue.
        builder.HasIndex(t => new { t.State, t.NextAttemptAt });
    }
}
