using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// The databases the storage benchmarks run on. A generated city is cached: a SQLite file under
/// <c>/tmp/participatory-governance-cities/</c> named by profile and seed, or a PostgreSQL database of that name on the
/// server that <c>GOVERNANCE_BENCH_POSTGRES</c> names (e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>); either
/// is generated on first use (the large city takes tens of minutes) and reused after.
/// </summary>
public static class BenchmarkDatabases
{
    /// <summary>The seed of every benchmark city.</summary>
    public const int Seed = 1403;

    /// <summary>Where the SQLite cities are kept.</summary>
    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "participatory-governance-cities");

    /// <summary>The PostgreSQL server's connection string, without a database.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("GOVERNANCE_BENCH_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("Set GOVERNANCE_BENCH_POSTGRES to a PostgreSQL server's connection string (Host, Port, Username) for the PostgreSQL benchmarks.");

    /// <summary>A connection string to a database holding the city, generated if it is not there yet.</summary>
    /// <param name="storage">Which database.</param>
    /// <param name="size">A size for <see cref="CityProfile.ForSize"/>.</param>
    public static async Task<string> CityAsync(CityStorage storage, string size)
    {
        var profile = CityProfile.ForSize(size);
        var name = string.Create(CultureInfo.InvariantCulture, $"{profile.Key}-{Seed}").Replace('.', '_').Replace('-', '_');
        if (storage == CityStorage.Sqlite)
        {
            System.IO.Directory.CreateDirectory(Directory);
            var file = Path.Combine(Directory, $"{profile.Key}-{Seed}.db");
            if (!File.Exists(file))
            {
                var partial = file + ".partial";
                File.Delete(partial);
                await CityDatabase.LoadAsync(storage, $"Data Source={partial}", profile, Seed, new ConsoleProgressBar());
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Move(partial, file);
            }

            return $"Data Source={file}";
        }

        var connection = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
        if (await CreateIfMissingAsync(name))
        {
            await CityDatabase.LoadAsync(storage, connection, profile, Seed, new ConsoleProgressBar());
        }

        return connection;
    }

    /// <summary>A new, empty, migrated database for benchmarks that write; an existing one of the name is replaced.</summary>
    /// <param name="storage">Which database.</param>
    /// <param name="name">Its name.</param>
    public static async Task<string> FreshAsync(CityStorage storage, string name)
    {
        string connection;
        if (storage == CityStorage.Sqlite)
        {
            System.IO.Directory.CreateDirectory(Directory);
            var file = Path.Combine(Directory, name + ".db");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            connection = $"Data Source={file}";
        }
        else
        {
            await DropAsync(name);
            await CreateIfMissingAsync(name);
            connection = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, MaxPoolSize = 100 }.ConnectionString;
        }

        await using var services = Services(storage, connection);
        await services.MigrateParticipatoryGovernanceDatabaseAsync();
        return connection;
    }

    /// <summary>The model's services on a database, with the package's own (durable) settings.</summary>
    public static ServiceProvider Services(CityStorage storage, string connection)
    {
        var services = new ServiceCollection().AddParticipatoryGovernance();
        _ = storage == CityStorage.Sqlite
            ? services.AddParticipatoryGovernanceSqlite(connection)
            : services.AddParticipatoryGovernancePostgres(connection);
        return services.BuildServiceProvider();
    }

    /// <summary>The storage a benchmark parameter names: <c>sqlite</c> or <c>postgres</c>.</summary>
    public static CityStorage StorageOf(string provider) => provider switch
    {
        "sqlite" => CityStorage.Sqlite,
        "postgres" => CityStorage.Postgres,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Use sqlite or postgres."),
    };

    private static async Task<bool> CreateIfMissingAsync(string name)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync() is not null)
        {
            return false;
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await create.ExecuteNonQueryAsync();
        return true;
    }

    private static async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
