using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Workload;

/// <summary>
/// Common Persian given and family names, combined pseudo-randomly into fictional people. No combination is meant to
/// name a real person; the report's officials appear only by role.
/// </summary>
public static class PersianNames
{
    private static readonly string[] Male =
    [
        "محمد", "علی", "حسین", "رضا", "مهدی", "امیر", "حسن", "محمدرضا", "علیرضا", "سعید",
        "احمد", "مصطفی", "مجید", "جواد", "حمید", "عباس", "مرتضی", "ابوالفضل", "امیرحسین", "محسن",
        "محمدحسین", "سجاد", "هادی", "کاظم", "یوسف", "ابراهیم", "اسماعیل", "میلاد", "پویا", "آرش",
        "بهنام", "امید", "وحید", "فرهاد", "نادر", "داوود", "کریم", "جعفر", "صادق", "باقر",
        "ناصر", "منصور", "مسعود", "حامد", "یاسر", "عرفان", "آرین", "محمدمهدی", "امیرعلی", "طاها",
        "یاسین", "سینا", "پارسا", "رامین", "کیان", "بهزاد", "شهاب", "ماهان", "نیما", "سهیل",
    ];

    private static readonly string[] Female =
    [
        "فاطمه", "زهرا", "مریم", "معصومه", "زینب", "سمیه", "لیلا", "نرگس", "اعظم", "طاهره",
        "سکینه", "رقیه", "مهدیه", "الهام", "سارا", "نازنین", "ریحانه", "هانیه", "کوثر", "فرشته",
        "مینا", "نسرین", "شیرین", "پروین", "ژیلا", "آزاده", "محدثه", "حدیث", "یاسمن", "الهه",
        "سمانه", "نجمه", "راضیه", "مرضیه", "منیره", "صدیقه", "اکرم", "زهره", "شهلا", "مهسا",
        "نیلوفر", "پریسا", "ملیکا", "فائزه", "عاطفه", "نگار", "ساناز", "رویا", "مهناز", "فرزانه",
        "بهاره", "طیبه", "حمیده", "نفیسه", "آیدا", "هستی", "باران", "ستایش", "یگانه", "حنانه",
    ];

    private static readonly string[] Family =
    [
        "احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "کاظمی", "رحیمی", "صادقی",
        "حیدری", "قاسمی", "ابراهیمی", "اکبری", "نوری", "باقری", "عباسی", "هاشمی", "امینی", "زارعی",
        "یوسفی", "مرادی", "نجفی", "سلیمانی", "طاهری", "رستمی", "شریفی", "عزیزی", "فتحی", "قربانی",
        "میرزایی", "کرمانی", "نظری", "خسروی", "فرهادی", "اسدی", "بهرامی", "سبحانی", "توکلی", "جلالی",
        "دهقان", "زمانی", "شجاعی", "صفری", "عسگری", "غلامی", "فلاحی", "مهدوی", "نصیری", "وحیدی",
        "ایرانمنش", "پورمحمدی", "میرحسینی", "حسن‌زاده", "علی‌آبادی", "شاه‌حسینی", "وزیری", "سیدی", "اسماعیلی", "پاریزی",
        "رفیعی", "دانشور", "انصاری", "بیگی", "تقوی", "ثابتی", "جمالی", "چراغی", "خلیلی", "دلاوری",
        "ذاکری", "راستی", "سالاری", "شفیعی", "صالحی", "ضیایی", "طالبی", "ظهیری", "عرب", "فاضلی",
        "قنبری", "کامرانی", "گودرزی", "لطفی", "مختاری", "نادری", "همتی", "یزدانی", "افشار", "برزگر",
        "پاکزاد", "تهرانی", "جهانگیری", "حکیمی", "خدابخشی", "درویشی", "رنجبر", "زندی", "ساعدی", "شکوهی",
        "صدری", "عطایی", "فرجی", "قادری", "کاوه", "مالکی", "نیک‌نام", "هدایتی", "یگانه", "امیری",
        "بابایی", "پناهی", "ترابی", "جوادی", "حاجی‌زاده", "خرمی", "دهقانی", "رحمانی", "زمانی‌نژاد", "سجادی",
        "شیرازی", "صمدی", "عبدی", "فیروزی", "قدیری", "کریمیان", "محمودی", "نعمتی", "وکیلی", "یاوری",
        "اصغری", "بهشتی", "پیری", "تاجیک", "جلیلی", "حیدریان", "خانی", "دوستی", "رسولی", "زرندی",
        "سعیدی", "شهابی", "صفایی", "عمرانی", "فخاری", "قوامی", "کیانی", "مظفری", "نوروزی", "هاشم‌زاده",
    ];

    /// <summary>Sixty common men's given names.</summary>
    public static IReadOnlyList<string> MaleGivenNames => Male;

    /// <summary>Sixty common women's given names.</summary>
    public static IReadOnlyList<string> FemaleGivenNames => Female;

    /// <summary>A hundred and fifty common family names.</summary>
    public static IReadOnlyList<string> FamilyNames => Family;

    /// <summary>The given names for the gender.</summary>
    public static IReadOnlyList<string> GivenNamesFor(Gender gender) => gender == Gender.Female ? Female : Male;

    internal static PersonName Person(SeededRandom random, Gender gender) =>
        new(random.Pick(GivenNamesFor(gender)), random.Pick(Family));

    internal static PersonName Relative(SeededRandom random, Gender gender, PersonName of) =>
        new(random.Pick(GivenNamesFor(gender)), of.FamilyName);
}
