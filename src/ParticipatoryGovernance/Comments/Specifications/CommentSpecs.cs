using Ardalis.Specification;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Comments.Specifications;

/// <summary>The comment with an identifier, whatever its visibility.</summary>
public sealed class CommentByIdSpec : SingleResultSpecification<Comment>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public CommentByIdSpec(CommentId id) => Query.Where(c => c.Id == id);
}

/// <summary>
/// Every comment on an idea or an agenda item, hidden ones included (a thread keeps their place and shows that a
/// moderator hid them), oldest first so that a host builds the thread by <see cref="Comment.ParentId"/> in one pass.
/// </summary>
public sealed class CommentsOnSubjectSpec : Specification<Comment>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="subject">The idea or agenda item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public CommentsOnSubjectSpec(CommentSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var kind = subject.Kind;
        var id = subject.Id;
        var number = subject.AgendaItemNumber;
        Query.Where(c => c.SubjectKind == kind && c.SubjectId == id && c.AgendaItemNumber == number)
            .OrderBy(c => c.PostedAt).ThenBy(c => c.Id);
    }
}

/// <summary>Every comment on any agenda item of a meeting, oldest first: a meeting page reads its threads at once.</summary>
public sealed class CommentsOnMeetingSpec : Specification<Comment>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="meetingId">The meeting.</param>
    public CommentsOnMeetingSpec(Meetings.MeetingId meetingId)
    {
        var id = meetingId.Value;
        Query.Where(c => c.SubjectKind == CommentSubjectKind.AgendaItem && c.SubjectId == id)
            .OrderBy(c => c.PostedAt).ThenBy(c => c.Id);
    }
}

/// <summary>The comments some residents posted in a municipality: their evidence of participation.</summary>
public sealed class CommentsOfResidentsSpec : Specification<Comment>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="residentIds">The residents.</param>
    /// <exception cref="ArgumentNullException"><paramref name="residentIds"/> is null.</exception>
    public CommentsOfResidentsSpec(MunicipalityId municipalityId, IEnumerable<ResidentId> residentIds)
    {
        ArgumentNullException.ThrowIfNull(residentIds);
        var ids = residentIds.Distinct().ToList();
        Query.Where(c => c.MunicipalityId == municipalityId && ids.Contains(c.AuthorId));
    }
}

/// <summary>A resident's comments, newest first, a page at a time (a profile page lists them).</summary>
public sealed class CommentsOfResidentSpec : Specification<Comment>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="residentId">The resident.</param>
    /// <param name="skip">How many to skip; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public CommentsOfResidentSpec(ResidentId residentId, int skip = 0, int? take = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        Query.Where(c => c.AuthorId == residentId).OrderByDescending(c => c.PostedAt).ThenBy(c => c.Id).Skip(skip);
        if (take is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(take));
            Query.Take(count);
        }
    }
}

/// <summary>
/// The comments of a municipality a moderator should look at: hidden ones, and visible ones with reports in the current
/// round; oldest first, a page at a time.
/// </summary>
public sealed class CommentsAwaitingModerationSpec : Specification<Comment>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="skip">How many to skip; 0 or more.</param>
    /// <param name="take">How many to return at most, when given; 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public CommentsAwaitingModerationSpec(MunicipalityId municipalityId, int skip = 0, int? take = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        Query.Where(c => c.MunicipalityId == municipalityId
                && (c.Visibility == CommentVisibility.Hidden || c.Reports.Any(r => r.Round == c.ModerationRound)))
            .OrderBy(c => c.PostedAt).ThenBy(c => c.Id).Skip(skip);
        if (take is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(take));
            Query.Take(count);
        }
    }
}
