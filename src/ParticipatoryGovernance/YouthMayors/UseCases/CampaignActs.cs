using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.YouthMayors.UseCases;

/// <summary>The municipality announces a "Become a mayor" call, under the charter it has adopted.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="NamePersian">The campaign's name in Persian, as typed; required.</param>
/// <param name="NameEnglish">The campaign's name in English, as typed; when empty the Persian name is used.</param>
/// <param name="CallOpensOn">The ISO-calendar date the call opens.</param>
/// <param name="CallClosesOn">The ISO-calendar date the call closes.</param>
public sealed record OpenYouthMayorCampaign(
    MunicipalityId Municipality,
    string? NamePersian,
    string? NameEnglish,
    LocalDate CallOpensOn,
    LocalDate CallClosesOn) : ICommand<Created<YouthMayorCampaignId>>;

/// <summary>Handles <see cref="OpenYouthMayorCampaign"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class OpenYouthMayorCampaignHandler(IGovernanceStore store, IClock clock) : ICommandHandler<OpenYouthMayorCampaign, Created<YouthMayorCampaignId>>
{
    /// <inheritdoc />
    public async Task<Result<Created<YouthMayorCampaignId>>> HandleAsync(OpenYouthMayorCampaign command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Created<YouthMayorCampaignId>>(municipality);
        }

        var today = clock.Today();
        var refusals = HandlerSteps.Refusals(
            UserText.Check(command.NamePersian, YouthMayorInput.MaxLocalizedTextLength, YouthMayorInput.CampaignName),
            UserText.Check(command.NameEnglish, YouthMayorInput.MaxLocalizedTextLength, YouthMayorInput.CampaignName, required: false),
            UseCaseRules.CheckDate(command.CallOpensOn, today, YouthMayorInput.CallOpensOn),
            UseCaseRules.CheckDate(command.CallClosesOn, today, YouthMayorInput.CallClosesOn));
        if (refusals.Length > 0)
        {
            return Result.Failure<Created<YouthMayorCampaignId>>(refusals);
        }

        var persian = UserText.Clean(command.NamePersian!);
        var english = string.IsNullOrWhiteSpace(command.NameEnglish) ? persian : UserText.Clean(command.NameEnglish);
        var campaign = YouthMayorCampaign.Open(
            YouthMayorCampaignId.New(), municipality.Value, new LocalizedText(persian, english), command.CallOpensOn, command.CallClosesOn);
        if (campaign.IsFailure)
        {
            return HandlerSteps.Fail<Created<YouthMayorCampaignId>>(campaign);
        }

        var stored = await store.AddAsync(campaign.Value, cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new Created<YouthMayorCampaignId>(campaign.Value.Id, stored.Value))
            : HandlerSteps.Fail<Created<YouthMayorCampaignId>>(stored);
    }
}

/// <summary>The municipality moves a campaign on to its next stage, today.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="Stage">The stage to enter; it must be the next one.</param>
public sealed record AdvanceCampaign(MunicipalityId Municipality, YouthMayorCampaignId Campaign, CampaignStage Stage) : ICommand<Changed>;

/// <summary>Handles <see cref="AdvanceCampaign"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class AdvanceCampaignHandler(IGovernanceStore store, IClock clock) : ICommandHandler<AdvanceCampaign, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(AdvanceCampaign command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        return YouthMayorInput.ChangeAsync(
            store,
            command.Municipality,
            command.Campaign,
            [Enum.IsDefined(command.Stage) ? null : UseCaseRules.Unknown(YouthMayorInput.Stage)],
            campaign => campaign.AdvanceTo(command.Stage, today),
            cancellationToken);
    }
}

/// <summary>
/// A resident applies to become a youth mayor of the neighbourhood they live in, today; a minor with their guardian's
/// consent.
/// </summary>
/// <param name="Municipality">The city.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="Applicant">The resident applying; a resident of this municipality.</param>
/// <param name="GuardianGivenName">The consenting guardian's given name, as typed; leave every guardian field empty when there is no consent.</param>
/// <param name="GuardianFamilyName">The consenting guardian's family name, as typed.</param>
/// <param name="GuardianRelationship">How the guardian is related to the applicant.</param>
/// <param name="ConsentGivenOn">The ISO-calendar date the guardian consented.</param>
public sealed record ApplyAsYouthMayor(
    MunicipalityId Municipality,
    YouthMayorCampaignId Campaign,
    ResidentId Applicant,
    string? GuardianGivenName = null,
    string? GuardianFamilyName = null,
    GuardianRelationship? GuardianRelationship = null,
    LocalDate? ConsentGivenOn = null) : ICommand<Changed>;

/// <summary>Handles <see cref="ApplyAsYouthMayor"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class ApplyAsYouthMayorHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ApplyAsYouthMayor, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(ApplyAsYouthMayor command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        var applicant = await store.ResidentAsync(command.Municipality, command.Applicant, cancellationToken);
        var consent = YouthMayorInput.Consent(command.GuardianGivenName, command.GuardianFamilyName, command.GuardianRelationship, command.ConsentGivenOn, today);
        return await YouthMayorInput.ChangeAsync(
            store,
            command.Municipality,
            command.Campaign,
            [.. applicant.Violations, .. consent.Violations],
            campaign => campaign.Apply(applicant.Value.Resident, applicant.Value.Neighbourhood, today, consent.Value),
            cancellationToken);
    }
}

/// <summary>The municipality shortlists an applicant (for interview, or as a candidate who stands), today.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="Application">The application.</param>
public sealed record ShortlistApplication(MunicipalityId Municipality, YouthMayorCampaignId Campaign, YouthMayorApplicationId Application) : ICommand<Changed>;

/// <summary>Handles <see cref="ShortlistApplication"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class ShortlistApplicationHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ShortlistApplication, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(ShortlistApplication command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        return YouthMayorInput.ChangeAsync(
            store,
            command.Municipality,
            command.Campaign,
            [],
            campaign => YouthMayorInput.Having(campaign, command.Application, () => campaign.Shortlist(command.Application, today)),
            cancellationToken);
    }
}
