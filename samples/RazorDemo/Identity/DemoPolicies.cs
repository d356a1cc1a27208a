using Microsoft.AspNetCore.Authorization;

namespace RazorDemo.Identity;

/// <summary>
/// What each role may do, as authorization policies. Pages name a policy, never a role, so the matrix of who may do
/// what lives here and in one test (AuthorizationMatrixTest).
/// </summary>
public static class DemoPolicies
{
    /// <summary>Submit, endorse and report ideas: residents.</summary>
    public const string TakePart = "TakePart";

    /// <summary>Hide, restore and remove reported ideas: moderators and administrators.</summary>
    public const string Moderate = "Moderate";

    /// <summary>Review ideas, manage councils and meetings: municipal staff and administrators.</summary>
    public const string Review = "Review";

    /// <summary>Run youth-mayor interviews and select youth mayors: neighbourhood mayors.</summary>
    public const string RunInterviews = "RunInterviews";

    /// <summary>Enter residents' paper ballots in a budgeting round: ballot clerks only (each entry is audited with their id).</summary>
    public const string EnterPaperBallots = "EnterPaperBallots";

    /// <summary>Schedule a neighbourhood's meetings, take attendance, record votes, decide and close: meeting secretaries.</summary>
    public const string RunMeetings = "RunMeetings";

    /// <summary>Recruit and lead a youth team: youth mayors.</summary>
    public const string LeadYouthTeam = "LeadYouthTeam";

    /// <summary>Enter a meeting's paper attendance sheets: ballot clerks and municipal staff (each line is audited with their id).</summary>
    public const string EnterAttendanceSheets = "EnterAttendanceSheets";

    /// <summary>Manage a city's webhook subscriptions and see their deliveries: municipal staff and administrators.</summary>
    public const string ManageWebhooks = "ManageWebhooks";

    /// <summary>The roles each policy admits.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [TakePart] = [DemoRoles.Resident],
        [Moderate] = [DemoRoles.Moderator, DemoRoles.Administrator],
        [Review] = [DemoRoles.MunicipalStaff, DemoRoles.Administrator],
        [RunInterviews] = [DemoRoles.NeighbourhoodMayor],
        [EnterPaperBallots] = [DemoRoles.BallotClerk],
        [RunMeetings] = [DemoRoles.MeetingSecretary],
        [LeadYouthTeam] = [DemoRoles.YouthMayor],
        [EnterAttendanceSheets] = [DemoRoles.BallotClerk, DemoRoles.MunicipalStaff],
        [ManageWebhooks] = [DemoRoles.MunicipalStaff, DemoRoles.Administrator],
    };

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in Roles)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
