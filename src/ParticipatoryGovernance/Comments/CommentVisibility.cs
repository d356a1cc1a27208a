namespace ParticipatoryGovernance.Comments;

/// <summary>Whether residents can read a comment.</summary>
public enum CommentVisibility
{
    /// <summary>Shown to everyone.</summary>
    Visible = 1,

    /// <summary>
    /// Hidden after enough reports (the charter's <c>Ideas.ReportsToHide</c>) or by a moderator, until a moderator restores
    /// it; its place in the thread stays, its text does not show.
    /// </summary>
    Hidden = 2,
}
