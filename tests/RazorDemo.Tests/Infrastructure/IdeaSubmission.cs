using System.Net;

namespace RazorDemo.Tests.Infrastructure;

/// <summary>Submits an idea through the submission form, as a signed-in resident would.</summary>
public static class IdeaSubmission
{
    /// <summary>Submits a city-wide idea with a title no other test uses, as the first demo resident; returns the title.</summary>
    public static async Task<string> SubmitAsync(DemoFactory factory)
    {
        var title = "ایدهٔ آزمون " + Guid.NewGuid().ToString("N")[..8];
        var client = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan");
        var form = await HtmlPage.GetAsync(client, "/Ideas/Submit");
        var response = await HtmlPage.SubmitAsync(client, form, "#submit-form", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Description"] = "پیاده‌روی خیابان اصلی در شب روشنایی ندارد.",
            ["Field"] = "traffic",
            ["Neighbourhood"] = string.Empty,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Submitting an idea failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return title;
    }
}
