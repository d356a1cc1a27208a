using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Comments.UseCases;

/// <summary>A resident comments on an idea, optionally for or against it.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea version.</param>
/// <param name="Resident">The resident writing.</param>
/// <param name="Body">The text, as typed.</param>
/// <param name="Stance"><c>for</c>, <c>against</c>, <c>none</c> or nothing, as sent.</param>
public sealed record CommentOnIdea(MunicipalityId Municipality, CitizenIdeaId Idea, ResidentId Resident, string? Body, string? Stance) : ICommand<Created<CommentId>>;

/// <summary>Handles <see cref="CommentOnIdea"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CommentOnIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CommentOnIdea, Created<CommentId>>
{
    /// <inheritdoc />
    public Task<Result<Created<CommentId>>> HandleAsync(CommentOnIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CommentInput.PostAsync(store, command.Municipality, command.Resident, CommentSubject.Idea(command.Idea), null, command.Body, command.Stance, (target, _, stance) => Comment.Post(CommentId.New(), target, command.Resident, command.Body, stance, clock.Now()), cancellationToken);
    }
}

/// <summary>A resident comments on an item of a neighbourhood meeting's agenda, optionally for or against it.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="AgendaItem">The item's number, from 1.</param>
/// <param name="Resident">The resident writing.</param>
/// <param name="Body">The text, as typed.</param>
/// <param name="Stance"><c>for</c>, <c>against</c>, <c>none</c> or nothing, as sent.</param>
public sealed record CommentOnAgendaItem(MunicipalityId Municipality, MeetingId Meeting, int AgendaItem, ResidentId Resident, string? Body, string? Stance) : ICommand<Created<CommentId>>;

/// <summary>Handles <see cref="CommentOnAgendaItem"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CommentOnAgendaItemHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CommentOnAgendaItem, Created<CommentId>>
{
    /// <inheritdoc />
    public Task<Result<Created<CommentId>>> HandleAsync(CommentOnAgendaItem command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CommentInput.PostAsync(store, command.Municipality, command.Resident, CommentSubject.AgendaItem(command.Meeting, command.AgendaItem), null, command.Body, command.Stance, (target, _, stance) => Comment.Post(CommentId.New(), target, command.Resident, command.Body, stance, clock.Now()), cancellationToken);
    }
}

/// <summary>A resident replies to a comment; the reply stays on the comment's idea or agenda item.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Parent">The comment answered.</param>
/// <param name="Resident">The resident writing.</param>
/// <param name="Body">The text, as typed.</param>
/// <param name="Stance"><c>for</c>, <c>against</c>, <c>none</c> or nothing, as sent.</param>
public sealed record ReplyToComment(MunicipalityId Municipality, CommentId Parent, ResidentId Resident, string? Body, string? Stance) : ICommand<Created<CommentId>>;

/// <summary>Handles <see cref="ReplyToComment"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class ReplyToCommentHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ReplyToComment, Created<CommentId>>
{
    /// <inheritdoc />
    public Task<Result<Created<CommentId>>> HandleAsync(ReplyToComment command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CommentInput.PostAsync(store, command.Municipality, command.Resident, null, command.Parent, command.Body, command.Stance, (target, parent, stance) => Comment.Reply(CommentId.New(), parent!, target, command.Resident, command.Body, stance, clock.Now()), cancellationToken);
    }
}

/// <summary>The author edits their comment within the charter's window.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Comment">The comment.</param>
/// <param name="Resident">The resident editing; must be the author.</param>
/// <param name="Body">The new text, as typed.</param>
/// <param name="Stance"><c>for</c>, <c>against</c>, <c>none</c> or nothing, as sent.</param>
public sealed record EditComment(MunicipalityId Municipality, CommentId Comment, ResidentId Resident, string? Body, string? Stance) : ICommand<Changed>;

/// <summary>Handles <see cref="EditComment"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class EditCommentHandler(IGovernanceStore store, IClock clock) : ICommandHandler<EditComment, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(EditComment command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var stance = CommentInput.Stance(command.Stance);
        return CommentInput.ChangeAsync(store, command.Municipality, command.Comment, command.Resident, [CommentInput.Body(command.Body), .. stance.Violations], (comment, municipality) => comment.Edit(command.Resident, command.Body, stance.Value, clock.Now(), municipality.Charter.Comments), cancellationToken);
    }
}

/// <summary>A resident reports a comment to the moderators, saying why; enough reports hide it until a moderator decides.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Comment">The comment.</param>
/// <param name="Resident">The resident reporting.</param>
/// <param name="Reason">Why, as typed.</param>
public sealed record ReportComment(MunicipalityId Municipality, CommentId Comment, ResidentId Resident, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="ReportComment"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class ReportCommentHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ReportComment, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(ReportComment command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CommentInput.ChangeAsync(store, command.Municipality, command.Comment, command.Resident, [CommentInput.Reason(command.Reason)], (comment, municipality) => comment.Report(command.Resident, clock.Now(), command.Reason, municipality.Charter.Ideas), cancellationToken);
    }
}

/// <summary>A moderator hides a comment, saying why.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Comment">The comment.</param>
/// <param name="Official">The moderator.</param>
/// <param name="Reason">Why, as typed; the author sees it.</param>
public sealed record HideComment(MunicipalityId Municipality, CommentId Comment, MunicipalOfficial Official, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="HideComment"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class HideCommentHandler(IGovernanceStore store, IClock clock) : ICommandHandler<HideComment, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(HideComment command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CommentInput.ChangeAsync(store, command.Municipality, command.Comment, null, [CommentInput.Reason(command.Reason)], (comment, _) => comment.Hide(command.Official, clock.Now(), command.Reason), cancellationToken);
    }
}

/// <summary>A moderator shows a hidden comment again, saying why.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Comment">The comment.</param>
/// <param name="Official">The moderator.</param>
/// <param name="Reason">Why it may stay, as typed.</param>
public sealed record RestoreComment(MunicipalityId Municipality, CommentId Comment, MunicipalOfficial Official, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="RestoreComment"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class RestoreCommentHandler(IGovernanceStore store, IClock clock) : ICommandHandler<RestoreComment, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(RestoreComment command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return CommentInput.ChangeAsync(store, command.Municipality, command.Comment, null, [CommentInput.Reason(command.Reason)], (comment, _) => comment.Restore(command.Official, clock.Now(), command.Reason), cancellationToken);
    }
}
