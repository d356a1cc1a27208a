using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.YouthMayors.UseCases;

/// <summary>A youth mayor's team gains a member today, working in one of the charter's urban fields; a minor with their guardian's consent.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="YouthMayor">The youth mayor whose team it is.</param>
/// <param name="Member">The resident joining; a resident of this municipality.</param>
/// <param name="Field">The key of one of the stored municipality's urban fields.</param>
/// <param name="GuardianGivenName">The consenting guardian's given name, as typed; leave every guardian field empty when there is no consent.</param>
/// <param name="GuardianFamilyName">The consenting guardian's family name, as typed.</param>
/// <param name="GuardianRelationship">How the guardian is related to the member.</param>
/// <param name="ConsentGivenOn">The ISO-calendar date the guardian consented.</param>
public sealed record AddTeamMember(
    MunicipalityId Municipality,
    YouthMayorCampaignId Campaign,
    YouthMayorId YouthMayor,
    ResidentId Member,
    string? Field,
    string? GuardianGivenName = null,
    string? GuardianFamilyName = null,
    GuardianRelationship? GuardianRelationship = null,
    LocalDate? ConsentGivenOn = null) : ICommand<Changed>;

/// <summary>Handles <see cref="AddTeamMember"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class AddTeamMemberHandler(IGovernanceStore store, IClock clock) : ICommandHandler<AddTeamMember, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(AddTeamMember command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var today = clock.Today();
        var field = string.IsNullOrWhiteSpace(command.Field) ? null : municipality.Value.Charter.FindUrbanField(command.Field.Trim());
        var member = await store.ResidentAsync(command.Municipality, command.Member, cancellationToken);
        var consent = YouthMayorInput.Consent(command.GuardianGivenName, command.GuardianFamilyName, command.GuardianRelationship, command.ConsentGivenOn, today);
        return await YouthMayorInput.ChangeAsync(
            store,
            command.Municipality,
            command.Campaign,
            [field is null ? UseCaseRules.Unknown(UseCaseRules.Things.Field) : null, .. member.Violations, .. consent.Violations],
            campaign => campaign.FindYouthMayor(command.YouthMayor) is null
                ? Result.Failure(UseCaseRules.Missing(YouthMayorInput.YouthMayor))
                : campaign.AddTeamMember(command.YouthMayor, member.Value.Resident, member.Value.Neighbourhood, field!, today, consent.Value),
            cancellationToken);
    }
}
