using ParticipatoryGovernance.Comments.Specifications;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Comments.UseCases;

/// <summary>The steps the comment handlers share: raw input checks, the target as stored, the one change path.</summary>
internal static class CommentInput
{
    public static readonly LocalizedText Thing = new("نظر", "comment");
    public static readonly LocalizedText StanceName = new("موضع (موافق، مخالف یا هیچ‌کدام)", "stance (for, against or none)");

    /// <summary>The stance a form or a phone menu sent: <c>for</c>, <c>against</c>, <c>none</c>, or nothing for none.</summary>
    public static Result<CommentStance> Stance(string? raw) => raw?.Trim().ToUpperInvariant() switch
    {
        null or "" or "NONE" => Result.Success(CommentStance.None),
        "FOR" => Result.Success(CommentStance.For),
        "AGAINST" => Result.Success(CommentStance.Against),
        _ => Result.Failure<CommentStance>(UseCaseRules.Unknown(StanceName).AtField("Stance")),
    };

    public static RuleViolation? Body(string? body) => UserText.Check(body, Comment.MaxBodyLength, Comment.BodyName)?.AtField("Body");

    public static RuleViolation? Reason(string? reason) => UserText.Check(reason, Comment.MaxReasonLength, Comment.ReasonName)?.AtField("Reason");

    /// <summary>The municipality, and the acting resident when there is one, or the refusals with the input's.</summary>
    public static async Task<Result<Municipality>> StartAsync(IGovernanceStore store, MunicipalityId municipalityId, ResidentId? resident, IEnumerable<RuleViolation?> input, CancellationToken cancellationToken)
    {
        var municipality = await store.MunicipalityAsync(municipalityId, cancellationToken);
        if (municipality.IsFailure)
        {
            return municipality;
        }

        var refusals = new List<RuleViolation>();
        if (resident is { } residentId)
        {
            refusals.AddRange((await store.ResidentAsync(municipalityId, residentId, cancellationToken)).Violations);
        }

        refusals.AddRange(input.OfType<RuleViolation>());
        return refusals.Count > 0 ? Result.Failure<Municipality>([.. refusals]) : municipality;
    }

    /// <summary>The idea or agenda item as stored now; one of another city is "not found".</summary>
    public static async Task<Result<CommentTarget>> TargetAsync(IGovernanceStore store, MunicipalityId municipality, CommentSubject subject, CancellationToken cancellationToken)
    {
        if (subject.IdeaId is { } ideaId)
        {
            var idea = await store.FindAsync(new CitizenIdeaByIdSpec(ideaId), cancellationToken);
            return idea is not null && idea.MunicipalityId == municipality && idea.Visibility != IdeaVisibility.Removed
                ? Result.Success(CommentTarget.Of(idea))
                : Result.Failure<CommentTarget>(UseCaseRules.Missing(UseCaseRules.Things.Idea));
        }

        var meeting = await store.FindAsync(new NeighbourhoodMeetingByIdSpec(subject.MeetingId!.Value), cancellationToken);
        if (meeting is null || (await store.NeighbourhoodAsync(municipality, meeting.NeighbourhoodId, cancellationToken)).IsFailure)
        {
            return Result.Failure<CommentTarget>(UseCaseRules.Missing(UseCaseRules.Things.Meeting));
        }

        var target = CommentTarget.Of(meeting, municipality, subject.AgendaItemNumber ?? 0);
        return target.IsSuccess ? target : Result.Failure<CommentTarget>([.. target.Violations.Select(v => v.AtField("AgendaItem"))]);
    }

    /// <summary>Posts a new comment or a reply on a subject, once every input check passed.</summary>
    public static async Task<Result<Created<CommentId>>> PostAsync(
        IGovernanceStore store,
        MunicipalityId municipalityId,
        ResidentId resident,
        CommentSubject? subject,
        CommentId? parentId,
        string? body,
        string? stance,
        Func<CommentTarget, Comment?, CommentStance, Result<Comment>> create,
        CancellationToken cancellationToken)
    {
        var parsedStance = Stance(stance);
        var started = await StartAsync(store, municipalityId, resident, [Body(body), .. parsedStance.Violations], cancellationToken);
        if (started.IsFailure)
        {
            return HandlerSteps.Fail<Created<CommentId>>(started);
        }

        Comment? parent = null;
        if (parentId is { } id)
        {
            parent = await store.FindAsync(new CommentByIdSpec(id), cancellationToken);
            if (parent is null || parent.MunicipalityId != municipalityId)
            {
                return Result.Failure<Created<CommentId>>(UseCaseRules.Missing(Thing).AtField("Parent"));
            }
        }

        var target = await TargetAsync(store, municipalityId, subject ?? parent!.Subject, cancellationToken);
        if (target.IsFailure)
        {
            return HandlerSteps.Fail<Created<CommentId>>(target);
        }

        var comment = create(target.Value, parent, parsedStance.Value);
        if (comment.IsFailure)
        {
            return HandlerSteps.Fail<Created<CommentId>>(comment);
        }

        var stored = await store.AddAsync(comment.Value, cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new Created<CommentId>(comment.Value.Id, stored.Value))
            : HandlerSteps.Fail<Created<CommentId>>(stored);
    }

    /// <summary>The one path every change to a stored comment takes: municipality, input checks, retried change.</summary>
    public static async Task<Result<Changed>> ChangeAsync(
        IGovernanceStore store,
        MunicipalityId municipalityId,
        CommentId commentId,
        ResidentId? resident,
        IEnumerable<RuleViolation?> input,
        Func<Comment, Municipality, Result> change,
        CancellationToken cancellationToken)
    {
        var started = await StartAsync(store, municipalityId, resident, input, cancellationToken);
        if (started.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(started);
        }

        var stored = await store.ChangeAsync(
            new CommentByIdSpec(commentId),
            HandlerSteps.Within<Comment>(c => c.MunicipalityId, municipalityId, Thing, comment => change(comment, started.Value)),
            cancellationToken);
        return stored.Done();
    }
}
