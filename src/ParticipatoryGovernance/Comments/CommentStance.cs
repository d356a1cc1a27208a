namespace ParticipatoryGovernance.Comments;

/// <summary>Whether a comment speaks for or against what it discusses, or neither.</summary>
public enum CommentStance
{
    /// <summary>No stance taken: a question, a remark, a fact.</summary>
    None = 0,

    /// <summary>For the idea or the agenda item.</summary>
    For = 1,

    /// <summary>Against the idea or the agenda item.</summary>
    Against = 2,
}
