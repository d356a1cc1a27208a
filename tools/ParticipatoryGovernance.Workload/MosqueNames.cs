using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Workload;

/// <summary>Names Iranian neighbourhood mosques commonly carry, in Persian and English.</summary>
public static class MosqueNames
{
    private static readonly (string Persian, string English)[] Names =
    [
        ("امام حسین", "Imam Hossein"), ("امام رضا", "Imam Reza"), ("امام علی", "Imam Ali"), ("جامع", "Jameh"),
        ("الزهرا", "Al-Zahra"), ("حضرت ابوالفضل", "Hazrat Abolfazl"), ("امام صادق", "Imam Sadegh"), ("امام حسن مجتبی", "Imam Hassan Mojtaba"),
        ("امام سجاد", "Imam Sajjad"), ("امام باقر", "Imam Bagher"), ("امام کاظم", "Imam Kazem"), ("امام جواد", "Imam Javad"),
        ("امام هادی", "Imam Hadi"), ("امام حسن عسکری", "Imam Hassan Askari"), ("صاحب‌الزمان", "Saheb al-Zaman"), ("المهدی", "Al-Mahdi"),
        ("حضرت فاطمه", "Hazrat Fatemeh"), ("حضرت زینب", "Hazrat Zeynab"), ("حضرت معصومه", "Hazrat Masoumeh"), ("حضرت رقیه", "Hazrat Roghayeh"),
        ("حضرت علی‌اکبر", "Hazrat Ali-Akbar"), ("حضرت قاسم", "Hazrat Ghasem"), ("سیدالشهدا", "Seyyed al-Shohada"), ("ولیعصر", "Vali-e-Asr"),
        ("بقیةالله", "Baqiyatollah"), ("النبی", "Al-Nabi"), ("رسول اکرم", "Rasoul-e Akram"), ("محمدیه", "Mohammadiyeh"),
        ("فاطمیه", "Fatemiyeh"), ("الرضا", "Al-Reza"), ("شهدا", "Shohada"), ("انصارالحسین", "Ansar al-Hossein"),
        ("ابوذر", "Abouzar"), ("سلمان فارسی", "Salman-e Farsi"), ("مالک اشتر", "Malek-e Ashtar"), ("امیرالمؤمنین", "Amir al-Momenin"),
        ("قبا", "Ghoba"), ("الغدیر", "Al-Ghadir"), ("مهدیه", "Mahdiyeh"), ("حضرت ابراهیم", "Hazrat Ebrahim"),
        ("موسی بن جعفر", "Mousa ibn Jafar"), ("نور", "Nour"), ("توحید", "Towhid"), ("الهادی", "Al-Hadi"),
        ("الجواد", "Al-Javad"), ("اهل‌بیت", "Ahl al-Bayt"), ("چهارده معصوم", "Chahardah Masoum"), ("ثارالله", "Sarallah"),
        ("بلال", "Bilal"), ("میثم تمار", "Meysam-e Tammar"), ("حجت", "Hojjat"), ("قائم", "Ghaem"),
        ("امام زمان", "Imam Zaman"), ("حضرت خدیجه", "Hazrat Khadijeh"), ("جعفریه", "Jafariyeh"), ("امام خمینی", "Imam Khomeini"),
    ];

    /// <summary>How many distinct names there are; a bigger city repeats them with the neighbourhood's number.</summary>
    public static int Count => Names.Length;

    /// <summary>
    /// The mosque name at <paramref name="index"/>, e.g. «مسجد امام حسین» / "Imam Hossein Mosque". From the second round
    /// of the list on, the neighbourhood's number tells namesakes apart.
    /// </summary>
    public static LocalizedText Of(int index, int neighbourhoodNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var (persian, english) = Names[index % Names.Length];
        return index < Names.Length
            ? new LocalizedText($"مسجد {persian}", $"{english} Mosque")
            : new LocalizedText($"مسجد {persian} (محله {PersianDigits.Format(neighbourhoodNumber)})", $"{english} Mosque (Neighbourhood {neighbourhoodNumber})");
    }
}
