using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using RazorDemo.Identity;

namespace RazorDemo.Hosting;

/// <summary>Where the demo keeps its records and accounts, chosen by configuration (issue #18, item 1).</summary>
public static class DemoStorage
{
    /// <summary>
    /// The PostgreSQL advisory lock (session level) held while a node prepares the database, so that nodes starting together
    /// against one empty database take turns: the first migrates, generates the city and creates the accounts, the others
    /// then find them. Any constant would do; this one spells "RzrDemo1" in ASCII.
    /// </summary>
    public const long PrepareLockKey = 0x527A7244656D6F31;

    /// <summary>Registers the governance storage and the accounts' context.</summary>
    public static WebApplicationBuilder AddDemoStorage(this WebApplicationBuilder builder, string dataDirectory)
    {
        // The governance records are in SQLite beside the accounts unless Demo:Database=postgresql names PostgreSQL, with the
        // connection string in ConnectionStrings:Governance; the accounts are then in the same database, in their own schema.
        switch (builder.Configuration["Demo:Database"]?.Trim().ToLowerInvariant())
        {
            case null or "" or "sqlite":
                builder.Services.AddParticipatoryGovernanceSqlite($"Data Source={Path.Combine(dataDirectory, "rafsanjan.db")}");
                builder.Services.AddDbContext<DemoIdentityDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(dataDirectory, "accounts.db")}"));
                break;
            case "postgresql" or "postgres":
                var governance = builder.Configuration.GetConnectionString("Governance");
                if (string.IsNullOrWhiteSpace(governance))
                {
                    throw new InvalidOperationException("Demo:Database=postgresql needs the connection string ConnectionStrings:Governance (e.g. Host=…;Database=…;Username=…).");
                }

                builder.Services.AddParticipatoryGovernancePostgres(governance, o => o.ReplicaConnectionString = builder.Configuration.GetConnectionString("GovernanceReplica"));
                builder.Services.AddDbContext<DemoIdentityDbContext>(o => o.UseNpgsql(governance));
                break;
            case var other:
                throw new InvalidOperationException($"Demo:Database '{other}' is not known: use sqlite (the default) or postgresql.");
        }

        return builder;
    }

    /// <summary>
    /// On PostgreSQL, waits for and takes <see cref="PrepareLockKey"/> on a connection of its own, released when the result
    /// is disposed (or when the connection drops, should the node die while preparing). On SQLite, one process owns the
    /// files: nothing to take.
    /// </summary>
    public static async Task<IAsyncDisposable> PrepareExclusivelyAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<DemoIdentityDbContext>();
        if (!identity.Database.IsNpgsql())
        {
            return NothingHeld.Instance;
        }

        // Not pooled: closing the connection ends the session, and with it the lock, whatever happened before.
        var connectionString = new NpgsqlConnectionStringBuilder(identity.Database.GetConnectionString()) { Pooling = false, CommandTimeout = 0 }.ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", PrepareLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates the accounts' tables if they are missing. SQLite: the accounts' own file, created whole by
    /// <c>EnsureCreated</c>. PostgreSQL: the database already exists (the model's tables are in it, so <c>EnsureCreated</c>
    /// would do nothing), so the tables are created when the schema has no users' table yet: one transaction, which
    /// PostgreSQL applies whole or not at all; call it under <see cref="PrepareExclusivelyAsync"/>.
    /// </summary>
    public static async Task EnsureAccountsCreatedAsync(DemoIdentityDbContext identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (!identity.Database.IsNpgsql())
        {
            await identity.Database.EnsureCreatedAsync(cancellationToken);
            return;
        }

        var users = identity.Model.FindEntityType(typeof(DemoUser))!;
        var exists = await identity.Database
            .SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = {users.GetSchema()} AND table_name = {users.GetTableName()}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!exists)
        {
            await identity.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        }
    }

    private sealed class NothingHeld : IAsyncDisposable
    {
        public static readonly NothingHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Held(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT pg_advisory_unlock({PrepareLockKey})";
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
