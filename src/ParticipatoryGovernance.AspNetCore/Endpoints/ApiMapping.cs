using System.Globalization;
using NodaTime;
using ParticipatoryGovernance.AspNetCore.Contracts;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.OpenData;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.AspNetCore.Endpoints;

/// <summary>The model's records as the API's response records: never an aggregate or a stored row itself.</summary>
internal static class ApiMapping
{
    public static TextDto Text(LocalizedText text) => new(text.Persian, text.English);

    public static string Iso(LocalDate date) => date.WithCalendar(CalendarSystem.Iso).ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    public static string Code(Enum value) => OpenDataSets.Code(value);

    public static MunicipalityDto Municipality(Municipality m) =>
        new(m.Id.Value, Text(m.Name), m.Province is { } p ? Text(p) : null, [.. m.Charter.UrbanFields.Select(f => new UrbanFieldDto(f.Key, Text(f.Name)))]);

    public static NeighbourhoodDto Neighbourhood(Neighbourhood n) =>
        new(n.Id.Value, n.Number, Text(n.Name), new AnchorDto(Code(n.Anchor.Kind), Text(n.Anchor.Name)), n.Mayor is { } mayor ? Iso(mayor.AppointedOn) : null);

    public static CouncilDto Council(Council c, IReadOnlyDictionary<NeighbourhoodId, int> numbers, LocalDate today) =>
        new(c.Id.Value, numbers.GetValueOrDefault(c.NeighbourhoodId), Code(c.Kind), Code(c.Status), c.Seats, c.MembersOn(today).Count(), Iso(c.FormedOn), c.DissolvedOn is { } d ? Iso(d) : null);

    public static MeetingDto Meeting(NeighbourhoodMeeting m, int neighbourhood) =>
        new(m.Id.Value, neighbourhood, Text(m.Place), m.StartsAt.ToDateTimeOffset(), Code(m.Status), m.EndedAt?.ToDateTimeOffset(), m.Attendees.Count,
            [.. m.Agenda.Select(i => new AgendaItemDto(i.Number, i.Title, i.Description, Code(i.Status), i.Decision is { } d
                ? new DecisionDto(d.VotesFor, d.VotesAgainst, d.Abstentions, d.Attendees, d.QuorumMet, Code(d.Outcome))
                : null))]);

    public static IdeaDto Idea(CitizenIdea i, GovernanceCharter charter, IReadOnlyDictionary<NeighbourhoodId, int> numbers) =>
        new(i.Id.Value, i.Version, i.PreviousVersionId?.Value, i.Title, i.Description, i.FieldKey,
            charter.FindUrbanField(i.FieldKey) is { } field ? Text(field.Name) : null,
            i.NeighbourhoodId is { } n && numbers.TryGetValue(n, out var number) ? number : null,
            i.EstimatedCost?.Amount, Code(i.Status), i.SubmittedAt.ToDateTimeOffset(), i.Endorsements.Count);

    public static CommentDto Comment(Comment c) =>
        new(c.Id.Value, c.ParentId?.Value, c.Depth, c.Body, Code(c.Stance), c.PostedAt.ToDateTimeOffset(), c.EditedAt?.ToDateTimeOffset());

    public static CampaignDto Campaign(YouthMayorCampaign c) =>
        new(c.Id.Value, Text(c.Name), Code(c.Stage), Iso(c.CallOpensOn), Iso(c.CallClosesOn), c.Applications.Count, c.YouthMayors.Count);

    public static BudgetingRoundDto Round(BudgetingRound r, IReadOnlyDictionary<NeighbourhoodId, int> numbers) =>
        new(r.Id.Value, r.Title, r.NeighbourhoodId is { } n && numbers.TryGetValue(n, out var number) ? number : null, r.Budget.Amount,
            Iso(r.VotingOpensOn), Iso(r.VotingClosesOn), r.ClosedOn is { } c ? Iso(c) : null, Code(r.BallotKind),
            r.MinimumProjectsPerBallot, r.MaximumProjectsPerBallot, r.MaximumPointsPerBallot,
            [.. r.Projects.Select(p => new BudgetingProjectDto(p.IdeaId.Value, p.Title, p.Cost.Amount))]);

    public static BudgetingRoundDetailDto RoundDetail(BudgetingResultsView view, IReadOnlyDictionary<NeighbourhoodId, int> numbers) =>
        new(Round(view.Round, numbers), view.Shown, view.Note is { } note ? Text(note) : null, view.Results is { } results
            ? new BudgetingOutcomeDto(results.Ballots, results.ComputedAt.ToDateTimeOffset(), results.Outcome.Greedy.Funded, results.Outcome.Greedy.Spent,
                results.Outcome.EqualShares?.Funded, results.Outcome.EqualShares?.Spent)
            : null);
}
