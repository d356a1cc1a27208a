namespace ParticipatoryGovernance.Municipalities;

/// <summary>
/// The identifiers of the rules a <see cref="GovernanceCharter"/> breaks. A broken setting is named
/// <c>charter.&lt;Setting&gt;</c> after the setting's path (such as <c>charter.CouncilSeats</c> or
/// <c>charter.YouthMayors.VoterAgeWindow</c>): build one with <see cref="ForSetting"/>, or match on <see cref="Prefix"/>.
/// </summary>
public static class CharterRuleIds
{
    /// <summary><c>charter.</c>: the start of every charter setting's rule identifier.</summary>
    public const string Prefix = "charter.";

    /// <summary><c>charter.json</c>: the charter's JSON text is empty, null or not a valid charter document.</summary>
    public const string Json = "charter.json";

    /// <summary><c>charter.YouthMayors</c>: the charter has no youth-mayor settings.</summary>
    public const string YouthMayors = "charter.YouthMayors";

    /// <summary><c>charter.ActiveCitizens.</c>: the start of the active-citizen settings' rule identifiers.</summary>
    public const string ActiveCitizensPrefix = "charter.ActiveCitizens.";

    /// <summary><c>charter.Meetings.</c>: the start of the meeting settings' rule identifiers.</summary>
    public const string MeetingsPrefix = "charter.Meetings.";

    /// <summary><c>charter.YouthMayors.</c>: the start of the youth-mayor settings' rule identifiers.</summary>
    public const string YouthMayorsPrefix = "charter.YouthMayors.";

    /// <summary><c>charter.Budgeting.Add1StepPerVoter</c>: the Add1 completion's step per voter is out of range.</summary>
    public const string BudgetingAdd1StepPerVoter = "charter.Budgeting.Add1StepPerVoter";

    /// <summary>The rule identifier of a charter setting.</summary>
    /// <param name="setting">The setting's path, such as <c>CouncilSeats</c> or <c>Meetings.MinimumVoters</c>.</param>
    /// <returns><c>charter.</c> followed by <paramref name="setting"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="setting"/> is null, empty or white space.</exception>
    public static string ForSetting(string setting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        return Prefix + setting;
    }
}
