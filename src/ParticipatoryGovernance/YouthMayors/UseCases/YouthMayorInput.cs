using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.YouthMayors.Specifications;

namespace ParticipatoryGovernance.YouthMayors.UseCases;

/// <summary>The youth-mayor acts' shared steps: raw input turned into values or refusals, and the one path of a campaign change.</summary>
internal static class YouthMayorInput
{
    /// <summary>The column length of each language of a stored <see cref="LocalizedText"/> (ValueObjectMapping in the EF package).</summary>
    public const int MaxLocalizedTextLength = 400;

    public static readonly LocalizedText CampaignName = new("نام پویش", "campaign's name");
    public static readonly LocalizedText SessionDate = new("تاریخ جلسهٔ مصاحبه", "interview session's date");
    public static readonly LocalizedText CallOpensOn = new("تاریخ گشایش فراخوان", "call's opening date");
    public static readonly LocalizedText CallClosesOn = new("تاریخ بسته شدن فراخوان", "call's closing date");
    public static readonly LocalizedText PollOpensOn = new("تاریخ گشایش صندوق", "poll's opening date");
    public static readonly LocalizedText PollClosesOn = new("تاریخ بسته شدن صندوق", "poll's closing date");
    public static readonly LocalizedText Stage = new("مرحلهٔ پویش", "campaign stage");
    public static readonly LocalizedText Seat = new("کرسی", "seat");
    public static readonly LocalizedText Application = new("درخواست شهردار نوجوان", "youth-mayor application");
    public static readonly LocalizedText YouthMayor = new("شهردار نوجوان", "youth mayor");
    public static readonly LocalizedText NeighbourhoodMayor = new("شهردار محله", "neighbourhood mayor");
    public static readonly LocalizedText Interview = new("مصاحبه", "interview");
    public static readonly LocalizedText Score = new("امتیاز مصاحبه", "interview score");
    public static readonly LocalizedText Notes = new("یادداشت مصاحبه", "interview notes");
    public static readonly LocalizedText GuardianRelationship = new("نسبت ولی", "guardian's relationship");
    public static readonly LocalizedText ConsentGivenOn = new("تاریخ رضایت ولی", "date of the guardian's consent");

    /// <summary>
    /// A guardian's consent from its raw parts: none when every part is empty (the aggregate asks for one when the person
    /// is a minor), otherwise every part checked.
    /// </summary>
    public static Result<GuardianConsent?> Consent(string? givenName, string? familyName, GuardianRelationship? relationship, LocalDate? givenOn, LocalDate today)
    {
        if (string.IsNullOrWhiteSpace(givenName) && string.IsNullOrWhiteSpace(familyName) && relationship is null && givenOn is null)
        {
            return Result.Success<GuardianConsent?>(null);
        }

        // The guardian's name follows PersonName's own rules (one line each, lengths, readable text).
        var name = PersonName.Create(givenName, familyName);
        RuleViolation[] refusals =
        [
            .. name.Violations,
            .. HandlerSteps.Refusals(
                relationship is { } r && Enum.IsDefined(r) ? null : UseCaseRules.Unknown(GuardianRelationship),
                givenOn is { } date ? UseCaseRules.CheckDate(date, today, ConsentGivenOn) : UserText.Check(null, MaxLocalizedTextLength, ConsentGivenOn)),
        ];
        return refusals.Length > 0
            ? Result.Failure<GuardianConsent?>(refusals)
            : Result.Success<GuardianConsent?>(new GuardianConsent(name.Value, relationship!.Value, givenOn!.Value));
    }

    /// <summary>
    /// A session date that is no Solar Hijri date between 1 Farvardin 1300 and today: most often a Gregorian date typed
    /// where the Solar Hijri one belongs, which reads as a year centuries ahead.
    /// </summary>
    public static RuleViolation SessionDateOutside(LocalDate heldOn, LocalDate today)
    {
        var earliest = PersianDates.FromSolarHijri(DateInput.EarliestSolarHijriYear, 1, 1);
        return RuleViolation.Of(
            UseCaseRules.DateOutOfRange,
            $"{PersianDates.Format(heldOn)} تاریخ خورشیدی یک جلسهٔ مصاحبه نیست: تاریخ جلسه باید از {PersianDates.Format(earliest)} تا امروز ({PersianDates.Format(today)}) باشد. تاریخ جلسه را به خورشیدی بنویسید، مانند {PersianDates.Format(today)}؛ تاریخ میلادی پذیرفته نمی‌شود.",
            $"{PersianDates.FormatNumericLatin(heldOn)} is not the Solar Hijri date of an interview session: a session is dated from {earliest} to today ({PersianDates.FormatNumericLatin(today)}). Write the session's Solar Hijri date, such as {PersianDates.FormatNumericLatin(today)}; a Gregorian date is not accepted.");
    }

    /// <summary>The seat's gender, or a refusal for a value that is not one.</summary>
    public static RuleViolation? CheckSeat(Gender seat) =>
        seat is Gender.Male or Gender.Female ? null : UseCaseRules.Unknown(Seat);

    /// <summary>
    /// The one path every change to a stored campaign takes: the municipality, the refusals of the raw input, then the
    /// retried change of a campaign of that municipality (another city's campaign is "not found").
    /// </summary>
    public static async Task<Result<Changed>> ChangeAsync(
        IGovernanceStore store,
        MunicipalityId municipalityId,
        YouthMayorCampaignId campaignId,
        IEnumerable<RuleViolation?> inputRefusals,
        Func<YouthMayorCampaign, Result> change,
        CancellationToken cancellationToken)
    {
        var municipality = await store.MunicipalityAsync(municipalityId, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var refusals = inputRefusals.OfType<RuleViolation>().ToArray();
        if (refusals.Length > 0)
        {
            return Result.Failure<Changed>(refusals);
        }

        var stored = await store.ChangeAsync(
            new YouthMayorCampaignByIdSpec(campaignId),
            HandlerSteps.Within<YouthMayorCampaign>(c => c.MunicipalityId, municipalityId, UseCaseRules.Things.Campaign, change),
            cancellationToken);
        return stored.Done();
    }

    /// <summary>The campaign's application, or "not found" (the aggregate throws for an application it does not have).</summary>
    public static Result Having(YouthMayorCampaign campaign, YouthMayorApplicationId application, Func<Result> change) =>
        campaign.Applications.Any(a => a.Id == application) ? change() : Result.Failure(UseCaseRules.Missing(Application));
}
