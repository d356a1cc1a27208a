using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore.Postgres;
using ParticipatoryGovernance.EntityFrameworkCore.Sqlite;

namespace ParticipatoryGovernance.EntityFrameworkCore;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context; no database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovernanceDbContext>
{
    public SqliteGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGovernanceDbContext>().UseSqlite("Data Source=design-time.db").Options, DesignTimeClock.Instance);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGovernanceDbContext>
{
    public PostgresGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGovernanceDbContext>().UseNpgsql("Host=localhost", o => o.UseNodaTime()).Options, DesignTimeClock.Instance);
}

/// <summary>Design time builds the model only; nothing is saved, so nothing asks the time.</summary>
internal sealed class DesignTimeClock : IClock
{
    public static DesignTimeClock Instance { get; } = new();

    public Instant GetCurrentInstant() => throw new InvalidOperationException("Design-time contexts do not save.");
}
