using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Channels;

/// <summary>A phone number of the directory, as stored: the number in E.164 is the key.</summary>
internal sealed class StoredPhoneNumber
{
    public string PhoneNumber { get; set; } = string.Empty;

    public Guid MunicipalityId { get; set; }

    public Guid ResidentId { get; set; }

    public string Language { get; set; } = "fa";
}

/// <summary>An idea's public number in its city.</summary>
internal sealed class StoredIdeaNumber
{
    public Guid MunicipalityId { get; set; }

    public int Number { get; set; }

    public Guid IdeaId { get; set; }
}

/// <summary>A phone session's state as JSON, with the instant the store may forget it.</summary>
internal sealed class StoredChannelSession
{
    public string Key { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public Instant ExpiresAt { get; set; }
}

/// <summary>The phone directory table: one row per number.</summary>
internal sealed class StoredPhoneNumberConfiguration : IEntityTypeConfiguration<StoredPhoneNumber>
{
    public void Configure(EntityTypeBuilder<StoredPhoneNumber> builder)
    {
        builder.ToTable("phone_directory");
        builder.HasKey(p => p.PhoneNumber);
        builder.Property(p => p.PhoneNumber).HasMaxLength(16);
        builder.Property(p => p.Language).HasMaxLength(LocalizedText.MaxLanguageTagLength).IsRequired();
        builder.HasIndex(p => p.ResidentId);
    }
}

/// <summary>The ideas' public numbers: one per idea, unique per city.</summary>
internal sealed class StoredIdeaNumberConfiguration : IEntityTypeConfiguration<StoredIdeaNumber>
{
    public void Configure(EntityTypeBuilder<StoredIdeaNumber> builder)
    {
        builder.ToTable("idea_numbers");
        builder.HasKey(n => new { n.MunicipalityId, n.Number });
        builder.HasIndex(n => n.IdeaId).IsUnique();
    }
}

/// <summary>The phone sessions shared by the nodes, found by key and swept by expiry.</summary>
internal sealed class StoredChannelSessionConfiguration : IEntityTypeConfiguration<StoredChannelSession>
{
    public void Configure(EntityTypeBuilder<StoredChannelSession> builder)
    {
        builder.ToTable("channel_sessions");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(140);
        builder.Property(s => s.State).HasMaxLength(4000).IsRequired();
        builder.HasIndex(s => s.ExpiresAt);
    }
}

/// <summary>The phone directory in the model's database.</summary>
/// <param name="context">The scope's context.</param>
internal sealed class StoredPhoneDirectory(GovernanceDbContext context) : IPhoneDirectory
{
    public async Task<PhoneResident?> FindAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(phoneNumber) || phoneNumber.Length > 16)
        {
            return null;
        }

        var row = await context.Set<StoredPhoneNumber>().AsNoTracking().SingleOrDefaultAsync(p => p.PhoneNumber == phoneNumber, cancellationToken);
        return row is null ? null : new PhoneResident(row.PhoneNumber, new MunicipalityId(row.MunicipalityId), new ResidentId(row.ResidentId), row.Language);
    }

    public async Task SetAsync(PhoneResident entry, CancellationToken cancellationToken = default)
    {
        PhoneDirectoryRules.Check(entry);
        for (var attempt = 0; ; attempt++)
        {
            var updated = await context.Set<StoredPhoneNumber>().Where(p => p.PhoneNumber == entry.PhoneNumber).ExecuteUpdateAsync(
                s => s.SetProperty(p => p.MunicipalityId, entry.Municipality.Value).SetProperty(p => p.ResidentId, entry.Resident.Value).SetProperty(p => p.Language, entry.Language),
                cancellationToken);
            if (updated > 0)
            {
                return;
            }

            var row = new StoredPhoneNumber { PhoneNumber = entry.PhoneNumber, MunicipalityId = entry.Municipality.Value, ResidentId = entry.Resident.Value, Language = entry.Language };
            if (await ChannelRows.TryInsertAsync(context, row, cancellationToken) || attempt >= 2)
            {
                return;
            }
        }
    }

    public Task RemoveAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        return context.Set<StoredPhoneNumber>().Where(p => p.PhoneNumber == phoneNumber).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>The ideas' public numbers in the model's database: the next number of the city, taken by a unique key.</summary>
/// <param name="context">The scope's context.</param>
internal sealed class StoredIdeaNumbers(GovernanceDbContext context) : IIdeaNumbers
{
    private const int Attempts = 10;

    public async Task<int> NumberOfAsync(MunicipalityId municipality, CitizenIdeaId idea, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var known = await context.Set<StoredIdeaNumber>().AsNoTracking().Where(n => n.IdeaId == idea.Value).Select(n => (int?)n.Number).SingleOrDefaultAsync(cancellationToken);
            if (known is { } number)
            {
                return number;
            }

            // Two requests numbering at once: the second's insert meets the key and it reads again.
            var last = await context.Set<StoredIdeaNumber>().Where(n => n.MunicipalityId == municipality.Value).MaxAsync(n => (int?)n.Number, cancellationToken) ?? 0;
            var row = new StoredIdeaNumber { MunicipalityId = municipality.Value, Number = last + 1, IdeaId = idea.Value };
            if (await ChannelRows.TryInsertAsync(context, row, cancellationToken))
            {
                return row.Number;
            }
        }

        throw new InvalidOperationException($"No number could be given to idea {idea} after {Attempts} attempts.");
    }

    public async Task<CitizenIdeaId?> IdeaOfAsync(MunicipalityId municipality, int number, CancellationToken cancellationToken = default)
    {
        var idea = await context.Set<StoredIdeaNumber>().AsNoTracking()
            .Where(n => n.MunicipalityId == municipality.Value && n.Number == number).Select(n => (Guid?)n.IdeaId).SingleOrDefaultAsync(cancellationToken);
        return idea is { } id ? new CitizenIdeaId(id) : null;
    }
}

/// <summary>Phone sessions in the model's database, so that any node can answer a gateway's next request.</summary>
/// <param name="context">The scope's context.</param>
/// <param name="clock">Says which sessions have expired.</param>
internal sealed class StoredChannelSessions(GovernanceDbContext context, IClock clock) : IChannelSessionStore
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    public async Task<ChannelSession?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = clock.GetCurrentInstant();
        var state = await context.Set<StoredChannelSession>().AsNoTracking().Where(s => s.Key == key && s.ExpiresAt > now).Select(s => s.State).SingleOrDefaultAsync(cancellationToken);
        return state is null ? null : JsonSerializer.Deserialize<ChannelSession>(state, Json);
    }

    public async Task SaveAsync(ChannelSession session, Instant expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var state = JsonSerializer.Serialize(session, Json);

        // Sessions end by themselves: now and then a save sweeps the expired ones (an indexed range).
        if (Random.Shared.Next(50) == 0)
        {
            var now = clock.GetCurrentInstant();
            await context.Set<StoredChannelSession>().Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        }

        for (var attempt = 0; ; attempt++)
        {
            var updated = await context.Set<StoredChannelSession>().Where(s => s.Key == session.Key)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.State, state).SetProperty(x => x.ExpiresAt, expiresAt), cancellationToken);
            if (updated > 0 || await ChannelRows.TryInsertAsync(context, new StoredChannelSession { Key = session.Key, State = state, ExpiresAt = expiresAt }, cancellationToken) || attempt >= 2)
            {
                return;
            }
        }
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return context.Set<StoredChannelSession>().Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>The channels' tables' shared steps and registration.</summary>
internal static class ChannelRows
{
    /// <summary>Registers the stored phone directory, ideas' numbers and session store; they replace the in-memory ones of <c>AddParticipatoryGovernanceChannels</c> whichever is called first.</summary>
    public static void AddChannelStorage(IServiceCollection services)
    {
        services.AddScoped<IPhoneDirectory, StoredPhoneDirectory>();
        services.AddScoped<IIdeaNumbers, StoredIdeaNumbers>();
        services.AddScoped<IChannelSessionStore, StoredChannelSessions>();
    }

    /// <summary>Inserts a row on its own; false when a row with its key was inserted meanwhile (the row is then forgotten).</summary>
    public static async Task<bool> TryInsertAsync<T>(GovernanceDbContext context, T row, CancellationToken cancellationToken)
        where T : class
    {
        var entry = context.Add(row);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is DbUpdateException or Concurrency.ConcurrencyConflictException)
        {
            // The context reports a duplicate key as a concurrency conflict; either way the other writer's row stands.
            return false;
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }
}
