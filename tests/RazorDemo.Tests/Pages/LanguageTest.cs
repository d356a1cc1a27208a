using System.Net;
using AngleSharp.Html.Dom;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

[Collection(DemoCollection.Name)]
public class LanguageTest(DemoFactory factory)
{
    [Fact]
    public async Task Home_IsPersianAndRightToLeft_ByDefault()
    {
        var client = factory.NewClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var page = await HtmlPage.GetAsync(client, "/");

        page.DocumentElement.GetAttribute("lang").Should().Be("fa");
        page.DocumentElement.GetAttribute("dir").Should().Be("rtl");
        page.QuerySelector("link[href*='bootstrap.rtl.min.css']").Should().NotBeNull();
        page.QuerySelector("h1")!.TextContent.Should().Contain("الگوی حکمرانی مردمی");
        page.QuerySelector("[data-figure='councils.members']")!.TextContent.Should().Contain("۳۵۰");
    }

    [Fact]
    public async Task LanguageSwitch_RemembersEnglish_AndComesBackToThePage()
    {
        var client = factory.NewClient();
        var persian = await HtmlPage.GetAsync(client, "/");
        var form = (IHtmlFormElement)persian.QuerySelector("#language-switch")!;
        var fields = HtmlPage.FieldsOf(form);
        fields["code"] = "en";

        var switched = await client.PostAsync("/language", new FormUrlEncodedContent(fields));
        var english = await HtmlPage.GetAsync(client, "/");

        switched.StatusCode.Should().Be(HttpStatusCode.Redirect);
        switched.Headers.Location!.OriginalString.Should().Be("/");
        switched.Headers.GetValues("Set-Cookie").Should().Contain(c => c.Contains(".AspNetCore.Culture") && c.Contains("max-age=31536000"));
        english.DocumentElement.GetAttribute("lang").Should().Be("en");
        english.DocumentElement.GetAttribute("dir").Should().Be("ltr");
        english.QuerySelector("link[href*='bootstrap.min.css']").Should().NotBeNull();
        english.QuerySelector("[data-figure='councils.members']")!.TextContent.Should().Contain("350").And.Contain("council members");
        english.QuerySelector("#language-switch button")!.TextContent.Should().Be("فارسی");
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://elsewhere.example")]
    [InlineData("Origin", "http://localhost.elsewhere.example")]
    [InlineData("Origin", "null")]
    public async Task LanguageSwitch_IsRefused_WhenABrowserSendsItFromAnotherSite(string header, string value)
    {
        var client = factory.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/language") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "en" }) };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse("the language is not changed");
        (await response.Content.ReadAsStringAsync()).Should().Contain("chosen on this site's own pages");
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Origin", "http://localhost")]
    public async Task LanguageSwitch_IsAccepted_WhenABrowserSendsItFromThisSite(string header, string value)
    {
        var client = factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/language") { Content = new FormUrlEncodedContent(HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#language-switch")!).Append(KeyValuePair.Create("code", "en"))) };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await HtmlPage.GetAsync(client, "/")).DocumentElement.GetAttribute("lang").Should().Be("en");
    }

    [Theory]
    [InlineData("//elsewhere.example/")]
    [InlineData("/\\elsewhere.example/")]
    [InlineData("elsewhere")]
    public async Task LanguageSwitch_GoesHome_WhenTheReturnAddressIsNotAPathOnThisSite(string returnUrl)
    {
        var client = factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#language-switch")!);
        fields["code"] = "en";
        fields["returnUrl"] = returnUrl;

        var response = await client.PostAsync("/language", new FormUrlEncodedContent(fields));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/");
    }

    [Fact]
    public async Task LanguageSwitch_RefusesAnUnknownLanguage_AndAForeignReturnAddress()
    {
        var client = factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#language-switch")!);

        fields["code"] = "de";
        var unknown = await client.PostAsync("/language", new FormUrlEncodedContent(fields));
        fields["code"] = "en";
        fields["returnUrl"] = "https://elsewhere.example/";
        var foreign = await client.PostAsync("/language", new FormUrlEncodedContent(fields));

        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("Unknown language 'de'");
        foreign.Headers.Location!.OriginalString.Should().Be("/");
    }
}
