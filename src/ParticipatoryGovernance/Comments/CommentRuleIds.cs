namespace ParticipatoryGovernance.Comments;

/// <summary>
/// The identifiers of the rules a comment refuses with (<see cref="Common.RuleViolation.Rule"/>). Hosts and tests match on
/// them; they never change once published. In each summary, … marks a detail the message fills in.
/// </summary>
public static class CommentRuleIds
{
    /// <summary><c>comment.already-reported</c>: You have already reported this comment; your report is waiting for a moderator.</summary>
    public const string AlreadyReported = "comment.already-reported";

    /// <summary><c>comment.author-only</c>: Only the resident who wrote this comment can edit it.</summary>
    public const string AuthorOnly = "comment.author-only";

    /// <summary><c>comment.dated-too-early</c>: This is dated …, before the comment's last recorded change at ….</summary>
    public const string DatedTooEarly = "comment.dated-too-early";

    /// <summary><c>comment.edit-window-closed</c>: A comment can be edited for … minutes after it is posted; this one was posted at ….</summary>
    public const string EditWindowClosed = "comment.edit-window-closed";

    /// <summary><c>comment.hidden</c>: This comment is hidden by moderation; it cannot be edited, reported or answered until a moderator restores it.</summary>
    public const string Hidden = "comment.hidden";

    /// <summary><c>comment.not-hidden</c>: This comment is not hidden, so there is nothing to restore.</summary>
    public const string NotHidden = "comment.not-hidden";

    /// <summary><c>comment.own-comment-report</c>: You cannot report your own comment; edit it while you still may.</summary>
    public const string OwnCommentReport = "comment.own-comment-report";

    /// <summary><c>comment.parent-elsewhere</c>: The comment answered is on another idea or agenda item; a reply stays on its parent's subject.</summary>
    public const string ParentElsewhere = "comment.parent-elsewhere";

    /// <summary><c>comment.subject-closed</c>: The idea or agenda item is closed to comments (hidden or removed idea, cancelled meeting).</summary>
    public const string SubjectClosed = "comment.subject-closed";

    /// <summary><c>comment.too-deep</c>: Threads go … levels deep at most; answer the comment above instead.</summary>
    public const string TooDeep = "comment.too-deep";

    /// <summary><c>comment.unchanged</c>: The edit changes neither the text nor the stance.</summary>
    public const string Unchanged = "comment.unchanged";

    /// <summary><c>comment.unknown-agenda-item</c>: The meeting has no agenda item ….</summary>
    public const string UnknownAgendaItem = "comment.unknown-agenda-item";
}
