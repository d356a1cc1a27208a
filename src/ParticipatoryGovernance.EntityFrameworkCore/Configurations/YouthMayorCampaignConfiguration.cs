using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A campaign is one row, with the charter it runs by as a JSON document (the copy taken when the call opened, an
/// immutable value). Its stage dates, applications, interview sessions with their interviews, youth mayors and their
/// team members are child tables; a youth mayor's team (its seats) shares the youth mayor's row. A session's lead and
/// panel are immutable values kept as JSON. The database refuses a second application by the same resident and a
/// resident on a team twice; team seats are kept by the campaign's version (ADR 0016).
/// </summary>
internal sealed class YouthMayorCampaignConfiguration :
    IEntityTypeConfiguration<YouthMayorCampaign>,
    IEntityTypeConfiguration<CampaignStageStart>,
    IEntityTypeConfiguration<YouthMayorApplication>,
    IEntityTypeConfiguration<InterviewSession>,
    IEntityTypeConfiguration<Interview>,
    IEntityTypeConfiguration<YouthMayor>,
    IEntityTypeConfiguration<YouthTeam>,
    IEntityTypeConfiguration<YouthTeamMember>
{
    private const int MaxFieldKeyLength = 100;

    public void Configure(EntityTypeBuilder<YouthMayorCampaign> builder)
    {
        builder.ToTable("youth_mayor_campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.MunicipalityId, c.CallOpensOn });
        builder.ComplexProperty(c => c.Name, name => name.LocalizedText());
        builder.Property(c => c.Charter)
            .HasConversion(new JsonDocumentConverter<GovernanceCharter>(), JsonDocumentConverter<GovernanceCharter>.Comparer)
            .IsJsonDocument()
            .IsRequired();
        builder.HasParts(c => c.Stages, "_stages", "CampaignId");
        builder.HasParts(c => c.Applications, "_applications", "CampaignId");
        builder.HasParts(c => c.InterviewSessions, "_interviewSessions", "CampaignId");
        builder.HasParts(c => c.YouthMayors, "_youthMayors", "CampaignId");
        builder.Ignore(c => c.Stage);
        builder.Ignore(c => c.TermStartedOn);
        builder.Ignore(c => c.DomainEvents);
    }

    public void Configure(EntityTypeBuilder<CampaignStageStart> builder)
    {
        // A stage is entered once, and stages follow their numeric order, so the stage itself orders the list.
        builder.ToTable("youth_campaign_stages");
        builder.HasKey("CampaignId", nameof(CampaignStageStart.Stage));
        builder.Property(s => s.Stage).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<YouthMayorApplication> builder)
    {
        builder.ToTable("youth_mayor_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasPosition();
        builder.HasIndex("CampaignId", AggregateParts.PositionProperty).IsUnique();
        builder.HasIndex("CampaignId", nameof(YouthMayorApplication.ResidentId)).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(a => a.ResidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(a => a.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(a => a.GuardianConsent, consent => consent.GuardianConsent());
        builder.Ignore(a => a.IsShortlisted);
    }

    public void Configure(EntityTypeBuilder<InterviewSession> builder)
    {
        builder.ToTable("youth_interview_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasPosition();
        builder.HasIndex("CampaignId", AggregateParts.PositionProperty).IsUnique();
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(s => s.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Lead)
            .HasConversion(new JsonDocumentConverter<NeighbourhoodMayor>(), JsonDocumentConverter<NeighbourhoodMayor>.Comparer)
            .IsJsonDocument()
            .IsRequired();
        builder.HasJsonList<InterviewSession, PanelMember>("_otherPanelMembers", "other_panel_members");
        builder.Ignore(s => s.OtherPanelMembers);
        builder.HasParts(s => s.Interviews, "_interviews", "InterviewSessionId");
    }

    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.ToTable("youth_interviews");
        builder.HasPositionKey("InterviewSessionId");
        builder.HasIndex("InterviewSessionId", nameof(Interview.ApplicationId)).IsUnique();
        builder.HasIndex(i => i.ApplicationId);
        builder.Property(i => i.ApplicationId);
        builder.Property(i => i.Score);
        builder.Property(i => i.Notes).HasMaxLength(Interview.MaxNotesLength);
    }

    public void Configure(EntityTypeBuilder<YouthMayor> builder)
    {
        builder.ToTable("youth_mayors");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasPosition();
        builder.HasIndex("CampaignId", AggregateParts.PositionProperty).IsUnique();
        builder.HasIndex("CampaignId", nameof(YouthMayor.ResidentId)).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(m => m.ResidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(m => m.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(m => m.SelectedBy, name => name.PersonName());

        // The team shares the youth mayor's row (its seats); its members are a child table of their own.
        builder.HasOne(m => m.Team)
            .WithOne()
            .HasForeignKey<YouthTeam>("YouthMayorId")
            .IsRequired()
            .OnDelete(DeleteBehavior.Cascade)
            .HasAnnotation(AggregateParts.Annotation, true);
        builder.Navigation(m => m.Team).IsRequired();
    }

    public void Configure(EntityTypeBuilder<YouthTeam> builder)
    {
        builder.ToTable("youth_mayors");
        builder.HasKey("YouthMayorId");
        builder.Property<YouthMayorId>("YouthMayorId").HasColumnName("id");
        builder.Property(t => t.Seats).HasColumnName("team_seats");
        builder.HasParts(t => t.Members, "_members", "YouthMayorId");
        builder.Ignore(t => t.FreeSeats);
        builder.Ignore(t => t.IsComplete);
    }

    public void Configure(EntityTypeBuilder<YouthTeamMember> builder)
    {
        builder.ToTable("youth_team_members");
        builder.HasPositionKey("YouthMayorId");
        builder.HasIndex("YouthMayorId", nameof(YouthTeamMember.ResidentId)).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(m => m.ResidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(m => m.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.UrbanFieldKey).HasMaxLength(MaxFieldKeyLength).IsRequired();
        builder.ComplexProperty(m => m.GuardianConsent, consent => consent.GuardianConsent());
    }
}
