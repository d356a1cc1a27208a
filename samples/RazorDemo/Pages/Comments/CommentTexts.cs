using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Common;

namespace RazorDemo.Pages.Comments;

/// <summary>The words the comment views use, in Persian and English.</summary>
public static class CommentTexts
{
    public static LocalizedText Stance(CommentStance stance) => stance switch
    {
        CommentStance.For => new("موافق", "For"),
        CommentStance.Against => new("مخالف", "Against"),
        _ => new("بدون موضع", "No stance"),
    };

    /// <summary>The form value of a stance, as <c>CommentInput</c> reads it.</summary>
    public static string Value(CommentStance stance) => stance switch
    {
        CommentStance.For => "for",
        CommentStance.Against => "against",
        _ => "none",
    };

    public static readonly IReadOnlyList<CommentStance> Stances = [CommentStance.None, CommentStance.For, CommentStance.Against];
}
