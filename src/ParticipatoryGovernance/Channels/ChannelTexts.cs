using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Channels;

/// <summary>The rule ids of the phone channels' own refusals: input a phone menu or message could not read.</summary>
public static class ChannelRuleIds
{
    /// <summary>A number that is no project of the round.</summary>
    public const string NoSuchProject = "channels.no-such-project";

    /// <summary>A number that is no idea of the city (or one residents may not see).</summary>
    public const string NoSuchIdea = "channels.no-such-idea";

    /// <summary>Input that is not one of the screen's choices.</summary>
    public const string NotAChoice = "channels.not-a-choice";

    /// <summary>A message whose words are not numbers where numbers were expected.</summary>
    public const string NotNumbers = "channels.not-numbers";

    /// <summary>No round is open for the resident.</summary>
    public const string NoOpenRound = "channels.no-open-round";

    /// <summary>A round whose ballots give points: the phone channels take approval ballots only.</summary>
    public const string PointsRound = "channels.points-round";
}

/// <summary>The phone channels' texts, in Persian and English.</summary>
internal static class ChannelTexts
{
    public static readonly LocalizedText MainTitle = new("مشارکت:", "City participation");
    public static readonly LocalizedText MainRounds = new("بودجه‌ریزی مشارکتی", "Budget votes");
    public static readonly LocalizedText MainEndorse = new("حمایت از ایده", "Endorse an idea");
    public static readonly LocalizedText MainStatus = new("وضعیت ایده", "Idea status");
    public static readonly LocalizedText MainLanguage = new("English", "Farsi");
    public static readonly LocalizedText Exit = new("خروج", "Exit");
    public static readonly LocalizedText Back = new("بازگشت", "Back");
    public static readonly LocalizedText More = new("بیشتر", "More");
    public static readonly LocalizedText Review = new("بازبینی", "Review");
    public static readonly LocalizedText Confirm = new("تأیید", "Confirm");
    public static readonly LocalizedText Change = new("تغییر", "Change");
    public static readonly LocalizedText Cancel = new("لغو", "Cancel");
    public static readonly LocalizedText Endorse = new("حمایت", "Endorse");
    public static readonly LocalizedText Goodbye = new("خدانگهدار.", "Goodbye.");
    public static readonly LocalizedText ChooseRound = new("دور را برگزینید:", "Choose a round:");
    public static readonly LocalizedText IdeaNumberPrompt = new("شمارهٔ ایده را بفرستید:", "Send the idea's number:");
    public static readonly LocalizedText TimedOut = new("نشست پایان یافته بود؛ از نو:", "Your session had ended; again:");
    public static readonly LocalizedText Voted = new("برگهٔ شما ثبت شد؛ تا پایان رأی‌گیری می‌توانید آن را تغییر دهید.", "Your ballot is recorded; you can change it until voting closes.");
    public static readonly LocalizedText Endorsed = new("حمایت شما ثبت شد.", "Your endorsement is recorded.");
    public static readonly LocalizedText BadSession = new("درخواست درگاه خوانا نیست.", "The gateway's request could not be read.");

    public static RuleViolation NotAChoice() => RuleViolation.Of(ChannelRuleIds.NotAChoice, "گزینهٔ نادرست.", "Not a choice.");

    public static RuleViolation NoSuchProject(int number) => RuleViolation.Of(
        ChannelRuleIds.NoSuchProject,
        $"طرح {PersianDigits.Format(number)} در این دور نیست.",
        $"There is no project {number} in this round.");

    public static RuleViolation NoSuchIdea(int number) => RuleViolation.Of(
        ChannelRuleIds.NoSuchIdea,
        $"ایده‌ای با شمارهٔ {PersianDigits.Format(number)} نیست.",
        $"There is no idea number {number}.");

    public static RuleViolation NotNumbers() => RuleViolation.Of(
        ChannelRuleIds.NotNumbers,
        "پس از کلیدواژه فقط شماره بنویسید.",
        "Write only numbers after the keyword.");

    public static RuleViolation NoOpenRound() => RuleViolation.Of(
        ChannelRuleIds.NoOpenRound,
        "اکنون دور رأی‌گیری بازی برای شما نیست.",
        "No budget vote is open for you now.");

    public static RuleViolation PointsRound() => RuleViolation.Of(
        ChannelRuleIds.PointsRound,
        "این دور امتیازی است؛ در سایت رأی دهید.",
        "This round takes points; vote on the site.");

    public static string Status(NumberedIdea found, string language)
    {
        var idea = found.Idea;
        var status = Ideas.IdeaStatuses.NameOf(idea.Status).In(language);
        return language == "fa"
            ? $"ایدهٔ {PersianDigits.Format(found.Number)}: {status}، {PersianDigits.Format(idea.Endorsements.Count)} حمایت. {idea.Title}"
            : $"Idea {found.Number}: {status}, {idea.Endorsements.Count} endorsements. {idea.Title}";
    }
}
