using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Tests.Notifications;

/// <summary>Follows and preferences in memory, for the handler tests of the core package.</summary>
internal sealed class InMemoryNotificationStore : INotificationStore
{
    private readonly HashSet<(ResidentId, FollowKind, Guid)> _follows = [];
    private readonly Dictionary<ResidentId, NotificationPreferences> _preferences = [];

    public int Writes { get; private set; }

    public Task<bool> FollowAsync(ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken = default)
    {
        Writes++;
        return Task.FromResult(_follows.Add((resident, kind, thing)));
    }

    public Task<bool> UnfollowAsync(ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken = default)
    {
        Writes++;
        return Task.FromResult(_follows.Remove((resident, kind, thing)));
    }

    public Task<bool> IsFollowingAsync(ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken = default) =>
        Task.FromResult(_follows.Contains((resident, kind, thing)));

    public Task<NotificationPreferences> PreferencesAsync(ResidentId resident, CancellationToken cancellationToken = default) =>
        Task.FromResult(_preferences.GetValueOrDefault(resident, NotificationPreferences.Default));

    public Task SavePreferencesAsync(ResidentId resident, NotificationPreferences preferences, CancellationToken cancellationToken = default)
    {
        Writes++;
        _preferences[resident] = preferences;
        return Task.CompletedTask;
    }
}
