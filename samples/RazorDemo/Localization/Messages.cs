using Microsoft.AspNetCore.Mvc.ModelBinding;
using ParticipatoryGovernance.Common;

namespace RazorDemo.Localization;

/// <summary>Shows the library's refusals to the reader, in the reader's language.</summary>
public static class Messages
{
    /// <summary>
    /// Adds each violation of a refused act to the model state: next to the form field it names (the command's property,
    /// which the page's property of the same name shows), else under <paramref name="field"/>, else for the whole page.
    /// </summary>
    /// <param name="modelState">The page's model state.</param>
    /// <param name="result">The refusal.</param>
    /// <param name="texts">The reader's language.</param>
    /// <param name="field">Where a violation that names no field (or every violation, without <paramref name="atFields"/>) goes.</param>
    /// <param name="atFields">Whether the page shows errors under the command's field names.</param>
    public static void AddRefusal(this ModelStateDictionary modelState, Result result, Texts texts, string field = "", bool atFields = true)
    {
        foreach (var violation in result.Violations)
        {
            modelState.AddModelError(atFields ? violation.Field ?? field : field, texts.T(violation.Message));
        }
    }

    /// <summary>The refusal as one line, for a notice after a redirect.</summary>
    public static string Describe(this Result result, Texts texts) =>
        string.Join(" ", result.Violations.Select(v => texts.T(v.Message)));
}
