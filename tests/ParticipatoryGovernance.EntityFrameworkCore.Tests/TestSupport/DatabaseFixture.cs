using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using ParticipatoryGovernance.EntityFrameworkCore.Postgres;
using ParticipatoryGovernance.EntityFrameworkCore.Sqlite;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>The two databases the package supports.</summary>
public enum Provider
{
    Sqlite = 1,
    Postgres = 2,
}

/// <summary>
/// One PostgreSQL server for the whole test run (started on first use, stopped at the end) and fresh databases for
/// each test on either provider. Without PostgreSQL installed its tests are skipped with the reason, except under
/// CI=true, where they fail: CI must test both databases.
/// </summary>
public sealed class DatabaseFixture : IDisposable
{
    private readonly Lazy<PostgresServer?> _server;
    private readonly string _sqliteDirectory = Path.Combine(Path.GetTempPath(), $"governance-tests-{Guid.NewGuid():N}");
    private readonly SemaphoreSlim _templateGate = new(1, 1);
    private readonly Dictionary<Provider, string> _templates = [];
    private string? _postgresMissing;

    public DatabaseFixture()
    {
        Directory.CreateDirectory(_sqliteDirectory);
        // fsync stays on: the durability tests kill writers and read back what they acknowledged.
        _server = new Lazy<PostgresServer?>(() => PostgresServer.TryStart(
            out _postgresMissing,
            maxConnections: 1000,
            fsync: true,
            connectionOptions: "Maximum Pool Size=120;Timeout=60;Command Timeout=120"));
    }

    /// <summary>The clock the contexts stamp events with; tests move it.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2024, 4, 28, 6, 30));

    /// <summary>Skips a PostgreSQL test when the server cannot run here (never under CI=true, which fails instead).</summary>
    public void SkipUnlessAvailable(Provider provider)
    {
        if (provider == Provider.Postgres)
        {
            _ = _server.Value;
            Skip.If(_postgresMissing is not null, _postgresMissing);
        }
    }

    /// <summary>
    /// A new, migrated, empty database: a copy of a database migrated once per run (a file copy on SQLite, <c>CREATE
    /// DATABASE … TEMPLATE</c> on PostgreSQL), which is what applying the migrations would give, in a fraction of the time.
    /// With <paramref name="migrate"/> false, an empty database without tables.
    /// </summary>
    public async Task<TestDatabase> CreateDatabaseAsync(Provider provider, bool migrate = true)
    {
        SkipUnlessAvailable(provider);
        var name = $"t{Guid.NewGuid():N}";
        if (provider == Provider.Sqlite)
        {
            var file = Path.Combine(_sqliteDirectory, name + ".db");
            if (migrate)
            {
                File.Copy(await TemplateAsync(provider), file);
            }

            return new TestDatabase(provider, $"Data Source={file}", Clock);
        }

        // Tests run one at a time; the idle connections of earlier tests' databases would count against the server's limit.
        NpgsqlConnection.ClearAllPools();
        await CreatePostgresDatabaseAsync(name, migrate ? await TemplateAsync(provider) : null);
        return new TestDatabase(provider, _server.Value!.ConnectionString(name), Clock);
    }

    private async Task<string> TemplateAsync(Provider provider)
    {
        await _templateGate.WaitAsync();
        try
        {
            if (_templates.TryGetValue(provider, out var template))
            {
                return template;
            }

            TestDatabase database;
            if (provider == Provider.Sqlite)
            {
                template = Path.Combine(_sqliteDirectory, "template.db");
                database = new TestDatabase(provider, $"Data Source={template}", Clock);
            }
            else
            {
                template = $"template_{Guid.NewGuid():N}";
                await CreatePostgresDatabaseAsync(template, null);
                // Without pooling, so that no connection is left open on the template when it is copied.
                database = new TestDatabase(provider, _server.Value!.ConnectionString(template) + ";Pooling=false", Clock);
            }

            await using (var db = database.CreateContext())
            {
                await db.Database.MigrateAsync();
                if (provider == Provider.Sqlite)
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }

            // A template must have no open connections: PostgreSQL refuses to copy it otherwise, and SQLite's file must be whole.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            _templates[provider] = template;
            return template;
        }
        finally
        {
            _templateGate.Release();
        }
    }

    private async Task CreatePostgresDatabaseAsync(string name, string? template)
    {
        await using var admin = new NpgsqlConnection(_server.Value!.ConnectionString("postgres"));
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}", admin);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await create.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                // The template's last session is still ending.
                await Task.Delay(100);
            }
        }
    }

    public void Dispose()
    {
        _templateGate.Dispose();
        NpgsqlConnection.ClearAllPools();
        if (_server.IsValueCreated)
        {
            _server.Value?.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_sqliteDirectory))
        {
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
    }
}

/// <summary>One test's database.</summary>
public sealed class TestDatabase(Provider provider, string connectionString, IClock clock)
{
    public Provider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    /// <summary>A context on this database, with more EF Core settings when a test needs them (logging).</summary>
    public GovernanceDbContext CreateContext(Action<DbContextOptionsBuilder>? configure = null)
    {
        if (Provider == Provider.Sqlite)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteGovernanceDbContext>().UseSqlite(ConnectionString).AddInterceptors(new SqliteConnectionSettings());
            configure?.Invoke(sqlite);
            return new SqliteGovernanceDbContext(sqlite.Options, clock);
        }

        var postgres = new DbContextOptionsBuilder<PostgresGovernanceDbContext>().UseNpgsql(ConnectionString, o => o.UseNodaTime());
        configure?.Invoke(postgres);
        return new PostgresGovernanceDbContext(postgres.Options, clock);
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseTests : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "Databases";
}
