using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// An election is one row with its voter age window in columns; its candidates are a child table. The ballot is
/// secret, and the model keeps it so: who voted is one list (<c>voters</c>, a uuid array on PostgreSQL and a JSON array
/// on SQLite) and how they voted is another (<c>ballot_piles</c>, ballots marked alike with their count, JSON), with
/// nothing linking the two. A ballot changes both, and the election's version keeps one vote per voter (ADR 0016).
/// </summary>
internal sealed class YouthMayorElectionConfiguration :
    IEntityTypeConfiguration<YouthMayorElection>,
    IEntityTypeConfiguration<ElectionCandidate>
{
    public void Configure(EntityTypeBuilder<YouthMayorElection> builder)
    {
        builder.ToTable("youth_mayor_elections");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<YouthMayorCampaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(e => e.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Resident>().WithMany().HasForeignKey(e => e.Winner).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CampaignId, e.NeighbourhoodId, e.Seat });
        builder.ComplexProperty(e => e.VoterAgeWindow, window =>
        {
            window.Property(w => w.MinimumAge);
            window.Property(w => w.MaximumAge);
        });
        builder.PrimitiveCollection<List<ResidentId>>("_voters")
            .HasColumnName("voters")
            .IsRequired()
            .ElementType(element => element.HasConversion<StronglyTypedIdConverter<ResidentId>>());
        builder.HasJsonList<YouthMayorElection, BallotPile>("_ballotPiles", "ballot_piles");
        builder.HasParts(e => e.Candidates, "_candidates", "ElectionId");
        builder.Ignore(e => e.LotOrder);
        builder.Ignore(e => e.BallotsCast);
        builder.Ignore(e => e.DomainEvents);
    }

    public void Configure(EntityTypeBuilder<ElectionCandidate> builder)
    {
        builder.ToTable("youth_election_candidates");
        builder.HasPositionKey("ElectionId");
        builder.HasIndex("ElectionId", nameof(ElectionCandidate.ResidentId)).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(c => c.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
