using System.Collections.Concurrent;
using NodaTime;

namespace ParticipatoryGovernance.Channels;

/// <summary>Where a resident is in the phone menu: the screen and what it needs to be answered.</summary>
public enum ChannelScreen
{
    /// <summary>The main menu.</summary>
    Main = 0,

    /// <summary>The list of open rounds.</summary>
    Rounds = 1,

    /// <summary>A round's projects, choosing by number.</summary>
    Ballot = 2,

    /// <summary>The ballot to confirm.</summary>
    Confirm = 3,

    /// <summary>Asking for the number of the idea to endorse.</summary>
    EndorseNumber = 4,

    /// <summary>An idea, asking whether to endorse it.</summary>
    EndorseConfirm = 5,

    /// <summary>Asking for the number of the idea whose status to show.</summary>
    StatusNumber = 6,
}

/// <summary>A phone session's state: kept between the gateway's requests by an <see cref="IChannelSessionStore"/>.</summary>
/// <remarks>A plain, serialisable object: a store may keep it as JSON.</remarks>
public sealed class ChannelSession
{
    /// <summary>The session's key: the gateway's session id with the channel's prefix.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The phone number in E.164 the session belongs to; a request from another number starts a new session.</summary>
    public string PhoneNumber { get; set; } = string.Empty;

    /// <summary>The language of the screens: <c>fa</c> or <c>en</c>.</summary>
    public string Language { get; set; } = "fa";

    /// <summary>The screen the resident is answering.</summary>
    public ChannelScreen Screen { get; set; }

    /// <summary>The first item the current list shows, from 0.</summary>
    public int Page { get; set; }

    /// <summary>The first item the list's next page shows ("00").</summary>
    public int NextPage { get; set; }

    /// <summary>The round being voted in, when <see cref="Screen"/> is a ballot screen.</summary>
    public Guid? Round { get; set; }

    /// <summary>The projects chosen so far, as their numbers in the round's ballot order (from 1).</summary>
    public List<int> Chosen { get; set; } = [];

    /// <summary>The idea being endorsed, by its public number.</summary>
    public int? Idea { get; set; }

    /// <summary>When the session last answered; a session idle longer than the time-out starts again.</summary>
    public Instant LastSeen { get; set; }
}

/// <summary>
/// Keeps phone sessions between a gateway's requests. One node can keep them in memory
/// (<see cref="InMemoryChannelSessionStore"/>); several nodes behind a load balancer need a shared store (the storage
/// package's table), since the gateway's next request may reach another node.
/// </summary>
/// <remarks>Implementations may be shared and must be thread-safe.</remarks>
public interface IChannelSessionStore
{
    /// <summary>The session with a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The session, or <see langword="null"/> when none is kept.</returns>
    Task<ChannelSession?> FindAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores a session, replacing the one with the same key.</summary>
    /// <param name="session">The session.</param>
    /// <param name="expiresAt">When the store may forget it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the session is stored.</returns>
    Task SaveAsync(ChannelSession session, Instant expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Forgets a session (it ended); nothing happens when none is kept.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once the session is gone.</returns>
    Task RemoveAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>Phone sessions kept in this process's memory: for one node and for tests; expired sessions are dropped as others are saved.</summary>
/// <param name="clock">The clock that says which sessions have expired.</param>
public sealed class InMemoryChannelSessionStore(IClock clock) : IChannelSessionStore
{
    private readonly ConcurrentDictionary<string, (ChannelSession Session, Instant Expires)> _sessions = new(StringComparer.Ordinal);

    /// <summary>How many sessions are kept.</summary>
    public int Count => _sessions.Count;

    /// <inheritdoc />
    public Task<ChannelSession?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Task.FromResult(_sessions.TryGetValue(key, out var kept) && kept.Expires > clock.GetCurrentInstant() ? Copy(kept.Session) : null);
    }

    /// <inheritdoc />
    public Task SaveAsync(ChannelSession session, Instant expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var now = clock.GetCurrentInstant();
        foreach (var expired in _sessions.Where(s => s.Value.Expires <= now).Select(s => s.Key).ToList())
        {
            _sessions.TryRemove(expired, out _);
        }

        _sessions[session.Key] = (Copy(session), expiresAt);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        _sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    // A copy, so that a caller changing its session does not change the kept one behind the store's back (as a real store).
    private static ChannelSession Copy(ChannelSession s) => new()
    {
        Key = s.Key,
        PhoneNumber = s.PhoneNumber,
        Language = s.Language,
        Screen = s.Screen,
        Page = s.Page,
        NextPage = s.NextPage,
        Round = s.Round,
        Chosen = [.. s.Chosen],
        Idea = s.Idea,
        LastSeen = s.LastSeen,
    };
}
