using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Sqlite;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;

namespace ParticipatoryGovernance.EntityFrameworkCore.Budgeting;

/// <summary>
/// <see cref="IBudgetingResults"/> on SQLite and PostgreSQL: one row per round in <c>budgeting_round_results</c>, the
/// outcome as a JSON document (System.Text.Json; jsonb on PostgreSQL). A write never replaces results computed from a
/// later watermark, so a slow node cannot put an older outcome back.
/// </summary>
/// <remarks>Scoped, like its context; not thread-safe.</remarks>
public sealed class BudgetingResults : IBudgetingResults
{
    private readonly GovernanceDbContext _context;
    private readonly bool _postgres;

    /// <summary>Creates the store.</summary>
    /// <param name="context">The unit of work.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public BudgetingResults(GovernanceDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _postgres = context is Postgres.PostgresGovernanceDbContext;
    }

    /// <summary>The JSON options outcomes are stored with: the storage's options (enums by name, identifiers as GUIDs).</summary>
    internal static JsonSerializerOptions Json => StoredJson.Options;

    /// <inheritdoc />
    public async Task<BudgetingRoundResults?> ReadAsync(BudgetingRoundId round, CancellationToken cancellationToken = default)
    {
        var row = await _context.Set<StoredBudgetingResults>().AsNoTracking().SingleOrDefaultAsync(r => r.RoundId == round, cancellationToken);
        return row is null
            ? null
            : new BudgetingRoundResults(row.RoundId, row.Ballots, row.Watermark, row.ComputedAt, JsonSerializer.Deserialize<BudgetingRoundOutcome>(row.Outcome, Json)!);
    }

    /// <inheritdoc />
    public async Task<bool> StoreAsync(BudgetingRoundResults results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        var json = JsonSerializer.Serialize(results.Outcome, Json);
        await _context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = _context.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"""
                INSERT INTO budgeting_round_results AS r (round_id, ballots, watermark, computed_at, outcome)
                VALUES (@round, @ballots, @watermark, @computed_at, @outcome{(_postgres ? "::jsonb" : "")})
                ON CONFLICT (round_id) DO UPDATE SET
                    ballots = excluded.ballots, watermark = excluded.watermark, computed_at = excluded.computed_at, outcome = excluded.outcome
                WHERE r.watermark <= excluded.watermark
                """;
            Add(command, "round", _postgres ? results.RoundId.Value : BudgetingBallots.SqliteGuid(results.RoundId.Value));
            Add(command, "ballots", results.Ballots);
            Add(command, "watermark", results.Watermark);
            Add(command, "computed_at", _postgres ? results.ComputedAt : InstantAsUnixMicrosecondsConverter.ToMicroseconds(results.ComputedAt));
            Add(command, "outcome", json);
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }
        finally
        {
            await _context.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
