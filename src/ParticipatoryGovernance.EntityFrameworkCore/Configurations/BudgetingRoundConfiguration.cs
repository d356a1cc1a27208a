using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A budgeting round is one row, with the charter's ballot rules copied into columns and the neighbourhoods whose
/// residents vote as one list (<c>area</c>: uuid array on PostgreSQL, JSON array on SQLite). Its projects are a child
/// table loaded with it. Its ballots are not part of it: they are rows of <c>budgeting_ballots</c>, written and read by
/// <see cref="Budgeting.BudgetingBallots"/> without loading the round (ADR 0031), and its computed results are one row
/// of <c>budgeting_round_results</c>.
/// </summary>
internal sealed class BudgetingRoundConfiguration :
    IEntityTypeConfiguration<BudgetingRound>,
    IEntityTypeConfiguration<BudgetingRoundProject>,
    IEntityTypeConfiguration<StoredBudgetingBallot>,
    IEntityTypeConfiguration<StoredBudgetingResults>
{
    public void Configure(EntityTypeBuilder<BudgetingRound> builder)
    {
        builder.ToTable("budgeting_rounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(r => r.NeighbourhoodId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MunicipalityId, r.VotingOpensOn });
        builder.Property(r => r.Title).HasMaxLength(BudgetingRound.MaxTitleLength).IsRequired();
        builder.PrimitiveCollection<List<NeighbourhoodId>>("_area")
            .HasColumnName("area")
            .IsRequired()
            .ElementType(element => element.HasConversion<StronglyTypedIdConverter<NeighbourhoodId>>());
        builder.HasParts(r => r.Projects, "_projects", "RoundId");
        builder.Ignore(r => r.Area);
        builder.Ignore(r => r.IsClosed);
        builder.Ignore(r => r.DomainEvents);
    }

    public void Configure(EntityTypeBuilder<BudgetingRoundProject> builder)
    {
        builder.ToTable("budgeting_round_projects");
        builder.HasPositionKey("RoundId");
        builder.HasIndex("RoundId", nameof(BudgetingRoundProject.IdeaId)).IsUnique();
        builder.HasOne<CitizenIdea>().WithMany().HasForeignKey(p => p.IdeaId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Title).HasMaxLength(IdeaDraft.MaxTitleLength).IsRequired();
        builder.Ignore(p => p.ProjectId);
    }

    public void Configure(EntityTypeBuilder<StoredBudgetingBallot> builder)
    {
        builder.ToTable("budgeting_ballots");
        builder.HasKey(b => new { b.RoundId, b.VoterId });
        builder.HasOne<BudgetingRound>().WithMany().HasForeignKey(b => b.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Resident>().WithMany().HasForeignKey(b => b.VoterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Choice).HasMaxLength(StoredBudgetingBallot.MaxChoiceLength).IsRequired();
        builder.Property(b => b.EnteredBy).HasMaxLength(MunicipalOfficial.MaxIdLength);
        builder.HasIndex(b => b.Change).IsUnique();
        builder.HasIndex(b => new { b.RoundId, b.Change });
    }

    public void Configure(EntityTypeBuilder<StoredBudgetingResults> builder)
    {
        builder.ToTable("budgeting_round_results");
        builder.HasKey(r => r.RoundId);
        builder.HasOne<BudgetingRound>().WithOne().HasForeignKey<StoredBudgetingResults>(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Outcome).IsJsonDocument().IsRequired();
    }
}
