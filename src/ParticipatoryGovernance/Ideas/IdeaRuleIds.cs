namespace ParticipatoryGovernance.Ideas;

/// <summary>
/// The identifiers of the rules a citizen idea refuses with (<see cref="Common.RuleViolation.Rule"/>). Hosts and tests match
/// on them; they never change once published. In each summary, … marks a detail the message fills in.
/// </summary>
public static class IdeaRuleIds
{
    /// <summary><c>idea.already-endorsed</c>: You endorsed this idea at …; each resident endorses an idea once.</summary>
    public const string AlreadyEndorsed = "idea.already-endorsed";

    /// <summary><c>idea.already-implementer</c>: This resident is already recorded as carrying out this idea.</summary>
    public const string AlreadyImplementer = "idea.already-implementer";

    /// <summary><c>idea.already-reported</c>: You have already reported this idea; your report is waiting for a moderator.</summary>
    public const string AlreadyReported = "idea.already-reported";

    /// <summary><c>idea.already-resubmitted</c>: A new version of this idea was already submitted (…); follow that version instead.</summary>
    public const string AlreadyResubmitted = "idea.already-resubmitted";

    /// <summary><c>idea.dated-too-early</c>: This is dated …, before the idea's last recorded change at …; record events in the order they happened.</summary>
    public const string DatedTooEarly = "idea.dated-too-early";

    /// <summary><c>idea.endorsements-closed</c>: The idea is no longer open to endorsements in its current status.</summary>
    public const string EndorsementsClosed = "idea.endorsements-closed";

    /// <summary><c>idea.hidden-pending-moderation</c>: This idea is hidden after residents' reports; nothing can change until a moderator restores or removes it.</summary>
    public const string HiddenPendingModeration = "idea.hidden-pending-moderation";

    /// <summary><c>idea.implementers-need-acceptance</c>: Residents carrying out an idea are recorded only once it has been accepted.</summary>
    public const string ImplementersNeedAcceptance = "idea.implementers-need-acceptance";

    /// <summary><c>idea.milestone-before-acceptance</c>: The milestone is dated …, before the idea was accepted on ….</summary>
    public const string MilestoneBeforeAcceptance = "idea.milestone-before-acceptance";

    /// <summary><c>idea.milestone-in-future</c>: The milestone is dated …, which has not come yet; today is ….</summary>
    public const string MilestoneInFuture = "idea.milestone-in-future";

    /// <summary><c>idea.not-endorsed</c>: You have not endorsed this idea, so there is no endorsement to withdraw.</summary>
    public const string NotEndorsed = "idea.not-endorsed";

    /// <summary><c>idea.not-hidden</c>: This idea is not hidden, so there is nothing to restore.</summary>
    public const string NotHidden = "idea.not-hidden";

    /// <summary><c>idea.own-idea-endorsement</c>: The proposer cannot endorse their own idea.</summary>
    public const string OwnIdeaEndorsement = "idea.own-idea-endorsement";

    /// <summary><c>idea.phase-not-launched</c>: The municipality had not launched the citizen ideas phase by …; ideas are accepted from the phase's launch on.</summary>
    public const string PhaseNotLaunched = "idea.phase-not-launched";

    /// <summary><c>idea.progress-needs-implementation</c>: Progress is reported only while the idea is being carried out.</summary>
    public const string ProgressNeedsImplementation = "idea.progress-needs-implementation";

    /// <summary><c>idea.progress-out-of-range</c>: Progress must be from 0 to 100 percent; it was given as ….</summary>
    public const string ProgressOutOfRange = "idea.progress-out-of-range";

    /// <summary><c>idea.proposer-only</c>: Only the resident who proposed this idea can ….</summary>
    public const string ProposerOnly = "idea.proposer-only";

    /// <summary><c>idea.removed</c>: A moderator removed this idea at …; it can no longer change.</summary>
    public const string Removed = "idea.removed";

    /// <summary><c>idea.transition-not-allowed</c>: The act (review, accept, reject, start or finish implementation, withdraw, resubmit) is not allowed in the idea's current status; the message names the status and the statuses it is allowed in.</summary>
    public const string TransitionNotAllowed = "idea.transition-not-allowed";

    /// <summary><c>idea.unknown-field</c>: The urban field '…' is not one of this municipality's fields; choose one of: ….</summary>
    public const string UnknownField = "idea.unknown-field";
}
