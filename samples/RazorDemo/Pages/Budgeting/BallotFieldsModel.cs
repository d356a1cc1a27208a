using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Ideas;

namespace RazorDemo.Pages.Budgeting;

/// <summary>What the ballot's fields show: the round's projects, which are ticked (or their points), and the error to show above them.</summary>
/// <param name="Round">The round.</param>
/// <param name="Ticked">The ideas ticked.</param>
/// <param name="Points">For a cumulative round, the points shown per idea.</param>
/// <param name="Error">The refusal to show above the fields, or null.</param>
public sealed record BallotFieldsModel(BudgetingRound Round, IReadOnlySet<CitizenIdeaId> Ticked, IReadOnlyDictionary<CitizenIdeaId, int> Points, string? Error);
