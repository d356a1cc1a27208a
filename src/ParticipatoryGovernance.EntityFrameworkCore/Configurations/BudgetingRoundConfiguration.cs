using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A budgeting round is one row, with the charter's ballot rules copied into columns and the neighbourhoods whose
/// residents vote as one list (<c>area</c>: uuid array on PostgreSQL, JSON array on SQLite). Its projects and its
/// ballots are child tables. A ballot is keyed by (round, voter), so the database keeps one ballot per resident, and a
/// resident's new ballot replaces the row in place, keeping its position (the order voters first voted); the projects
/// it approves are a list of idea ids in the ballot's row, in the voter's order.
/// </summary>
internal sealed class BudgetingRoundConfiguration :
    IEntityTypeConfiguration<BudgetingRound>,
    IEntityTypeConfiguration<BudgetingRoundProject>,
    IEntityTypeConfiguration<BudgetingRoundBallot>
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
        builder.HasParts(r => r.Ballots, "_ballots", "RoundId");
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

    public void Configure(EntityTypeBuilder<BudgetingRoundBallot> builder)
    {
        builder.ToTable("budgeting_round_ballots");
        builder.HasKey("RoundId", nameof(BudgetingRoundBallot.VoterId));
        builder.HasPosition();
        builder.HasIndex("RoundId", AggregateParts.PositionProperty).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(b => b.VoterId).OnDelete(DeleteBehavior.Restrict);
        builder.PrimitiveCollection(b => b.Approved)
            .HasColumnName("approved")
            .IsRequired()
            .ElementType(element => element.HasConversion<StronglyTypedIdConverter<CitizenIdeaId>>());
    }
}
