using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas;

public sealed partial class CitizenIdea
{
    private readonly List<IdeaReport> _reports = [];
    private readonly List<IdeaVisibilityChange> _visibilityChanges = [];

    /// <summary>Whether residents can see the idea; see <see cref="IdeaVisibility"/>.</summary>
    public IdeaVisibility Visibility { get; private set; }

    /// <summary>
    /// The current moderation round: 0 until a moderator first restores the idea, then one more after each restoration.
    /// Reports of earlier rounds were answered by the restoration and no longer count.
    /// </summary>
    public int ModerationRound { get; private set; }

    /// <summary>Every report, oldest first, including those of earlier rounds.</summary>
    public IReadOnlyList<IdeaReport> Reports => _reports;

    /// <summary>The moderation steps, oldest first, each with who, when and why.</summary>
    public IReadOnlyList<IdeaVisibilityChange> VisibilityChanges => _visibilityChanges;

    /// <summary>The reports of the current round: those waiting for a moderator, or counting toward hiding the idea.</summary>
    public int PendingReports => ModerationRounds.Pending(_reports, ModerationRound, r => r.Round);

    /// <summary>
    /// A resident reports the idea as abusive. When the current round's reports reach the charter's
    /// <see cref="IdeaRules.ReportsToHide"/>, the idea is hidden until a moderator restores or removes it (as Decidim does),
    /// recorded with <see cref="Actor.Charter"/> as the actor.
    /// </summary>
    /// <param name="reporterId">The reporting resident.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">What is wrong with it.</param>
    /// <param name="rules">The municipality's idea rules, from <c>GovernanceCharter.Ideas</c>.</param>
    /// <returns>
    /// Success; or a failure when the resident already reported it in this round (<c>idea.already-reported</c>), it is
    /// already hidden or removed, or the date is too early.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="reporterId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public Result Report(ResidentId reporterId, Instant at, string reason, IdeaRules rules)
    {
        Guard.NotEmpty(reporterId.Value, nameof(reporterId));
        ArgumentNullException.ThrowIfNull(rules);
        var refusal = CheckVisible()
            ?? (ModerationRounds.AlreadyReported(_reports, reporterId, ModerationRound, r => r.ReporterId, r => r.Round) ? IdeaRefusal.AlreadyReported() : null)
            ?? CheckNotBefore(at)
            ?? CheckReason(reason);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        var report = new IdeaReport(reporterId, at, UserText.Clean(reason), ModerationRound);
        _reports.Add(report);
        Raise(new IdeaReported(Id, report));
        var pending = PendingReports;
        if (ModerationRounds.Hides(pending, rules))
        {
            ChangeVisibility(IdeaVisibility.Hidden, Actor.Charter, at, IdeaRefusal.ReportsReached(pending));
        }

        return Result.Success();
    }

    /// <summary>
    /// A moderator restores a hidden idea: hidden → visible. The reports that hid it are answered; a new round starts,
    /// so it takes the charter's number of new reports to hide it again.
    /// </summary>
    /// <param name="moderator">The moderator.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why it may stay.</param>
    /// <returns>Success; or a failure when the idea is not hidden (<c>idea.not-hidden</c>), was removed, or the date is too early.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moderator"/> is null.</exception>
    public Result Restore(MunicipalOfficial moderator, Instant at, string reason)
    {
        var actor = OfficialActor(moderator);
        var refusal = CheckVisible(allowWhileHidden: true)
            ?? (Visibility != IdeaVisibility.Hidden ? IdeaRefusal.NotHidden() : null)
            ?? CheckNotBefore(at)
            ?? CheckReason(reason);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        ModerationRound++;
        ChangeVisibility(IdeaVisibility.Visible, actor, at, UserText.Clean(reason));
        return Result.Success();
    }

    /// <summary>
    /// A moderator removes the idea: visible or hidden → removed, for good. A removed idea leaves public lists, figures
    /// and participation records, and refuses every further change.
    /// </summary>
    /// <param name="moderator">The moderator.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why.</param>
    /// <returns>Success; or a failure when it was already removed or the date is too early.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moderator"/> is null.</exception>
    public Result Remove(MunicipalOfficial moderator, Instant at, string reason)
    {
        var actor = OfficialActor(moderator);
        var refusal = CheckVisible(allowWhileHidden: true) ?? CheckNotBefore(at) ?? CheckReason(reason);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        ChangeVisibility(IdeaVisibility.Removed, actor, at, UserText.Clean(reason));
        return Result.Success();
    }

    private void ChangeVisibility(IdeaVisibility to, Actor by, Instant at, string reason)
    {
        var change = new IdeaVisibilityChange(Visibility, to, by, at, reason);
        _visibilityChanges.Add(change);
        Visibility = to;
        Touch(at);
        Raise(new IdeaVisibilityChanged(Id, change));
    }
}
