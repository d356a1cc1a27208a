using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>How the Method of Equal Shares is completed when its first outcome leaves budget unspent.</summary>
public enum EqualSharesCompletion
{
    /// <summary>No completion: every voter's share is the budget divided by the number of voters.</summary>
    None = 0,

    /// <summary>
    /// Add1 as equalshares.net recommends and pabutools does by default: raise every voter's share by one currency
    /// unit at a time and keep the last outcome whose cost fits the budget, stopping early at an outcome to which no
    /// further project can be added.
    /// </summary>
    Add1 = 1,

    /// <summary>
    /// Add1 as pabulib defines <c>equalshares/add1</c> and as Wieliczka 2023 was counted: raise every voter's share by
    /// one currency unit at a time for as long as the outcome still fits the budget, and keep the last outcome that
    /// fits, even past an outcome to which no further project could be added; so it can fund a different set than
    /// <see cref="Add1"/>.
    /// </summary>
    Add1WithinBudget = 2,
}

/// <summary>Why a project was or was not funded by the Method of Equal Shares.</summary>
public enum EqualSharesVerdict
{
    /// <summary>Its supporters could pay for it and it had the best effective support when chosen.</summary>
    Funded = 0,

    /// <summary>Its supporters' money, after paying for the projects chosen before, no longer covered its cost.</summary>
    SupportersMoneyRanOut = 1,

    /// <summary>No voter approved it.</summary>
    NoSupporters = 2,
}

/// <summary>What the Method of Equal Shares decided for one project, and why.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Approvals">Its number of supporters.</param>
/// <param name="Verdict">Funded, or why not.</param>
/// <param name="Round">The round it was chosen in (1 for the first; 0 for a free project), or, when its supporters' money ran out, the round in which that was found; 0 otherwise.</param>
/// <param name="PricePerSupporter">For a funded project, the most any supporter paid; rounded to a hundredth for display (decisions use exact fractions).</param>
/// <param name="SupportersPayingFullPrice">For a funded project, how many supporters paid the full price.</param>
/// <param name="SupportersPayingLess">For a funded project, how many supporters had less than the price and paid all they had left.</param>
/// <param name="PaidBySupportersPayingLess">What those supporters paid together, rounded to a hundredth.</param>
/// <param name="MoneyLeft">When its supporters' money ran out, what they had left together, rounded to a hundredth; 0 otherwise.</param>
/// <param name="Explanation">The reason in Persian and English, for residents.</param>
public sealed record EqualSharesProjectResult(
    string ProjectId,
    int Approvals,
    EqualSharesVerdict Verdict,
    int Round,
    decimal PricePerSupporter,
    int SupportersPayingFullPrice,
    int SupportersPayingLess,
    decimal PaidBySupportersPayingLess,
    decimal MoneyLeft,
    LocalizedText Explanation)
{
    /// <summary>True when the project was funded.</summary>
    public bool IsFunded => Verdict == EqualSharesVerdict.Funded;
}

/// <summary>The outcome of the Method of Equal Shares with explanations.</summary>
/// <param name="Funded">The funded project ids in the order chosen.</param>
/// <param name="Spent">Their total cost.</param>
/// <param name="SharePerVoter">The share every voter started the deciding run with, rounded to a hundredth.</param>
/// <param name="Increment">How many currency units per voter the completion added to the budget divided by the number of voters (0 without completion).</param>
/// <param name="Projects">One result per project, in the election's project order.</param>
public sealed record EqualSharesOutcome(
    IReadOnlyList<string> Funded,
    long Spent,
    decimal SharePerVoter,
    long Increment,
    IReadOnlyList<EqualSharesProjectResult> Projects)
{
    /// <summary>
    /// How much work deciding took, for diagnostics: Equal Shares runs plus the replays that proved outcomes constant
    /// between runs (ADR 0030); stepping takes one run per step. Not part of the outcome.
    /// </summary>
    public long Runs { get; init; }
}
