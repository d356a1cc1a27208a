using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParticipatoryGovernance.EntityFrameworkCore.Sqlite;

/// <summary>
/// Sets up every SQLite connection as it opens: write-ahead logging (readers do not block the writer, and a crash
/// leaves the last committed state), foreign keys enforced, a busy timeout instead of an immediate "database is
/// locked", and <c>synchronous=FULL</c> so that a commit the application saw survives a power cut.
/// </summary>
/// <remarks>Thread-safe; one instance serves every context.</remarks>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private readonly string _pragmas;

    /// <summary>Creates the settings.</summary>
    /// <param name="busyTimeout">How long a writer waits for another to finish; default 30 seconds.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="busyTimeout"/> is negative or longer than a day.</exception>
    public SqliteConnectionSettings(TimeSpan? busyTimeout = null)
    {
        BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThan(BusyTimeout, TimeSpan.Zero, nameof(busyTimeout));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BusyTimeout, TimeSpan.FromDays(1), nameof(busyTimeout));
        _pragmas = $"PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds};";
    }

    /// <summary>How long a writer waits for another to finish before the database reports it busy.</summary>
    public TimeSpan BusyTimeout { get; }

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    /// <inheritdoc />
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }
}
