using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// The kept idea counts: one row per (municipality, neighbourhood, month, status, visibility), written only by
/// <see cref="KeptIdeaCounts"/> with an atomic add, never through the change tracker.
/// </summary>
internal sealed class IdeaCountConfiguration : IEntityTypeConfiguration<IdeaCount>
{
    public void Configure(EntityTypeBuilder<IdeaCount> builder)
    {
        builder.ToTable("idea_counts");
        builder.HasKey(c => new { c.MunicipalityId, c.NeighbourhoodId, c.Month, c.Status, c.Visibility });
    }
}
