using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Residents;

/// <summary>
/// Identifies the active, dynamic citizens of a neighbourhood from participation records, under the charter's
/// <see cref="ActiveCitizenRules"/>, and says for each resident which rules made them active.
/// </summary>
/// <remarks>Stateless and thread-safe; registered as a singleton by <c>AddParticipatoryGovernance</c>.</remarks>
public sealed class ActiveCitizenAssessor
{
    private static readonly ParticipationKind[] Roles =
        [ParticipationKind.CouncilSeatHeld, ParticipationKind.YouthMayorServed, ParticipationKind.YouthTeamServed];

    /// <summary>Creates the assessor for a charter.</summary>
    /// <param name="charter">The charter whose <see cref="GovernanceCharter.ActiveCitizens"/> rules apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="charter"/> is null.</exception>
    public ActiveCitizenAssessor(GovernanceCharter charter)
    {
        ArgumentNullException.ThrowIfNull(charter);
        Rules = charter.ActiveCitizens;
    }

    /// <summary>The rules applied.</summary>
    public ActiveCitizenRules Rules { get; }

    /// <summary>Assesses one resident.</summary>
    /// <param name="residentId">The resident.</param>
    /// <param name="participations">The resident's participation records (others' records are ignored).</param>
    /// <param name="neighbourhoodMeetings">The meetings the resident's neighbourhood has held.</param>
    /// <param name="asOf">The ISO-calendar date of the assessment; records after it are ignored.</param>
    /// <returns>The assessment, with every enabled rule's outcome and explanation.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    public ActiveCitizenAssessment Assess(ResidentId residentId, IEnumerable<Participation> participations, IEnumerable<HeldMeeting> neighbourhoodMeetings, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(participations);
        ArgumentNullException.ThrowIfNull(neighbourhoodMeetings);
        var records = participations.Where(p => p.ResidentId == residentId && p.On <= asOf).ToList();
        var outcomes = new List<ActiveCitizenRuleOutcome>();

        if (Rules.MeetingAttendance is { } attendance)
        {
            var lastMeetings = neighbourhoodMeetings.Where(m => m.HeldOn <= asOf)
                .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.MeetingId)
                .Take(attendance.OfLastMeetings)
                .Select(m => m.MeetingId)
                .ToHashSet();
            var attended = records.Where(p => p.Kind == ParticipationKind.MeetingAttended && lastMeetings.Contains(p.SourceId))
                .Select(p => p.SourceId).Distinct().Count();
            outcomes.Add(new ActiveCitizenRuleOutcome(
                ActiveCitizenRules.MeetingAttendanceRuleId,
                attended >= attendance.MinimumAttended,
                LocalizedText.Of(
                    $"در {PersianDigits.Format(attended)} جلسه از {PersianDigits.Format(lastMeetings.Count)} جلسهٔ اخیر محله حاضر بوده است ({PersianDigits.Format(attendance.MinimumAttended)} لازم است).",
                    $"attended {attended} of the neighbourhood's last {lastMeetings.Count} meetings ({attendance.MinimumAttended} needed)")));
        }

        if (Rules.ImplementedIdeaQualifies)
        {
            var implemented = records.Count(p => p.Kind is ParticipationKind.IdeaImplemented or ParticipationKind.IdeaCarriedOut);
            outcomes.Add(new ActiveCitizenRuleOutcome(
                ActiveCitizenRules.ImplementedIdeaRuleId,
                implemented > 0,
                LocalizedText.Of(
                    $"{PersianDigits.Format(implemented)} ایدهٔ اجراشده پیشنهاد یا اجرا کرده است.",
                    $"proposed or carried out {implemented} implemented idea(s)")));
        }

        if (Rules.IdeasSubmitted is { } submitted)
        {
            outcomes.Add(Recent(records, ParticipationKind.IdeaSubmitted, submitted, asOf, ActiveCitizenRules.IdeasSubmittedRuleId, count => LocalizedText.Of(
                Persian(submitted, count, "ایده ثبت کرده"), $"submitted {count} ideas in the last {submitted.WithinDays} days ({submitted.MinimumCount} needed)")));
        }

        if (Rules.IdeasEndorsed is { } endorsed)
        {
            outcomes.Add(Recent(records, ParticipationKind.IdeaEndorsed, endorsed, asOf, ActiveCitizenRules.IdeasEndorsedRuleId, count => LocalizedText.Of(
                Persian(endorsed, count, "ایده را پشتیبانی کرده"), $"endorsed {count} ideas in the last {endorsed.WithinDays} days ({endorsed.MinimumCount} needed)")));
        }

        if (Rules.CommentsPosted is { } commented)
        {
            outcomes.Add(Recent(records, ParticipationKind.CommentPosted, commented, asOf, ActiveCitizenRules.CommentsPostedRuleId, count => LocalizedText.Of(
                Persian(commented, count, "نظر نوشته"), $"posted {count} comments in the last {commented.WithinDays} days ({commented.MinimumCount} needed)")));
        }

        if (Rules.RoleHolderQualifies)
        {
            var since = asOf.PlusYears(-1);
            var roles = records.Count(p => Roles.Contains(p.Kind) && p.On > since);
            outcomes.Add(new ActiveCitizenRuleOutcome(
                ActiveCitizenRules.RoleHeldRuleId,
                roles > 0,
                LocalizedText.Of(
                    $"در یک سال گذشته {PersianDigits.Format(roles)} نقش در شورا یا تیم نوجوانان داشته است.",
                    $"took up {roles} council or youth role(s) in the last year")));
        }

        return new ActiveCitizenAssessment(residentId, asOf, outcomes);
    }

    /// <summary>
    /// Assesses every resident of a neighbourhood and records the result on each (<see cref="Resident.RecordActiveCitizenship"/>),
    /// so that <c>ActiveCitizensOfNeighbourhoodSpec</c> can list them.
    /// </summary>
    /// <param name="residents">The neighbourhood's residents.</param>
    /// <param name="participations">Participation records; each resident's are picked out.</param>
    /// <param name="neighbourhoodMeetings">The meetings the neighbourhood has held.</param>
    /// <param name="asOf">The ISO-calendar date of the assessment.</param>
    /// <returns>The assessments, in the order of <paramref name="residents"/>.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    public IReadOnlyList<ActiveCitizenAssessment> AssessNeighbourhood(IEnumerable<Resident> residents, IEnumerable<Participation> participations, IEnumerable<HeldMeeting> neighbourhoodMeetings, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(residents);
        ArgumentNullException.ThrowIfNull(participations);
        ArgumentNullException.ThrowIfNull(neighbourhoodMeetings);
        var byResident = participations.ToLookup(p => p.ResidentId);
        var meetings = neighbourhoodMeetings.ToList();
        var assessments = new List<ActiveCitizenAssessment>();
        foreach (var resident in residents)
        {
            var assessment = Assess(resident.Id, byResident[resident.Id], meetings, asOf);
            resident.RecordActiveCitizenship(assessment);
            assessments.Add(assessment);
        }

        return assessments;
    }

    // Each act's explanation is a whole sentence of its own (not a verb and a noun put into one), so every language can say it.
    private static ActiveCitizenRuleOutcome Recent(List<Participation> records, ParticipationKind kind, RecentActivityRule rule, LocalDate asOf, string ruleId, Func<int, LocalizedText> explain)
    {
        var since = asOf.PlusDays(-rule.WithinDays);
        var count = records.Count(p => p.Kind == kind && p.On > since);
        return new ActiveCitizenRuleOutcome(ruleId, count >= rule.MinimumCount, explain(count));
    }

    private static string Persian(RecentActivityRule rule, int count, string verb) =>
        $"در {PersianDigits.Format(rule.WithinDays)} روز گذشته {PersianDigits.Format(count)} {verb} است ({PersianDigits.Format(rule.MinimumCount)} لازم است).";
}
