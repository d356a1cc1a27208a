namespace ParticipatoryGovernance.Comments;

/// <summary>What a comment discusses.</summary>
public enum CommentSubjectKind
{
    /// <summary>A citizen idea (one version of it).</summary>
    Idea = 1,

    /// <summary>An item on a neighbourhood meeting's agenda.</summary>
    AgendaItem = 2,
}
