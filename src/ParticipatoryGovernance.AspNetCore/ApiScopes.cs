namespace ParticipatoryGovernance.AspNetCore;

/// <summary>The scopes a personal API token may carry; each write endpoint requires one.</summary>
public static class ApiScopes
{
    /// <summary>Reads as the token's resident (the public reads need no token at all).</summary>
    public const string Read = "read";

    /// <summary>Submits ideas and endorses or withdraws endorsements.</summary>
    public const string IdeasWrite = "ideas:write";

    /// <summary>Casts and replaces budget ballots.</summary>
    public const string BallotsWrite = "ballots:write";

    /// <summary>Comments on ideas and replies to comments.</summary>
    public const string CommentsWrite = "comments:write";

    /// <summary>Every scope, in the order a page offers them.</summary>
    public static IReadOnlyList<string> All { get; } = [Read, IdeasWrite, BallotsWrite, CommentsWrite];

    /// <summary>Whether a text is one of the scopes (exactly, case-sensitive).</summary>
    /// <param name="scope">The text.</param>
    /// <returns><see langword="true"/> for a known scope.</returns>
    public static bool IsKnown(string? scope) => scope is not null && All.Contains(scope, StringComparer.Ordinal);
}
