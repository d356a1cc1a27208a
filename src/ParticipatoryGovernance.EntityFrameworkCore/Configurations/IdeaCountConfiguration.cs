using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// The kept idea counts, by month and by neighbourhood: one row per group, written only by <see cref="KeptIdeaCounts"/>
/// with an atomic add, never through the change tracker. Two small tables rather than one by both, which the large
/// city would fill with 71,000 rows to sum on every read.
/// </summary>
internal sealed class IdeaCountConfiguration : IEntityTypeConfiguration<IdeaCountByMonth>, IEntityTypeConfiguration<IdeaCountByNeighbourhood>
{
    public void Configure(EntityTypeBuilder<IdeaCountByMonth> builder)
    {
        builder.ToTable("idea_counts_by_month");
        builder.HasKey(c => new { c.MunicipalityId, c.Month, c.Status, c.Visibility });
    }

    public void Configure(EntityTypeBuilder<IdeaCountByNeighbourhood> builder)
    {
        builder.ToTable("idea_counts_by_neighbourhood");
        builder.HasKey(c => new { c.MunicipalityId, c.NeighbourhoodId, c.Status, c.Visibility });
    }
}
