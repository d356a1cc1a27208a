using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>A resident's in-app notifications: the inbox page, its unread count, and marking them read.</summary>
/// <param name="db">The scope's context.</param>
/// <param name="clock">Stamps the reading.</param>
/// <remarks>Every method touches one resident's rows only. Scoped, like its context; not thread-safe.</remarks>
public sealed class NotificationInbox(GovernanceDbContext db, IClock clock)
{
    private IQueryable<Notification> Of(ResidentId resident) =>
        db.Set<Notification>().AsNoTracking().Where(n => n.ResidentId == resident && n.Channel == NotificationChannel.InApp);

    /// <summary>How many of the resident's in-app notifications are unread: one count over an index.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The count.</returns>
    public Task<int> UnreadCountAsync(ResidentId resident, CancellationToken cancellationToken = default) =>
        Of(resident).CountAsync(n => n.ReadAt == null, cancellationToken);

    /// <summary>A page of the resident's in-app notifications, newest first.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="skip">How many newer ones to pass over, 0 or more.</param>
    /// <param name="take">How many, 1 to 100.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The notifications.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> or <paramref name="take"/> is out of range.</exception>
    public async Task<IReadOnlyList<Notification>> ListAsync(ResidentId resident, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, 100);
        return await Of(resident).OrderByDescending(n => n.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>Marks one of the resident's notifications read; another resident's is left untouched.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="id">The notification.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when an unread notification of the resident's was marked.</returns>
    public async Task<bool> MarkReadAsync(ResidentId resident, long id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        return await db.Set<Notification>()
            .Where(n => n.Id == id && n.ResidentId == resident && n.Channel == NotificationChannel.InApp && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken) > 0;
    }

    /// <summary>Marks all the resident's notifications read.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many were unread.</returns>
    public async Task<int> MarkAllReadAsync(ResidentId resident, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        return await db.Set<Notification>()
            .Where(n => n.ResidentId == resident && n.Channel == NotificationChannel.InApp && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    /// <summary>The things the resident follows, of one kind.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="kind">Ideas, meetings or neighbourhoods.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Their identifiers, most recently followed first.</returns>
    public async Task<IReadOnlyList<Guid>> FollowedAsync(ResidentId resident, FollowKind kind, CancellationToken cancellationToken = default) =>
        await db.Set<StoredFollow>().AsNoTracking().Where(f => f.ResidentId == resident.Value && f.Kind == kind)
            .OrderByDescending(f => f.FollowedAt).Select(f => f.ThingId).ToListAsync(cancellationToken);
}
