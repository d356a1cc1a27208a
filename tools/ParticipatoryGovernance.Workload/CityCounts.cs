namespace ParticipatoryGovernance.Workload;

/// <summary>What <see cref="CityGenerator"/> wrote, counted from the aggregates as they were handed to the writer.</summary>
/// <param name="Neighbourhoods">Neighbourhoods.</param>
/// <param name="Residents">Residents.</param>
/// <param name="ActiveCitizens">Residents assessed as active citizens.</param>
/// <param name="Meetings">Meetings, held or cancelled.</param>
/// <param name="Decisions">Decisions taken at meetings.</param>
/// <param name="Votes">Residents' votes cast at meetings.</param>
/// <param name="Councils">Councils of both kinds.</param>
/// <param name="Ideas">Ideas registered (first versions).</param>
/// <param name="IdeaVersions">Idea records, counting each resubmitted version.</param>
/// <param name="Endorsements">Endorsements of ideas.</param>
/// <param name="CampaignApplicants">Applications to the youth-mayor campaign.</param>
/// <param name="InterviewSessions">Interview sessions held.</param>
/// <param name="YouthMayors">Youth mayors chosen.</param>
/// <param name="TeamMembers">Members of the youth mayors' teams.</param>
public sealed record CityCounts(
    int Neighbourhoods,
    int Residents,
    int ActiveCitizens,
    int Meetings,
    int Decisions,
    long Votes,
    int Councils,
    int Ideas,
    int IdeaVersions,
    long Endorsements,
    int CampaignApplicants,
    int InterviewSessions,
    int YouthMayors,
    int TeamMembers);
