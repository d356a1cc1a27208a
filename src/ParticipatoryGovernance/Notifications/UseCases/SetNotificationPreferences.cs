using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Notifications.UseCases;

/// <summary>A resident chooses how they hear from the city: the language, the channels and the daily digest.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Resident">The resident; one of the municipality's.</param>
/// <param name="Language">The language as sent; one of the charter's <see cref="GovernanceCharter.Languages"/>, such as <c>fa</c>, <c>en</c> or <c>ckb</c>.</param>
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
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var language = command.Language?.Trim().ToLowerInvariant();
        var languages = municipality.Value.Charter.Languages;
        if (language is null || !languages.Contains(language, StringComparer.Ordinal))
        {
            return Result.Failure<Changed>(RuleViolation.Of(
                NotificationRuleIds.UnknownLanguage,
                $"زبان باید یکی از زبان‌های شهر باشد: {string.Join("، ", languages)}.",
                $"The language must be one of the city's languages: {string.Join(", ", languages)}.").AtField(nameof(command.Language)));
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
