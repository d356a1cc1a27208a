using System.Collections.Concurrent;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Channels;

/// <summary>A resident's phone number as the city registered it.</summary>
/// <param name="PhoneNumber">The number in E.164 (<see cref="PhoneNumbers.Normalize"/>).</param>
/// <param name="Municipality">The city the resident lives in.</param>
/// <param name="Resident">The resident.</param>
/// <param name="Language">The language their phone screens and replies are in: <c>fa</c> or <c>en</c>.</param>
public sealed record PhoneResident(string PhoneNumber, MunicipalityId Municipality, ResidentId Resident, string Language = "fa");

/// <summary>
/// The phone directory: which resident a phone number belongs to. The phone channels act only for numbers it knows;
/// they never create a resident (a resident registers on the site or at the neighbourhood office).
/// </summary>
/// <remarks>Implementations may be shared between requests and must be thread-safe.</remarks>
public interface IPhoneDirectory
{
    /// <summary>The resident a number belongs to.</summary>
    /// <param name="phoneNumber">The number in E.164.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The entry, or <see langword="null"/> when the number is not registered.</returns>
    Task<PhoneResident?> FindAsync(string phoneNumber, CancellationToken cancellationToken = default);

    /// <summary>Registers a number for a resident, or moves it to another (a number belongs to one resident).</summary>
    /// <param name="entry">The entry; its number must be in E.164 and its language <c>fa</c> or <c>en</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the entry is stored.</returns>
    /// <exception cref="ArgumentException">The number is not in E.164 or the language is not <c>fa</c> or <c>en</c>.</exception>
    Task SetAsync(PhoneResident entry, CancellationToken cancellationToken = default);

    /// <summary>Removes a number; nothing happens when it is not registered.</summary>
    /// <param name="phoneNumber">The number in E.164.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the number is gone.</returns>
    Task RemoveAsync(string phoneNumber, CancellationToken cancellationToken = default);
}

/// <summary>A phone directory kept in memory: for one process and for tests.</summary>
public sealed class InMemoryPhoneDirectory : IPhoneDirectory
{
    private readonly ConcurrentDictionary<string, PhoneResident> _entries = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<PhoneResident?> FindAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult(phoneNumber is not null && _entries.TryGetValue(phoneNumber, out var entry) ? entry : null);

    /// <inheritdoc />
    public Task SetAsync(PhoneResident entry, CancellationToken cancellationToken = default)
    {
        PhoneDirectoryRules.Check(entry);
        _entries[entry.PhoneNumber] = entry;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        _entries.TryRemove(phoneNumber, out _);
        return Task.CompletedTask;
    }
}

/// <summary>What every phone directory checks of an entry before storing it.</summary>
public static class PhoneDirectoryRules
{
    /// <summary>Throws when the entry's number is not in E.164 or its language is not <c>fa</c> or <c>en</c>.</summary>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentException">The number or the language is not acceptable.</exception>
    public static void Check(PhoneResident entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (PhoneNumbers.Normalize(entry.PhoneNumber) != entry.PhoneNumber)
        {
            throw new ArgumentException("The phone number must be in E.164, as PhoneNumbers.Normalize writes it.", nameof(entry));
        }

        if (entry.Language is not ("fa" or "en"))
        {
            throw new ArgumentException("The language must be fa or en.", nameof(entry));
        }
    }
}
