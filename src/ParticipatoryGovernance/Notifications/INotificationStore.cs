using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Notifications;

/// <summary>
/// The storage port of follows and notification preferences. The EF Core package implements it
/// (<c>AddParticipatoryGovernanceSqlite</c> / <c>AddParticipatoryGovernancePostgres</c> register it).
/// </summary>
/// <remarks>Implementations are scoped to one unit of work and are not thread-safe. Every write is stored when the method returns.</remarks>
public interface INotificationStore
{
    /// <summary>Records that a resident follows a thing; following it again changes nothing.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="kind">What is followed.</param>
    /// <param name="thing">The idea's, meeting's or neighbourhood's identifier.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when the follow is new.</returns>
    Task<bool> FollowAsync(ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken = default);

    /// <summary>Stops a resident following a thing; unfollowing what is not followed changes nothing.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="kind">What was followed.</param>
    /// <param name="thing">The identifier.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when a follow was removed.</returns>
    Task<bool> UnfollowAsync(ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken = default);

    /// <summary>Whether a resident follows a thing.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="kind">What is followed.</param>
    /// <param name="thing">The identifier.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="true"/> when followed.</returns>
    Task<bool> IsFollowingAsync(ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken = default);

    /// <summary>A resident's preferences, or <see cref="NotificationPreferences.Default"/> when they never chose.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The preferences.</returns>
    Task<NotificationPreferences> PreferencesAsync(ResidentId resident, CancellationToken cancellationToken = default);

    /// <summary>Stores a resident's preferences, replacing any before.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="preferences">The preferences, already checked.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once stored.</returns>
    Task SavePreferencesAsync(ResidentId resident, NotificationPreferences preferences, CancellationToken cancellationToken = default);
}
