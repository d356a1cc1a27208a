using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Localization;

namespace RazorDemo.YouthMayors;

/// <summary>
/// A guardian's consent as a form posts it (the youth-mayor application and the team member's seat): every field as
/// typed. The page only translates the relationship and the Solar Hijri date; whether consent is needed, and whether the
/// name is one, is the library's to say.
/// </summary>
public sealed class ConsentInput
{
    /// <summary>The form's field names, under the page's property <c>Consent</c>.</summary>
    public const string Prefix = "Consent";

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    /// <summary><c>Parent</c> or <c>LegalGuardian</c>; empty when no consent is given.</summary>
    public string? Relationship { get; set; }

    /// <summary>The day the guardian consented, Solar Hijri, as typed (such as ۱۴۰۵/۰۹/۰۶).</summary>
    public string? GivenOn { get; set; }

    /// <summary>The relationships a form offers, with their names.</summary>
    public static readonly IReadOnlyList<(GuardianRelationship Value, string Persian, string English)> Relationships =
    [
        (GuardianRelationship.Parent, "پدر یا مادر", "Parent"),
        (GuardianRelationship.LegalGuardian, "ولی یا قیم", "Legal guardian"),
    ];

    /// <summary>
    /// The relationship and the date read from what was typed, or an error beside the field that cannot be read. Empty
    /// fields stay empty: the library asks for consent when the person is a minor.
    /// </summary>
    public (GuardianRelationship? Relationship, LocalDate? GivenOn) Read(ModelStateDictionary modelState, Texts texts)
    {
        GuardianRelationship? relationship = null;
        if (!string.IsNullOrWhiteSpace(Relationship))
        {
            var known = Relationships.FirstOrDefault(r => string.Equals(r.Value.ToString(), Relationship.Trim(), StringComparison.Ordinal));
            if (known.Persian is null)
            {
                modelState.AddModelError($"{Prefix}.{nameof(Relationship)}", texts.T("نسبت ولی را از فهرست برگزینید.", "Choose the guardian's relationship from the list."));
            }
            else
            {
                relationship = known.Value;
            }
        }

        LocalDate? givenOn = null;
        if (!string.IsNullOrWhiteSpace(GivenOn))
        {
            if (PersianDates.TryParse(GivenOn, out var date, out var error))
            {
                givenOn = date;
            }
            else
            {
                modelState.AddModelError($"{Prefix}.{nameof(GivenOn)}", texts.T(error!));
            }
        }

        return (relationship, givenOn);
    }
}
