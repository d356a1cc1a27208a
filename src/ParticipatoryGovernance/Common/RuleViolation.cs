namespace ParticipatoryGovernance.Common;

/// <summary>
/// A rule of the model that an operation would have broken: which rule, and why, in words a person can act on.
/// </summary>
/// <remarks>
/// Expected rejections (an applicant outside the cohort, a council already full) come back as a
/// <see cref="RuleViolation"/> inside a failed <see cref="Result"/>; broken caller contracts throw instead.
/// This type is immutable and thread-safe.
/// </remarks>
/// <param name="Rule">A stable, machine-readable identifier of the rule, such as <c>charter.council-seats</c>.</param>
/// <param name="Message">What is wrong and how to put it right, in Persian and English.</param>
public sealed record RuleViolation(string Rule, LocalizedText Message)
{
    /// <summary>Creates a violation from its rule identifier and Persian and English messages.</summary>
    /// <param name="rule">The rule identifier.</param>
    /// <param name="persian">The message in Persian.</param>
    /// <param name="english">The message in English, a string or an interpolated string whose template and values are
    /// captured so that the message can be shown in the languages of the library's catalogs (see
    /// <see cref="LocalizedText.Of"/>).</param>
    /// <returns>The violation.</returns>
    public static RuleViolation Of(string rule, string persian, LocalizedTemplate english) => new(rule, LocalizedText.Of(persian, english));

    /// <summary>
    /// The input field the violation is about, named as the command's property (such as <c>Title</c>), so that a form
    /// shows it next to that field and an API names it; <see langword="null"/> when it concerns the act as a whole.
    /// </summary>
    public string? Field { get; init; }

    /// <summary>The same violation, about one input field.</summary>
    /// <param name="field">The command property's name.</param>
    /// <returns>The violation with <see cref="Field"/> set.</returns>
    public RuleViolation AtField(string field) => this with { Field = field };

    /// <summary>The rule and its English message.</summary>
    /// <returns>A text such as <c>council.full: The council has no free seat.</c></returns>
    public override string ToString() => $"{Rule}: {Message.English}";
}
