using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Configurations;

/// <summary>
/// A meeting is one row with its rules as a JSON document (the charter's rules in force when it was scheduled, an
/// immutable value); its agenda items, each with its decision in columns, its votes and its attendees are child tables.
/// Votes and attendance are what many residents write at once, so each has a unique key per resident that the database
/// enforces: (meeting, item, resident) and (meeting, resident).
/// </summary>
internal sealed class NeighbourhoodMeetingConfiguration :
    IEntityTypeConfiguration<NeighbourhoodMeeting>,
    IEntityTypeConfiguration<AgendaItem>,
    IEntityTypeConfiguration<Vote>,
    IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<NeighbourhoodMeeting> builder)
    {
        builder.ToTable("neighbourhood_meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Neighbourhood>().WithMany().HasForeignKey(m => m.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.NeighbourhoodId, m.StartsAt });
        builder.ComplexProperty(m => m.Place, place => place.LocalizedText());
        builder.Property(m => m.Rules)
            .HasConversion(new JsonDocumentConverter<MeetingRules>(), JsonDocumentConverter<MeetingRules>.Comparer)
            .IsJsonDocument()
            .IsRequired();
        builder.Property(m => m.Minutes);
        builder.Property(m => m.CancellationReason).HasMaxLength(4000);
        builder.HasParts(m => m.Agenda, "_agenda", "MeetingId");
        builder.HasParts(m => m.Attendees, "_attendees", "MeetingId");
        builder.Ignore(m => m.HeldOn);
        builder.Ignore(m => m.Decisions);
        builder.Ignore(m => m.DomainEvents);
    }

    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("meeting_agenda_items");
        builder.HasKey("MeetingId", nameof(AgendaItem.Number));
        builder.Property(i => i.Number).ValueGeneratedNever();
        builder.Property(i => i.Title).HasMaxLength(NeighbourhoodMeeting.MaxTitleLength).IsRequired();
        builder.ComplexProperty(i => i.Decision, decision =>
        {
            decision.Property(d => d.ItemNumber);
            decision.Property(d => d.VotesFor);
            decision.Property(d => d.VotesAgainst);
            decision.Property(d => d.Abstentions);
            decision.Property(d => d.Attendees);
            decision.Property(d => d.QuorumMet);
            decision.Property(d => d.Outcome);
            decision.Property(d => d.Majority);
            decision.Property(d => d.DecidedAt);
        });
        builder.HasParts(i => i.Votes, "_votes", "MeetingId", "AgendaItemNumber");
    }

    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.ToTable("meeting_votes");
        builder.HasPositionKey("MeetingId", "AgendaItemNumber");
        builder.HasIndex("MeetingId", "AgendaItemNumber", nameof(Vote.ResidentId)).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(v => v.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<MeetingAttendee> builder)
    {
        builder.ToTable("meeting_attendees");
        builder.HasPositionKey("MeetingId");
        builder.HasIndex("MeetingId", nameof(MeetingAttendee.ResidentId)).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(a => a.ResidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
