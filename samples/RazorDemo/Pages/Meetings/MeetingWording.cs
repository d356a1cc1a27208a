using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Neighbourhoods;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Meetings;

/// <summary>
/// How the pages, the calendar and the iCal file name a meeting and state the charter's rules, in one place: a meeting is
/// titled by its neighbourhood, and the rule that decided an item is written out beside its tally.
/// </summary>
public static class MeetingWording
{
    private const string NeighbourhoodWord = "محله";

    /// <summary>
    /// «نشست محلهٔ شهرک امام», or «نشست محله ۱۵» for a neighbourhood whose name already starts with the word محله (the
    /// generated ones are «محله ۱۵»), never «نشست محلهٔ محله ۱۵»; "Meeting of Neighbourhood 15" in English.
    /// </summary>
    public static string Title(Texts texts, Neighbourhood? neighbourhood)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (neighbourhood is null)
        {
            return texts.T("نشست محله", "Neighbourhood meeting");
        }

        var persian = neighbourhood.Name.Persian.Trim();
        var named = persian.StartsWith(NeighbourhoodWord, StringComparison.Ordinal)
            && (persian.Length == NeighbourhoodWord.Length || persian[NeighbourhoodWord.Length] is ' ' or '\u200C' or 'ٔ' or '\u00A0');
        var name = texts.T(neighbourhood.Name).Trim();
        return named ? texts.T($"نشست {persian}", $"Meeting of {name}") : texts.T($"نشست محلهٔ {persian}", $"Meeting of {name}");
    }

    /// <summary>The majority rule, as a reader checks it against a tally.</summary>
    public static LocalizedText Majority(MajorityRule rule) => rule switch
    {
        MajorityRule.SimpleMajorityOfVotesCast => new("اکثریت ساده: موافقان بیش از مخالفان (ممتنع‌ها شمرده نمی‌شوند؛ برابری یعنی رد)", "simple majority: more for than against (abstentions do not count; a tie fails)"),
        MajorityRule.AbsoluteMajorityOfVotesCast => new("اکثریت مطلق: موافقان بیش از نیمی از همهٔ رأی‌ها، ممتنع‌ها هم", "absolute majority: more than half of all votes cast, abstentions included, are for"),
        MajorityRule.TwoThirdsOfVotesCast => new("دو سوم: دست‌کم دو سوم رأی‌های موافق و مخالف موافق باشند", "two thirds: at least two thirds of the votes for or against are for"),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a defined majority rule."),
    };

    /// <summary>The quorum and the majority the meeting decides by.</summary>
    public static string Rules(Texts texts, MeetingRules rules)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(rules);
        var majority = texts.T(Majority(rules.Majority));
        return texts.T(
            $"حد نصاب: دست‌کم {PersianDigits.Format(rules.MinimumVoters)} رأی‌دهنده و {PersianDigits.Format(rules.QuorumPercentOfAttendees)}٪ حاضران. قاعدهٔ تصویب: {majority}.",
            $"Quorum: at least {rules.MinimumVoters} voters and {rules.QuorumPercentOfAttendees}% of those present. To pass: {majority}.");
    }

    /// <summary>Why an item came out as it did: how many of those present voted, whether that made the quorum, by which rule.</summary>
    public static string Reason(Texts texts, NeighbourhoodDecision decision, MeetingRules rules)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(rules);
        var majority = texts.T(Majority(decision.Majority));
        var quorum = decision.QuorumMet
            ? texts.T("به حد نصاب رسید", "the quorum was met")
            : texts.T($"به حد نصاب (دست‌کم {PersianDigits.Format(rules.MinimumVoters)} رأی و {PersianDigits.Format(rules.QuorumPercentOfAttendees)}٪ حاضران) نرسید", $"short of the quorum (at least {rules.MinimumVoters} votes and {rules.QuorumPercentOfAttendees}% of those present)");
        return texts.T(
            $"{PersianDigits.Format(decision.VotesCast)} رأی از {PersianDigits.Format(decision.Attendees)} حاضر؛ {quorum}؛ {majority}.",
            $"{decision.VotesCast} votes of {decision.Attendees} present; {quorum}; {majority}.");
    }

    /// <summary>The outcome's name.</summary>
    public static LocalizedText Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Passed => new("تصویب شد", "Passed"),
        DecisionOutcome.Rejected => new("رد شد", "Rejected"),
        DecisionOutcome.NoQuorum => new("بدون حد نصاب", "No quorum"),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a defined outcome."),
    };

    /// <summary>The meeting's status's name.</summary>
    public static LocalizedText Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => new("برنامه‌ریزی‌شده", "Scheduled"),
        MeetingStatus.Open => new("در جریان", "In progress"),
        MeetingStatus.Closed => new("پایان‌یافته", "Closed"),
        MeetingStatus.Cancelled => new("لغوشده", "Cancelled"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined status."),
    };

    /// <summary>An agenda item's status's name.</summary>
    public static LocalizedText ItemStatus(AgendaItemStatus status) => status switch
    {
        AgendaItemStatus.Pending => new("در انتظار رأی", "Not yet put to the vote"),
        AgendaItemStatus.Voting => new("در حال رأی‌گیری", "Voting"),
        AgendaItemStatus.Decided => new("تصمیم گرفته شد", "Decided"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a defined status."),
    };

    /// <summary>A vote choice's name.</summary>
    public static LocalizedText Choice(VoteChoice choice) => choice switch
    {
        VoteChoice.For => new("موافق", "For"),
        VoteChoice.Against => new("مخالف", "Against"),
        VoteChoice.Abstain => new("ممتنع", "Abstain"),
        _ => throw new ArgumentOutOfRangeException(nameof(choice), choice, "Not a defined choice."),
    };
}
