using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas;

public sealed partial class CitizenIdea
{
    private static readonly Operation ReportProgressOperation = new(
        IdeaRuleIds.ProgressNeedsImplementation, new("ثبت پیشرفت اجرا", "record progress"), IdeaStatus.InProgress);

    private static readonly Operation RecordImplementerOperation = new(
        IdeaRuleIds.ImplementersNeedAcceptance,
        new("ثبت مجری", "record who carries it out"),
        IdeaStatus.Accepted,
        IdeaStatus.InProgress,
        IdeaStatus.Implemented);

    private readonly List<IdeaMilestone> _milestones = [];
    private readonly List<IdeaImplementer> _implementers = [];

    /// <summary>How far implementation has come, 0–100 percent; 100 once implemented. Shown to residents.</summary>
    public int ProgressPercent { get; private set; }

    /// <summary>The dated steps of implementation, in the order recorded. Shown to residents.</summary>
    public IReadOnlyList<IdeaMilestone> Milestones => _milestones;

    /// <summary>The residents who carry out or carried out the idea, in the order recorded.</summary>
    public IReadOnlyList<IdeaImplementer> Implementers => _implementers;

    /// <summary>Whether residents carried out the idea themselves: it is implemented and at least one resident is recorded as its implementer.</summary>
    public bool IsCarriedOutByResidents => Status == IdeaStatus.Implemented && _implementers.Count > 0;

    /// <summary>An official records that carrying out the accepted idea has started: accepted → in progress.</summary>
    /// <param name="official">The official.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">A note for residents, such as who carries it out and by when.</param>
    /// <returns>Success; or a failure when the idea is not accepted, is hidden or removed, or the date is too early.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="official"/> is null.</exception>
    public Result StartImplementation(MunicipalOfficial official, Instant at, string reason) =>
        Transition(StartImplementationOperation, IdeaStatus.InProgress, OfficialActor(official), at, reason);

    /// <summary>
    /// An official records a step of implementation and the progress after it. Progress may go down as well as up, as
    /// long as the step says why.
    /// </summary>
    /// <param name="official">The official.</param>
    /// <param name="at">When it is recorded.</param>
    /// <param name="percent">The progress after the step, 0–100.</param>
    /// <param name="reachedOn">The ISO-calendar date the step was reached: not after the city's date at <paramref name="at"/>, nor before the day the idea was accepted.</param>
    /// <param name="description">What was done.</param>
    /// <returns>
    /// Success; or a failure when the idea is not in progress (<c>idea.progress-needs-implementation</c>), the percent is
    /// out of range (<c>idea.progress-out-of-range</c>), the step is dated in the future (<c>idea.milestone-in-future</c>)
    /// or before acceptance (<c>idea.milestone-before-acceptance</c>), the idea is hidden or removed, or <paramref name="at"/> is too early.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="official"/> is null.</exception>
    public Result ReportProgress(MunicipalOfficial official, Instant at, int percent, LocalDate reachedOn, string description)
    {
        var actor = OfficialActor(official);
        var day = reachedOn.WithCalendar(CalendarSystem.Iso);
        var refusal = CheckCanAct(ReportProgressOperation, at)
            ?? (percent is < 0 or > 100 ? IdeaRefusal.ProgressOutOfRange(percent) : null)
            ?? CheckMilestoneDate(day, at)
            ?? CheckReason(description);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        var milestone = new IdeaMilestone(day, percent, UserText.Clean(description), actor, at);
        _milestones.Add(milestone);
        ProgressPercent = percent;
        Touch(at);
        Raise(new IdeaProgressReported(Id, milestone));
        return Result.Success();
    }

    /// <summary>
    /// An official records a resident as carrying out the idea, from its acceptance on (also after it is implemented,
    /// to complete the record). Once the idea is implemented, each such resident counts an
    /// <see cref="ParticipationKind.IdeaCarriedOut"/> participation.
    /// </summary>
    /// <param name="official">The official.</param>
    /// <param name="residentId">The resident; the proposer or anyone else.</param>
    /// <param name="at">When it is recorded.</param>
    /// <returns>
    /// Success; or a failure when the resident is already recorded (<c>idea.already-implementer</c>), the idea has not
    /// been accepted or was rejected or withdrawn (<c>idea.implementers-need-acceptance</c>), is hidden or removed, or the date is too early.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="official"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="residentId"/> is empty.</exception>
    public Result RecordImplementer(MunicipalOfficial official, ResidentId residentId, Instant at)
    {
        var actor = OfficialActor(official);
        Guard.NotEmpty(residentId.Value, nameof(residentId));
        var refusal = CheckCanAct(RecordImplementerOperation, at)
            ?? (_implementers.Exists(i => i.ResidentId == residentId) ? IdeaRefusal.AlreadyImplementer() : null);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        var implementer = new IdeaImplementer(residentId, actor, at);
        _implementers.Add(implementer);
        Touch(at);
        Raise(new IdeaImplementerRecorded(Id, implementer));
        return Result.Success();
    }

    /// <summary>An official records that the idea has been carried out: in progress → implemented, progress 100 percent.</summary>
    /// <param name="official">The official.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">What was done, for residents.</param>
    /// <returns>Success; or a failure when the idea is not in progress, is hidden or removed, or the date is too early.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="official"/> is null.</exception>
    public Result Implement(MunicipalOfficial official, Instant at, string reason)
    {
        var result = Transition(ImplementOperation, IdeaStatus.Implemented, OfficialActor(official), at, reason);
        if (result.IsSuccess)
        {
            ProgressPercent = 100;
        }

        return result;
    }

    private RuleViolation? CheckMilestoneDate(LocalDate reachedOn, Instant at)
    {
        var today = PersianDates.InCity(at).Date;
        if (reachedOn > today)
        {
            return IdeaRefusal.MilestoneInFuture(reachedOn, today);
        }

        var accepted = PersianDates.InCity(_transitions.FindLast(t => t.To == IdeaStatus.Accepted)!.At).Date;
        return reachedOn < accepted ? IdeaRefusal.MilestoneBeforeAcceptance(reachedOn, accepted) : null;
    }
}
