using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;

namespace ParticipatoryGovernance.Comments;

/// <summary>
/// What a comment discusses: an idea, or one item of a meeting's agenda (the meeting and the item's
/// <see cref="Meetings.AgendaItem.Number"/>, as the meeting identifies its items). Immutable and thread-safe.
/// </summary>
/// <param name="Kind">An idea or an agenda item.</param>
/// <param name="Id">The idea's or the meeting's identifier.</param>
/// <param name="AgendaItemNumber">The agenda item's number, from 1, for <see cref="CommentSubjectKind.AgendaItem"/>; otherwise <see langword="null"/>.</param>
public sealed record CommentSubject(CommentSubjectKind Kind, Guid Id, int? AgendaItemNumber)
{
    /// <summary>An idea as the subject.</summary>
    /// <param name="idea">The idea version.</param>
    /// <returns>The subject.</returns>
    public static CommentSubject Idea(CitizenIdeaId idea) => new(CommentSubjectKind.Idea, idea.Value, null);

    /// <summary>An agenda item as the subject.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="number">The item's number, from 1.</param>
    /// <returns>The subject.</returns>
    public static CommentSubject AgendaItem(MeetingId meeting, int number) => new(CommentSubjectKind.AgendaItem, meeting.Value, number);

    /// <summary>The idea, when the subject is one; otherwise <see langword="null"/>.</summary>
    public CitizenIdeaId? IdeaId => Kind == CommentSubjectKind.Idea ? new CitizenIdeaId(Id) : null;

    /// <summary>The meeting, when the subject is one of its agenda items; otherwise <see langword="null"/>.</summary>
    public MeetingId? MeetingId => Kind == CommentSubjectKind.AgendaItem ? new MeetingId(Id) : null;
}
