using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A resident is one row. The birth date is internal to the model (ADR 0004) and mapped here as a friend assembly,
/// so that cohort specifications filter on it in the database while no public property carries it.
/// </summary>
internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        builder.ToTable("residents");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(r => r.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(r => r.Name, name => name.PersonName());
        builder.Property(r => r.BirthDate).HasColumnName("birth_date");
        builder.HasIndex(r => r.BirthDate);
        builder.Property(r => r.ActiveCitizenship)
            .HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)new JsonDocumentConverter<ActiveCitizenship>(), JsonDocumentConverter<ActiveCitizenship>.Comparer)
            .IsJsonDocument();
        builder.HasIndex(r => new { r.NeighbourhoodId, r.IsActiveCitizen });
        builder.Ignore(r => r.BirthDecade);
        builder.Ignore(r => r.DomainEvents);
    }
}
