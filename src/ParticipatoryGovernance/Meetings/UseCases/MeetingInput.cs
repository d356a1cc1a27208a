using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Meetings.UseCases;

/// <summary>What a meeting's handlers check before the aggregate is reached, and the one path every change takes.</summary>
internal static class MeetingInput
{
    /// <summary>The place column holds 400 characters (a <see cref="LocalizedText"/> form).</summary>
    public const int MaxPlaceLength = 400;

    /// <summary>An agenda item's description and a cancellation reason: the width of the reason columns.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Minutes are stored unbounded; this keeps a pasted book (or an attack) out of the table.</summary>
    public const int MaxMinutesLength = 20_000;

    /// <summary>A meeting's agenda at scheduling; more items than an evening can hold is a slip.</summary>
    public const int MaxAgendaItems = 50;

    public static readonly LocalizedText Place = new("محل جلسه", "meeting place");
    public static readonly LocalizedText StartsAt = new("زمان آغاز جلسه", "meeting start");
    public static readonly LocalizedText AgendaTitle = new("عنوان بند دستور جلسه", "agenda item title");
    public static readonly LocalizedText AgendaDescription = new("شرح بند دستور جلسه", "agenda item description");
    public static readonly LocalizedText AgendaItems = new("بندهای دستور جلسه", "agenda items");
    public static readonly LocalizedText Minutes = new("صورت‌جلسه", "minutes");
    public static readonly LocalizedText CancellationReason = new("دلیل لغو جلسه", "reason for cancelling");
    public static readonly LocalizedText Choice = new("رأی", "vote choice");

    /// <summary>
    /// Changes a stored meeting of the municipality: the meeting is read first to find its neighbourhood, which must be
    /// the municipality's (a meeting has no municipality of its own), then changed the one retrying way.
    /// </summary>
    public static async Task<Result<Changed>> ChangeAsync(
        IGovernanceStore store,
        MunicipalityId municipalityId,
        MeetingId meetingId,
        IEnumerable<RuleViolation?> inputRefusals,
        Func<NeighbourhoodMeeting, Result> change,
        CancellationToken cancellationToken)
    {
        var municipality = await store.MunicipalityAsync(municipalityId, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var refusals = new List<RuleViolation>();
        var meeting = await store.FindAsync(new NeighbourhoodMeetingByIdSpec(meetingId), cancellationToken);
        if (meeting is null || (await store.NeighbourhoodAsync(municipalityId, meeting.NeighbourhoodId, cancellationToken)).IsFailure)
        {
            refusals.Add(UseCaseRules.Missing(UseCaseRules.Things.Meeting));
        }

        refusals.AddRange(inputRefusals.OfType<RuleViolation>());
        if (refusals.Count > 0)
        {
            return Result.Failure<Changed>([.. refusals]);
        }

        // A meeting never changes neighbourhood, so "within the municipality" on the fresh load means "in the
        // neighbourhood checked above".
        var neighbourhood = meeting!.NeighbourhoodId;
        var stored = await store.ChangeAsync(
            new NeighbourhoodMeetingByIdSpec(meetingId),
            HandlerSteps.Within<NeighbourhoodMeeting>(m => m.NeighbourhoodId == neighbourhood ? municipalityId : default, municipalityId, UseCaseRules.Things.Meeting, change),
            cancellationToken);
        return stored.Done();
    }

    /// <summary>The vote choice when it is one of those offered.</summary>
    public static RuleViolation? Check(VoteChoice choice) => Enum.IsDefined(choice) ? null : UseCaseRules.Unknown(Choice);
}
