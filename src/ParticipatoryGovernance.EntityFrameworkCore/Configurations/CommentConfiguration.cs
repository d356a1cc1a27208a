using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A comment is one row; its reports, moderation steps and earlier texts are child tables, as an idea's are. The subject
/// is three columns (kind, the idea's or meeting's id, the agenda item's number) rather than foreign keys, as a comment
/// discusses either kind of record; a thread is read by (kind, id, item, posted) in one index. A reply's parent is a
/// foreign key, and (comment, reporter, round) is unique, as for ideas.
/// </summary>
internal sealed class CommentConfiguration :
    IEntityTypeConfiguration<Comment>,
    IEntityTypeConfiguration<CommentReport>,
    IEntityTypeConfiguration<CommentVisibilityChange>,
    IEntityTypeConfiguration<CommentEdit>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Resident>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(c => c.NeighbourhoodId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.SubjectKind, c.SubjectId, c.AgendaItemNumber, c.PostedAt, c.Id }).HasDatabaseName("ix_comments_thread");
        builder.HasIndex(c => new { c.AuthorId, c.PostedAt });
        builder.HasIndex(c => new { c.MunicipalityId, c.Visibility, c.PostedAt });
        builder.Property(c => c.Body).HasMaxLength(Comment.MaxBodyLength).IsRequired();
        builder.HasParts(c => c.Reports, "_reports", "CommentId");
        builder.HasParts(c => c.VisibilityChanges, "_visibilityChanges", "CommentId");
        builder.HasParts(c => c.Edits, "_edits", "CommentId");
        builder.Ignore(c => c.Subject);
        builder.Ignore(c => c.PendingReports);
        builder.Ignore(c => c.DomainEvents);
    }

    public void Configure(EntityTypeBuilder<CommentReport> builder)
    {
        builder.ToTable("comment_reports");
        builder.HasPositionKey("CommentId");
        builder.HasIndex("CommentId", nameof(CommentReport.ReporterId), nameof(CommentReport.Round)).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Reason).HasMaxLength(Comment.MaxReasonLength).IsRequired();
    }

    public void Configure(EntityTypeBuilder<CommentVisibilityChange> builder)
    {
        builder.ToTable("comment_visibility_changes");
        builder.HasPositionKey("CommentId");
        builder.Property(c => c.From).HasColumnName("from_visibility");
        builder.Property(c => c.To).HasColumnName("to_visibility");
        builder.ComplexProperty(c => c.By, by => by.Actor());
        builder.Property(c => c.Reason).HasMaxLength(Comment.MaxReasonLength).IsRequired();
    }

    public void Configure(EntityTypeBuilder<CommentEdit> builder)
    {
        builder.ToTable("comment_edits");
        builder.HasPositionKey("CommentId");
        builder.Property(e => e.PreviousBody).HasMaxLength(Comment.MaxBodyLength).IsRequired();
    }
}
