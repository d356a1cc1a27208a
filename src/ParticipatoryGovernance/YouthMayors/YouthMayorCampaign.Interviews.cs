using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.YouthMayors.Events;

namespace ParticipatoryGovernance.YouthMayors;

/// <content>Interview sessions.</content>
public sealed partial class YouthMayorCampaign
{
    private static readonly LocalizedText InterviewAction = new("برگزاری جلسهٔ مصاحبه", "Holding an interview session");

    /// <summary>
    /// Records an interview session of a neighbourhood, led by its neighbourhood mayor, with the shortlisted applicants of
    /// that neighbourhood it interviewed and the panel's score or notes for each. Each applicant is interviewed once.
    /// </summary>
    /// <param name="neighbourhood">The neighbourhood; it must have a mayor on <paramref name="heldOn"/>, who leads the panel.</param>
    /// <param name="heldOn">The ISO-calendar date of the session.</param>
    /// <param name="interviews">The interviews, at least one, each of a different application of this campaign.</param>
    /// <param name="otherPanelMembers">The panel's other members, if any.</param>
    /// <returns>
    /// The session's identifier; or a failure when the campaign elects its youth mayors, outside the interview stage,
    /// when the neighbourhood is another municipality's or has no mayor, or when an applicant is not shortlisted, is from
    /// another neighbourhood or has already been interviewed.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="neighbourhood"/> or <paramref name="interviews"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="interviews"/> is empty, holds a null, names an application twice or names one this campaign does
    /// not have; or <paramref name="otherPanelMembers"/> holds a null.
    /// </exception>
    public Result<InterviewSessionId> HoldInterviewSession(
        Neighbourhood neighbourhood,
        LocalDate heldOn,
        IReadOnlyCollection<Interview> interviews,
        IEnumerable<PanelMember>? otherPanelMembers = null)
    {
        ArgumentNullException.ThrowIfNull(neighbourhood);
        ArgumentNullException.ThrowIfNull(interviews);
        var panel = otherPanelMembers?.ToList() ?? [];
        if (panel.Exists(m => m is null))
        {
            throw new ArgumentException("The panel must not contain a null member.", nameof(otherPanelMembers));
        }

        if (interviews.Count == 0 || interviews.Any(i => i is null))
        {
            throw new ArgumentException("A session interviews at least one applicant, and no interview may be null.", nameof(interviews));
        }

        if (interviews.Select(i => i.ApplicationId).Distinct().Count() != interviews.Count)
        {
            throw new ArgumentException("Each applicant is interviewed once in a session; an application appears twice.", nameof(interviews));
        }

        var applications = interviews.Select(i => ApplicationById(i.ApplicationId, nameof(interviews))).ToList();
        heldOn = heldOn.WithCalendar(CalendarSystem.Iso);
        var violation = (Charter.YouthMayorSelection == YouthMayorSelection.Election ? NoInterviewsInElection() : null)
            ?? CheckStage(YouthMayorCampaignRuleIds.NotInterviewing, InterviewAction, heldOn, CampaignStage.Interviews)
            ?? CheckMunicipality(neighbourhood)
            ?? CheckNeighbourhoodMayor(neighbourhood, heldOn)
            ?? applications.Select(a => CheckInterviewable(a, neighbourhood)).FirstOrDefault(v => v is not null);
        if (violation is not null)
        {
            return Result.Failure<InterviewSessionId>(violation);
        }

        var session = new InterviewSession(InterviewSessionId.New(), neighbourhood.Id, heldOn, neighbourhood.Mayor!, panel, interviews);
        _interviewSessions.Add(session);
        Raise(new InterviewSessionHeld(Id, session.Id, neighbourhood.Id, heldOn, interviews.Count));
        return Result.Success(session.Id);
    }

    private RuleViolation? CheckInterviewable(YouthMayorApplication application, Neighbourhood neighbourhood)
    {
        if (!application.IsShortlisted)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.NotShortlisted,
                "این متقاضی در فهرست کوتاه مصاحبه نیست؛ تنها گزینش‌شدگان مصاحبه می‌شوند.",
                $"Application {application.Id} is not on the shortlist; only shortlisted applicants are interviewed.");
        }

        if (application.NeighbourhoodId != neighbourhood.Id)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.InterviewOtherNeighbourhood,
                $"این متقاضی از محلهٔ دیگری است؛ جلسهٔ مصاحبهٔ «{neighbourhood.Name.Persian}» تنها متقاضیان همین محله را مصاحبه می‌کند.",
                $"Application {application.Id} is for another neighbourhood; a session of {neighbourhood.Name} interviews only that neighbourhood's applicants.");
        }

        return SessionThatInterviewed(application.Id) is { } earlier
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.AlreadyInterviewed,
                $"این متقاضی در {Fa(earlier.HeldOn)} مصاحبه شده است؛ هر متقاضی یک بار مصاحبه می‌شود.",
                $"Application {application.Id} was already interviewed on {earlier.HeldOn}; each applicant is interviewed once.")
            : null;
    }
}
