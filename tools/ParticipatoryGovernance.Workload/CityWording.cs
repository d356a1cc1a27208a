using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Workload;

/// <summary>The words residents and officials write into the generated records: idea titles, answers, agendas, minutes.</summary>
internal static class CityWording
{
    private static readonly Dictionary<string, string[]> IdeasByField = new(StringComparer.OrdinalIgnoreCase)
    {
        ["environment"] =
        [
            "کاشت درخت و ایجاد کمربند سبز در {0}", "راه‌اندازی ایستگاه تفکیک پسماند در {0}", "آبیاری قطره‌ای فضای سبز {0}",
            "پاک‌سازی جوی‌ها و نهرهای {0}", "باغچهٔ محله‌ای با مشارکت ساکنان {0}", "کاهش گردوغبار با پوشش گیاهی در {0}",
        ],
        ["traffic"] =
        [
            "نصب سرعت‌گیر در کوچه‌های {0}", "خط‌کشی عابر پیاده نزدیک مدرسه‌های {0}", "ایستگاه دوچرخهٔ اشتراکی در {0}",
            "ساماندهی پارک حاشیه‌ای در {0}", "مسیر امن پیاده‌روی دانش‌آموزان در {0}", "ایستگاه اتوبوس سرپوشیده در {0}",
        ],
        ["culture"] =
        [
            "کتابخانهٔ کوچک در مسجدهای {0}", "شب‌های شعر و قصه‌گویی برای کودکان {0}", "نقاشی دیواری با موضوع تاریخ شهر در {0}",
            "جشنوارهٔ پسته و صنایع دستی در {0}", "کلاس خوشنویسی رایگان در {0}", "سینمای سیار تابستانی در {0}",
        ],
        ["sport"] =
        [
            "زمین بازی کوچک برای نوجوانان {0}", "وسایل ورزشی در پارک‌های {0}", "پیاده‌روی صبحگاهی جمعه‌ها در {0}",
            "مسابقات فوتبال محله‌ای در {0}", "سالن ورزش بانوان در {0}", "مسیر دوچرخه‌سواری خانوادگی در {0}",
        ],
        ["health"] =
        [
            "ایستگاه سنجش فشار خون سالمندان در {0}", "کارگاه تغذیهٔ سالم برای مادران {0}", "سمپاشی و مبارزه با حشرات در {0}",
            "آموزش کمک‌های اولیه به ساکنان {0}", "دستگاه آب سردکن عمومی در {0}", "پایگاه اهدای خون موقت در {0}",
        ],
        ["social-affairs"] =
        [
            "صندوق قرض‌الحسنهٔ محله‌ای در {0}", "شبکهٔ همسایگان برای کمک به سالمندان {0}", "بازارچهٔ مشاغل خانگی زنان {0}",
            "کلاس مهارت‌آموزی برای جوانان بیکار {0}", "جمع‌آوری لباس و لوازم برای خانواده‌های نیازمند {0}", "مشاورهٔ رایگان خانواده در {0}",
        ],
        ["urban-services"] =
        [
            "روشنایی کوچه‌های تاریک {0}", "ترمیم آسفالت خیابان‌های {0}", "نیمکت و سایه‌بان در پارک‌های {0}",
            "سرویس بهداشتی عمومی در {0}", "ساماندهی سطل‌های زباله در {0}", "رمپ ویلچر در پیاده‌روهای {0}",
        ],
        ["media"] =
        [
            "کانال خبری محله برای {0}", "تابلوی اعلانات هوشمند در {0}", "خبرنامهٔ ماهانهٔ {0}",
            "آموزش سواد رسانه‌ای به نوجوانان {0}", "مستندسازی خاطرات قدیمی‌های {0}", "رادیوی محله‌ای برای {0}",
        ],
    };

    private static readonly string[] GenericIdeas =
    [
        "طرحی برای {1} در {0}", "بهبود {1} در {0}", "پیشنهاد ساکنان دربارهٔ {1} در {0}",
    ];

    private static readonly string[] Descriptions =
    [
        "ساکنان بارها این نیاز را در جلسه‌های محله مطرح کرده‌اند و حاضرند در اجرای آن کمک کنند.",
        "این طرح با هزینهٔ کم و با کمک داوطلبان محله اجراشدنی است.",
        "پیشنهاد می‌کنم شهرداری با همکاری مسجد و شورای محله این طرح را آزمایشی اجرا کند.",
        "نمونهٔ این طرح در شهرهای دیگر نتیجهٔ خوبی داشته است.",
        "کودکان و سالمندان بیش از همه از این طرح سود می‌برند.",
    ];

    private static readonly string[] ReviewNotes =
    [
        "ایده برای بررسی کارشناسی به معاونت مربوط فرستاده شد.", "بررسی امکان‌سنجی آغاز شد.", "کارشناس محله از محل بازدید می‌کند.",
    ];

    private static readonly string[] Acceptances =
    [
        "ایده پذیرفته شد و در برنامهٔ امسال شهرداری گنجانده می‌شود.", "با اجرای این ایده با مشارکت ساکنان موافقت شد.",
        "ایده پذیرفته شد؛ هزینهٔ آن از بودجهٔ محله‌محوری تأمین می‌شود.",
    ];

    private static readonly string[] Rejections =
    [
        "این ایده با طرح تفصیلی شهر هم‌خوانی ندارد.", "بودجهٔ امسال اجازهٔ اجرای این ایده را نمی‌دهد.",
        "اجرای این کار در حوزهٔ اختیارات شهرداری نیست و به دستگاه مربوط ارجاع شد.", "طرحی مشابه پیش‌تر در همین محل اجرا شده است.",
        "ساکنان مجاور با اجرای آن موافق نبودند.",
    ];

    private static readonly string[] Starts =
    [
        "پیمانکار تعیین شد و کار آغاز شد.", "اجرا با همکاری داوطلبان محله آغاز شد.", "اعتبار اختصاص یافت و عملیات اجرایی شروع شد.",
    ];

    private static readonly string[] Milestones =
    [
        "تجهیزات خریداری شد.", "نیمی از کار انجام شد.", "مرحلهٔ نخست اجرا پایان یافت.", "کار در محل ادامه دارد.", "بازدید میانی انجام شد.",
    ];

    private static readonly string[] Completions =
    [
        "اجرای ایده پایان یافت و به بهره‌برداری رسید.", "طرح با حضور ساکنان افتتاح شد.", "کار تمام شد و تحویل محله شد.",
    ];

    private static readonly string[] Withdrawals =
    [
        "با خود ساکنان هماهنگ کردیم و نیازی به پیگیری نیست.", "ایدهٔ کامل‌تری ثبت خواهم کرد.", "شرایط تغییر کرده است.",
    ];

    private static readonly string[] ReportReasons =
    [
        "محتوای نامناسب دارد.", "تکراری است.", "تبلیغاتی است.", "اطلاعات شخصی دیگران در آن آمده است.",
    ];

    private static readonly string[] AgendaItems =
    [
        "بهسازی پیاده‌روهای محله", "زمان جمع‌آوری پسماند", "فضای بازی کودکان در پارک محله", "روشنایی کوچه‌ها",
        "برنامهٔ جشن نیمهٔ شعبان", "ساماندهی دست‌فروشان", "اولویت‌های بودجهٔ محله‌محوری", "طرح ترافیکی اطراف مدرسه",
        "کلاس‌های تابستانی نوجوانان", "کاشت درخت در حاشیهٔ خیابان", "ایستگاه تفکیک پسماند", "برنامهٔ پیاده‌روی خانوادگی",
        "تعمیر سقف مسجد با کمک ساکنان", "راه‌اندازی صندوق قرض‌الحسنه", "نصب دوربین در معابر", "ساعت کار سرای محله",
    ];

    private static readonly string[] Cancellations =
    [
        "به دلیل هم‌زمانی با مراسم عزاداری به هفتهٔ بعد موکول شد.", "به دلیل قطعی برق محله برگزار نشد.",
        "به دلیل تعمیرات مسجد لغو شد.", "با نرسیدن گزارش کارشناسان به جلسهٔ بعد موکول شد.",
    ];

    private static readonly string[] InterviewNotes =
    [
        "پاسخ‌های روشن و آشنایی خوب با مسائل محله.", "ایده‌های تازه برای نوجوانان محله.", "روحیهٔ کار گروهی بالا.",
        "نیاز به آموزش بیشتر در کار رسانه‌ای.", "شناخت خوب از فضای سبز و پسماند محله.", "اعتمادبه‌نفس و بیان خوب.",
    ];

    public static string IdeaTitle(SeededRandom random, UrbanField field, string place)
    {
        var title = IdeasByField.TryGetValue(field.Key, out var titles)
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, random.Pick(titles), place)
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, random.Pick(GenericIdeas), place, field.Name.Persian);
        return title;
    }

    public static string IdeaDescription(SeededRandom random) => random.Pick(Descriptions);

    public static string ReviewNote(SeededRandom random) => random.Pick(ReviewNotes);

    public static string Acceptance(SeededRandom random) => random.Pick(Acceptances);

    public static string Rejection(SeededRandom random) => random.Pick(Rejections);

    public static string ImplementationStart(SeededRandom random) => random.Pick(Starts);

    public static string Milestone(SeededRandom random) => random.Pick(Milestones);

    public static string Completion(SeededRandom random) => random.Pick(Completions);

    public static string Withdrawal(SeededRandom random) => random.Pick(Withdrawals);

    public static string ReportReason(SeededRandom random) => random.Pick(ReportReasons);

    public static string Cancellation(SeededRandom random) => random.Pick(Cancellations);

    public static string InterviewNote(SeededRandom random) => random.Pick(InterviewNotes);

    /// <summary>Distinct agenda titles for one meeting.</summary>
    public static List<string> Agenda(SeededRandom random, int items)
    {
        var titles = AgendaItems.ToList();
        random.Shuffle(titles);
        var agenda = new List<string>(items);
        for (var i = 0; i < items; i++)
        {
            // A long agenda repeats a topic as a follow-up rather than failing.
            agenda.Add(i < titles.Count ? titles[i] : $"{titles[i % titles.Count]} (پیگیری {PersianDigits.Format((i / titles.Count) + 1)})");
        }

        return agenda;
    }

    public static string Minutes(string neighbourhood, string place, int items, int attendees, int passed) =>
        $"نشست ساکنان {neighbourhood} در {place} با حضور {PersianDigits.Format(attendees)} نفر برگزار شد؛ "
        + $"{PersianDigits.Format(items)} بند بررسی و {PersianDigits.Format(passed)} بند تصویب شد.";
}
