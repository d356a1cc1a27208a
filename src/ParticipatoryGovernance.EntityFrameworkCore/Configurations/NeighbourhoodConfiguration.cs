using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A neighbourhood is one row. Its name is two columns; the anchor and the mayor are value objects nested in value
/// objects, which EF Core cannot hand to their constructors, so each is one JSON document; "no mayor" is a NULL the
/// database filters on. Its number is unique within its municipality.
/// </summary>
internal sealed class NeighbourhoodConfiguration : IEntityTypeConfiguration<Neighbourhood>
{
    public void Configure(EntityTypeBuilder<Neighbourhood> builder)
    {
        builder.ToTable("neighbourhoods");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(n => n.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.MunicipalityId, n.Number }).IsUnique();
        builder.ComplexProperty(n => n.Name, name => name.LocalizedText());
        builder.Property(n => n.Anchor)
            .HasConversion(new JsonDocumentConverter<CommunityAnchor>(), JsonDocumentConverter<CommunityAnchor>.Comparer)
            .IsJsonDocument()
            .IsRequired();
        builder.Property(n => n.Mayor!)
            .HasConversion(new JsonDocumentConverter<NeighbourhoodMayor>(), JsonDocumentConverter<NeighbourhoodMayor>.Comparer)
            .IsJsonDocument()
            .IsRequired(false);
        builder.Ignore(n => n.DomainEvents);
    }
}
