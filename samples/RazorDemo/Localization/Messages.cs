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
    public static void AddRefusal(this ModelStateDictionary modelState, Result result, Texts texts, string field = "")
    {
        foreach (var violation in result.Violations)
        {
            modelState.AddModelError(violation.Field ?? field, texts.T(violation.Message));
        }
    }

    /// <summary>The refusal as one line, for a notice after a redirect.</summary>
    public static string Describe(this Result result, Texts texts) =>
        string.Join(" ", result.Violations.Select(v => texts.T(v.Message)));
}
