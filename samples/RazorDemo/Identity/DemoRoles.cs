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

    public static readonly string[] All = [Resident, NeighbourhoodMayor, Moderator, MunicipalStaff, Administrator];

    public static LocalizedText NameOf(string role) => role switch
    {
        Resident => new("شهروند", "Resident"),
        NeighbourhoodMayor => new("شهردار محله", "Neighbourhood mayor"),
        Moderator => new("ناظر محتوا", "Moderator"),
        MunicipalStaff => new("کارشناس شهرداری", "Municipal staff"),
        Administrator => new("مدیر سامانه", "Administrator"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a demo role."),
    };
}
