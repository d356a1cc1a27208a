using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>The <see cref="INotificationStore"/> over the model's database: follows and preferences in their own tables.</summary>
/// <param name="context">The scope's context.</param>
/// <param name="clock">Stamps the follows.</param>
/// <remarks>Scoped, like its context; not thread-safe.</remarks>
internal sealed class NotificationStore(GovernanceDbContext context, IClock clock) : INotificationStore
{
    public async Task<bool> FollowAsync(ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken = default)
    {
        if (await IsFollowingAsync(resident, kind, thing, cancellationToken))
        {
            return false;
        }

        var follow = new StoredFollow { ResidentId = resident.Value, Kind = kind, ThingId = thing, FollowedAt = clock.GetCurrentInstant() };
        context.Add(follow);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The same resident followed from a second tab at the same moment: one follow, as asked.
            if (await FollowedMeanwhileAsync(follow, resident, kind, thing, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public async Task<bool> UnfollowAsync(ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken = default) =>
        await context.Set<StoredFollow>().Where(f => f.ResidentId == resident.Value && f.Kind == kind && f.ThingId == thing).ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<bool> IsFollowingAsync(ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken = default) =>
        context.Set<StoredFollow>().AnyAsync(f => f.ResidentId == resident.Value && f.Kind == kind && f.ThingId == thing, cancellationToken);

    public async Task<NotificationPreferences> PreferencesAsync(ResidentId resident, CancellationToken cancellationToken = default) =>
        (await context.Set<StoredNotificationPreferences>().AsNoTracking().FirstOrDefaultAsync(p => p.ResidentId == resident.Value, cancellationToken))?.ToPreferences()
        ?? NotificationPreferences.Default;

    public async Task SavePreferencesAsync(ResidentId resident, NotificationPreferences preferences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var set = context.Set<StoredNotificationPreferences>();
        var stored = await set.FirstOrDefaultAsync(p => p.ResidentId == resident.Value, cancellationToken);
        if (stored is null)
        {
            stored = new StoredNotificationPreferences { ResidentId = resident.Value };
            set.Add(stored);
        }

        stored.Language = preferences.Language;
        stored.InApp = preferences.InApp;
        stored.Email = preferences.Email;
        stored.Sms = preferences.Sms;
        stored.DailyDigest = preferences.DailyDigest;
        await context.SaveChangesAsync(cancellationToken);
    }

    private async Task<bool> FollowedMeanwhileAsync(StoredFollow follow, ResidentId resident, FollowKind kind, Guid thing, CancellationToken cancellationToken)
    {
        context.Entry(follow).State = EntityState.Detached;
        return await IsFollowingAsync(resident, kind, thing, cancellationToken);
    }
}
