using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace RazorDemo.Tests.Infrastructure;

/// <summary>Reads a response as an HTML document.</summary>
public static class HtmlPage
{
    public static async Task<IDocument> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    /// <summary>The form's fields (hidden ones included, such as the antiforgery token).</summary>
    public static Dictionary<string, string> FieldsOf(IHtmlFormElement form) =>
        form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type != "submit")
            .ToDictionary(i => i.Name!, i => i.Value);
}
