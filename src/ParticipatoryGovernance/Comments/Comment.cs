using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Comments.Events;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Comments;

/// <summary>
/// A resident's comment on an idea or on a meeting's agenda item, or a reply to another comment there: optionally for or
/// against, editable by its author for the charter's <see cref="CommentRules.EditWindowMinutes"/>, reported and hidden
/// under the same moderation rule as ideas, and counted as participation while it is visible.
/// </summary>
/// <remarks>
/// <para>
/// Each comment is its own aggregate, so that residents answering one another never wait on a shared record. A reply
/// names its parent, which must be on the same subject and visible; threads are at most <see cref="MaxDepth"/> levels
/// (a comment, a reply, a reply to the reply): deeper nesting is unreadable on a phone, and a reply to the deepest level
/// answers its parent instead.
/// </para>
/// <para>
/// The text is checked by <see cref="UserText.Check"/> (at most <see cref="MaxBodyLength"/> characters) and a bad one is
/// refused with an <see cref="InputRuleIds"/> rule. Authors are kept by identifier only: a public view shows them through
/// <see cref="Resident.ToPublicProfile"/>, so a minor appears by given name and initial. An aggregate root: mutable,
/// not thread-safe.
/// </para>
/// </remarks>
public sealed class Comment : AggregateRoot<CommentId>
{
    /// <summary>The longest comment accepted, in UTF-16 code units once trimmed.</summary>
    public const int MaxBodyLength = 2000;

    /// <summary>The longest report or moderation reason accepted.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>The most levels a thread has: 0 for a comment, 1 for a reply, 2 for a reply to a reply.</summary>
    public const int MaxDepth = 3;

    /// <summary>The field names used in refusals.</summary>
    internal static readonly LocalizedText BodyName = new("متن نظر", "comment");

    /// <summary>The field names used in refusals.</summary>
    internal static readonly LocalizedText ReasonName = new("دلیل", "reason");

    private readonly List<CommentReport> _reports = [];
    private readonly List<CommentVisibilityChange> _visibilityChanges = [];
    private readonly List<CommentEdit> _edits = [];

    // For EF Core, which sets the properties after construction.
    private Comment()
        : base(default)
    {
        Body = null!;
    }

    private Comment(CommentId id, CommentTarget target, ResidentId authorId, CommentId? parentId, int depth, string body, CommentStance stance, Instant at)
        : base(id)
    {
        MunicipalityId = target.MunicipalityId;
        SubjectKind = target.Subject.Kind;
        SubjectId = target.Subject.Id;
        AgendaItemNumber = target.Subject.AgendaItemNumber;
        NeighbourhoodId = target.NeighbourhoodId;
        AuthorId = authorId;
        ParentId = parentId;
        Depth = depth;
        Body = body;
        Stance = stance;
        PostedAt = at;
        LastChangedAt = at;
        Visibility = CommentVisibility.Visible;
    }

    /// <summary>The municipality.</summary>
    public MunicipalityId MunicipalityId { get; private set; }

    /// <summary>What it discusses: an idea or an agenda item.</summary>
    public CommentSubjectKind SubjectKind { get; private set; }

    /// <summary>The idea's or the meeting's identifier.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The agenda item's number for a comment on an agenda item; otherwise <see langword="null"/>.</summary>
    public int? AgendaItemNumber { get; private set; }

    /// <summary>The idea or agenda item it discusses.</summary>
    public CommentSubject Subject => new(SubjectKind, SubjectId, AgendaItemNumber);

    /// <summary>The neighbourhood of the idea or meeting, or <see langword="null"/> for a city-wide idea.</summary>
    public NeighbourhoodId? NeighbourhoodId { get; private set; }

    /// <summary>Who wrote it.</summary>
    public ResidentId AuthorId { get; private set; }

    /// <summary>The comment it answers, or <see langword="null"/> for the start of a thread.</summary>
    public CommentId? ParentId { get; private set; }

    /// <summary>Its level in the thread: 0 for a comment, one more than its parent's for a reply; below <see cref="MaxDepth"/>.</summary>
    public int Depth { get; private set; }

    /// <summary>The text, as last edited.</summary>
    public string Body { get; private set; }

    /// <summary>For, against or none, as last edited.</summary>
    public CommentStance Stance { get; private set; }

    /// <summary>When it was posted.</summary>
    public Instant PostedAt { get; private set; }

    /// <summary>When it was last edited, or <see langword="null"/> when never.</summary>
    public Instant? EditedAt { get; private set; }

    /// <summary>When it last changed (posted, edited, reported, hidden or restored); no act may be dated earlier.</summary>
    public Instant LastChangedAt { get; private set; }

    /// <summary>Whether residents can read it.</summary>
    public CommentVisibility Visibility { get; private set; }

    /// <summary>The current moderation round, counted as for ideas: one more after each restoration.</summary>
    public int ModerationRound { get; private set; }

    /// <summary>Every report, oldest first, including those of earlier rounds.</summary>
    public IReadOnlyList<CommentReport> Reports => _reports;

    /// <summary>The moderation steps, oldest first.</summary>
    public IReadOnlyList<CommentVisibilityChange> VisibilityChanges => _visibilityChanges;

    /// <summary>The earlier texts, oldest first, one per edit.</summary>
    public IReadOnlyList<CommentEdit> Edits => _edits;

    /// <summary>The reports of the current round.</summary>
    public int PendingReports => ModerationRounds.Pending(_reports, ModerationRound, r => r.Round);

    /// <summary>Posts a comment that starts a thread.</summary>
    /// <param name="id">The identifier; not the empty GUID.</param>
    /// <param name="target">The idea or agenda item, as stored now.</param>
    /// <param name="authorId">The resident writing; not the empty GUID.</param>
    /// <param name="body">The text as typed.</param>
    /// <param name="stance">For, against or none.</param>
    /// <param name="at">When.</param>
    /// <returns>The comment; or a failure when the target is closed (<c>comment.subject-closed</c>) or the text is refused.</returns>
    /// <exception cref="ArgumentException">An identifier is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> is not a defined value.</exception>
    public static Result<Comment> Post(CommentId id, CommentTarget target, ResidentId authorId, string? body, CommentStance stance, Instant at) =>
        Create(id, target, null, authorId, body, stance, at);

    /// <summary>Posts a reply to a comment.</summary>
    /// <param name="id">The identifier; not the empty GUID.</param>
    /// <param name="parent">The comment answered.</param>
    /// <param name="target">The parent's idea or agenda item, as stored now.</param>
    /// <param name="authorId">The resident writing; not the empty GUID.</param>
    /// <param name="body">The text as typed.</param>
    /// <param name="stance">For, against or none.</param>
    /// <param name="at">When.</param>
    /// <returns>
    /// The reply; or a failure when the parent is on another subject (<c>comment.parent-elsewhere</c>), hidden
    /// (<c>comment.hidden</c>) or at the deepest level (<c>comment.too-deep</c>), the reply is dated before the parent,
    /// the target is closed, or the text is refused.
    /// </returns>
    /// <exception cref="ArgumentException">An identifier is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parent"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> is not a defined value.</exception>
    public static Result<Comment> Reply(CommentId id, Comment parent, CommentTarget target, ResidentId authorId, string? body, CommentStance stance, Instant at)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return Create(id, target, parent, authorId, body, stance, at);
    }

    /// <summary>The author edits the text or the stance within the charter's window; the earlier text is kept in <see cref="Edits"/>.</summary>
    /// <param name="authorId">The resident editing; must be the author.</param>
    /// <param name="body">The new text as typed.</param>
    /// <param name="stance">The new stance.</param>
    /// <param name="at">When.</param>
    /// <param name="rules">The charter's comment rules.</param>
    /// <returns>
    /// Success; or a failure when the resident is not the author (<c>comment.author-only</c>), the comment is hidden, the
    /// window has closed (<c>comment.edit-window-closed</c>), nothing changes (<c>comment.unchanged</c>), the date is too
    /// early, or the text is refused.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="authorId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> is not a defined value.</exception>
    public Result Edit(ResidentId authorId, string? body, CommentStance stance, Instant at, CommentRules rules)
    {
        Guard.NotEmpty(authorId.Value, nameof(authorId));
        ArgumentNullException.ThrowIfNull(rules);
        CheckStance(stance);
        var refusal = (authorId != AuthorId ? CommentRefusal.AuthorOnly() : null)
            ?? CheckVisible()
            ?? CheckNotBefore(at)
            ?? (at - PostedAt > rules.EditWindow ? CommentRefusal.EditWindowClosed(rules, PostedAt) : null)
            ?? UserText.Check(body, MaxBodyLength, BodyName)
            ?? (string.Equals(UserText.Clean(body!), Body, StringComparison.Ordinal) && stance == Stance ? CommentRefusal.Unchanged() : null);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        var edit = new CommentEdit(at, Body, Stance);
        _edits.Add(edit);
        Body = UserText.Clean(body!);
        Stance = stance;
        EditedAt = at;
        LastChangedAt = at;
        Raise(new CommentEdited(Id, Subject, edit));
        return Result.Success();
    }

    /// <summary>
    /// A resident reports the comment as abusive. When the current round's reports reach the charter's
    /// <see cref="IdeaRules.ReportsToHide"/> (the rule ideas follow), it is hidden until a moderator restores it, recorded
    /// with <see cref="Actor.Charter"/> as the actor.
    /// </summary>
    /// <param name="reporterId">The reporting resident.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">What is wrong with it.</param>
    /// <param name="rules">The charter's idea rules, which hold the moderation threshold.</param>
    /// <returns>
    /// Success; or a failure when the resident wrote it (<c>comment.own-comment-report</c>) or already reported it in
    /// this round (<c>comment.already-reported</c>), it is hidden, the date is too early, or the reason is refused.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="reporterId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public Result Report(ResidentId reporterId, Instant at, string? reason, IdeaRules rules)
    {
        Guard.NotEmpty(reporterId.Value, nameof(reporterId));
        ArgumentNullException.ThrowIfNull(rules);
        var refusal = CheckVisible()
            ?? (reporterId == AuthorId ? CommentRefusal.OwnCommentReport() : null)
            ?? (ModerationRounds.AlreadyReported(_reports, reporterId, ModerationRound, r => r.ReporterId, r => r.Round) ? CommentRefusal.AlreadyReported() : null)
            ?? CheckNotBefore(at)
            ?? UserText.Check(reason, MaxReasonLength, ReasonName);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        var report = new CommentReport(reporterId, at, UserText.Clean(reason!), ModerationRound);
        _reports.Add(report);
        LastChangedAt = at;
        Raise(new CommentReported(Id, Subject, report));
        var pending = PendingReports;
        if (ModerationRounds.Hides(pending, rules))
        {
            ChangeVisibility(CommentVisibility.Hidden, Actor.Charter, at, CommentRefusal.ReportsReached(pending));
        }

        return Result.Success();
    }

    /// <summary>A moderator hides a visible comment, reported or not, saying why.</summary>
    /// <param name="moderator">The moderator.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why.</param>
    /// <returns>Success; or a failure when it is already hidden, the date is too early, or the reason is refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moderator"/> is null.</exception>
    public Result Hide(MunicipalOfficial moderator, Instant at, string? reason)
    {
        ArgumentNullException.ThrowIfNull(moderator);
        var refusal = CheckVisible() ?? CheckNotBefore(at) ?? UserText.Check(reason, MaxReasonLength, ReasonName);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        ChangeVisibility(CommentVisibility.Hidden, Actor.Official(moderator), at, UserText.Clean(reason!));
        return Result.Success();
    }

    /// <summary>
    /// A moderator restores a hidden comment. The reports that hid it are answered; a new round starts, so it takes the
    /// charter's number of new reports to hide it again.
    /// </summary>
    /// <param name="moderator">The moderator.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why it may stay.</param>
    /// <returns>Success; or a failure when it is not hidden (<c>comment.not-hidden</c>), the date is too early, or the reason is refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="moderator"/> is null.</exception>
    public Result Restore(MunicipalOfficial moderator, Instant at, string? reason)
    {
        ArgumentNullException.ThrowIfNull(moderator);
        var refusal = (Visibility != CommentVisibility.Hidden ? CommentRefusal.NotHidden() : null)
            ?? CheckNotBefore(at)
            ?? UserText.Check(reason, MaxReasonLength, ReasonName);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        ModerationRound++;
        ChangeVisibility(CommentVisibility.Visible, Actor.Official(moderator), at, UserText.Clean(reason!));
        return Result.Success();
    }

    /// <summary>
    /// The participation this comment is evidence of, for identifying active citizens: one
    /// <see cref="ParticipationKind.CommentPosted"/> record for its author while it is visible (a hidden comment is not
    /// participation), dated on the city's calendar, placed in the subject's neighbourhood, with the comment as source.
    /// </summary>
    /// <returns>The records; empty while hidden.</returns>
    public IReadOnlyList<Participation> Participations() =>
        Visibility == CommentVisibility.Visible
            ? [new Participation(AuthorId, NeighbourhoodId, ParticipationKind.CommentPosted, PersianDates.InCity(PostedAt).Date, Id.Value)]
            : [];

    private static Result<Comment> Create(CommentId id, CommentTarget target, Comment? parent, ResidentId authorId, string? body, CommentStance stance, Instant at)
    {
        Guard.NotEmpty(id.Value, nameof(id));
        ArgumentNullException.ThrowIfNull(target);
        Guard.NotEmpty(authorId.Value, nameof(authorId));
        CheckStance(stance);
        var refusal = (parent is not null && parent.Subject != target.Subject ? CommentRefusal.ParentElsewhere() : null)
            ?? (target.IsOpen ? null : CommentRefusal.SubjectClosed())
            ?? parent?.CheckVisible()
            ?? (parent is not null && parent.Depth + 1 >= MaxDepth ? CommentRefusal.TooDeep(MaxDepth) : null)
            ?? (parent is not null && at < parent.PostedAt ? CommentRefusal.DatedTooEarly(at, parent.PostedAt) : null)
            ?? UserText.Check(body, MaxBodyLength, BodyName);
        if (refusal is not null)
        {
            return Result.Failure<Comment>(refusal);
        }

        var comment = new Comment(id, target, authorId, parent?.Id, parent is null ? 0 : parent.Depth + 1, UserText.Clean(body!), stance, at);
        comment.Raise(new CommentPosted(id, target.MunicipalityId, target.Subject, authorId, parent?.Id, parent?.AuthorId, target.ProposerId, stance, at));
        return Result.Success(comment);
    }

    private static void CheckStance(CommentStance stance)
    {
        if (!Enum.IsDefined(stance))
        {
            throw new ArgumentOutOfRangeException(nameof(stance), stance, "Not a defined comment stance.");
        }
    }

    private RuleViolation? CheckVisible() => Visibility == CommentVisibility.Visible ? null : CommentRefusal.Hidden();

    private RuleViolation? CheckNotBefore(Instant at) => at < LastChangedAt ? CommentRefusal.DatedTooEarly(at, LastChangedAt) : null;

    private void ChangeVisibility(CommentVisibility to, Actor by, Instant at, string reason)
    {
        var change = new CommentVisibilityChange(Visibility, to, by, at, reason);
        _visibilityChanges.Add(change);
        Visibility = to;
        LastChangedAt = at;
        Raise(to == CommentVisibility.Hidden
            ? new CommentHidden(Id, Subject, AuthorId, change)
            : new CommentRestored(Id, Subject, AuthorId, change));
    }
}
