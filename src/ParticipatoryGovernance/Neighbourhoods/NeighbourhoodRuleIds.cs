namespace ParticipatoryGovernance.Neighbourhoods;

/// <summary>
/// The identifiers of the rules a neighbourhood refuses with (<see cref="Common.RuleViolation.Rule"/>). Hosts and tests match
/// on them; they never change once published. In each summary, … marks a detail the message fills in.
/// </summary>
public static class NeighbourhoodRuleIds
{
    /// <summary><c>neighbourhood.mayor-appointed-earlier</c>: The current neighbourhood mayor was appointed on …; a new appointment cannot be dated earlier.</summary>
    public const string MayorAppointedEarlier = "neighbourhood.mayor-appointed-earlier";
}
