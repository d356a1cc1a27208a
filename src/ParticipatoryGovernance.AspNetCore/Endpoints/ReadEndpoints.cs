using Microsoft.AspNetCore.Http;
using NodaTime;
using ParticipatoryGovernance.AspNetCore.Contracts;
using ParticipatoryGovernance.AspNetCore.Problems;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Specifications;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Specifications;

namespace ParticipatoryGovernance.AspNetCore.Endpoints;

/// <summary>The public reads: one municipality per address, paged lists, strong ETags.</summary>
internal static class ReadEndpoints
{
    private static readonly Dictionary<string, IdeaStatus> IdeaStatuses =
        Enum.GetValues<IdeaStatus>().ToDictionary(s => ApiMapping.Code(s), StringComparer.Ordinal);

    public static IResult MalformedId(string field) =>
        ApiProblems.Result(StatusCodes.Status404NotFound, ApiRuleIds.MalformedId, "چنین نشانی‌ای وجود ندارد: شناسه درست نیست.", "No such address: the identifier is not one.", field);

    public static IResult NotFound(string field) =>
        ApiProblems.Result(StatusCodes.Status404NotFound, ApiRuleIds.NotFound, "چنین چیزی در این شهر نیست.", "There is no such record in this municipality.", field);

    public static bool TryId(string? text, out Guid id) => Guid.TryParseExact(text, "D", out id) && id != Guid.Empty;

    /// <summary>The municipality of the address, or the problem to answer.</summary>
    public static async Task<(Municipality? Municipality, IResult? Problem)> CityAsync(string city, IGovernanceStore store, CancellationToken cancellationToken)
    {
        if (!TryId(city, out var id))
        {
            return (null, MalformedId("city"));
        }

        var found = await store.FindAsync(new MunicipalityByIdSpec(new MunicipalityId(id)), cancellationToken);
        return found is null
            ? (null, ApiProblems.Result(StatusCodes.Status404NotFound, "usecase.municipality-not-found", "چنین شهری ثبت نشده است.", "No such municipality.", "city"))
            : (found, null);
    }

    private static async Task<Dictionary<NeighbourhoodId, int>> NumbersAsync(IGovernanceStore store, MunicipalityId city, CancellationToken cancellationToken) =>
        (await store.ListAsync(new NeighbourhoodsOfMunicipalitySpec(city), cancellationToken)).ToDictionary(n => n.Id, n => n.Number);

    public static async Task<IResult> MunicipalityAsync(string city, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        return problem ?? ApiResponses.Read(ApiMapping.Municipality(municipality!));
    }

    public static async Task<IResult> NeighbourhoodsAsync(HttpContext context, string city, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (paging, bad) = Paging.Read(context);
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if ((bad ?? problem) is { } refusal)
        {
            return refusal;
        }

        var found = await store.ListAsync(new NeighbourhoodsPageSpec(municipality!.Id, paging.Skip, paging.PageSize + 1), cancellationToken);
        var page = paging.Of(context, [.. found.Select(ApiMapping.Neighbourhood)]);
        return ApiResponses.Read(page, page.Next);
    }

    public static async Task<IResult> NeighbourhoodAsync(string city, string number, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return MalformedId("number");
        }

        var found = await store.FindAsync(new NeighbourhoodByNumberSpec(municipality!.Id, n), cancellationToken);
        return found is null ? NotFound("number") : ApiResponses.Read(ApiMapping.Neighbourhood(found));
    }

    public static async Task<IResult> CouncilsAsync(HttpContext context, string city, IGovernanceStore store, IClock clock, CancellationToken cancellationToken)
    {
        var (paging, bad) = Paging.Read(context);
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if ((bad ?? problem) is { } refusal)
        {
            return refusal;
        }

        var numbers = await NumbersAsync(store, municipality!.Id, cancellationToken);
        var today = PersianDates.TodayInCity(clock);
        var found = await store.ListAsync(new CouncilsPageSpec(municipality.Id, paging.Skip, paging.PageSize + 1), cancellationToken);
        var page = paging.Of(context, [.. found.Select(c => ApiMapping.Council(c, numbers, today))]);
        return ApiResponses.Read(page, page.Next);
    }

    public static async Task<IResult> MeetingsAsync(HttpContext context, string city, string number, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (paging, bad) = Paging.Read(context);
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if ((bad ?? problem) is { } refusal)
        {
            return refusal;
        }

        if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return MalformedId("number");
        }

        if (await store.FindAsync(new NeighbourhoodByNumberSpec(municipality!.Id, n), cancellationToken) is not { } neighbourhood)
        {
            return NotFound("number");
        }

        var found = await store.ListAsync(new MeetingsOfNeighbourhoodSpec(neighbourhood.Id, skip: paging.Skip, take: paging.PageSize + 1), cancellationToken);
        var page = paging.Of(context, [.. found.Select(m => ApiMapping.Meeting(m, n))]);
        return ApiResponses.Read(page, page.Next);
    }

    public static async Task<IResult> MeetingAsync(string city, string id, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!TryId(id, out var meetingId))
        {
            return MalformedId("id");
        }

        var meeting = await store.FindAsync(new NeighbourhoodMeetingByIdSpec(new MeetingId(meetingId)), cancellationToken);
        var numbers = await NumbersAsync(store, municipality!.Id, cancellationToken);
        return meeting is null || !numbers.TryGetValue(meeting.NeighbourhoodId, out var number)
            ? NotFound("id")
            : ApiResponses.Read(ApiMapping.Meeting(meeting, number));
    }

    public static async Task<IResult> IdeasAsync(HttpContext context, string city, string? status, string? field, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (paging, bad) = Paging.Read(context);
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if ((bad ?? problem) is { } refusal)
        {
            return refusal;
        }

        IdeaStatus? wanted = null;
        if (status is not null)
        {
            if (!IdeaStatuses.TryGetValue(status, out var s))
            {
                return ApiProblems.Result(StatusCodes.Status400BadRequest, "usecase.unknown-choice",
                    "چنین وضعیتی برای ایده نیست: " + string.Join("، ", IdeaStatuses.Keys), "No such idea status; use one of: " + string.Join(", ", IdeaStatuses.Keys), "status");
            }

            wanted = s;
        }

        if (field is not null && municipality!.Charter.FindUrbanField(field) is null)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, "usecase.unknown-choice", "این شهر چنین حوزه‌ای ندارد.", "The municipality's charter offers no such field.", "field");
        }

        var numbers = await NumbersAsync(store, municipality!.Id, cancellationToken);
        var found = await store.ListAsync(new CitizenIdeasMatchingSpec(municipality.Id, wanted, field, skip: paging.Skip, take: paging.PageSize + 1), cancellationToken);
        var page = paging.Of(context, [.. found.Select(i => ApiMapping.Idea(i, municipality.Charter, numbers))]);
        return ApiResponses.Read(page, page.Next);
    }

    /// <summary>A visible idea of the municipality, or null.</summary>
    public static async Task<CitizenIdea?> VisibleIdeaAsync(IGovernanceStore store, MunicipalityId city, Guid id, CancellationToken cancellationToken) =>
        await store.FindAsync(new CitizenIdeaByIdSpec(new CitizenIdeaId(id)), cancellationToken) is { } idea && idea.MunicipalityId == city && idea.Visibility == IdeaVisibility.Visible
            ? idea
            : null;

    public static async Task<IResult> IdeaAsync(string city, string id, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!TryId(id, out var ideaId))
        {
            return MalformedId("id");
        }

        if (await VisibleIdeaAsync(store, municipality!.Id, ideaId, cancellationToken) is not { } idea)
        {
            return NotFound("id");
        }

        return ApiResponses.Read(ApiMapping.Idea(idea, municipality.Charter, await NumbersAsync(store, municipality.Id, cancellationToken)));
    }

    public static async Task<IResult> IdeaCommentsAsync(HttpContext context, string city, string id, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (paging, bad) = Paging.Read(context);
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if ((bad ?? problem) is { } refusal)
        {
            return refusal;
        }

        if (!TryId(id, out var ideaId))
        {
            return MalformedId("id");
        }

        if (await VisibleIdeaAsync(store, municipality!.Id, ideaId, cancellationToken) is null)
        {
            return NotFound("id");
        }

        var found = await store.ListAsync(new VisibleCommentsPageSpec(municipality.Id, CommentSubject.Idea(new CitizenIdeaId(ideaId)), paging.Skip, paging.PageSize + 1), cancellationToken);
        var page = paging.Of(context, [.. found.Select(ApiMapping.Comment)]);
        return ApiResponses.Read(page, page.Next);
    }

    public static async Task<IResult> CampaignsAsync(HttpContext context, string city, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (paging, bad) = Paging.Read(context);
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if ((bad ?? problem) is { } refusal)
        {
            return refusal;
        }

        // A city runs a campaign a year or so: paged in memory.
        var found = await store.ListAsync(new YouthMayorCampaignsOfMunicipalitySpec(municipality!.Id), cancellationToken);
        var page = paging.Of(context, [.. found.Skip(paging.Skip).Take(paging.PageSize + 1).Select(ApiMapping.Campaign)]);
        return ApiResponses.Read(page, page.Next);
    }

    public static async Task<IResult> BudgetingRoundsAsync(HttpContext context, string city, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (paging, bad) = Paging.Read(context);
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if ((bad ?? problem) is { } refusal)
        {
            return refusal;
        }

        var numbers = await NumbersAsync(store, municipality!.Id, cancellationToken);
        var found = await store.ListAsync(new BudgetingRoundsPageSpec(municipality.Id, paging.Skip, paging.PageSize + 1), cancellationToken);
        var page = paging.Of(context, [.. found.Select(r => ApiMapping.Round(r, numbers))]);
        return ApiResponses.Read(page, page.Next);
    }

    public static async Task<IResult> BudgetingRoundAsync(string city, string id, IGovernanceStore store, ReadBudgetingResultsHandler results, CancellationToken cancellationToken)
    {
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!TryId(id, out var roundId))
        {
            return MalformedId("id");
        }

        var view = await results.HandleAsync(new ReadBudgetingResults(municipality!.Id, new BudgetingRoundId(roundId)), cancellationToken);
        return view.IsFailure
            ? ApiProblems.Result(view.Violations)
            : ApiResponses.Read(ApiMapping.RoundDetail(view.Value, await NumbersAsync(store, municipality.Id, cancellationToken)));
    }

    public static async Task<IResult> FiguresAsync(string city, IGovernanceStore store, IClock clock, CancellationToken cancellationToken)
    {
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var today = PersianDates.TodayInCity(clock);
        var neighbourhoods = await store.ListAsync(new NeighbourhoodsOfMunicipalitySpec(municipality!.Id), cancellationToken);
        var councils = await store.ListAsync(new CouncilsPageSpec(municipality.Id), cancellationToken);
        var ideas = await store.ListAsync(new CitizenIdeasMatchingSpec(municipality.Id), cancellationToken);
        var campaigns = await store.ListAsync(new YouthMayorCampaignsOfMunicipalitySpec(municipality.Id), cancellationToken);
        var active = councils.Where(c => c.Status == CouncilStatus.Active).ToList();
        int Count(IdeaStatus s) => ideas.Count(i => i.Status == s);
        return ApiResponses.Read(new FiguresDto(
            neighbourhoods.Count,
            active.Count,
            active.Sum(c => c.MembersOn(today).Count()),
            new IdeaCountsDto(ideas.Count, Count(IdeaStatus.Submitted), Count(IdeaStatus.UnderReview), Count(IdeaStatus.Accepted), Count(IdeaStatus.Rejected),
                Count(IdeaStatus.InProgress), Count(IdeaStatus.Implemented), Count(IdeaStatus.Withdrawn)),
            campaigns.Count,
            campaigns.Sum(c => c.YouthMayors.Count)));
    }

    public static async Task<IResult> OpenDataSetsAsync(HttpContext context, string city, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var openData = context.RequestServices.GetService(typeof(IApiOpenData)) as IApiOpenData;
        var path = context.Request.PathBase + context.Request.Path;
        return ApiResponses.Read<IReadOnlyList<OpenDataSetDto>>([.. (openData?.SetNames ?? []).Select(n => new OpenDataSetDto(n, $"{path}/{n}"))]);
    }

    public static async Task<IResult> OpenDataSetAsync(HttpContext context, string city, string set, IGovernanceStore store, CancellationToken cancellationToken)
    {
        var (paging, bad) = Paging.Read(context);
        var (municipality, problem) = await CityAsync(city, store, cancellationToken);
        if ((bad ?? problem) is { } refusal)
        {
            return refusal;
        }

        var openData = context.RequestServices.GetService(typeof(IApiOpenData)) as IApiOpenData;
        if (openData is null || !openData.SetNames.Contains(set, StringComparer.Ordinal)
            || await openData.ReadAsync(municipality!.Id, set, cancellationToken) is not { } table)
        {
            return NotFound("set");
        }

        var rows = table.Rows.Skip(paging.Skip).Take(paging.PageSize + 1).ToList();
        var next = rows.Count > paging.PageSize ? paging.NextLink(context) : null;
        return ApiResponses.Read(new OpenDataPageDto(table.Name, table.Columns, [.. rows.Take(paging.PageSize)], paging.Page, paging.PageSize, next), next);
    }
}
