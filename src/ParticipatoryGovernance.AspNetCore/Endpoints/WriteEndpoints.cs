using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.AspNetCore.Contracts;
using ParticipatoryGovernance.AspNetCore.Problems;
using ParticipatoryGovernance.AspNetCore.Tokens;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.AspNetCore.Endpoints;

/// <summary>
/// The acts a resident performs, through the existing handlers: the token says who acts and in which municipality; the
/// handler decides; a stored act is passed to every <see cref="IApiActObserver"/>.
/// </summary>
internal static class WriteEndpoints
{
    /// <summary>The acting resident and the municipality of the address, or the problem to answer.</summary>
    private static (ResidentId Resident, MunicipalityId City, IResult? Problem) Actor(HttpContext context, string city)
    {
        if (!ReadEndpoints.TryId(city, out var id))
        {
            return (default, default, ReadEndpoints.MalformedId("city"));
        }

        var municipality = new MunicipalityId(id);
        if (ApiTokenClaims.ResidentOf(context.User) is not { } resident || ApiTokenClaims.MunicipalityOf(context.User) is not { } issuedFor)
        {
            return (default, default, ApiProblems.Result(StatusCodes.Status401Unauthorized, ApiRuleIds.TokenMissing,
                "این کار به توکن API نیاز دارد (Authorization: Bearer).", "This needs an API token (Authorization: Bearer)."));
        }

        return issuedFor != municipality
            ? (default, default, ApiProblems.Result(StatusCodes.Status403Forbidden, ApiRuleIds.OtherMunicipality,
                "این توکن API برای شهر دیگری صادر شده است.", "This API token was issued for another municipality.", "city"))
            : (resident, municipality, null);
    }

    private static async Task<IResult> StoredAsync<T>(HttpContext context, string act, MunicipalityId city, Result<T> result, Func<T, IResult> success)
    {
        if (result.IsFailure)
        {
            return ApiProblems.Result(result.Violations);
        }

        var events = result.Value switch
        {
            Changed changed => changed.Events,
            Created<CitizenIdeaId> created => created.Events,
            Created<CommentId> created => created.Events,
            _ => [],
        };
        foreach (var observer in context.RequestServices.GetServices<IApiActObserver>())
        {
            await observer.ActedAsync(new ApiAct(act, city, events), CancellationToken.None);
        }

        return success(result.Value);
    }

    private static IResult ChangedResult(Changed changed) =>
        TypedResults.Ok(new ChangedDto([.. changed.Events.Select(e => e.GetType().Name)]));

    public static async Task<IResult> SubmitIdeaAsync(HttpContext context, string city, SubmitIdeaHandler handler, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (resident, municipality, problem) = Actor(context, city);
        if (problem is not null)
        {
            return problem;
        }

        var (body, bad) = await ApiBody.ReadAsync<SubmitIdeaRequest>(context);
        if (bad is not null)
        {
            return bad;
        }

        NeighbourhoodId? neighbourhood = null;
        if (body!.Neighbourhood is { } number)
        {
            if (await store.FindAsync(new NeighbourhoodByNumberSpec(municipality, number), cancellationToken) is not { } found)
            {
                return ApiProblems.Result(StatusCodes.Status422UnprocessableEntity, "usecase.not-found", "این شهر چنین محله‌ای ندارد.", "The municipality has no neighbourhood of this number.", "neighbourhood");
            }

            neighbourhood = found.Id;
        }

        var result = await handler.HandleAsync(new SubmitIdea(municipality, resident, body.Title, body.Description, body.Field, neighbourhood, body.EstimatedCost), cancellationToken);
        return await StoredAsync(context, nameof(SubmitIdea), municipality, result, created =>
        {
            var href = $"{context.Request.PathBase}{context.Request.Path}/{created.Id.Value:D}";
            return TypedResults.Created(href, new CreatedDto(created.Id.Value, href));
        });
    }

    public static async Task<IResult> EndorseAsync(HttpContext context, string city, string id, EndorseIdeaHandler handler, CancellationToken cancellationToken)
    {
        var (resident, municipality, problem) = Actor(context, city);
        if (problem is not null)
        {
            return problem;
        }

        if (!ReadEndpoints.TryId(id, out var idea))
        {
            return ReadEndpoints.MalformedId("id");
        }

        var result = await handler.HandleAsync(new EndorseIdea(municipality, new CitizenIdeaId(idea), resident), cancellationToken);
        return await StoredAsync(context, nameof(EndorseIdea), municipality, result, ChangedResult);
    }

    public static async Task<IResult> WithdrawEndorsementAsync(HttpContext context, string city, string id, WithdrawIdeaEndorsementHandler handler, CancellationToken cancellationToken)
    {
        var (resident, municipality, problem) = Actor(context, city);
        if (problem is not null)
        {
            return problem;
        }

        if (!ReadEndpoints.TryId(id, out var idea))
        {
            return ReadEndpoints.MalformedId("id");
        }

        var result = await handler.HandleAsync(new WithdrawIdeaEndorsement(municipality, new CitizenIdeaId(idea), resident), cancellationToken);
        return await StoredAsync(context, nameof(WithdrawIdeaEndorsement), municipality, result, ChangedResult);
    }

    public static async Task<IResult> CommentAsync(HttpContext context, string city, string id, CommentOnIdeaHandler handler, CancellationToken cancellationToken)
    {
        var (resident, municipality, problem) = Actor(context, city);
        if (problem is not null)
        {
            return problem;
        }

        if (!ReadEndpoints.TryId(id, out var idea))
        {
            return ReadEndpoints.MalformedId("id");
        }

        var (body, bad) = await ApiBody.ReadAsync<CommentRequest>(context);
        if (bad is not null)
        {
            return bad;
        }

        var result = await handler.HandleAsync(new CommentOnIdea(municipality, new CitizenIdeaId(idea), resident, body!.Body, body.Stance), cancellationToken);
        return await StoredAsync(context, nameof(CommentOnIdea), municipality, result, created =>
        {
            var href = $"{context.Request.PathBase}{context.Request.Path}";
            return TypedResults.Created(href, new CreatedDto(created.Id.Value, href));
        });
    }

    public static async Task<IResult> ReplyAsync(HttpContext context, string city, string id, ReplyToCommentHandler handler, CancellationToken cancellationToken)
    {
        var (resident, municipality, problem) = Actor(context, city);
        if (problem is not null)
        {
            return problem;
        }

        if (!ReadEndpoints.TryId(id, out var parent))
        {
            return ReadEndpoints.MalformedId("id");
        }

        var (body, bad) = await ApiBody.ReadAsync<CommentRequest>(context);
        if (bad is not null)
        {
            return bad;
        }

        var result = await handler.HandleAsync(new ReplyToComment(municipality, new CommentId(parent), resident, body!.Body, body.Stance), cancellationToken);
        return await StoredAsync(context, nameof(ReplyToComment), municipality, result, created => TypedResults.Created((string?)null, new CreatedDto(created.Id.Value, null)));
    }

    public static async Task<IResult> BallotAsync(HttpContext context, string city, string id, CastBudgetBallotHandler handler, CancellationToken cancellationToken)
    {
        var (resident, municipality, problem) = Actor(context, city);
        if (problem is not null)
        {
            return problem;
        }

        if (!ReadEndpoints.TryId(id, out var round))
        {
            return ReadEndpoints.MalformedId("id");
        }

        var (body, bad) = await ApiBody.ReadAsync<BallotRequest>(context);
        if (bad is not null)
        {
            return bad;
        }

        var command = new CastBudgetBallot(
            municipality,
            new BudgetingRoundId(round),
            resident,
            body!.Approved?.Select(a => new CitizenIdeaId(a)).ToList(),
            body.Points?.Where(p => p is not null).Select(p => new BudgetingPoints(new CitizenIdeaId(p.Project), p.Points)).ToList());
        var result = await handler.HandleAsync(command, cancellationToken);
        return await StoredAsync(context, nameof(CastBudgetBallot), municipality, result, ChangedResult);
    }
}
