using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Comments.Events;

/// <summary>
/// A resident posted a comment or a reply. It names the people notifications target: the author of the comment
/// answered, and the resident who proposed the idea discussed.
/// </summary>
/// <param name="CommentId">The comment.</param>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="Subject">The idea or agenda item it discusses.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="ParentId">The comment it answers, or <see langword="null"/> for a new thread.</param>
/// <param name="ParentAuthorId">The author of the comment it answers, or <see langword="null"/> for a new thread.</param>
/// <param name="SubjectProposerId">The proposer of the idea discussed, or <see langword="null"/> for an agenda item.</param>
/// <param name="Stance">For, against or none.</param>
/// <param name="At">When.</param>
public sealed record CommentPosted(
    CommentId CommentId,
    MunicipalityId MunicipalityId,
    CommentSubject Subject,
    ResidentId AuthorId,
    CommentId? ParentId,
    ResidentId? ParentAuthorId,
    ResidentId? SubjectProposerId,
    CommentStance Stance,
    Instant At) : IDomainEvent;

/// <summary>The author edited a comment within the charter's window.</summary>
/// <param name="CommentId">The comment.</param>
/// <param name="Subject">The idea or agenda item it discusses.</param>
/// <param name="Edit">The text and stance it had before, and when it changed.</param>
public sealed record CommentEdited(CommentId CommentId, CommentSubject Subject, CommentEdit Edit) : IDomainEvent;

/// <summary>A resident reported a comment as abusive.</summary>
/// <param name="CommentId">The comment.</param>
/// <param name="Subject">The idea or agenda item it discusses.</param>
/// <param name="Report">The report.</param>
public sealed record CommentReported(CommentId CommentId, CommentSubject Subject, CommentReport Report) : IDomainEvent;

/// <summary>A comment was hidden, after enough reports (by the charter) or by a moderator.</summary>
/// <param name="CommentId">The comment.</param>
/// <param name="Subject">The idea or agenda item it discusses.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="Change">The change, with who, when and why.</param>
public sealed record CommentHidden(CommentId CommentId, CommentSubject Subject, ResidentId AuthorId, CommentVisibilityChange Change) : IDomainEvent;

/// <summary>A moderator restored a hidden comment.</summary>
/// <param name="CommentId">The comment.</param>
/// <param name="Subject">The idea or agenda item it discusses.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="Change">The change, with who, when and why.</param>
public sealed record CommentRestored(CommentId CommentId, CommentSubject Subject, ResidentId AuthorId, CommentVisibilityChange Change) : IDomainEvent;
