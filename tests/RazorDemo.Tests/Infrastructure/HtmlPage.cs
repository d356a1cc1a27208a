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

    /// <summary>
    /// Submits a form of the page as a browser would: its own fields (antiforgery token included), the given values
    /// over them, to its action or to <paramref name="action"/> (a submit button's formaction).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDocument page, string formSelector, IDictionary<string, string>? values = null, string? action = null) =>
        await SubmitAsync(client, page, formSelector, values, action, []);

    /// <summary>
    /// Submits a form with repeated fields too (ticked checkboxes): <paramref name="repeated"/> replace every field of
    /// their names. Checkboxes and radio buttons are sent only as given there, ticked or not on the page.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDocument page, string formSelector, IDictionary<string, string>? values, string? action, IEnumerable<(string Name, string Value)> repeated)
    {
        var form = (IHtmlFormElement?)page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"The page {page.Url} has no form '{formSelector}'.");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("submit" or "checkbox" or "radio"))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(a => !string.IsNullOrEmpty(a.Name)))
        {
            fields[area.Name!] = area.Value;
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            fields[select.Name!] = select.Value ?? string.Empty;
        }

        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        var target = action ?? form.GetAttribute("action");
        if (string.IsNullOrEmpty(target))
        {
            target = new Uri(page.Url).PathAndQuery;
        }

        var repeatedList = repeated.ToList();
        var names = repeatedList.Select(r => r.Name).ToHashSet();
        var pairs = fields.Where(f => !names.Contains(f.Key)).Select(f => KeyValuePair.Create(f.Key, f.Value))
            .Concat(repeatedList.Select(r => KeyValuePair.Create(r.Name, r.Value)));
        return await client.PostAsync(target, new FormUrlEncodedContent(pairs));
    }
}
