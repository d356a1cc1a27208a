using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// An idea version is one row; its status changes, endorsements, reports, moderation steps, milestones and implementers
/// are child tables, each with who acted in columns (<c>by_kind</c>, <c>by_official_name</c>…) so that the audit trail
/// can be queried. Endorsements are written by many residents at once: (idea, resident) is unique in the database, and
/// the trending specification counts them in SQL. Versions are linked both ways, and a version is replaced at most once
/// (unique <c>previous_version_id</c> and <c>next_version_id</c>).
/// </summary>
internal sealed class CitizenIdeaConfiguration :
    IEntityTypeConfiguration<CitizenIdea>,
    IEntityTypeConfiguration<IdeaTransition>,
    IEntityTypeConfiguration<IdeaEndorsement>,
    IEntityTypeConfiguration<IdeaReport>,
    IEntityTypeConfiguration<IdeaVisibilityChange>,
    IEntityTypeConfiguration<IdeaMilestone>,
    IEntityTypeConfiguration<IdeaImplementer>
{
    private const int MaxFieldKeyLength = 100;

    public void Configure(EntityTypeBuilder<CitizenIdea> builder)
    {
        builder.ToTable("citizen_ideas");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(i => i.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Resident>().WithMany().HasForeignKey(i => i.ProposerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(i => i.NeighbourhoodId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        // The link is held both ways by the model; the database checks it one way, since a version and its successor
        // saved together would otherwise each wait for the other's row.
        builder.HasOne<CitizenIdea>().WithMany().HasForeignKey(i => i.PreviousVersionId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.PreviousVersionId).IsUnique();
        builder.HasIndex(i => i.NextVersionId).IsUnique();
        builder.HasIndex(i => new { i.MunicipalityId, i.Status, i.SubmittedAt });
        builder.HasIndex(i => new { i.MunicipalityId, i.FieldKey });
        builder.HasIndex(i => new { i.ProposerId, i.SubmittedAt });
        // Covers the dashboard's figures (GovernanceFigures): the latest versions of a municipality's ideas, read from
        // the index alone, with the first and last registration found at either end.
        builder.HasIndex(i => new { i.MunicipalityId, i.NextVersionId, i.FirstSubmittedAt, i.Status, i.Visibility, i.NeighbourhoodId })
            .HasDatabaseName("ix_citizen_ideas_figures");

        // The public list (Public() specifications, newest first), alone or with one filter: the latest visible versions
        // in the list's own order, so that a page reads its twenty entries rather than sorting every idea, and a count
        // reads only the entries that match. They start with (municipality, visibility), which the moderation queue needs.
        builder.HasIndex(i => new { i.MunicipalityId, i.Visibility, i.NextVersionId, i.SubmittedAt, i.Id })
            .IsDescending(false, false, false, true, false)
            .HasDatabaseName("ix_citizen_ideas_list");
        builder.HasIndex(i => new { i.MunicipalityId, i.Visibility, i.NextVersionId, i.Status, i.SubmittedAt, i.Id })
            .IsDescending(false, false, false, false, true, false)
            .HasDatabaseName("ix_citizen_ideas_list_by_status");
        builder.HasIndex(i => new { i.MunicipalityId, i.Visibility, i.NextVersionId, i.FieldKey, i.SubmittedAt, i.Id })
            .IsDescending(false, false, false, false, true, false)
            .HasDatabaseName("ix_citizen_ideas_list_by_field");
        builder.HasIndex(i => new { i.MunicipalityId, i.Visibility, i.NextVersionId, i.NeighbourhoodId, i.SubmittedAt, i.Id })
            .IsDescending(false, false, false, false, true, false)
            .HasDatabaseName("ix_citizen_ideas_list_by_neighbourhood");
        builder.Property(i => i.Title).HasMaxLength(IdeaDraft.MaxTitleLength).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(IdeaDraft.MaxDescriptionLength).IsRequired();
        builder.Property(i => i.FieldKey).HasMaxLength(MaxFieldKeyLength).IsRequired();

        // The idea's own version number; the concurrency version is the shadow "version" column every aggregate has.
        builder.Property(i => i.Version).HasColumnName("version_number");
        builder.HasParts(i => i.Transitions, "_transitions", "IdeaId");
        builder.HasParts(i => i.Endorsements, "_endorsements", "IdeaId");
        builder.HasParts(i => i.Reports, "_reports", "IdeaId");
        builder.HasParts(i => i.VisibilityChanges, "_visibilityChanges", "IdeaId");
        builder.HasParts(i => i.Milestones, "_milestones", "IdeaId");
        builder.HasParts(i => i.Implementers, "_implementers", "IdeaId");
        builder.Ignore(i => i.IsCityWide);
        builder.Ignore(i => i.IsLatestVersion);
        builder.Ignore(i => i.OfficialAnswer);
        builder.Ignore(i => i.PendingReports);
        builder.Ignore(i => i.IsCarriedOutByResidents);
        builder.Ignore(i => i.DomainEvents);
    }

    public void Configure(EntityTypeBuilder<IdeaTransition> builder)
    {
        builder.ToTable("idea_transitions");
        builder.HasPositionKey("IdeaId");
        builder.Property(t => t.From).HasColumnName("from_status");
        builder.Property(t => t.To).HasColumnName("to_status");
        builder.ComplexProperty(t => t.By, by => by.Actor());
        builder.Property(t => t.Reason).HasMaxLength(CitizenIdea.MaxReasonLength).IsRequired();
        builder.HasIndex(t => t.At);
    }

    public void Configure(EntityTypeBuilder<IdeaEndorsement> builder)
    {
        builder.ToTable("idea_endorsements");
        builder.HasPositionKey("IdeaId");
        builder.HasIndex("IdeaId", nameof(IdeaEndorsement.ResidentId)).IsUnique();
        builder.HasIndex("IdeaId", nameof(IdeaEndorsement.At));
        builder.HasOne<Resident>().WithMany().HasForeignKey(e => e.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<IdeaReport> builder)
    {
        builder.ToTable("idea_reports");
        builder.HasPositionKey("IdeaId");
        builder.HasIndex("IdeaId", nameof(IdeaReport.ReporterId), nameof(IdeaReport.Round)).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Reason).HasMaxLength(CitizenIdea.MaxReasonLength).IsRequired();
    }

    public void Configure(EntityTypeBuilder<IdeaVisibilityChange> builder)
    {
        builder.ToTable("idea_visibility_changes");
        builder.HasPositionKey("IdeaId");
        builder.Property(c => c.From).HasColumnName("from_visibility");
        builder.Property(c => c.To).HasColumnName("to_visibility");
        builder.ComplexProperty(c => c.By, by => by.Actor());
        builder.Property(c => c.Reason).HasMaxLength(CitizenIdea.MaxReasonLength).IsRequired();
    }

    public void Configure(EntityTypeBuilder<IdeaMilestone> builder)
    {
        builder.ToTable("idea_milestones");
        builder.HasPositionKey("IdeaId");
        builder.Property(m => m.Description).HasMaxLength(CitizenIdea.MaxReasonLength).IsRequired();
        builder.ComplexProperty(m => m.RecordedBy, by => by.Actor());
    }

    public void Configure(EntityTypeBuilder<IdeaImplementer> builder)
    {
        builder.ToTable("idea_implementers");
        builder.HasPositionKey("IdeaId");
        builder.HasIndex("IdeaId", nameof(IdeaImplementer.ResidentId)).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(i => i.ResidentId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(i => i.RecordedBy, by => by.Actor());
    }
}
