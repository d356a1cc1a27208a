using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Postgres;

namespace ParticipatoryGovernance.EntityFrameworkCore.Budgeting;

/// <summary>
/// A round's turn to be computed, single-flight across the nodes that share one PostgreSQL database (issue #18): at most
/// one computation of a round runs at a time, and at most one more waits behind it. Two session-level advisory locks per
/// round, on a connection of their own: <em>computing</em>, held while a node computes, and <em>queued</em>, held by the
/// one node waiting for the next turn. A node that finds both held leaves the round to the queued node, whose computation
/// starts after the queued node takes its turn, hence after every ballot committed before now: no ballot is left uncounted.
/// On SQLite one process owns the database and the worker computes rounds one after another: the turn is always given.
/// </summary>
internal sealed class RoundTurn : IAsyncDisposable
{
    private static readonly RoundTurn InProcess = new(null);

    private readonly DbConnection? _connection;

    private RoundTurn(DbConnection? connection) => _connection = connection;

    /// <summary>
    /// Takes the round's turn, waiting for a running computation if need be; <see langword="null"/> when another node is
    /// already queued behind it (and will count every ballot stored so far).
    /// </summary>
    public static async Task<RoundTurn?> TakeAsync(GovernanceDbContext context, BudgetingRoundId round, CancellationToken cancellationToken)
    {
        if (context is not PostgresGovernanceDbContext)
        {
            return InProcess;
        }

        var (computing, queued) = Keys(round);
        var connection = new NpgsqlConnection(context.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (await TryLockAsync(connection, computing, cancellationToken))
            {
                return new RoundTurn(connection);
            }

            if (!await TryLockAsync(connection, queued, cancellationToken))
            {
                await connection.DisposeAsync();
                return null;
            }

            // Queued: wait for the running computation, then let the next node queue behind this one.
            await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", computing, cancellationToken, wait: true);
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", queued, cancellationToken);
            return new RoundTurn(connection);
        }
        catch
        {
            await ReleaseAsync(connection);
            throw;
        }
    }

    /// <summary>Ends the turn: the locks are released with the session's others, and the connection goes back to the pool.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await ReleaseAsync(_connection);
        }
    }

    /// <summary>The two locks' keys: 63 bits of the round's id, the lowest bit telling them apart.</summary>
    internal static (long Computing, long Queued) Keys(BudgetingRoundId round)
    {
        Span<byte> bytes = stackalloc byte[16];
        round.Value.TryWriteBytes(bytes);
        var hash = BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
        return (hash & ~1L, hash | 1L);
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", key);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, long key, CancellationToken cancellationToken, bool wait = false)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        if (wait)
        {
            // As long as the running computation takes; the worker's token cancels the wait when the host stops.
            command.CommandTimeout = 0;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ReleaseAsync(DbConnection connection)
    {
        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT pg_advisory_unlock_all()";
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
        catch (DbException)
        {
            // A broken connection is not returned to the pool, and its session's locks ended with it.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
