namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// The identifiers of the rules a youth-mayor campaign refuses with (<see cref="Common.RuleViolation.Rule"/>). Hosts and tests match
/// on them; they never change once published. In each summary, … marks a detail the message fills in.
/// </summary>
public static class YouthMayorCampaignRuleIds
{
    /// <summary><c>youth-campaign.already-applied</c>: This resident already applied on …; each resident applies once.</summary>
    public const string AlreadyApplied = "youth-campaign.already-applied";

    /// <summary><c>youth-campaign.already-in-team</c>: This resident already sits on a youth mayor's team; nobody sits on two teams.</summary>
    public const string AlreadyInTeam = "youth-campaign.already-in-team";

    /// <summary><c>youth-campaign.already-interviewed</c>: Application … was already interviewed on …; each applicant is interviewed once.</summary>
    public const string AlreadyInterviewed = "youth-campaign.already-interviewed";

    /// <summary><c>youth-campaign.already-youth-mayor</c>: This applicant has been a youth mayor since ….</summary>
    public const string AlreadyYouthMayor = "youth-campaign.already-youth-mayor";

    /// <summary><c>youth-campaign.applicant-of-other-neighbourhood</c>: This applicant applied for another neighbourhood; the youth mayors of … are chosen from its own applicants.</summary>
    public const string ApplicantOfOtherNeighbourhood = "youth-campaign.applicant-of-other-neighbourhood";

    /// <summary>
    /// <c>youth-campaign.applicants-awaiting-interview</c>: a neighbourhood's youth mayors are selected only once every
    /// shortlisted applicant of that neighbourhood has been interviewed, so the mayor chooses among all of them.
    /// </summary>
    public const string ApplicantsAwaitingInterview = "youth-campaign.applicants-awaiting-interview";

    /// <summary><c>youth-campaign.no-choice</c>: a joint selection names neither a boy nor a girl youth mayor.</summary>
    public const string NoChoice = "youth-campaign.no-choice";

    /// <summary><c>youth-campaign.unknown-application</c>: a chosen application identifier is not one of this campaign's applications.</summary>
    public const string UnknownApplication = "youth-campaign.unknown-application";

    /// <summary><c>youth-campaign.call-closed</c>: The call closed on …; no more applications are accepted.</summary>
    public const string CallClosed = "youth-campaign.call-closed";

    /// <summary><c>youth-campaign.call-closes-before-opening</c>: The call cannot close on …, before it opens on ….</summary>
    public const string CallClosesBeforeOpening = "youth-campaign.call-closes-before-opening";

    /// <summary><c>youth-campaign.call-not-open</c>: The call opens on …; applications are accepted from then until ….</summary>
    public const string CallNotOpen = "youth-campaign.call-not-open";

    /// <summary><c>youth-campaign.call-still-open</c>: The call is open until …; shortlisting starts after it closes.</summary>
    public const string CallStillOpen = "youth-campaign.call-still-open";

    /// <summary><c>youth-campaign.cohort-outside-age-window</c>: On … nobody … is aged … to …; update the charter's YouthCohort or YouthAgeWindow.</summary>
    public const string CohortOutsideAgeWindow = "youth-campaign.cohort-outside-age-window";

    /// <summary><c>youth-campaign.consent-dated-later</c>: The guardian's consent is dated …, after …; consent must come first.</summary>
    public const string ConsentDatedLater = "youth-campaign.consent-dated-later";

    /// <summary><c>youth-campaign.date-before-stage</c>: … is dated …, before the … stage started on ….</summary>
    public const string DateBeforeStage = "youth-campaign.date-before-stage";

    /// <summary><c>youth-campaign.declared-before-count</c>: The result cannot be declared on …, before the count on ….</summary>
    public const string DeclaredBeforeCount = "youth-campaign.declared-before-count";

    /// <summary><c>youth-campaign.election-not-counted</c>: The election's ballots have not been counted yet; the poll runs until … and is counted after it.</summary>
    public const string ElectionNotCounted = "youth-campaign.election-not-counted";

    /// <summary><c>youth-campaign.empty-shortlist</c>: Nobody has been shortlisted; shortlist applicants first.</summary>
    public const string EmptyShortlist = "youth-campaign.empty-shortlist";

    /// <summary><c>youth-campaign.guardian-consent-required</c>: The … is under …; record a parent's or guardian's consent.</summary>
    public const string GuardianConsentRequired = "youth-campaign.guardian-consent-required";

    /// <summary><c>youth-campaign.interview-other-neighbourhood</c>: Application … is for another neighbourhood; a session of … interviews only that neighbourhood's applicants.</summary>
    public const string InterviewOtherNeighbourhood = "youth-campaign.interview-other-neighbourhood";

    /// <summary><c>youth-campaign.member-is-youth-mayor</c>: This resident is a youth mayor and cannot also sit on a team.</summary>
    public const string MemberIsYouthMayor = "youth-campaign.member-is-youth-mayor";

    /// <summary><c>youth-campaign.member-of-a-team</c>: This applicant sits on a youth mayor's team; a youth mayor cannot also be a team member.</summary>
    public const string MemberOfATeam = "youth-campaign.member-of-a-team";

    /// <summary><c>youth-campaign.no-applications</c>: No application has been accepted, so there is nobody to shortlist.</summary>
    public const string NoApplications = "youth-campaign.no-applications";

    /// <summary><c>youth-campaign.no-candidates</c>: No … of … is on the shortlist to stand; shortlist the candidates first.</summary>
    public const string NoCandidates = "youth-campaign.no-candidates";

    /// <summary><c>youth-campaign.no-interviews-held</c>: No interview session has been held yet; youth mayors are selected from applicants who were interviewed.</summary>
    public const string NoInterviewsHeld = "youth-campaign.no-interviews-held";

    /// <summary><c>youth-campaign.no-interviews-in-election</c>: This campaign's charter elects its youth mayors; it has no interview stage.</summary>
    public const string NoInterviewsInElection = "youth-campaign.no-interviews-in-election";

    /// <summary><c>youth-campaign.no-neighbourhood-mayor</c>: … has no neighbourhood mayor on …; the neighbourhood mayor leads the interviews and selects the youth mayors. Appoint one first.</summary>
    public const string NoNeighbourhoodMayor = "youth-campaign.no-neighbourhood-mayor";

    /// <summary><c>youth-campaign.no-seat-for-gender</c>: The charter provides no … youth mayors for a neighbourhood. Or: … has already filled its … … youth mayor seat….</summary>
    public const string NoSeatForGender = "youth-campaign.no-seat-for-gender";

    /// <summary><c>youth-campaign.no-youth-mayors</c>: No youth mayor has been chosen yet; training is for the youth mayors and their teams.</summary>
    public const string NoYouthMayors = "youth-campaign.no-youth-mayors";

    /// <summary><c>youth-campaign.not-forming-teams</c>: Team members are added only at the stages where youth mayors form their teams.</summary>
    public const string NotFormingTeams = "youth-campaign.not-forming-teams";

    /// <summary><c>youth-campaign.not-interviewed</c>: This applicant was not interviewed in a session of …; youth mayors are selected only from applicants interviewed for the neighbourhood.</summary>
    public const string NotInterviewed = "youth-campaign.not-interviewed";

    /// <summary><c>youth-campaign.not-interviewing</c>: Interview sessions are held only at the interview stage.</summary>
    public const string NotInterviewing = "youth-campaign.not-interviewing";

    /// <summary><c>youth-campaign.not-selecting</c>: Youth mayors are selected, elections called and results declared only at the selection stage.</summary>
    public const string NotSelecting = "youth-campaign.not-selecting";

    /// <summary><c>youth-campaign.not-shortlisted</c>: Application … is not on the shortlist; only shortlisted applicants are interviewed.</summary>
    public const string NotShortlisted = "youth-campaign.not-shortlisted";

    /// <summary><c>youth-campaign.not-shortlisting</c>: Applicants are shortlisted only at the shortlisting stage.</summary>
    public const string NotShortlisting = "youth-campaign.not-shortlisting";

    /// <summary><c>youth-campaign.other-municipality</c>: … belongs to another municipality; this campaign is for its own municipality's neighbourhoods.</summary>
    public const string OtherMunicipality = "youth-campaign.other-municipality";

    /// <summary><c>youth-campaign.outside-age-window</c>: Applicants must be … to … years old on the day the call opened (…); this applicant is not.</summary>
    public const string OutsideAgeWindow = "youth-campaign.outside-age-window";

    /// <summary><c>youth-campaign.outside-cohort</c>: The applicant was not born in the charter's youth cohort (such as the 1380s).</summary>
    public const string OutsideCohort = "youth-campaign.outside-cohort";

    /// <summary><c>youth-campaign.poll-closes-before-opening</c>: The poll cannot close on …, before it opens on ….</summary>
    public const string PollClosesBeforeOpening = "youth-campaign.poll-closes-before-opening";

    /// <summary><c>youth-campaign.selection-by-election</c>: This campaign's charter elects its youth mayors; call an election and declare its result instead.</summary>
    public const string SelectionByElection = "youth-campaign.selection-by-election";

    /// <summary><c>youth-campaign.selection-by-interview</c>: This campaign's charter has youth mayors selected by the neighbourhood mayor after interview, not elected.</summary>
    public const string SelectionByInterview = "youth-campaign.selection-by-interview";

    /// <summary><c>youth-campaign.selector-not-neighbourhood-mayor</c>: … is not the neighbourhood mayor of …; its youth mayors are selected by its own mayor, ….</summary>
    public const string SelectorNotNeighbourhoodMayor = "youth-campaign.selector-not-neighbourhood-mayor";

    /// <summary><c>youth-campaign.stage-date-before-last-record</c>: The … stage cannot start on …: the campaign's latest record is dated ….</summary>
    public const string StageDateBeforeLastRecord = "youth-campaign.stage-date-before-last-record";

    /// <summary><c>youth-campaign.stage-out-of-order</c>: The campaign is at the … stage; the next stage is …, not …. Or: The term of office has started and is the campaign's last stage; it cannot move to the … stage.</summary>
    public const string StageOutOfOrder = "youth-campaign.stage-out-of-order";

    /// <summary><c>youth-campaign.team-before-mayor-chosen</c>: This youth mayor was chosen on …; nobody can join their team before that.</summary>
    public const string TeamBeforeMayorChosen = "youth-campaign.team-before-mayor-chosen";

    /// <summary><c>youth-campaign.team-full</c>: This youth mayor's team already has all … members.</summary>
    public const string TeamFull = "youth-campaign.team-full";

    /// <summary><c>youth-campaign.team-member-other-neighbourhood</c>: This resident lives in …; by the charter, team members live in their youth mayor's neighbourhood.</summary>
    public const string TeamMemberOtherNeighbourhood = "youth-campaign.team-member-other-neighbourhood";

    /// <summary><c>youth-campaign.team-member-outside-cohort</c>: A team member was not born in the charter's youth cohort.</summary>
    public const string TeamMemberOutsideCohort = "youth-campaign.team-member-outside-cohort";

    /// <summary><c>youth-campaign.unknown-urban-field</c>: The field '…' is not in the charter; its fields are: ….</summary>
    public const string UnknownUrbanField = "youth-campaign.unknown-urban-field";

    /// <summary><c>youth-campaign.wrong-gender-for-seat</c>: A …'s seat is filled by a …; this applicant is a ….</summary>
    public const string WrongGenderForSeat = "youth-campaign.wrong-gender-for-seat";
}
