using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A municipality is one row: its names in columns, its charter as one JSON document (the charter is an immutable
/// value whose settings grow with each part of the model), and its phase launches in a child table keyed by phase,
/// so that the database itself refuses a phase launched twice.
/// </summary>
internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("municipalities");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.ComplexProperty(m => m.Name, name => name.LocalizedText());
        builder.ComplexProperty(m => m.Province, province => province.LocalizedText());
        builder.Property(m => m.Charter)
            .HasConversion(new JsonDocumentConverter<GovernanceCharter>(), JsonDocumentConverter<GovernanceCharter>.Comparer)
            .IsJsonDocument()
            .IsRequired();
        builder.OwnsMany(m => m.PhaseLaunches, launch =>
        {
            launch.ToTable("municipality_phase_launches");
            launch.WithOwner().HasForeignKey("MunicipalityId");
            launch.HasKey("MunicipalityId", nameof(PhaseLaunch.Phase));
            launch.Property(l => l.Phase).ValueGeneratedNever();
        });
        builder.Navigation(m => m.PhaseLaunches).HasField("_phaseLaunches").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(m => m.DomainEvents);
    }
}
