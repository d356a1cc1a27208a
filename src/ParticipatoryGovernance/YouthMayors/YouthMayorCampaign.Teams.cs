using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors.Events;

namespace ParticipatoryGovernance.YouthMayors;

/// <content>Youth teams and public profiles.</content>
public sealed partial class YouthMayorCampaign
{
    private static readonly LocalizedText TeamAction = new("افزودن عضو تیم", "Adding a team member");

    /// <summary>
    /// Gives a seat on a youth mayor's team to a resident of the cohort, working in one of the charter's urban fields.
    /// Nobody sits on two teams, and no youth mayor sits on a team. When the charter's
    /// <see cref="YouthMayorRules.TeamMembersFromOwnNeighbourhood"/> is set (the default), the member lives in the youth
    /// mayor's neighbourhood. A member under the age of majority on <paramref name="on"/> needs a guardian's consent.
    /// </summary>
    /// <param name="youthMayorId">The youth mayor whose team it is.</param>
    /// <param name="member">The resident joining.</param>
    /// <param name="memberNeighbourhood">The neighbourhood the resident lives in.</param>
    /// <param name="field">The urban field the member works in; one of the charter's.</param>
    /// <param name="on">The ISO-calendar date the member joins; not before the youth mayor was chosen.</param>
    /// <param name="guardianConsent">The guardian's consent; required for minors, not recorded for adults.</param>
    /// <returns>
    /// Success; or a failure outside the selection and training stages, before the youth mayor was chosen, when the
    /// resident is another municipality's, outside the cohort or (by the charter) from another neighbourhood, when the
    /// field is not the charter's, when the resident is a youth mayor or already on a team, when the team is full, or when
    /// a minor's guardian consent is missing or dated later.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/>, <paramref name="memberNeighbourhood"/> or <paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentException">The campaign has no such youth mayor, or the member does not live in <paramref name="memberNeighbourhood"/>.</exception>
    public Result AddTeamMember(YouthMayorId youthMayorId, Resident member, Neighbourhood memberNeighbourhood, UrbanField field, LocalDate on, GuardianConsent? guardianConsent = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(memberNeighbourhood);
        ArgumentNullException.ThrowIfNull(field);
        var mayor = FindYouthMayor(youthMayorId) ?? throw new ArgumentException($"The campaign has no youth mayor {youthMayorId}.", nameof(youthMayorId));
        if (member.NeighbourhoodId != memberNeighbourhood.Id)
        {
            throw new ArgumentException("Pass the neighbourhood the member lives in.", nameof(memberNeighbourhood));
        }

        on = on.WithCalendar(CalendarSystem.Iso);
        var isMinor = member.IsMinorOn(on, Charter.AgeOfMajority);
        var violation = CheckStage(YouthMayorCampaignRuleIds.NotFormingTeams, TeamAction, on, CampaignStage.Selection, CampaignStage.Training)
            ?? CheckJoinAfterChosen(mayor, on)
            ?? CheckMunicipality(memberNeighbourhood)
            ?? (member.BelongsTo(Charter.YouthCohort) ? null : OutsideCohort(YouthMayorCampaignRuleIds.TeamMemberOutsideCohort, LocalizedText.Of("عضویت در تیم شهردار نوجوان", "A youth team seat")))
            ?? CheckTeamNeighbourhood(mayor, memberNeighbourhood)
            ?? CheckField(field)
            ?? CheckNotSeated(member.Id)
            ?? CheckTeamHasSeat(mayor)
            ?? CheckGuardianConsent(isMinor, guardianConsent, on, LocalizedText.Of("عضو تیم", "team member"));
        if (violation is not null)
        {
            return Result.Failure(violation);
        }

        var key = Charter.FindUrbanField(field.Key)!.Key;
        mayor.Team.Add(new YouthTeamMember(member.Id, memberNeighbourhood.Id, key, on, isMinor, isMinor ? guardianConsent : null));
        Raise(new YouthTeamMemberJoined(Id, mayor.Id, member.Id, key, on));
        return Result.Success();
    }

    /// <summary>
    /// What a public page may show of the youth mayors and their teams on a date: display names (given name and initial for
    /// minors), neighbourhood, gender, age band and urban field; never a birth date or any other date of a person.
    /// </summary>
    /// <param name="residents">The residents who are youth mayors or team members; others are ignored.</param>
    /// <param name="asOf">The ISO-calendar date the view is for; ages and minority are measured on it.</param>
    /// <returns>One profile per youth mayor, in the order they were chosen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="residents"/> is null.</exception>
    /// <exception cref="ArgumentException">A youth mayor or team member is missing from <paramref name="residents"/>.</exception>
    public IReadOnlyList<YouthMayorPublicProfile> PublicProfiles(IEnumerable<Resident> residents, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(residents);
        var byId = new Dictionary<ResidentId, Resident>();
        foreach (var resident in residents)
        {
            ArgumentNullException.ThrowIfNull(resident, nameof(residents));
            byId[resident.Id] = resident;
        }

        ResidentPublicProfile ProfileOf(ResidentId id) =>
            byId.TryGetValue(id, out var resident)
                ? resident.ToPublicProfile(asOf, Charter.AgeOfMajority)
                : throw new ArgumentException($"Resident {id} of the campaign is missing from the residents given.", nameof(residents));

        return _youthMayors.Select(mayor => new YouthMayorPublicProfile(
                mayor.Id,
                mayor.NeighbourhoodId,
                ProfileOf(mayor.ResidentId),
                mayor.Team.Members.Select(m => new YouthTeamMemberPublicProfile(
                    ProfileOf(m.ResidentId),
                    m.UrbanFieldKey,
                    Charter.FindUrbanField(m.UrbanFieldKey)?.Name ?? new LocalizedText(m.UrbanFieldKey, m.UrbanFieldKey))).ToList(),
                mayor.Team.Seats))
            .ToList();
    }

    private static RuleViolation? CheckJoinAfterChosen(YouthMayor mayor, LocalDate on) =>
        on < mayor.ChosenOn
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.TeamBeforeMayorChosen,
                $"این شهردار نوجوان در {Fa(mayor.ChosenOn)} انتخاب شده است؛ عضویت در تیم او نمی‌تواند پیش از آن باشد.",
                $"This youth mayor was chosen on {mayor.ChosenOn}; nobody can join their team before that.")
            : null;

    private RuleViolation? CheckTeamNeighbourhood(YouthMayor mayor, Neighbourhood memberNeighbourhood) =>
        Charter.YouthMayors.TeamMembersFromOwnNeighbourhood && memberNeighbourhood.Id != mayor.NeighbourhoodId
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.TeamMemberOtherNeighbourhood,
                $"این شهروند ساکن «{memberNeighbourhood.Name.Persian}» است؛ طبق منشور، اعضای تیم از محلهٔ خود شهردار نوجوان هستند.",
                $"This resident lives in {memberNeighbourhood.Name}; by the charter, team members live in their youth mayor's neighbourhood.")
            : null;

    private RuleViolation? CheckField(UrbanField field) =>
        Charter.FindUrbanField(field.Key) is null
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.UnknownUrbanField,
                $"حوزهٔ «{field.Name.Persian}» در منشور نیست؛ حوزه‌ها: {string.Join("، ", Charter.UrbanFields.Select(f => f.Name.Persian))}.",
                $"The field '{field.Key}' is not in the charter; its fields are: {string.Join(", ", Charter.UrbanFields.Select(f => f.Key))}.")
            : null;

    private RuleViolation? CheckNotSeated(ResidentId residentId)
    {
        if (IsYouthMayor(residentId))
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.MemberIsYouthMayor,
                "این شهروند خود شهردار نوجوان است و نمی‌تواند عضو تیم هم باشد.",
                "This resident is a youth mayor and cannot also sit on a team.");
        }

        return TeamOf(residentId) is not null
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.AlreadyInTeam,
                "این شهروند عضو تیم یک شهردار نوجوان است؛ هیچ‌کس در دو تیم نیست.",
                "This resident already sits on a youth mayor's team; nobody sits on two teams.")
            : null;
    }

    private static RuleViolation? CheckTeamHasSeat(YouthMayor mayor) =>
        mayor.Team.IsComplete
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.TeamFull,
                $"تیم این شهردار نوجوان هر {PersianDigits.Format(mayor.Team.Seats)} عضو خود را دارد.",
                $"This youth mayor's team already has all {mayor.Team.Seats} members.")
            : null;
}
