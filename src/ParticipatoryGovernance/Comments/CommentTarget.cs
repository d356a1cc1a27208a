using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Comments;

/// <summary>
/// What a new comment attaches to, read from the stored idea or meeting when it is posted: the subject, its city and
/// neighbourhood (where the comment counts as participation), the idea's proposer (whom a notification targets) and
/// whether it still takes comments. Immutable and thread-safe.
/// </summary>
public sealed record CommentTarget
{
    private CommentTarget(MunicipalityId municipalityId, CommentSubject subject, NeighbourhoodId? neighbourhoodId, ResidentId? proposerId, bool isOpen)
    {
        MunicipalityId = municipalityId;
        Subject = subject;
        NeighbourhoodId = neighbourhoodId;
        ProposerId = proposerId;
        IsOpen = isOpen;
    }

    /// <summary>The municipality.</summary>
    public MunicipalityId MunicipalityId { get; }

    /// <summary>The idea or agenda item.</summary>
    public CommentSubject Subject { get; }

    /// <summary>The neighbourhood of the idea or meeting, or <see langword="null"/> for a city-wide idea.</summary>
    public NeighbourhoodId? NeighbourhoodId { get; }

    /// <summary>The idea's proposer, or <see langword="null"/> for an agenda item.</summary>
    public ResidentId? ProposerId { get; }

    /// <summary>
    /// Whether it takes new comments: an idea does while it is visible (a hidden or removed idea takes none), an agenda
    /// item does unless its meeting was cancelled.
    /// </summary>
    public bool IsOpen { get; }

    /// <summary>An idea as the target.</summary>
    /// <param name="idea">The stored idea version.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="idea"/> is null.</exception>
    public static CommentTarget Of(CitizenIdea idea)
    {
        ArgumentNullException.ThrowIfNull(idea);
        return new CommentTarget(idea.MunicipalityId, CommentSubject.Idea(idea.Id), idea.NeighbourhoodId, idea.ProposerId, idea.Visibility == IdeaVisibility.Visible);
    }

    /// <summary>An item of a meeting's agenda as the target.</summary>
    /// <param name="meeting">The stored meeting.</param>
    /// <param name="municipalityId">The municipality of the meeting's neighbourhood (a meeting does not keep it).</param>
    /// <param name="agendaItemNumber">The item's number, from 1.</param>
    /// <returns>The target; or a failure when the meeting has no such item (<c>comment.unknown-agenda-item</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meeting"/> is null.</exception>
    public static Result<CommentTarget> Of(NeighbourhoodMeeting meeting, MunicipalityId municipalityId, int agendaItemNumber)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        Guard.NotEmpty(municipalityId.Value, nameof(municipalityId));
        if (!meeting.Agenda.Any(i => i.Number == agendaItemNumber))
        {
            return Result.Failure<CommentTarget>(CommentRefusal.UnknownAgendaItem(agendaItemNumber));
        }

        return Result.Success(new CommentTarget(
            municipalityId,
            CommentSubject.AgendaItem(meeting.Id, agendaItemNumber),
            meeting.NeighbourhoodId,
            null,
            meeting.Status != MeetingStatus.Cancelled));
    }
}
