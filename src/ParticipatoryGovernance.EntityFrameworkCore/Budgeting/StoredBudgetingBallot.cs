using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Budgeting;

/// <summary>
/// A ballot as its row: one per round and voter. <see cref="Choice"/> is the ballot in a canonical text form, the
/// projects' positions in the round's order (<c>0,4,17</c>; for points <c>0:2,4:1</c>), so that equal ballots are
/// equal text and the database counts ballot types with GROUP BY. Written by <see cref="BudgetingBallots"/> with
/// hand-written upserts; read with LINQ.
/// </summary>
internal sealed class StoredBudgetingBallot
{
    /// <summary>Room for 1,000 projects at 3 digits, a separator and up to 5 digits of points each.</summary>
    public const int MaxChoiceLength = 10_000;

    public BudgetingRoundId RoundId { get; set; }

    public ResidentId VoterId { get; set; }

    public string Choice { get; set; } = "";

    public Instant CastAt { get; set; }

    public BallotChannel Channel { get; set; }

    public string? EnteredBy { get; set; }

    /// <summary>How many times the voter replaced the ballot.</summary>
    public int Replacements { get; set; }

    /// <summary>The change number: unique, and higher for every later insert or replacement (the results' watermark).</summary>
    public long Change { get; set; }
}

/// <summary>A round's computed results as their row: the outcome as JSON (System.Text.Json), with the watermark it was computed from.</summary>
internal sealed class StoredBudgetingResults
{
    public BudgetingRoundId RoundId { get; set; }

    public int Ballots { get; set; }

    public long Watermark { get; set; }

    public Instant ComputedAt { get; set; }

    public string Outcome { get; set; } = "";
}
