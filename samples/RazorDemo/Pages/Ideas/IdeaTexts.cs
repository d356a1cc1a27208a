using Ardalis.Specification;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Ideas;

/// <summary>How the idea pages word what the model records, in the reader's language.</summary>
public static class IdeaTexts
{
    // The model records the charter's own reasons (hidden after reports, review after endorsements) in both
    // languages, «فارسی / English» (IdeaTransition.Reason, IdeaVisibilityChange.Reason).
    private const string LanguageSeparator = " / ";

    /// <summary>
    /// A recorded reason as the reader should see it: the charter's bilingual reasons in the reader's language only;
    /// what a person typed, as they typed it.
    /// </summary>
    public static string Reason(Texts texts, Actor by, string reason)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(reason);
        var separator = reason.IndexOf(LanguageSeparator, StringComparison.Ordinal);
        if (by.Kind != ActorKind.Charter || separator < 0)
        {
            return reason;
        }

        // The library's own sentence (such as the automatic hiding after reports) is recognised, so every language reads it.
        return texts.T(LocalizedText.Recognize(reason[..separator], reason[(separator + LanguageSeparator.Length)..]));
    }

    /// <summary>«۱ حمایت» / "1 endorsement", "2 endorsements".</summary>
    public static string Endorsements(Texts texts, int count) =>
        texts.Count(count, "حمایت", "endorsement", "endorsements");

    /// <summary>What a moderation step did: hidden after reports, shown again, removed.</summary>
    public static LocalizedText VisibilityName(IdeaVisibility visibility) => visibility switch
    {
        IdeaVisibility.Visible => new("دوباره نمایان شد", "Shown again"),
        IdeaVisibility.Hidden => new("پس از گزارش‌ها پنهان شد", "Hidden after reports"),
        IdeaVisibility.Removed => new("برداشته شد", "Removed"),
        _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "Not a defined visibility."),
    };
}

/// <summary>Residents by their identifiers, at most a hundred, for the names an idea's page shows.</summary>
public sealed class ResidentsByIdsSpec : Specification<Resident>
{
    public const int Limit = 100;

    public ResidentsByIdsSpec(IReadOnlyCollection<ResidentId> ids)
    {
        var list = ids.Take(Limit).ToList();
        Query.Where(r => list.Contains(r.Id)).AsNoTracking();
    }
}
