using NodaTime;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Residents;

/// <summary>How one active-citizen rule came out for a resident, and why.</summary>
/// <param name="RuleId">The rule, such as <see cref="ActiveCitizenRules.MeetingAttendanceRuleId"/>.</param>
/// <param name="Satisfied">Whether the resident meets it.</param>
/// <param name="Explanation">What the records show, such as "attended 4 of the last 6 meetings (3 needed)".</param>
public sealed record ActiveCitizenRuleOutcome(string RuleId, bool Satisfied, LocalizedText Explanation);

/// <summary>Whether a resident is an active citizen on a date, with the outcome of every enabled rule.</summary>
/// <param name="ResidentId">The resident.</param>
/// <param name="AssessedOn">The ISO-calendar date of the assessment.</param>
/// <param name="Outcomes">Each enabled rule's outcome.</param>
public sealed record ActiveCitizenAssessment(ResidentId ResidentId, LocalDate AssessedOn, IReadOnlyList<ActiveCitizenRuleOutcome> Outcomes)
{
    /// <summary>Whether any rule holds.</summary>
    public bool IsActive => Outcomes.Any(o => o.Satisfied);

    /// <summary>The rules that made the resident active.</summary>
    public IEnumerable<ActiveCitizenRuleOutcome> Reasons => Outcomes.Where(o => o.Satisfied);
}

/// <summary>The active-citizen status recorded on a resident: when it was assessed and which rules made them active.</summary>
/// <param name="AssessedOn">The ISO-calendar date of the assessment.</param>
/// <param name="ReasonRuleIds">The identifiers of the rules that held; empty when the resident is not active.</param>
public sealed record ActiveCitizenship(LocalDate AssessedOn, IReadOnlyList<string> ReasonRuleIds)
{
    /// <summary>Whether the resident was active.</summary>
    public bool IsActive => ReasonRuleIds.Count > 0;
}

/// <summary>A meeting a neighbourhood held: what the meeting-attendance rule counts against.</summary>
/// <param name="MeetingId">The meeting's identifier.</param>
/// <param name="HeldOn">The ISO-calendar date it was held.</param>
public sealed record HeldMeeting(Guid MeetingId, LocalDate HeldOn);
