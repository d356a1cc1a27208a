using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Sqlite;
using ParticipatoryGovernance.EntityFrameworkCore.Storage;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Budgeting;

/// <summary>
/// <see cref="IBudgetingBallots"/> on SQLite and PostgreSQL: each ballot is a row of <c>budgeting_ballots</c> keyed by
/// (round, voter), written by <c>INSERT … ON CONFLICT (round_id, voter_id) DO UPDATE</c> without reading the round's
/// other ballots, with its <see cref="BudgetingBallotCast"/> event in the outbox (<c>domain_events</c>) in the same
/// transaction; ballot types are counted by the database with GROUP BY (ADR 0031).
/// </summary>
/// <remarks>
/// <para>
/// The upsert inserts nothing when the round has been closed, so a ballot checked just before the round closed is
/// refused rather than stored. Every insert or replacement takes a new change number (a PostgreSQL sequence; on
/// SQLite, whose writers take turns, one more than the highest), the watermark stored results are compared with.
/// </para>
/// <para>After a commit, the <see cref="BudgetingOutcomeWorker"/> given to it (if any) is told the round changed.
/// Scoped, like its context; not thread-safe.</para>
/// </remarks>
public sealed class BudgetingBallots : IBudgetingBallots
{
    private static readonly ConcurrentDictionary<BudgetingRoundId, CitizenIdeaId[]> ProjectsByRound = new();
    private static readonly ConcurrentDictionary<string, BallotCommitQueue> GroupCommits = new(StringComparer.Ordinal);
    private readonly GovernanceDbContext _context;
    private readonly BudgetingOutcomeWorker? _worker;
    private readonly bool _postgres;

    /// <summary>Creates the store.</summary>
    /// <param name="context">The unit of work.</param>
    /// <param name="worker">The background worker to tell when a round's ballots change; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public BudgetingBallots(GovernanceDbContext context, BudgetingOutcomeWorker? worker = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _worker = worker;
        _postgres = context is Postgres.PostgresGovernanceDbContext;
    }

    /// <inheritdoc />
    public Task<Result<BudgetingBallotCast>> StoreAsync(BudgetingRoundBallot ballot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballot);

        // Group commit: ballots arriving together from concurrent requests are written in one statement and one
        // commit, each caller answered once its ballot is durable (a disk flushes a few hundred times a second).
        var queue = GroupCommits.GetOrAdd(_context.Database.GetConnectionString() ?? "", _ => new BallotCommitQueue());
        return queue.StoreAsync(ballot, StoreAllAsync, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Result<IReadOnlyList<BudgetingBallotCast>>> StoreAllAsync(IReadOnlyList<BudgetingRoundBallot> ballots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        if (ballots.Count == 0)
        {
            return Result.Success<IReadOnlyList<BudgetingBallotCast>>([]);
        }

        var round = ballots[0].RoundId;
        if (ballots.Any(b => b is null || b.RoundId != round) || ballots.Select(b => b.VoterId).Distinct().Count() != ballots.Count)
        {
            throw new ArgumentException("The ballots must be of one round, one per voter.", nameof(ballots));
        }

        var projects = await ProjectsAsync(round, cancellationToken);
        var rows = ballots.OrderBy(b => b.VoterId.Value).Select(b => (Ballot: b, Choice: Encode(b, projects))).ToList();
        var now = _context.Clock.GetCurrentInstant();
        await _context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            Dictionary<ResidentId, (int Replacements, long Change)> written;
            if (_postgres)
            {
                // One statement, atomic on its own: the upserts and their events in one round trip.
                written = await UpsertPostgresAsync(round, rows, now, cancellationToken);
            }
            else
            {
                await using var transaction = await _context.Database.BeginTransactionAsync(cancellationToken);
                written = await UpsertSqliteAsync(round, rows, transaction, cancellationToken);
                if (written.Count == rows.Count)
                {
                    await WriteSqliteEventsAsync(round, [.. ballots.Select(b => Cast(round, b, written))], now, transaction, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
            }

            if (written.Count != rows.Count)
            {
                // The round was closed: on PostgreSQL the statement inserted nothing; on SQLite the transaction is rolled back.
                return Result.Failure<IReadOnlyList<BudgetingBallotCast>>(RuleViolation.Of(
                    BudgetingRuleIds.RoundClosed,
                    "رأی‌گیری این دور بسته شده است؛ برگهٔ رأی ثبت نشد.",
                    "Voting in this round has been closed; the ballot was not stored."));
            }

            _worker?.Notify(round);
            return Result.Success<IReadOnlyList<BudgetingBallotCast>>([.. ballots.Select(b => Cast(round, b, written).Event)]);
        }
        finally
        {
            await _context.Database.CloseConnectionAsync();
        }
    }

    private static (BudgetingBallotCast Event, long Change) Cast(BudgetingRoundId round, BudgetingRoundBallot ballot, Dictionary<ResidentId, (int Replacements, long Change)> written) =>
        (new BudgetingBallotCast(round, ballot.VoterId, written[ballot.VoterId].Replacements > 0), written[ballot.VoterId].Change);

    /// <inheritdoc />
    public async Task<BudgetingBallotTally> ReadTypesAsync(BudgetingRoundId round, CancellationToken cancellationToken = default)
    {
        var projects = await ProjectsAsync(round, cancellationToken);

        // One snapshot for the types and the watermark, so the watermark says exactly which ballots were counted.
        await using var transaction = await _context.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var groups = await Ballots(round)
            .GroupBy(b => b.Choice)
            .Select(g => new { Choice = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var watermark = await Ballots(round).MaxAsync(b => (long?)b.Change, cancellationToken) ?? 0;
        await transaction.CommitAsync(cancellationToken);
        var types = groups
            .OrderBy(g => g.Choice, StringComparer.Ordinal)
            .Select(g => Decode(g.Choice, projects, g.Count))
            .ToList();
        return new BudgetingBallotTally(types, types.Sum(t => t.Count), watermark);
    }

    /// <inheritdoc />
    public async Task<long> WatermarkAsync(BudgetingRoundId round, CancellationToken cancellationToken = default) =>
        await Ballots(round).MaxAsync(b => (long?)b.Change, cancellationToken) ?? 0;

    /// <inheritdoc />
    public Task<int> CountAsync(BudgetingRoundId round, CancellationToken cancellationToken = default) => Ballots(round).CountAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<BudgetingRoundBallot?> FindAsync(BudgetingRoundId round, ResidentId voter, CancellationToken cancellationToken = default)
    {
        var row = await Ballots(round).SingleOrDefaultAsync(b => b.VoterId == voter, cancellationToken);
        return row is null ? null : ToBallot(row, await ProjectsAsync(round, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BudgetingRoundBallot>> ListAsync(BudgetingRoundId round, CancellationToken cancellationToken = default)
    {
        var projects = await ProjectsAsync(round, cancellationToken);
        var rows = await Ballots(round).OrderBy(b => b.Change).ToListAsync(cancellationToken);
        return [.. rows.Select(r => ToBallot(r, projects))];
    }

    /// <inheritdoc />
    public async Task<BudgetingChannelBallots> ListByChannelAsync(BudgetingRoundId round, BallotChannel channel, int latest, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(latest);
        var projects = await ProjectsAsync(round, cancellationToken);
        var byChannel = Ballots(round).Where(b => b.Channel == channel);
        var count = await byChannel.CountAsync(cancellationToken);
        var rows = await byChannel.OrderByDescending(b => b.Change).Take(latest).ToListAsync(cancellationToken);
        return new BudgetingChannelBallots(count, [.. rows.Select(r => ToBallot(r, projects))]);
    }

    /// <summary>A ballot's choice as canonical text: project positions in the round's order, with points for a cumulative ballot.</summary>
    internal static string Encode(BudgetingRoundBallot ballot, CitizenIdeaId[] projects)
    {
        var text = new StringBuilder();
        var positions = ballot.Approved
            .Select((idea, i) => (Position: Array.IndexOf(projects, idea), Points: ballot.Points.Count > 0 ? ballot.Points[i] : 0))
            .OrderBy(p => p.Position);
        foreach (var (position, points) in positions)
        {
            if (position < 0)
            {
                throw new ArgumentException("The ballot names an idea that is not a project of its round.", nameof(ballot));
            }

            text.Append(text.Length == 0 ? "" : ",").Append(position.ToString(CultureInfo.InvariantCulture));
            if (ballot.Points.Count > 0)
            {
                text.Append(':').Append(points.ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    internal static BudgetingBallotType Decode(string choice, CitizenIdeaId[] projects, int count)
    {
        var approved = new List<CitizenIdeaId>();
        var points = new List<int>();
        foreach (var part in choice.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            approved.Add(projects[int.Parse(colon < 0 ? part : part[..colon], CultureInfo.InvariantCulture)]);
            if (colon >= 0)
            {
                points.Add(int.Parse(part[(colon + 1)..], CultureInfo.InvariantCulture));
            }
        }

        return new BudgetingBallotType(approved, points, count);
    }

    private static BudgetingRoundBallot ToBallot(StoredBudgetingBallot row, CitizenIdeaId[] projects)
    {
        var type = Decode(row.Choice, projects, 1);
        return new BudgetingRoundBallot(row.RoundId, row.VoterId, type.Approved, type.Points, row.CastAt, row.Channel, row.EnteredBy);
    }

    private IQueryable<StoredBudgetingBallot> Ballots(BudgetingRoundId round) =>
        _context.Set<StoredBudgetingBallot>().AsNoTracking().Where(b => b.RoundId == round);

    // A round's projects never change once it is open, so their order is read once per round and process.
    private async Task<CitizenIdeaId[]> ProjectsAsync(BudgetingRoundId round, CancellationToken cancellationToken)
    {
        if (ProjectsByRound.TryGetValue(round, out var known))
        {
            return known;
        }

        var stored = await _context.Set<BudgetingRound>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == round, cancellationToken)
            ?? throw new InvalidOperationException($"No budgeting round {round} is stored.");
        var projects = stored.Projects.Select(p => p.IdeaId).ToArray();
        ProjectsByRound.TryAdd(round, projects);
        return projects;
    }

    private async Task<Dictionary<ResidentId, (int Replacements, long Change)>> UpsertPostgresAsync(
        BudgetingRoundId round,
        List<(BudgetingRoundBallot Ballot, string Choice)> rows,
        Instant now,
        CancellationToken cancellationToken)
    {
        // The event's payload is built as StoredJson writes a BudgetingBallotCast: {"RoundId", "VoterId", "Replaced"}.
        await using var command = Command(null, """
            WITH upserted AS (
                INSERT INTO budgeting_ballots AS b (round_id, voter_id, choice, cast_at, channel, entered_by, replacements, change)
                SELECT @round, v.voter, v.choice, v.cast_at, v.channel, v.entered_by, 0, nextval('budgeting_ballot_changes')
                FROM unnest(@voters, @choices, @cast_ats, @channels, @entered_by) AS v(voter, choice, cast_at, channel, entered_by)
                WHERE EXISTS (SELECT 1 FROM budgeting_rounds r WHERE r.id = @round AND r.closed_on IS NULL)
                ON CONFLICT (round_id, voter_id) DO UPDATE SET
                    choice = excluded.choice, cast_at = excluded.cast_at, channel = excluded.channel, entered_by = excluded.entered_by,
                    replacements = b.replacements + 1, change = excluded.change
                RETURNING voter_id, replacements, change),
            events AS (
                INSERT INTO domain_events (aggregate_type, aggregate_id, aggregate_version, event_type, payload, recorded_at)
                SELECT @aggregate_type, @round, u.change, @event_type,
                       jsonb_build_object('RoundId', @round, 'VoterId', u.voter_id, 'Replaced', u.replacements > 0), @recorded_at
                FROM upserted u ORDER BY u.change)
            SELECT voter_id, replacements, change FROM upserted
            """);
        Add(command, "round", round.Value);
        Add(command, "voters", rows.Select(r => r.Ballot.VoterId.Value).ToArray());
        Add(command, "choices", rows.Select(r => r.Choice).ToArray());
        Add(command, "cast_ats", rows.Select(r => r.Ballot.CastAt).ToArray());
        Add(command, "channels", rows.Select(r => (int)r.Ballot.Channel).ToArray());
        Add(command, "entered_by", rows.Select(r => r.Ballot.EnteredBy).ToArray());
        Add(command, "aggregate_type", nameof(BudgetingRound));
        Add(command, "event_type", typeof(BudgetingBallotCast).FullName!);
        Add(command, "recorded_at", now);
        var written = new Dictionary<ResidentId, (int, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            written[new ResidentId(reader.GetGuid(0))] = (reader.GetInt32(1), reader.GetInt64(2));
        }

        return written;
    }

    private async Task<Dictionary<ResidentId, (int Replacements, long Change)>> UpsertSqliteAsync(
        BudgetingRoundId round,
        List<(BudgetingRoundBallot Ballot, string Choice)> rows,
        IDbContextTransaction transaction,
        CancellationToken cancellationToken)
    {
        // SQLite's writers take turns, so one more than the highest change number is unique.
        await using var command = Command(transaction, """
            INSERT INTO budgeting_ballots AS b (round_id, voter_id, choice, cast_at, channel, entered_by, replacements, change)
            SELECT @round, @voter, @choice, @cast_at, @channel, @entered_by, 0, (SELECT COALESCE(MAX(change), 0) + 1 FROM budgeting_ballots)
            WHERE EXISTS (SELECT 1 FROM budgeting_rounds r WHERE r.id = @round AND r.closed_on IS NULL)
            ON CONFLICT (round_id, voter_id) DO UPDATE SET
                choice = excluded.choice, cast_at = excluded.cast_at, channel = excluded.channel, entered_by = excluded.entered_by,
                replacements = b.replacements + 1, change = excluded.change
            RETURNING replacements, change
            """);
        var roundParameter = Add(command, "round", SqliteGuid(round.Value));
        var voter = Add(command, "voter", "");
        var choice = Add(command, "choice", "");
        var castAt = Add(command, "cast_at", 0L);
        var channel = Add(command, "channel", 0);
        var enteredBy = Add(command, "entered_by", DBNull.Value);
        _ = roundParameter;
        var written = new Dictionary<ResidentId, (int, long)>();
        foreach (var (ballot, text) in rows)
        {
            voter.Value = SqliteGuid(ballot.VoterId.Value);
            choice.Value = text;
            castAt.Value = InstantAsUnixMicrosecondsConverter.ToMicroseconds(ballot.CastAt);
            channel.Value = (int)ballot.Channel;
            enteredBy.Value = (object?)ballot.EnteredBy ?? DBNull.Value;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                written[ballot.VoterId] = (reader.GetInt32(0), reader.GetInt64(1));
            }
        }

        return written;
    }

    private async Task WriteSqliteEventsAsync(
        BudgetingRoundId round,
        List<(BudgetingBallotCast Event, long Change)> events,
        Instant now,
        IDbContextTransaction transaction,
        CancellationToken cancellationToken)
    {
        await using var insert = Command(transaction, """
            INSERT INTO domain_events (aggregate_type, aggregate_id, aggregate_version, event_type, payload, recorded_at)
            VALUES (@aggregate_type, @aggregate_id, @version, @event_type, @payload, @recorded_at)
            """);
        Add(insert, "aggregate_type", nameof(BudgetingRound));
        Add(insert, "aggregate_id", SqliteGuid(round.Value));
        var version = Add(insert, "version", 0L);
        Add(insert, "event_type", typeof(BudgetingBallotCast).FullName!);
        var payload = Add(insert, "payload", "");
        Add(insert, "recorded_at", InstantAsUnixMicrosecondsConverter.ToMicroseconds(now));
        foreach (var (cast, change) in events)
        {
            version.Value = change;
            payload.Value = JsonSerializer.Serialize(cast, StoredJson.Options);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private DbCommand Command(IDbContextTransaction? transaction, string sql)
    {
        var command = _context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    private static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    // EF Core stores a GUID on SQLite as upper-case text; a GUID parameter would be bound as a blob and match nothing.
    internal static string SqliteGuid(Guid value) => value.ToString("D").ToUpperInvariant();
}
