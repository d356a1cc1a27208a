namespace ParticipatoryGovernance.Residents;

/// <summary>The identifiers of the rules a <see cref="Resident"/> refuses with (<see cref="Common.RuleViolation.Rule"/>).</summary>
public static class ResidentRuleIds
{
    /// <summary>
    /// <c>resident.birth-date-out-of-range</c>: a birth date is in the future, or more than
    /// <see cref="Resident.MaxAgeYears"/> years before the day the resident is registered (such as a birth year of 1200 or 1500).
    /// </summary>
    public const string BirthDateOutOfRange = "resident.birth-date-out-of-range";
}
