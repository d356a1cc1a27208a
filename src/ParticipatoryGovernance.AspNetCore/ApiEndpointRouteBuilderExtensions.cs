using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParticipatoryGovernance.AspNetCore.Contracts;
using ParticipatoryGovernance.AspNetCore.Endpoints;
using ParticipatoryGovernance.AspNetCore.Problems;
using ParticipatoryGovernance.AspNetCore.Tokens;

namespace ParticipatoryGovernance.AspNetCore;

/// <summary>Maps the HTTP API's endpoints.</summary>
public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the API under a prefix, such as <c>/api/v1</c>: the public reads of one municipality per address
    /// (<c>{prefix}/municipalities/{city}/…</c>), the resident's acts (bearer token with the act's scope), and the OpenAPI
    /// document at <c>{prefix}/openapi/v1.json</c>. Call <see cref="ApiServiceCollectionExtensions.AddParticipatoryGovernanceApi"/> first.
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="prefix">The prefix of every address, such as <c>/api/v1</c>.</param>
    /// <returns>The group of the API's endpoints, for more conventions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RouteGroupBuilder MapParticipatoryGovernanceApi(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<ParticipatoryGovernanceApiOptions>>().Value;
        var api = endpoints.MapGroup(prefix).WithGroupName(options.DocumentName);

        // The host's status-code pages (an HTML page for a bare 404) are not for API clients: every answer is JSON.
        api.AddEndpointFilter(static (context, next) =>
        {
            if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });

        var city = api.MapGroup("/municipalities/{city}");

        // Any other address under the prefix is a problem too, not the host's HTML 404 page.
        api.Map("{**rest}", static () => ReadEndpoints.NotFound("path")).ExcludeFromDescription();
        Reads(city);
        Writes(city);
        // The generated document, at {prefix}/openapi/{documentName}.json.
        endpoints.MapOpenApi(prefix.TrimEnd('/') + "/openapi/{documentName}.json");
        return api;
    }

    private static void Reads(RouteGroupBuilder city)
    {
        city.MapGet("", ReadEndpoints.MunicipalityAsync).WithName("GetMunicipality").WithTags("Municipalities").Read<MunicipalityDto>("The municipality and its charter's urban fields.");
        city.MapGet("/neighbourhoods", ReadEndpoints.NeighbourhoodsAsync).WithName("ListNeighbourhoods").WithTags("Neighbourhoods").Read<PageDto<NeighbourhoodDto>>("Its neighbourhoods by number, paged.");
        city.MapGet("/neighbourhoods/{number}", ReadEndpoints.NeighbourhoodAsync).WithName("GetNeighbourhood").WithTags("Neighbourhoods").Read<NeighbourhoodDto>("One neighbourhood by its number.");
        city.MapGet("/neighbourhoods/{number}/meetings", ReadEndpoints.MeetingsAsync).WithName("ListMeetings").WithTags("Meetings").Read<PageDto<MeetingDto>>("A neighbourhood's meetings with their agendas and decisions, paged.");
        city.MapGet("/meetings/{id}", ReadEndpoints.MeetingAsync).WithName("GetMeeting").WithTags("Meetings").Read<MeetingDto>("One meeting.");
        city.MapGet("/councils", ReadEndpoints.CouncilsAsync).WithName("ListCouncils").WithTags("Councils").Read<PageDto<CouncilDto>>("Its councils, paged; members by name are in the council-rosters open-data set.");
        city.MapGet("/ideas", ReadEndpoints.IdeasAsync).WithName("ListIdeas").WithTags("Ideas").Read<PageDto<IdeaDto>>("Its visible ideas (latest versions), newest first, paged; filter by status code and field key.");
        city.MapGet("/ideas/{id}", ReadEndpoints.IdeaAsync).WithName("GetIdea").WithTags("Ideas").Read<IdeaDto>("One visible idea.");
        city.MapGet("/ideas/{id}/comments", ReadEndpoints.IdeaCommentsAsync).WithName("ListIdeaComments").WithTags("Comments").Read<PageDto<CommentDto>>("An idea's visible comments and replies, oldest first, paged.");
        city.MapGet("/campaigns", ReadEndpoints.CampaignsAsync).WithName("ListCampaigns").WithTags("Youth-mayor campaigns").Read<PageDto<CampaignDto>>("Its youth-mayor campaigns, paged.");
        city.MapGet("/budgeting-rounds", ReadEndpoints.BudgetingRoundsAsync).WithName("ListBudgetingRounds").WithTags("Budgeting").Read<PageDto<BudgetingRoundDto>>("Its participatory-budgeting rounds, latest first, paged.");
        city.MapGet("/budgeting-rounds/{id}", ReadEndpoints.BudgetingRoundAsync).WithName("GetBudgetingRound").WithTags("Budgeting").Read<BudgetingRoundDetailDto>("One round with its stored outcome when it may be shown.");
        city.MapGet("/figures", ReadEndpoints.FiguresAsync).WithName("GetFigures").WithTags("Figures").Read<FiguresDto>("Its figures as recorded today.");
        city.MapGet("/open-data", ReadEndpoints.OpenDataSetsAsync).WithName("ListOpenDataSets").WithTags("Open data").Read<IReadOnlyList<OpenDataSetDto>>("The open-data sets it publishes.");
        city.MapGet("/open-data/{set}", ReadEndpoints.OpenDataSetAsync).WithName("GetOpenDataSet").WithTags("Open data").Read<OpenDataPageDto>("One open-data set's rows, paged.");
    }

    private static void Writes(RouteGroupBuilder city)
    {
        city.MapPost("/ideas", WriteEndpoints.SubmitIdeaAsync).WithName("SubmitIdea").WithTags("Ideas")
            .Write<SubmitIdeaRequest, CreatedDto>(ApiScopes.IdeasWrite, StatusCodes.Status201Created, "Submits an idea as the token's resident.");
        city.MapPost("/ideas/{id}/endorse", WriteEndpoints.EndorseAsync).WithName("EndorseIdea").WithTags("Ideas")
            .Write<ChangedDto>(ApiScopes.IdeasWrite, "Endorses an idea as the token's resident.");
        city.MapPost("/ideas/{id}/withdraw-endorsement", WriteEndpoints.WithdrawEndorsementAsync).WithName("WithdrawIdeaEndorsement").WithTags("Ideas")
            .Write<ChangedDto>(ApiScopes.IdeasWrite, "Takes back the token's resident's endorsement.");
        city.MapPost("/ideas/{id}/comments", WriteEndpoints.CommentAsync).WithName("CommentOnIdea").WithTags("Comments")
            .Write<CommentRequest, CreatedDto>(ApiScopes.CommentsWrite, StatusCodes.Status201Created, "Comments on an idea, optionally for or against it.");
        city.MapPost("/comments/{id}/replies", WriteEndpoints.ReplyAsync).WithName("ReplyToComment").WithTags("Comments")
            .Write<CommentRequest, CreatedDto>(ApiScopes.CommentsWrite, StatusCodes.Status201Created, "Replies to a comment.");
        city.MapPost("/budgeting-rounds/{id}/ballot", WriteEndpoints.BallotAsync).WithName("CastBudgetBallot").WithTags("Budgeting")
            .Write<BallotRequest, ChangedDto>(ApiScopes.BallotsWrite, StatusCodes.Status200OK, "Casts, or replaces, the token's resident's ballot in an open round.");
    }

    private static RouteHandlerBuilder Read<T>(this RouteHandlerBuilder builder, string summary) =>
        builder.WithSummary(summary)
            .Produces<T>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, ApiProblems.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, ApiProblems.MediaType)
            .AllowAnonymous();

    private static RouteHandlerBuilder Write<TResponse>(this RouteHandlerBuilder builder, string scope, string summary) =>
        builder.WithSummary(summary + " Scope: " + scope + ".")
            .Produces<TResponse>(StatusCodes.Status200OK)
            .Problems()
            .RequireAuthorization(policy => policy
                .AddAuthenticationSchemes(ApiTokenDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiTokenDefaults.ScopeClaim, scope));

    private static RouteHandlerBuilder Write<TRequest, TResponse>(this RouteHandlerBuilder builder, string scope, int status, string summary)
        where TRequest : notnull =>
        builder.WithSummary(summary + " Scope: " + scope + ".")
            // Not Accepts<T>(): its content-type matching would answer a form post with a bare 415 before any filter runs;
            // the body's type is given to the OpenAPI document instead, and a wrong media type is a problem (ApiBody).
            .WithMetadata(new ApiRequestBody(typeof(TRequest)))
            .Produces<TResponse>(status)
            .Produces<ApiProblem>(StatusCodes.Status400BadRequest, ApiProblems.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status413PayloadTooLarge, ApiProblems.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status415UnsupportedMediaType, ApiProblems.MediaType)
            .Problems()
            .RequireAuthorization(policy => policy
                .AddAuthenticationSchemes(ApiTokenDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiTokenDefaults.ScopeClaim, scope));

    /// <summary>The JSON body an endpoint reads, for the OpenAPI document.</summary>
    internal sealed record ApiRequestBody(Type Type);

    private static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder) =>
        builder
            .Produces<ApiProblem>(StatusCodes.Status401Unauthorized, ApiProblems.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status403Forbidden, ApiProblems.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status404NotFound, ApiProblems.MediaType)
            .Produces<ApiProblem>(StatusCodes.Status422UnprocessableEntity, ApiProblems.MediaType);
}
