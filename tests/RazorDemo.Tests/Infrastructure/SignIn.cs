using AngleSharp.Html.Dom;
using RazorDemo.Identity;

namespace RazorDemo.Tests.Infrastructure;

/// <summary>Signs a test client in as a demo account, through the login form like a reader.</summary>
public static class SignIn
{
    /// <summary>The demo account of a role (the first one listed).</summary>
    public static string EmailOf(string role) => DemoAccounts.All.First(a => a.Role == role).Email;

    public static async Task<HttpClient> AsAsync(DemoFactory factory, string email)
    {
        var client = factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/Account/Login");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = email;
        fields["Password"] = DemoAccounts.Password;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} failed with {(int)response.StatusCode}.");
        }

        return client;
    }

    public static Task<HttpClient> AsRoleAsync(DemoFactory factory, string role) => AsAsync(factory, EmailOf(role));

    /// <summary>Switches the client to English with the layout's language button, as a reader would (the choice is a cookie).</summary>
    public static async Task<HttpClient> InEnglishAsync(this Task<HttpClient> signingIn)
    {
        var client = await signingIn;
        var home = await HtmlPage.GetAsync(client, "/Account/Login");
        var response = await HtmlPage.SubmitAsync(client, home, "#language-switch", new Dictionary<string, string> { ["code"] = "en" });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Switching to English failed with {(int)response.StatusCode}.");
        }

        return client;
    }
}
