using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Residents;

/// <summary>A band of ages for public figures and open data, so that no one's exact age is published.</summary>
public enum AgeBand
{
    /// <summary>Under 13.</summary>
    Under13 = 1,

    /// <summary>13 to 17.</summary>
    From13To17 = 2,

    /// <summary>18 to 29.</summary>
    From18To29 = 3,

    /// <summary>30 to 44.</summary>
    From30To44 = 4,

    /// <summary>45 to 59.</summary>
    From45To59 = 5,

    /// <summary>60 and over.</summary>
    From60 = 6,
}

/// <summary>Finding and naming <see cref="AgeBand"/>s.</summary>
public static class AgeBands
{
    /// <summary>The band an age falls in.</summary>
    /// <param name="age">The age in whole years; negative ages count as under 13.</param>
    /// <returns>The band.</returns>
    public static AgeBand Of(int age) => age switch
    {
        < 13 => AgeBand.Under13,
        < 18 => AgeBand.From13To17,
        < 30 => AgeBand.From18To29,
        < 45 => AgeBand.From30To44,
        < 60 => AgeBand.From45To59,
        _ => AgeBand.From60,
    };

    /// <summary>The band's name in Persian and English.</summary>
    /// <param name="band">The band.</param>
    /// <returns>Such as «۱۳ تا ۱۷ سال» / "13–17".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is undefined.</exception>
    public static LocalizedText NameOf(AgeBand band) => band switch
    {
        AgeBand.Under13 => LocalizedText.Of("زیر ۱۳ سال", "under 13"),
        AgeBand.From13To17 => LocalizedText.Of("۱۳ تا ۱۷ سال", "13–17"),
        AgeBand.From18To29 => LocalizedText.Of("۱۸ تا ۲۹ سال", "18–29"),
        AgeBand.From30To44 => LocalizedText.Of("۳۰ تا ۴۴ سال", "30–44"),
        AgeBand.From45To59 => LocalizedText.Of("۴۵ تا ۵۹ سال", "45–59"),
        AgeBand.From60 => LocalizedText.Of("۶۰ سال و بیشتر", "60 and over"),
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "Not a defined age band."),
    };
}
