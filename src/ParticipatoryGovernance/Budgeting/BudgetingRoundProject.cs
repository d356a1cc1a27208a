using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>A project on a budgeting round's ballot: an accepted citizen idea with the cost the municipality put on it.</summary>
/// <param name="IdeaId">The accepted idea.</param>
/// <param name="Title">The idea's title when the round opened.</param>
/// <param name="Cost">The cost in whole rials.</param>
public sealed record BudgetingRoundProject(CitizenIdeaId IdeaId, string Title, Rials Cost)
{
    /// <summary>The project's id in the round's <see cref="BudgetingElection"/> and its pabulib export: the idea's GUID in lower-case <c>D</c> form.</summary>
    public string ProjectId => IdeaId.Value.ToString("D");
}
