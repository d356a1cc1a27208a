using ParticipatoryGovernance.Common;

namespace RazorDemo.Identity;

/// <summary>The roles of the demo and what each may do.</summary>
public static class DemoRoles
{
    /// <summary>Submits, endorses and reports ideas.</summary>
    public const string Resident = "Resident";

    /// <summary>Runs youth-mayor interviews and selects youth mayors in their neighbourhood.</summary>
    public const string NeighbourhoodMayor = "NeighbourhoodMayor";

    /// <summary>Restores or removes reported ideas.</summary>
    public const string Moderator = "Moderator";

    /// <summary>Reviews ideas and manages councils and meetings.</summary>
    public const string MunicipalStaff = "MunicipalStaff";

    /// <summary>Everything staff can do, and the accounts.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Enters residents' paper ballots in a budgeting round; each entry keeps the clerk's id.</summary>
    public const string BallotClerk = "BallotClerk";

    /// <summary>Schedules their neighbourhood's meetings, takes attendance, records the votes and closes with minutes.</summary>
    public const string MeetingSecretary = "MeetingSecretary";

    /// <summary>A youth mayor: recruits and leads their team of nine, one per urban field.</summary>
    public const string YouthMayor = "YouthMayor";

    public static readonly string[] All = [Resident, NeighbourhoodMayor, Moderator, MunicipalStaff, Administrator, BallotClerk, MeetingSecretary, YouthMayor];

    public static LocalizedText NameOf(string role) => role switch
    {
        Resident => new("شهروند", "Resident"),
        NeighbourhoodMayor => new("شهردار محله", "Neighbourhood mayor"),
        Moderator => new("ناظر محتوا", "Moderator"),
        MunicipalStaff => new("کارشناس شهرداری", "Municipal staff"),
        Administrator => new("مدیر سامانه", "Administrator"),
        BallotClerk => new("متصدی برگه‌های رأی", "Ballot clerk"),
        MeetingSecretary => new("دبیر نشست محله", "Meeting secretary"),
        YouthMayor => new("شهردار نوجوان", "Youth mayor"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a demo role."),
    };
}
