namespace ParticipatoryGovernance.Ideas;

/// <summary>
/// How many ideas are in each status: one group of the dashboard's figures (the whole city, a neighbourhood, a
/// field or a month). Each idea is counted once, in its current status.
/// </summary>
/// <param name="Submitted">Submitted and waiting for review.</param>
/// <param name="UnderReview">Under review.</param>
/// <param name="Accepted">Accepted and not yet started.</param>
/// <param name="Rejected">Rejected and not resubmitted.</param>
/// <param name="InProgress">Being carried out.</param>
/// <param name="Implemented">Carried out.</param>
/// <param name="Withdrawn">Withdrawn by the proposer.</param>
public sealed record IdeaCounts(int Submitted, int UnderReview, int Accepted, int Rejected, int InProgress, int Implemented, int Withdrawn)
{
    /// <summary>No ideas.</summary>
    public static IdeaCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>The ideas registered: all of them, whatever their status.</summary>
    public int Registered => Submitted + UnderReview + Accepted + Rejected + InProgress + Implemented + Withdrawn;

    /// <summary>The ideas the municipality has accepted so far: accepted, in progress or implemented.</summary>
    public int AcceptedSoFar => Accepted + InProgress + Implemented;

    /// <summary>The ideas in a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public int CountOf(IdeaStatus status) => status switch
    {
        IdeaStatus.Submitted => Submitted,
        IdeaStatus.UnderReview => UnderReview,
        IdeaStatus.Accepted => Accepted,
        IdeaStatus.Rejected => Rejected,
        IdeaStatus.InProgress => InProgress,
        IdeaStatus.Implemented => Implemented,
        IdeaStatus.Withdrawn => Withdrawn,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined idea status."),
    };

    /// <summary>These counts with one more idea in a status.</summary>
    internal IdeaCounts PlusOne(IdeaStatus status) => status switch
    {
        IdeaStatus.Submitted => this with { Submitted = Submitted + 1 },
        IdeaStatus.UnderReview => this with { UnderReview = UnderReview + 1 },
        IdeaStatus.Accepted => this with { Accepted = Accepted + 1 },
        IdeaStatus.Rejected => this with { Rejected = Rejected + 1 },
        IdeaStatus.InProgress => this with { InProgress = InProgress + 1 },
        IdeaStatus.Implemented => this with { Implemented = Implemented + 1 },
        IdeaStatus.Withdrawn => this with { Withdrawn = Withdrawn + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined idea status."),
    };
}
