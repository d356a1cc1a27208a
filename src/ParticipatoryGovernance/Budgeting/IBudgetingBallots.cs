using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// The storage port for budgeting ballots, which are rows of their own and never loaded with their round: a ballot is
/// written without reading the round's other ballots, so casting costs the same with ten ballots as with millions.
/// The EF Core package implements it for SQLite and PostgreSQL.
/// </summary>
/// <remarks>
/// The rules are decided before a ballot reaches the port, by <see cref="BudgetingRound.CheckBallot(Resident, IEnumerable{Ideas.CitizenIdeaId}, BallotCasting)"/>
/// in the command handler; the port only stores. Each stored ballot's <see cref="BudgetingBallotCast"/> event is
/// written to the storage's outbox in the same transaction. Implementations are scoped and not thread-safe.
/// </remarks>
public interface IBudgetingBallots
{
    /// <summary>Stores a ballot, replacing the voter's earlier ballot in the round in place (an upsert on round and voter).</summary>
    /// <param name="ballot">The checked ballot.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The event stored with it (saying whether it replaced one); or a refusal when the round was closed meanwhile.</returns>
    Task<Result<BudgetingBallotCast>> StoreAsync(BudgetingRoundBallot ballot, CancellationToken cancellationToken = default);

    /// <summary>Stores checked ballots of one round in one transaction: all of them, or none.</summary>
    /// <param name="ballots">The ballots; at most one per voter.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The events stored, one per ballot in order; or a refusal when the round was closed meanwhile.</returns>
    Task<Result<IReadOnlyList<BudgetingBallotCast>>> StoreAllAsync(IReadOnlyList<BudgetingRoundBallot> ballots, CancellationToken cancellationToken = default);

    /// <summary>Reads a round's ballots grouped into types (the database counts them), with their count and watermark, in one snapshot.</summary>
    /// <param name="round">The round.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tally; empty for a round without ballots.</returns>
    Task<BudgetingBallotTally> ReadTypesAsync(BudgetingRoundId round, CancellationToken cancellationToken = default);

    /// <summary>The change number of the latest change to a round's ballots: cheap, for checking whether stored results are stale.</summary>
    /// <param name="round">The round.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The watermark; 0 for no ballots.</returns>
    Task<long> WatermarkAsync(BudgetingRoundId round, CancellationToken cancellationToken = default);

    /// <summary>Counts a round's ballots.</summary>
    /// <param name="round">The round.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The number of voters who have a ballot.</returns>
    Task<int> CountAsync(BudgetingRoundId round, CancellationToken cancellationToken = default);

    /// <summary>A voter's ballot in a round.</summary>
    /// <param name="round">The round.</param>
    /// <param name="voter">The voter.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ballot, or <see langword="null"/> when they have not voted.</returns>
    Task<BudgetingRoundBallot?> FindAsync(BudgetingRoundId round, ResidentId voter, CancellationToken cancellationToken = default);

    /// <summary>Every ballot of a round, in the order of their latest change: for exporting a closed round.</summary>
    /// <param name="round">The round.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ballots.</returns>
    Task<IReadOnlyList<BudgetingRoundBallot>> ListAsync(BudgetingRoundId round, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many of a round's ballots came by a channel, and the latest of them (newest first): a clerk's audit list,
    /// read without loading the round's other ballots.
    /// </summary>
    /// <param name="round">The round.</param>
    /// <param name="channel">The channel, such as <see cref="BallotChannel.Paper"/>.</param>
    /// <param name="latest">How many of the newest to return; 0 or more.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The count and the newest ballots.</returns>
    Task<BudgetingChannelBallots> ListByChannelAsync(BudgetingRoundId round, BallotChannel channel, int latest, CancellationToken cancellationToken = default);
}

/// <summary>How many ballots of a round came by one channel, and the newest of them.</summary>
/// <param name="Count">The ballots that came by the channel.</param>
/// <param name="Latest">The newest of them, newest first.</param>
public sealed record BudgetingChannelBallots(int Count, IReadOnlyList<BudgetingRoundBallot> Latest);

/// <summary>
/// The storage port for rounds' stored results (<see cref="BudgetingRoundResults"/>), written by the background
/// computation and read by pages. Implementations are scoped and not thread-safe.
/// </summary>
public interface IBudgetingResults
{
    /// <summary>Reads a round's stored results.</summary>
    /// <param name="round">The round.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The results; or <see langword="null"/> when none have been computed yet.</returns>
    Task<BudgetingRoundResults?> ReadAsync(BudgetingRoundId round, CancellationToken cancellationToken = default);

    /// <summary>Stores a round's results, unless results from a later watermark are already stored (a slower node's older computation never overwrites a newer one).</summary>
    /// <param name="results">The results.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether they were stored.</returns>
    Task<bool> StoreAsync(BudgetingRoundResults results, CancellationToken cancellationToken = default);
}
