namespace ParticipatoryGovernance.Municipalities;

/// <summary>
/// The identifiers of the rules a municipality refuses with (<see cref="Common.RuleViolation.Rule"/>). Hosts and tests match
/// on them; they never change once published. In each summary, … marks a detail the message fills in.
/// </summary>
public static class MunicipalityRuleIds
{
    /// <summary><c>municipality.councils-need-neighbourhood-centred-management</c>: Neighbourhood councils are formed from the active citizens that neighbourhood-centred management identifies; launch that phase first, on or before this date.</summary>
    public const string CouncilsNeedNeighbourhoodCentredManagement = "municipality.councils-need-neighbourhood-centred-management";

    /// <summary><c>municipality.no-womens-councils</c>: This municipality's charter has no women's councils; adopt a charter with HasWomensCouncils first.</summary>
    public const string NoWomensCouncils = "municipality.no-womens-councils";

    /// <summary>
    /// <c>municipality.phase-needs-earlier-phase</c>: women's councils and the youth-mayor campaign build on
    /// neighbourhood-centred management, which must have been launched on or before their launch date (neighbourhood
    /// councils have their own rule, <see cref="CouncilsNeedNeighbourhoodCentredManagement"/>).
    /// </summary>
    public const string PhaseNeedsEarlierPhase = "municipality.phase-needs-earlier-phase";

    /// <summary><c>municipality.phase-already-launched</c>: The phase '…' was already launched on ….</summary>
    public const string PhaseAlreadyLaunched = "municipality.phase-already-launched";

    /// <summary><c>municipality.womens-councils-launched</c>: Women's councils have been launched; a charter without women's councils cannot replace this one.</summary>
    public const string WomensCouncilsLaunched = "municipality.womens-councils-launched";
}
