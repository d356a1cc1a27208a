using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Meetings;

/// <summary>The <see cref="IAttendanceSheetStore"/> over the governance database: one row per sheet line.</summary>
/// <param name="db">The scope's context.</param>
public sealed class AttendanceSheetStore(GovernanceDbContext db) : IAttendanceSheetStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<AttendanceSheetLine>> LinesAsync(MeetingId meeting, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<StoredAttendanceSheetLine>().AsNoTracking().Where(l => l.MeetingId == meeting.Value)
            .OrderBy(l => l.EnteredAt).ThenBy(l => l.SheetNumber).ThenBy(l => l.Line).ToListAsync(cancellationToken);
        return [.. rows.Select(l => new AttendanceSheetLine(new MeetingId(l.MeetingId), l.SheetNumber, l.Line, new ResidentId(l.ResidentId), l.EnteredBy, l.EnteredAt))];
    }

    /// <inheritdoc />
    public async Task<bool> AddSheetAsync(IReadOnlyList<AttendanceSheetLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        db.ChangeTracker.Clear();
        foreach (var line in lines)
        {
            db.Add(new StoredAttendanceSheetLine
            {
                MeetingId = line.Meeting.Value,
                SheetNumber = line.SheetNumber,
                Line = line.Line,
                ResidentId = line.Resident.Value,
                EnteredBy = line.EnteredBy,
                EnteredAt = line.EnteredAt,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another clerk stored the same sheet number (or listed one of these residents) at the same moment.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <inheritdoc />
    public Task RemoveSheetAsync(MeetingId meeting, string sheetNumber, CancellationToken cancellationToken = default) =>
        db.Set<StoredAttendanceSheetLine>().Where(l => l.MeetingId == meeting.Value && l.SheetNumber == sheetNumber).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Registers the store; called by the storage registration.</summary>
    internal static void AddTo(IServiceCollection services) => services.TryAddScoped<IAttendanceSheetStore, AttendanceSheetStore>();
}

/// <summary>A paper attendance sheet's line as the database keeps it.</summary>
internal sealed class StoredAttendanceSheetLine
{
    public Guid MeetingId { get; set; }

    public string SheetNumber { get; set; } = string.Empty;

    public int Line { get; set; }

    public Guid ResidentId { get; set; }

    public string EnteredBy { get; set; } = string.Empty;

    public Instant EnteredAt { get; set; }
}

/// <summary>The sheet lines: a sheet number once per meeting, a resident once per meeting.</summary>
internal sealed class StoredAttendanceSheetLineConfiguration : IEntityTypeConfiguration<StoredAttendanceSheetLine>
{
    public void Configure(EntityTypeBuilder<StoredAttendanceSheetLine> builder)
    {
        builder.ToTable("attendance_sheet_lines");
        builder.HasKey(l => new { l.MeetingId, l.SheetNumber, l.Line });
        builder.Property(l => l.SheetNumber).HasMaxLength(RecordAttendanceSheetHandler.MaxSheetNumberLength);
        builder.Property(l => l.EnteredBy).HasMaxLength(RecordAttendanceSheetHandler.MaxClerkLength).IsRequired();
        builder.HasIndex(l => new { l.MeetingId, l.ResidentId }).IsUnique();
    }
}
