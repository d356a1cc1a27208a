using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Concurrency;

/// <summary>The rule identifiers of the failures that storage, not the model, reports.</summary>
public static class PersistenceRules
{
    /// <summary>
    /// <c>persistence.concurrency-conflict</c>: other writers kept changing the aggregate, and the change was still not
    /// stored after every attempt allowed.
    /// </summary>
    public const string ConcurrencyConflict = "persistence.concurrency-conflict";

    /// <summary><c>persistence.not-found</c>: the aggregate to change does not exist (or no longer exists).</summary>
    public const string NotFound = "persistence.not-found";

    /// <summary>A new record would repeat one already stored (the same key, or a value only one record may hold).</summary>
    public const string Duplicate = "persistence.duplicate";

    internal static RuleViolation Duplicated(string aggregateType) => RuleViolation.Of(
        Duplicate,
        $"این {PersianName(aggregateType)} پیش‌تر ثبت شده است؛ صفحه را دوباره باز کنید تا آن را ببینید.",
        $"This {EnglishName(aggregateType)} is already recorded; reload to see it.");

    internal static RuleViolation ConflictAfter(string aggregateType, int attempts) => RuleViolation.Of(
        ConcurrencyConflict,
        $"این {PersianName(aggregateType)} هم‌زمان به دست دیگران تغییر کرد و تغییر شما پس از {PersianDigits.Format(attempts)} بار تلاش ذخیره نشد؛ دوباره بارگذاری و تلاش کنید.",
        $"Others changed this {EnglishName(aggregateType)} at the same time, and your change was not saved after {attempts} attempts; load it again and retry.");

    internal static RuleViolation Missing(string aggregateType) => RuleViolation.Of(
        NotFound,
        $"این {PersianName(aggregateType)} پیدا نشد؛ شاید حذف شده باشد.",
        $"The {EnglishName(aggregateType)} was not found; it may have been removed.");

    private static string PersianName(string aggregateType) => aggregateType switch
    {
        "Municipality" => "شهرداری",
        "Neighbourhood" => "محله",
        "Resident" => "شهروند",
        "NeighbourhoodMeeting" => "جلسهٔ محله",
        "Council" => "شورا",
        "CitizenIdea" => "ایده",
        "YouthMayorCampaign" => "پویش شهردار نوجوان",
        "YouthMayorElection" => "انتخابات شهردار نوجوان",
        "BudgetingRound" => "دور بودجهٔ مشارکتی",
        _ => "رکورد",
    };

    private static string EnglishName(string aggregateType) => aggregateType switch
    {
        "NeighbourhoodMeeting" => "neighbourhood meeting",
        "CitizenIdea" => "citizen idea",
        "YouthMayorCampaign" => "youth-mayor campaign",
        "YouthMayorElection" => "youth-mayor election",
        "BudgetingRound" => "budgeting round",
        _ => aggregateType.ToLowerInvariant(),
    };
}
