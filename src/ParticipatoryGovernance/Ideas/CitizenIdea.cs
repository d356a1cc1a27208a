using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas;

/// <summary>
/// A citizen idea (ایده / طرح خلاقانه شهروندی): a resident's proposal for their neighbourhood or the whole city, in an
/// urban field, from submission through review and an official answer to implementation, with endorsements,
/// moderation and the residents who carried it out. One object is one version; a rejected idea is resubmitted as a
/// new <see cref="CitizenIdea"/> linked by <see cref="PreviousVersionId"/>.
/// </summary>
/// <remarks>
/// <para>
/// The lifecycle: <see cref="IdeaStatus.Submitted"/> → <see cref="IdeaStatus.UnderReview"/> (by an official, or by
/// the charter when endorsements reach <see cref="IdeaRules.SupportThreshold"/> within the window) →
/// <see cref="IdeaStatus.Accepted"/> or <see cref="IdeaStatus.Rejected"/> (each with the official answer the proposer
/// sees) → <see cref="IdeaStatus.InProgress"/> → <see cref="IdeaStatus.Implemented"/>; or
/// <see cref="IdeaStatus.Withdrawn"/> by the proposer before acceptance. Every change is kept in
/// <see cref="Transitions"/> with who, when and why. Moderation runs beside it (<see cref="Visibility"/>).
/// </para>
/// <para>
/// A method the rules may refuse returns a failed <see cref="Result"/> and leaves the idea unchanged. Every dated act
/// must not be dated before <see cref="LastChangedAt"/>. A reason, answer or description is text a person typed: it is
/// checked by <see cref="UserText.Check"/> (at most <see cref="MaxReasonLength"/> characters) after the idea's state, and a
/// bad one is refused with an <see cref="InputRuleIds"/> rule, never an exception. An aggregate root: mutable, not thread-safe.
/// </para>
/// </remarks>
public sealed partial class CitizenIdea : AggregateRoot<CitizenIdeaId>
{
    /// <summary>The longest reason, answer or milestone description accepted.</summary>
    public const int MaxReasonLength = 4000;

    private static readonly Operation StartReviewOperation = new(
        IdeaRuleIds.TransitionNotAllowed, new("شروع بررسی", "start its review"), IdeaStatus.Submitted);

    private static readonly Operation AcceptOperation = new(
        IdeaRuleIds.TransitionNotAllowed, new("پذیرفتن", "accept it"), IdeaStatus.UnderReview);

    private static readonly Operation RejectOperation = new(
        IdeaRuleIds.TransitionNotAllowed, new("رد کردن", "reject it"), IdeaStatus.UnderReview);

    private static readonly Operation StartImplementationOperation = new(
        IdeaRuleIds.TransitionNotAllowed, new("شروع اجرا", "start carrying it out"), IdeaStatus.Accepted);

    private static readonly Operation ImplementOperation = new(
        IdeaRuleIds.TransitionNotAllowed, new("ثبت پایان اجرا", "mark it implemented"), IdeaStatus.InProgress);

    private static readonly Operation WithdrawOperation = new(
        IdeaRuleIds.TransitionNotAllowed, new("پس گرفتن ایده", "withdraw it"), IdeaStatus.Submitted, IdeaStatus.UnderReview);

    private static readonly Operation ResubmitOperation = new(
        IdeaRuleIds.TransitionNotAllowed, new("فرستادن نسخهٔ تازه", "resubmit it as a new version"), IdeaStatus.Rejected);

    private readonly List<IdeaTransition> _transitions = [];

    // For EF Core, which sets the properties after construction.
    private CitizenIdea()
        : base(default)
    {
        Title = null!;
        Description = null!;
        FieldKey = null!;
    }

    private CitizenIdea(
        CitizenIdeaId id,
        MunicipalityId municipalityId,
        ResidentId proposerId,
        IdeaDraft draft,
        Instant submittedAt,
        int version,
        CitizenIdeaId? previousVersionId,
        Instant firstSubmittedAt)
        : base(id)
    {
        MunicipalityId = municipalityId;
        ProposerId = proposerId;
        Title = draft.Title;
        Description = draft.Description;
        FieldKey = draft.Field.Key;
        NeighbourhoodId = draft.NeighbourhoodId;
        EstimatedCost = draft.EstimatedCost;
        SubmittedAt = submittedAt;
        FirstSubmittedAt = firstSubmittedAt;
        LastChangedAt = submittedAt;
        Version = version;
        PreviousVersionId = previousVersionId;
        Status = IdeaStatus.Submitted;
        Visibility = IdeaVisibility.Visible;
    }

    /// <summary>The municipality the idea was submitted to.</summary>
    public MunicipalityId MunicipalityId { get; private set; }

    /// <summary>The resident who proposed it.</summary>
    public ResidentId ProposerId { get; private set; }

    /// <summary>The title.</summary>
    public string Title { get; private set; }

    /// <summary>The description.</summary>
    public string Description { get; private set; }

    /// <summary>The key of its urban field, one of the charter's <see cref="GovernanceCharter.UrbanFields"/>, such as <c>environment</c>.</summary>
    public string FieldKey { get; private set; }

    /// <summary>The neighbourhood it is for, or <see langword="null"/> for the whole city.</summary>
    public NeighbourhoodId? NeighbourhoodId { get; private set; }

    /// <summary>Whether it is for the whole city rather than one neighbourhood.</summary>
    public bool IsCityWide => NeighbourhoodId is null;

    /// <summary>The proposer's estimate of the cost, or <see langword="null"/> when none was given.</summary>
    public Rials? EstimatedCost { get; private set; }

    /// <summary>When this version was submitted.</summary>
    public Instant SubmittedAt { get; private set; }

    /// <summary>When the first version of the idea was submitted; the same as <see cref="SubmittedAt"/> for version 1.</summary>
    public Instant FirstSubmittedAt { get; private set; }

    /// <summary>The version number: 1 for a new idea, one more for each resubmission after a rejection.</summary>
    public int Version { get; private set; }

    /// <summary>The rejected version this one replaces, or <see langword="null"/> for version 1.</summary>
    public CitizenIdeaId? PreviousVersionId { get; private set; }

    /// <summary>The version that replaced this one after its rejection, or <see langword="null"/> while it is the latest.</summary>
    public CitizenIdeaId? NextVersionId { get; private set; }

    /// <summary>Whether this is the latest version of the idea.</summary>
    public bool IsLatestVersion => NextVersionId is null;

    /// <summary>Where the idea is in its lifecycle.</summary>
    public IdeaStatus Status { get; private set; }

    /// <summary>
    /// When the idea last changed status, visibility or progress, or recorded an implementer; <see cref="SubmittedAt"/>
    /// until then. No act may be dated earlier.
    /// </summary>
    public Instant LastChangedAt { get; private set; }

    /// <summary>The status changes, oldest first, each with who, when and why. Submission itself is not a change.</summary>
    public IReadOnlyList<IdeaTransition> Transitions => _transitions;

    /// <summary>
    /// The official answer the proposer sees: the acceptance or rejection, with the official and the answer in
    /// <see cref="IdeaTransition.Reason"/>; <see langword="null"/> before a decision.
    /// </summary>
    public IdeaTransition? OfficialAnswer => _transitions.FindLast(t => t.To is IdeaStatus.Accepted or IdeaStatus.Rejected);

    /// <summary>Submits a new idea.</summary>
    /// <param name="id">The identifier; not the empty GUID.</param>
    /// <param name="municipality">The municipality it is submitted to; its charter lists the urban fields.</param>
    /// <param name="proposerId">The resident proposing it; not the empty GUID.</param>
    /// <param name="draft">What the resident wrote.</param>
    /// <param name="submittedAt">When.</param>
    /// <returns>
    /// The idea, submitted; or a failure when the municipality had not launched the citizen ideas phase by that day
    /// (<c>idea.phase-not-launched</c>) or the field is not one of its charter's (<c>idea.unknown-field</c>).
    /// </returns>
    /// <exception cref="ArgumentException">An identifier is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="municipality"/> or <paramref name="draft"/> is null.</exception>
    public static Result<CitizenIdea> Submit(CitizenIdeaId id, Municipality municipality, ResidentId proposerId, IdeaDraft draft, Instant submittedAt)
    {
        Guard.NotEmpty(id.Value, nameof(id));
        ArgumentNullException.ThrowIfNull(municipality);
        Guard.NotEmpty(proposerId.Value, nameof(proposerId));
        ArgumentNullException.ThrowIfNull(draft);
        var errors = CheckSubmission(municipality, draft, submittedAt);
        if (errors.Count > 0)
        {
            return Result.Failure<CitizenIdea>([.. errors]);
        }

        var idea = new CitizenIdea(id, municipality.Id, proposerId, draft, submittedAt, 1, null, submittedAt);
        idea.Raise(new IdeaSubmitted(id, municipality.Id, proposerId, 1, submittedAt));
        return Result.Success(idea);
    }

    /// <summary>An official starts reviewing the idea: submitted → under review.</summary>
    /// <param name="official">The reviewing official.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why, or a note for the proposer.</param>
    /// <returns>Success; or a failure when the idea is not submitted, is hidden or removed, or the date is too early.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="official"/> is null.</exception>
    public Result StartReview(MunicipalOfficial official, Instant at, string reason) =>
        Transition(StartReviewOperation, IdeaStatus.UnderReview, OfficialActor(official), at, reason);

    /// <summary>An official accepts the idea, with the answer the proposer sees: under review → accepted.</summary>
    /// <param name="official">The deciding official.</param>
    /// <param name="at">When.</param>
    /// <param name="answer">The official answer.</param>
    /// <returns>Success; or a failure when the idea is not under review, is hidden or removed, or the date is too early.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="official"/> is null.</exception>
    public Result Accept(MunicipalOfficial official, Instant at, string answer) =>
        Transition(AcceptOperation, IdeaStatus.Accepted, OfficialActor(official), at, answer);

    /// <summary>
    /// An official rejects the idea, with the answer the proposer sees: under review → rejected. The proposer may then
    /// <see cref="Resubmit">resubmit</see> a new version.
    /// </summary>
    /// <param name="official">The deciding official.</param>
    /// <param name="at">When.</param>
    /// <param name="answer">The official answer: why, and what a new version would need.</param>
    /// <returns>Success; or a failure when the idea is not under review, is hidden or removed, or the date is too early.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="official"/> is null.</exception>
    public Result Reject(MunicipalOfficial official, Instant at, string answer) =>
        Transition(RejectOperation, IdeaStatus.Rejected, OfficialActor(official), at, answer);

    /// <summary>The proposer withdraws the idea before it is accepted: submitted or under review → withdrawn.</summary>
    /// <param name="proposerId">The resident withdrawing it; must be the proposer.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why.</param>
    /// <returns>
    /// Success, also while the idea is hidden (a proposer may always take back an unanswered idea); or a failure when
    /// the resident is not the proposer, the idea has been accepted or decided, was removed, or the date is too early.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="proposerId"/> is empty.</exception>
    public Result Withdraw(ResidentId proposerId, Instant at, string reason)
    {
        var actor = Actor.Resident(proposerId);
        if (proposerId != ProposerId)
        {
            return Result.Failure(IdeaRefusal.ProposerOnly(WithdrawOperation.Name));
        }

        return Transition(WithdrawOperation, IdeaStatus.Withdrawn, actor, at, reason, allowWhileHidden: true);
    }

    /// <summary>
    /// The proposer resubmits a rejected idea as a new version: a new <see cref="CitizenIdea"/> with the next
    /// <see cref="Version"/>, linked both ways, starting again as submitted with no endorsements.
    /// </summary>
    /// <param name="newId">The new version's identifier; not the empty GUID nor this idea's.</param>
    /// <param name="municipality">The idea's municipality.</param>
    /// <param name="proposerId">The resident resubmitting; must be the proposer.</param>
    /// <param name="draft">The revised idea.</param>
    /// <param name="at">When.</param>
    /// <returns>
    /// The new version; or a failure when the resident is not the proposer, this version is not rejected or was already
    /// resubmitted, is hidden or removed, the date is too early, or the draft breaks a submission rule. On failure
    /// neither version changes.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// An identifier is empty, <paramref name="newId"/> is this idea's, or <paramref name="municipality"/> is not the idea's.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="municipality"/> or <paramref name="draft"/> is null.</exception>
    public Result<CitizenIdea> Resubmit(CitizenIdeaId newId, Municipality municipality, ResidentId proposerId, IdeaDraft draft, Instant at)
    {
        Guard.NotEmpty(newId.Value, nameof(newId));
        ArgumentNullException.ThrowIfNull(municipality);
        Guard.NotEmpty(proposerId.Value, nameof(proposerId));
        ArgumentNullException.ThrowIfNull(draft);
        if (newId == Id)
        {
            throw new ArgumentException("The new version needs an identifier of its own.", nameof(newId));
        }

        if (municipality.Id != MunicipalityId)
        {
            throw new ArgumentException("The idea belongs to another municipality.", nameof(municipality));
        }

        if (proposerId != ProposerId)
        {
            return Result.Failure<CitizenIdea>(IdeaRefusal.ProposerOnly(ResubmitOperation.Name));
        }

        if (NextVersionId is { } next)
        {
            return Result.Failure<CitizenIdea>(IdeaRefusal.AlreadyResubmitted(next));
        }

        var refusal = CheckCanAct(ResubmitOperation, at);
        if (refusal is not null)
        {
            return Result.Failure<CitizenIdea>(refusal);
        }

        var errors = CheckSubmission(municipality, draft, at);
        if (errors.Count > 0)
        {
            return Result.Failure<CitizenIdea>([.. errors]);
        }

        var version = new CitizenIdea(newId, MunicipalityId, ProposerId, draft, at, Version + 1, Id, FirstSubmittedAt);
        version.Raise(new IdeaSubmitted(newId, MunicipalityId, ProposerId, version.Version, at));
        NextVersionId = newId;
        Raise(new IdeaResubmitted(Id, newId));
        return Result.Success(version);
    }

    private static List<RuleViolation> CheckSubmission(Municipality municipality, IdeaDraft draft, Instant at)
    {
        var errors = new List<RuleViolation>();
        var day = PersianDates.InCity(at).Date;
        if (!municipality.HasLaunched(ProgrammePhase.CitizenIdeas, day))
        {
            errors.Add(IdeaRefusal.PhaseNotLaunched(day));
        }

        if (municipality.Charter.FindUrbanField(draft.Field.Key) is null)
        {
            errors.Add(IdeaRefusal.UnknownField(draft.Field, municipality.Charter.UrbanFields));
        }

        // A draft built with its constructor may carry any amount; the bound keeps budgeting sums inside a long.
        if (draft.EstimatedCost is { } cost && Rials.Check(cost.Amount) is { } costProblem)
        {
            errors.Add(costProblem);
        }

        return errors;
    }

    private static Actor OfficialActor(MunicipalOfficial official)
    {
        ArgumentNullException.ThrowIfNull(official);
        return Actor.Official(official);
    }

    /// <summary>The name of a reason, answer or note field in messages.</summary>
    private static readonly LocalizedText ReasonName = new("متن توضیح", "The reason or answer");

    /// <summary>Checks a reason, answer or description a person typed; a refusal, never an exception.</summary>
    private static RuleViolation? CheckReason(string? reason) => UserText.Check(reason, MaxReasonLength, ReasonName, multiline: true);

    // The state is checked before the text, so that an act in the wrong state says so whatever was typed.
    private Result Transition(Operation operation, IdeaStatus to, Actor by, Instant at, string? reason, bool allowWhileHidden = false)
    {
        var refusal = CheckCanAct(operation, at, allowWhileHidden) ?? CheckReason(reason);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        Apply(to, by, at, UserText.Clean(reason!));
        return Result.Success();
    }

    private RuleViolation? CheckCanAct(Operation operation, Instant at, bool allowWhileHidden = false) =>
        CheckVisible(allowWhileHidden)
        ?? (operation.From.Contains(Status) ? null : IdeaRefusal.NotAllowedInStatus(operation.Rule, Status, operation.Name, operation.From))
        ?? CheckNotBefore(at);

    private RuleViolation? CheckVisible(bool allowWhileHidden = false) => Visibility switch
    {
        IdeaVisibility.Removed => IdeaRefusal.Removed(_visibilityChanges[^1].At),
        IdeaVisibility.Hidden when !allowWhileHidden => IdeaRefusal.Hidden(),
        _ => null,
    };

    private RuleViolation? CheckNotBefore(Instant at) => at < LastChangedAt ? IdeaRefusal.DatedTooEarly(at, LastChangedAt) : null;

    private void Apply(IdeaStatus to, Actor by, Instant at, string reason)
    {
        var transition = new IdeaTransition(Status, to, by, at, reason);
        _transitions.Add(transition);
        Status = to;
        Touch(at);
        Raise(new IdeaStatusChanged(Id, transition));
    }

    private void Touch(Instant at)
    {
        if (at > LastChangedAt)
        {
            LastChangedAt = at;
        }
    }

    /// <summary>An act on the idea: the rule it breaks when refused, its name for messages, and the statuses it is allowed in.</summary>
    private sealed class Operation(string rule, LocalizedText name, params IdeaStatus[] from)
    {
        public string Rule { get; } = rule;

        public LocalizedText Name { get; } = name;

        public IReadOnlyList<IdeaStatus> From { get; } = from;
    }
}
