namespace ParticipatoryGovernance.Budgeting;

/// <summary>Identifies a <see cref="BudgetingRound"/>.</summary>
/// <param name="Value">The underlying GUID.</param>
public readonly record struct BudgetingRoundId(Guid Value)
{
    /// <summary>A new, time-ordered identifier.</summary>
    /// <returns>The identifier.</returns>
    public static BudgetingRoundId New() => new(Guid.CreateVersion7());
}
