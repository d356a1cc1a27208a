using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Notifications.UseCases;

/// <summary>A resident chooses how they hear from the city: the language, the channels and the daily digest.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Resident">The resident; one of the municipality's.</param>
/// <param name="Language">The language as sent, <c>fa</c> or <c>en</c>.</param>
/// <param name="InApp">Whether notifications land in the inbox.</param>
/// <param name="Email">Whether they are emailed.</param>
/// <param name="Sms">Whether they are sent as text messages.</param>
/// <param name="DailyDigest">Whether email and text messages are gathered once a day.</param>
public sealed record SetNotificationPreferences(MunicipalityId Municipality, ResidentId Resident, string? Language, bool InApp, bool Email, bool Sms, bool DailyDigest)
    : ICommand<Changed>;

/// <summary>Handles <see cref="SetNotificationPreferences"/>: checks the language and the resident, then stores the choice.</summary>
/// <param name="store">The storage port of the model.</param>
/// <param name="preferences">The storage port of preferences.</param>
public sealed class SetNotificationPreferencesHandler(IGovernanceStore store, INotificationStore preferences) : ICommandHandler<SetNotificationPreferences, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(SetNotificationPreferences command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var language = command.Language?.Trim().ToLowerInvariant();
        if (language is null || !GovernanceCharter.SupportedLanguages.Contains(language))
        {
            return Result.Failure<Changed>(RuleViolation.Of(
                NotificationRuleIds.UnknownLanguage,
                "زبان باید فارسی (fa) یا انگلیسی (en) باشد.",
                "The language must be Persian (fa) or English (en).").AtField(nameof(command.Language)));
        }

        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var resident = await store.ResidentAsync(command.Municipality, command.Resident, cancellationToken);
        if (resident.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(resident);
        }

        await preferences.SavePreferencesAsync(
            command.Resident,
            new NotificationPreferences(language, command.InApp, command.Email, command.Sms, command.DailyDigest),
            cancellationToken);
        return Result.Success(new Changed([]));
    }
}
