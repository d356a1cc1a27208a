using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Ideas;

namespace ParticipatoryGovernance.Municipalities;

/// <summary>
/// The rules a municipality adopts when it runs the model: council sizes and terms, whether it has women's councils,
/// the youth cohort and age window, youth team size and urban fields, how youth mayors are chosen, and languages.
/// </summary>
/// <remarks>
/// <para>
/// An immutable value: change a setting with a <c>with</c> expression, then call <see cref="Validate"/> (or pass the
/// charter to <see cref="Municipality.Create"/>, which validates it). The defaults are Rafsanjan's settings; see
/// <see cref="RafsanjanPreset"/>.
/// </para>
/// <para>Thread-safe. Two charters are equal when every setting is equal, lists compared item by item.</para>
/// </remarks>
public sealed record GovernanceCharter
{
    /// <summary>
    /// The languages the library ships texts for: Persian (<c>fa</c>) and English (<c>en</c>), the base languages every
    /// <see cref="LocalizedText"/> holds, then Central Kurdish (<c>ckb</c>), South Azerbaijani (<c>azb</c>) and Arabic
    /// (<c>ar</c>), whose rule messages and explanations come from the library's catalogs and whose dates and digits
    /// come from <see cref="SolarHijriLanguage"/>. A charter's <see cref="Languages"/> may list other well-formed
    /// language tags too; texts in those fall back through <see cref="FallbackFor"/>.
    /// </summary>
    public static IReadOnlyList<string> SupportedLanguages { get; } = ["fa", "en", "ckb", "azb", "ar"];

    /// <summary>Seats on each neighbourhood council. Default 7 (Rafsanjan: 350 members in 50 councils). Allowed 3–51.</summary>
    public int CouncilSeats { get; init; } = 7;

    /// <summary>
    /// The length of a council term in years. Default 4 (the report does not give Rafsanjan's; four years matches Iran's
    /// elected city councils). Allowed 1–10.
    /// </summary>
    public int CouncilTermYears { get; init; } = 4;

    /// <summary>
    /// Whether new council members must come from the neighbourhood's active citizens (phase 3: councils are formed
    /// from the active citizens phase 2 identifies). Default <see langword="true"/>.
    /// </summary>
    public bool CouncilMembersFromActiveCitizens { get; init; } = true;

    /// <summary>How agenda items at neighbourhood meetings are decided: quorum and majority.</summary>
    public MeetingRules Meetings { get; init; } = new();

    /// <summary>Who counts as an active citizen of a neighbourhood.</summary>
    public ActiveCitizenRules ActiveCitizens { get; init; } = new();

    /// <summary>Whether each neighbourhood may have a women's council (شورای بانوان). Default <see langword="true"/>.</summary>
    public bool HasWomensCouncils { get; init; } = true;

    /// <summary>Seats on each women's council. Default 7. Allowed 3–51; ignored when <see cref="HasWomensCouncils"/> is false.</summary>
    public int WomensCouncilSeats { get; init; } = 7;

    /// <summary>The birth cohort called on to become youth mayors. Default the 1380s (دهه هشتادی).</summary>
    public BirthCohort YouthCohort { get; init; } = new(1380);

    /// <summary>The ages, on the day the call opens, at which a youth may apply. Default 12–23. Allowed within 6–29.</summary>
    public AgeWindow YouthAgeWindow { get; init; } = new(12, 23);

    /// <summary>The age from which no guardian's consent is needed. Default 18. Allowed 15–21.</summary>
    public int AgeOfMajority { get; init; } = 18;

    /// <summary>Boy youth mayors chosen per neighbourhood. Default 1. Allowed 0–10, with at least one youth mayor in all.</summary>
    public int BoyYouthMayorsPerNeighbourhood { get; init; } = 1;

    /// <summary>Girl youth mayors chosen per neighbourhood. Default 1. Allowed 0–10, with at least one youth mayor in all.</summary>
    public int GirlYouthMayorsPerNeighbourhood { get; init; } = 1;

    /// <summary>Members of each youth mayor's team. Default 9. Allowed 1–30.</summary>
    public int YouthTeamSize { get; init; } = 9;

    /// <summary>The urban fields that youth team members and citizen ideas are assigned to. Default Rafsanjan's eight.</summary>
    public IReadOnlyList<UrbanField> UrbanFields { get; init; } = RafsanjanPreset.UrbanFields;

    /// <summary>How youth mayors are chosen. Default interview by the neighbourhood mayor.</summary>
    public YouthMayorSelection YouthMayorSelection { get; init; } = YouthMayorSelection.InterviewByNeighbourhoodMayor;

    /// <summary>The rules for citizen ideas: support threshold and window, reports that hide an idea. Default <see cref="IdeaRules"/>' defaults. Never null.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IdeaRules Ideas { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = new();

    /// <summary>The rules for comments: how long an author may edit one. Default <see cref="Comments.CommentRules"/>' defaults. Never null.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public Comments.CommentRules Comments { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = new();

    /// <summary>Who votes in budgeting rounds and how many projects a ballot approves. Default <see cref="Budgeting.BudgetingRules"/>' defaults. Never null.</summary>
    public Budgeting.BudgetingRules Budgeting { get; init => field = value ?? throw new ArgumentNullException(nameof(value)); } = new();

    /// <summary>Where youth team members live and who votes in youth-mayor elections. Default Rafsanjan's <see cref="ParticipatoryGovernance.YouthMayors.YouthMayorRules"/>.</summary>
    public YouthMayors.YouthMayorRules YouthMayors { get; init; } = new();

    /// <summary>
    /// The languages the municipality serves, as well-formed lowercase BCP 47 tags (see
    /// <see cref="LocalizedText.IsLanguageTag"/>) such as <c>fa</c>, <c>en</c>, <c>ckb</c>, <c>azb</c> or <c>ar</c>,
    /// in the city's fallback order: a text missing in a reader's language is shown in the first of these it has
    /// (see <see cref="FallbackFor"/>). No duplicates. Default Persian and English.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = ["fa", "en"];

    /// <summary>The language shown first; one of <see cref="Languages"/>. Default Persian (<c>fa</c>).</summary>
    public string DefaultLanguage { get; init; } = "fa";

    /// <summary>
    /// The order in which a reader of <paramref name="language"/> falls back when a text is missing in their language:
    /// the reader's language, then <see cref="Languages"/> in order, then Persian and English; no language twice.
    /// Pass it to <see cref="LocalizedText.In(string, IReadOnlyList{string})"/>.
    /// </summary>
    /// <param name="language">The reader's language tag, such as <c>ckb</c>; compared in lowercase.</param>
    /// <returns>The languages to try, in order.</returns>
    public IReadOnlyList<string> FallbackFor(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var order = new List<string>();
        foreach (var tag in (IEnumerable<string>)[language.Trim().ToLowerInvariant(), .. (Languages ?? []).Where(l => l is not null), "fa", "en"])
        {
            if (tag.Length > 0 && !order.Contains(tag, StringComparer.Ordinal))
            {
                order.Add(tag);
            }
        }

        return order;
    }

    /// <summary>Checks every setting.</summary>
    /// <returns>The broken rules, each naming the setting and the rule; empty when the charter is valid.</returns>
    public IReadOnlyList<RuleViolation> Validate()
    {
        var errors = new List<RuleViolation>();
        Range(errors, nameof(CouncilSeats), CouncilSeats, 3, 51, "کرسی‌های شورای محله", "council seats");
        Range(errors, nameof(CouncilTermYears), CouncilTermYears, 1, 10, "سال‌های دورهٔ شورا", "council term years");
        if (HasWomensCouncils)
        {
            Range(errors, nameof(WomensCouncilSeats), WomensCouncilSeats, 3, 51, "کرسی‌های شورای بانوان", "women's council seats");
        }

        if (YouthCohort is null)
        {
            errors.Add(Violation(nameof(YouthCohort), "گروه سنی نوجوانان تعیین نشده است.", "YouthCohort is required: set the birth cohort called on to become youth mayors."));
        }

        if (YouthAgeWindow is null)
        {
            errors.Add(Violation(nameof(YouthAgeWindow), "بازهٔ سنی نوجوانان تعیین نشده است.", "YouthAgeWindow is required."));
        }
        else
        {
            Range(errors, nameof(YouthAgeWindow) + "." + nameof(AgeWindow.MinimumAge), YouthAgeWindow.MinimumAge, 6, 29, "کمترین سن نوجوانان", "youngest youth age");
            Range(errors, nameof(YouthAgeWindow) + "." + nameof(AgeWindow.MaximumAge), YouthAgeWindow.MaximumAge, 6, 29, "بیشترین سن نوجوانان", "oldest youth age");
            if (YouthAgeWindow.MinimumAge > YouthAgeWindow.MaximumAge)
            {
                errors.Add(Violation(
                    nameof(YouthAgeWindow),
                    "کمترین سن نباید از بیشترین سن بیشتر باشد.",
                    $"YouthAgeWindow must not start after it ends; it runs from {YouthAgeWindow.MinimumAge} to {YouthAgeWindow.MaximumAge}."));
            }
        }

        Range(errors, nameof(AgeOfMajority), AgeOfMajority, 15, 21, "سن قانونی", "age of majority");
        Range(errors, nameof(BoyYouthMayorsPerNeighbourhood), BoyYouthMayorsPerNeighbourhood, 0, 10, "شهرداران نوجوان پسر در هر محله", "boy youth mayors per neighbourhood");
        Range(errors, nameof(GirlYouthMayorsPerNeighbourhood), GirlYouthMayorsPerNeighbourhood, 0, 10, "شهرداران نوجوان دختر در هر محله", "girl youth mayors per neighbourhood");
        if (BoyYouthMayorsPerNeighbourhood + GirlYouthMayorsPerNeighbourhood == 0)
        {
            errors.Add(Violation(
                nameof(BoyYouthMayorsPerNeighbourhood),
                "هر محله دست‌کم یک شهردار نوجوان لازم دارد.",
                "BoyYouthMayorsPerNeighbourhood and GirlYouthMayorsPerNeighbourhood must add up to at least 1."));
        }

        Range(errors, nameof(YouthTeamSize), YouthTeamSize, 1, 30, "اعضای تیم شهردار نوجوان", "youth team members");
        ValidateFields(errors);
        ValidateLanguages(errors);
        Required(errors, nameof(Meetings), Meetings)?.Validate(errors);
        Required(errors, nameof(ActiveCitizens), ActiveCitizens)?.Validate(errors);
        Ideas.Validate(errors);
        Comments.Validate(errors);
        Budgeting.Validate(errors);
        ParticipatoryGovernance.YouthMayors.YouthMayorRules.Validate(YouthMayors, errors);
        if (!Enum.IsDefined(YouthMayorSelection))
        {
            errors.Add(Violation(nameof(YouthMayorSelection), "روش انتخاب شهردار نوجوان نامعتبر است.", $"YouthMayorSelection must be InterviewByNeighbourhoodMayor or Election; it is {(int)YouthMayorSelection}."));
        }

        return errors;
    }

    /// <summary>Throws when any setting breaks a rule.</summary>
    /// <returns>This charter, valid.</returns>
    /// <exception cref="RuleViolationException">A setting breaks a rule; the message lists them all.</exception>
    public GovernanceCharter EnsureValid()
    {
        var errors = Validate();
        return errors.Count == 0 ? this : throw new RuleViolationException(errors);
    }

    /// <summary>The urban field with a key.</summary>
    /// <param name="key">The key, such as <c>environment</c>; case is ignored.</param>
    /// <returns>The field, or <see langword="null"/> when the charter has no such field.</returns>
    public UrbanField? FindUrbanField(string key) =>
        UrbanFields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public bool Equals(GovernanceCharter? other) =>
        other is not null
        && CouncilSeats == other.CouncilSeats
        && CouncilTermYears == other.CouncilTermYears
        && HasWomensCouncils == other.HasWomensCouncils
        && CouncilMembersFromActiveCitizens == other.CouncilMembersFromActiveCitizens
        && Equals(Meetings, other.Meetings)
        && Equals(ActiveCitizens, other.ActiveCitizens)
        && WomensCouncilSeats == other.WomensCouncilSeats
        && Equals(YouthCohort, other.YouthCohort)
        && Equals(YouthAgeWindow, other.YouthAgeWindow)
        && AgeOfMajority == other.AgeOfMajority
        && BoyYouthMayorsPerNeighbourhood == other.BoyYouthMayorsPerNeighbourhood
        && GirlYouthMayorsPerNeighbourhood == other.GirlYouthMayorsPerNeighbourhood
        && YouthTeamSize == other.YouthTeamSize
        && (UrbanFields ?? []).SequenceEqual(other.UrbanFields ?? [])
        && YouthMayorSelection == other.YouthMayorSelection
        && Equals(YouthMayors, other.YouthMayors)
        && (Languages ?? []).SequenceEqual(other.Languages ?? [], StringComparer.Ordinal)
        && string.Equals(DefaultLanguage, other.DefaultLanguage, StringComparison.Ordinal)
        && Equals(Ideas, other.Ideas)
        && Equals(Comments, other.Comments)
        && Equals(Budgeting, other.Budgeting);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(CouncilSeats, CouncilTermYears, HasWomensCouncils, YouthCohort, YouthTeamSize, UrbanFields?.Count ?? 0, DefaultLanguage);

    private void ValidateFields(List<RuleViolation> errors)
    {
        if (UrbanFields is null || UrbanFields.Count == 0)
        {
            errors.Add(Violation(nameof(UrbanFields), "دست‌کم یک حوزهٔ شهری لازم است.", "UrbanFields must list at least one field."));
            return;
        }

        if (UrbanFields.Any(f => f is null))
        {
            errors.Add(Violation(nameof(UrbanFields), "فهرست حوزه‌های شهری خانهٔ خالی دارد.", "UrbanFields must not contain an empty entry."));
            return;
        }

        foreach (var duplicate in UrbanFields.GroupBy(f => f.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add(Violation(nameof(UrbanFields), $"حوزهٔ «{duplicate.Key}» بیش از یک بار آمده است.", $"UrbanFields lists '{duplicate.Key}' more than once; each key must be unique."));
        }
    }

    private void ValidateLanguages(List<RuleViolation> errors)
    {
        if (Languages is null || Languages.Count == 0)
        {
            errors.Add(Violation(nameof(Languages), "دست‌کم یک زبان لازم است.", "Languages must list at least one language, such as fa."));
            return;
        }

        foreach (var language in Languages.Where(l => !LocalizedText.IsLanguageTag(l)))
        {
            errors.Add(Violation(nameof(Languages), $"«{language}» برچسب زبان درستی نیست؛ برچسبی با حروف کوچک مانند fa یا ckb بنویسید.", $"Languages lists '{language}', which is not a well-formed lowercase language tag such as fa or ckb."));
        }

        foreach (var duplicate in Languages.Where(LocalizedText.IsLanguageTag).GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(Violation(nameof(Languages), $"زبان «{duplicate.Key}» بیش از یک بار آمده است.", $"Languages lists '{duplicate.Key}' more than once; each language must appear once."));
        }

        if (DefaultLanguage is null || !Languages.Contains(DefaultLanguage))
        {
            errors.Add(Violation(nameof(DefaultLanguage), "زبان پیش‌فرض باید یکی از زبان‌های شهر باشد.", $"DefaultLanguage '{DefaultLanguage}' must be one of Languages ({string.Join(", ", Languages)})."));
        }
    }

    private static T? Required<T>(List<RuleViolation> errors, string field, T? value)
        where T : class
    {
        if (value is null)
        {
            errors.Add(Violation(field, $"بخش «{field}» منشور خالی است.", $"{field} is required."));
        }

        return value;
    }

    private static void Range(List<RuleViolation> errors, string field, int value, int min, int max, string persianName, string englishName)
    {
        if (value < min || value > max)
        {
            errors.Add(Violation(
                field,
                $"{persianName} باید از {PersianDigits.Format(min)} تا {PersianDigits.Format(max)} باشد؛ اکنون {PersianDigits.Format(value)} است.",
                $"{field} ({englishName}) must be from {min} to {max}; it is {value}."));
        }
    }

    private static RuleViolation Violation(string field, string persian, LocalizedTemplate english) =>
        RuleViolation.Of(CharterRuleIds.Prefix + field, persian, english);
}
