using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A council is one row; its terms and its memberships, current and ended, are child tables, so that the specifications
/// on current members and ending terms run in the database. Filtered unique indexes back three of the council's rules
/// where two writers could otherwise both pass them: one live council of a kind per neighbourhood, one current seat per
/// resident, one current chair, deputy and secretary. The seat count is kept by the council's version (ADR 0016).
/// </summary>
internal sealed class CouncilConfiguration :
    IEntityTypeConfiguration<Council>,
    IEntityTypeConfiguration<CouncilTerm>,
    IEntityTypeConfiguration<CouncilMembership>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.ToTable("councils");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(c => c.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.MunicipalityId, c.Status, c.Kind });
        builder.HasIndex(c => new { c.NeighbourhoodId, c.Kind })
            .IsUnique()
            .HasFilter($"status <> {(int)CouncilStatus.Dissolved}")
            .HasDatabaseName("ux_councils_one_live_per_neighbourhood_and_kind");
        builder.HasParts(c => c.Terms, "_terms", "CouncilId");
        builder.HasParts(c => c.Memberships, "_memberships", "CouncilId");
        builder.Ignore(c => c.CurrentTerm);
        builder.Ignore(c => c.CurrentMembers);
        builder.Ignore(c => c.VacantSeats);
        builder.Ignore(c => c.DomainEvents);
    }

    public void Configure(EntityTypeBuilder<CouncilTerm> builder)
    {
        builder.ToTable("council_terms");
        builder.HasKey("CouncilId", nameof(CouncilTerm.Number));
        builder.Property(t => t.Number).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<CouncilMembership> builder)
    {
        builder.ToTable("council_memberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasPosition();
        builder.HasIndex("CouncilId", AggregateParts.PositionProperty).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(m => m.ResidentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.EndNote).HasMaxLength(4000);
        builder.HasIndex("CouncilId", nameof(CouncilMembership.ResidentId))
            .IsUnique()
            .HasFilter("ended_on IS NULL")
            .HasDatabaseName("ux_council_memberships_one_current_seat_per_resident");
        builder.HasIndex("CouncilId", nameof(CouncilMembership.Role))
            .IsUnique()
            .HasFilter($"ended_on IS NULL AND role <> {(int)CouncilRole.Member}")
            .HasDatabaseName("ux_council_memberships_one_current_holder_per_role");
        builder.HasIndex(m => m.TermEndsOn);
        builder.Ignore(m => m.IsCurrent);
    }
}
