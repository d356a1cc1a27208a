using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A neighbourhood is one row: the anchor and the mayor are value objects in columns, so that "no mayor" is a NULL
/// the database can filter on. Its number is unique within its municipality.
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
        builder.ComplexProperty(n => n.Anchor, anchor =>
        {
            anchor.ComplexProperty(a => a.Name, name => name.LocalizedText());
            anchor.ComplexProperty(a => a.LeaderTitle, title => title.LocalizedText());
            anchor.ComplexProperty(a => a.LeaderName, name => name.PersonName());
        });
        builder.ComplexProperty(n => n.Mayor, mayor => mayor.ComplexProperty(m => m.Name, name => name.PersonName()));
        builder.Ignore(n => n.DomainEvents);
    }
}
