using NodaTime;

namespace ParticipatoryGovernance.Comments;

/// <summary>An earlier text of an edited comment, kept so that moderators see what was said before.</summary>
/// <param name="At">When the text was replaced.</param>
/// <param name="PreviousBody">The text before the edit.</param>
/// <param name="PreviousStance">The stance before the edit.</param>
public sealed record CommentEdit(Instant At, string PreviousBody, CommentStance PreviousStance);
