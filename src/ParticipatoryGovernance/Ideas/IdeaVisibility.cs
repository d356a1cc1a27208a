namespace ParticipatoryGovernance.Ideas;

/// <summary>
/// Whether residents can see an idea. Moderation runs beside the lifecycle: a hidden idea keeps its status.
/// </summary>
public enum IdeaVisibility
{
    /// <summary>Shown in public lists.</summary>
    Visible = 1,

    /// <summary>Hidden after the charter's number of reports, until a moderator restores or removes it.</summary>
    Hidden = 2,

    /// <summary>Removed by a moderator; final.</summary>
    Removed = 3,
}
