using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Ideas;

/// <summary>
/// Where a citizen idea is in its lifecycle: submitted → under review → accepted or rejected → in progress →
/// implemented; or withdrawn by its proposer before acceptance.
/// </summary>
public enum IdeaStatus
{
    /// <summary>Submitted by a resident; waiting for review (ثبت‌شده).</summary>
    Submitted = 1,

    /// <summary>Being reviewed by the municipality (در حال بررسی).</summary>
    UnderReview = 2,

    /// <summary>Accepted, with an official answer (پذیرفته‌شده).</summary>
    Accepted = 3,

    /// <summary>Rejected, with an official answer; the proposer may resubmit a new version (ردشده).</summary>
    Rejected = 4,

    /// <summary>Being carried out (در حال اجرا).</summary>
    InProgress = 5,

    /// <summary>Carried out in the city (اجراشده).</summary>
    Implemented = 6,

    /// <summary>Withdrawn by the proposer before acceptance (پس‌گرفته).</summary>
    Withdrawn = 7,
}

/// <summary>Names and groupings of the <see cref="IdeaStatus"/> values.</summary>
public static class IdeaStatuses
{
    private static readonly IdeaStatus[] AllStatuses =
    [
        IdeaStatus.Submitted,
        IdeaStatus.UnderReview,
        IdeaStatus.Accepted,
        IdeaStatus.Rejected,
        IdeaStatus.InProgress,
        IdeaStatus.Implemented,
        IdeaStatus.Withdrawn,
    ];

    private static readonly IdeaStatus[] EndorsableStatuses =
    [
        IdeaStatus.Submitted,
        IdeaStatus.UnderReview,
        IdeaStatus.Accepted,
        IdeaStatus.InProgress,
    ];

    private static readonly IdeaStatus[] AwaitingAnswerStatuses = [IdeaStatus.Submitted, IdeaStatus.UnderReview];

    /// <summary>Every status, in lifecycle order.</summary>
    public static IReadOnlyList<IdeaStatus> All => AllStatuses;

    /// <summary>The statuses in which residents may endorse an idea or withdraw an endorsement: until it is implemented, rejected or withdrawn.</summary>
    public static IReadOnlyList<IdeaStatus> Endorsable => EndorsableStatuses;

    /// <summary>The statuses of an idea still waiting for the municipality's answer: submitted and under review.</summary>
    public static IReadOnlyList<IdeaStatus> AwaitingAnswer => AwaitingAnswerStatuses;

    /// <summary>The status's name in Persian and English.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Such as «در حال بررسی» / "under review".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public static LocalizedText NameOf(IdeaStatus status) => status switch
    {
        IdeaStatus.Submitted => LocalizedText.Of("ثبت‌شده", "submitted"),
        IdeaStatus.UnderReview => LocalizedText.Of("در حال بررسی", "under review"),
        IdeaStatus.Accepted => LocalizedText.Of("پذیرفته‌شده", "accepted"),
        IdeaStatus.Rejected => LocalizedText.Of("ردشده", "rejected"),
        IdeaStatus.InProgress => LocalizedText.Of("در حال اجرا", "in progress"),
        IdeaStatus.Implemented => LocalizedText.Of("اجراشده", "implemented"),
        IdeaStatus.Withdrawn => LocalizedText.Of("پس‌گرفته", "withdrawn"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined idea status."),
    };
}
