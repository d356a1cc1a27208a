using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using ParticipatoryGovernance.AspNetCore;
using ParticipatoryGovernance.AspNetCore.Tokens;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace RazorDemo.Api;

/// <summary>A personal API token as the demo stores it: the hash of its secret, never the secret.</summary>
public sealed class ApiTokenRow
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the secret, hexadecimal (<see cref="ApiTokenSecrets.Hash"/>).</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>The account that created it (only it lists and revokes it).</summary>
    public string AccountId { get; set; } = string.Empty;

    public Guid ResidentId { get; set; }

    public Guid MunicipalityId { get; set; }

    /// <summary>The application it was issued to, as the resident named it.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The scopes, separated by spaces.</summary>
    public string Scopes { get; set; } = string.Empty;

    public long CreatedAtUnixMs { get; set; }

    public long ExpiresAtUnixMs { get; set; }

    public long? RevokedAtUnixMs { get; set; }

    public ApiToken ToToken() => new(
        Id,
        new ResidentId(ResidentId),
        new MunicipalityId(MunicipalityId),
        ClientId,
        Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        Instant.FromUnixTimeMilliseconds(ExpiresAtUnixMs),
        RevokedAtUnixMs is { } revoked ? Instant.FromUnixTimeMilliseconds(revoked) : null);
}

/// <summary>
/// The demo's API tokens: in their own SQLite file beside the accounts, or in the model's PostgreSQL database in the
/// <see cref="PostgresSchema"/> schema (Demo:Database=postgresql). Created on start when missing; no migrations of the
/// model's database are involved.
/// </summary>
public sealed class DemoApiTokensDbContext(DbContextOptions<DemoApiTokensDbContext> options) : DbContext(options)
{
    public const string PostgresSchema = "api";

    public DbSet<ApiTokenRow> Tokens => Set<ApiTokenRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(PostgresSchema);
        }

        var token = modelBuilder.Entity<ApiTokenRow>();
        token.ToTable("api_tokens");
        token.HasKey(t => t.Id);
        token.Property(t => t.Hash).HasMaxLength(64);
        token.HasIndex(t => t.Hash).IsUnique();
        token.Property(t => t.AccountId).HasMaxLength(450);
        token.HasIndex(t => t.AccountId);
        token.Property(t => t.ClientId).HasMaxLength(DemoApiTokens.MaxClientIdLength);
        token.Property(t => t.Scopes).HasMaxLength(200);
    }

    /// <summary>Creates the table when it is missing (SQLite: the whole file; PostgreSQL: the schema and the table).</summary>
    public static async Task EnsureCreatedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DemoApiTokensDbContext>();
        if (!db.Database.IsNpgsql())
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
            return;
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE SCHEMA IF NOT EXISTS api;
                CREATE TABLE IF NOT EXISTS api.api_tokens (
                    "Id" uuid PRIMARY KEY,
                    "Hash" character varying(64) NOT NULL,
                    "AccountId" character varying(450) NOT NULL,
                    "ResidentId" uuid NOT NULL,
                    "MunicipalityId" uuid NOT NULL,
                    "ClientId" character varying(100) NOT NULL,
                    "Scopes" character varying(200) NOT NULL,
                    "CreatedAtUnixMs" bigint NOT NULL,
                    "ExpiresAtUnixMs" bigint NOT NULL,
                    "RevokedAtUnixMs" bigint NULL);
                CREATE UNIQUE INDEX IF NOT EXISTS "IX_api_tokens_Hash" ON api.api_tokens ("Hash");
                CREATE INDEX IF NOT EXISTS "IX_api_tokens_AccountId" ON api.api_tokens ("AccountId");
                """,
                cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateObject)
        {
            // Another node created it at the same moment.
        }
    }
}

/// <summary>What a resident's token page offers: issue (the secret shown once), list and revoke their own tokens.</summary>
public sealed class DemoApiTokens(DemoApiTokensDbContext db, IClock clock) : IApiTokenStore
{
    public const int MaxClientIdLength = 100;

    public const int MaxDays = 365;

    public const int MaxTokensPerAccount = 20;

    public async Task<ApiToken?> FindByHashAsync(string secretHash, CancellationToken cancellationToken)
    {
        var row = await db.Tokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == secretHash, cancellationToken);
        return row?.ToToken();
    }

    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(string accountId, CancellationToken cancellationToken) =>
        await db.Tokens.AsNoTracking().Where(t => t.AccountId == accountId).OrderByDescending(t => t.CreatedAtUnixMs).ToListAsync(cancellationToken);

    /// <summary>Stores a new token and returns its secret (never stored).</summary>
    public async Task<string> IssueAsync(string accountId, ResidentId resident, MunicipalityId municipality, string clientId, IReadOnlyList<string> scopes, int days, CancellationToken cancellationToken)
    {
        var (secret, hash) = ApiTokenSecrets.Create();
        var now = clock.GetCurrentInstant();
        db.Tokens.Add(new ApiTokenRow
        {
            Id = Guid.NewGuid(),
            Hash = hash,
            AccountId = accountId,
            ResidentId = resident.Value,
            MunicipalityId = municipality.Value,
            ClientId = clientId,
            Scopes = string.Join(' ', scopes.Where(ApiScopes.IsKnown).Distinct(StringComparer.Ordinal)),
            CreatedAtUnixMs = now.ToUnixTimeMilliseconds(),
            ExpiresAtUnixMs = (now + Duration.FromDays(days)).ToUnixTimeMilliseconds(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>Revokes one of the account's own tokens; false when it has no such token.</summary>
    public async Task<bool> RevokeAsync(string accountId, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Tokens.FirstOrDefaultAsync(t => t.Id == id && t.AccountId == accountId, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.RevokedAtUnixMs ??= clock.GetCurrentInstant().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
