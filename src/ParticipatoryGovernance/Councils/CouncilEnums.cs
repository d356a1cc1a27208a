using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Councils;

/// <summary>The two kinds of council a neighbourhood may have.</summary>
public enum CouncilKind
{
    /// <summary>The neighbourhood council (شورای محله), phase 3.</summary>
    Neighbourhood = 1,

    /// <summary>The women's council (شورای بانوان), phase 4; its members are women.</summary>
    Women = 2,
}

/// <summary>Where a council is in its life.</summary>
public enum CouncilStatus
{
    /// <summary>Formed, taking members; not yet acting.</summary>
    Forming = 1,

    /// <summary>Acting as the municipality's trusted arm in the neighbourhood.</summary>
    Active = 2,

    /// <summary>Dissolved; kept for its history.</summary>
    Dissolved = 3,
}

/// <summary>A member's role on a council. A council has at most one chair, one deputy and one secretary.</summary>
public enum CouncilRole
{
    /// <summary>Chair (رئیس).</summary>
    Chair = 1,

    /// <summary>Deputy chair (نایب‌رئیس).</summary>
    Deputy = 2,

    /// <summary>Secretary (دبیر).</summary>
    Secretary = 3,

    /// <summary>Member (عضو).</summary>
    Member = 4,
}

/// <summary>Why a membership ended.</summary>
public enum MembershipEnd
{
    /// <summary>The member resigned.</summary>
    Resigned = 1,

    /// <summary>The term finished.</summary>
    TermFinished = 2,

    /// <summary>The member took another role on the same council; a new membership records it.</summary>
    RoleChanged = 3,

    /// <summary>The council was dissolved.</summary>
    CouncilDissolved = 4,

    /// <summary>The member moved to another neighbourhood, and council members live in theirs (see <see cref="Council.EndMembershipOnMove"/>).</summary>
    Moved = 5,
}

/// <summary>Names of council kinds and roles in Persian and English.</summary>
public static class CouncilNames
{
    /// <summary>The kind's name.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Such as «شورای بانوان» / "Women's council".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static LocalizedText Of(CouncilKind kind) => kind switch
    {
        CouncilKind.Neighbourhood => LocalizedText.Of("شورای محله", "Neighbourhood council"),
        CouncilKind.Women => LocalizedText.Of("شورای بانوان", "Women's council"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined council kind."),
    };

    /// <summary>The role's name.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Such as «رئیس» / "Chair".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is undefined.</exception>
    public static LocalizedText Of(CouncilRole role) => role switch
    {
        CouncilRole.Chair => LocalizedText.Of("رئیس", "Chair"),
        CouncilRole.Deputy => LocalizedText.Of("نایب‌رئیس", "Deputy chair"),
        CouncilRole.Secretary => LocalizedText.Of("دبیر", "Secretary"),
        CouncilRole.Member => LocalizedText.Of("عضو", "Member"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a defined council role."),
    };
}
