using System.Globalization;
using AngleSharp.Dom;
using ParticipatoryGovernance.Calendar;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The dashboard served from the output cache (ADR 0025): to readers who are not signed in, one page per address and
/// language, evicted when a page changes the records. A page served from the cache carries the HTTP <c>Age</c> header
/// (the seconds since it was stored); a rendered one does not.
/// </summary>
[Collection(DemoCollection.Name)]
public class DashboardCacheTest(DemoFactory factory)
{
    private static int Registered(IDocument page)
    {
        var text = page.QuerySelector("tr[data-figure='ideas.registered'] [data-recorded]")!.TextContent;
        return int.Parse(PersianDigits.ToLatin(text).Replace(",", "", StringComparison.Ordinal).Replace("٬", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    /// <summary>A reader who chose English with the layout's switch: the choice is in the culture cookie, not the address.</summary>
    private async Task<HttpClient> EnglishReaderAsync()
    {
        var client = factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/Calendar");
        var switched = await HtmlPage.SubmitAsync(client, page, "#language-switch", new Dictionary<string, string> { ["code"] = "en" });
        switched.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task Dashboard_IsServedFromTheCache_ToTheSecondAnonymousReader()
    {
        // An address no other test asks for, so that the first reader's page is rendered here.
        var url = $"/?culture=en&from={Guid.NewGuid():N}";

        var first = await factory.NewClient().GetAsync(url);
        var second = await factory.NewClient().GetAsync(url);

        first.Headers.Age.Should().BeNull("the first reader's page is rendered");
        second.Headers.Age.Should().NotBeNull("the second reader gets the stored page");
        second.Headers.Date.Should().Be(first.Headers.Date);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dashboard_ForAnonymousReaders_CarriesNoTokenOrCookieOfAnotherReader()
    {
        var url = $"/?from={Guid.NewGuid():N}";

        foreach (var response in new[] { await factory.NewClient().GetAsync(url), await factory.NewClient().GetAsync(url) })
        {
            var page = await HtmlPage.ReadAsync(response);
            response.Headers.Contains("Set-Cookie").Should().BeFalse();
            response.Headers.GetValues("X-Frame-Options").Should().Equal("SAMEORIGIN");
            page.QuerySelectorAll("input[name='__RequestVerificationToken']").Should().BeEmpty();
            page.QuerySelectorAll("form").Select(f => f.Id).Should().BeEquivalentTo("city-switch", "language-switch");
            page.QuerySelector("#signed-in-as").Should().BeNull();
        }
    }

    [Fact]
    public async Task Dashboard_KeepsPersianAndEnglishApart_AtTheSameAddress()
    {
        var persian = factory.NewClient();
        var english = await EnglishReaderAsync();

        var pages = new List<(string Reader, HttpResponseMessage Response)>();
        for (var round = 0; round < 2; round++)
        {
            pages.Add(("fa", await persian.GetAsync("/")));
            pages.Add(("en", await english.GetAsync("/")));
        }

        foreach (var (reader, response) in pages)
        {
            var page = await HtmlPage.ReadAsync(response);
            page.DocumentElement.GetAttribute("lang").Should().Be(reader);
            page.QuerySelector("h1")!.TextContent.Should().Contain(reader == "fa" ? "الگوی حکمرانی مردمی" : "Rafsanjan's model");
        }

        pages.Skip(2).Should().OnlyContain(p => p.Response.Headers.Age != null, "the second round is served from the cache");
    }

    [Fact]
    public async Task Dashboard_ShowsASubmittedIdea_AtOnce_InEachReadersLanguage()
    {
        var persian = factory.NewClient();
        var english = await EnglishReaderAsync();
        var persianBefore = Registered(await HtmlPage.GetAsync(persian, "/"));
        var englishBefore = Registered(await HtmlPage.GetAsync(english, "/"));
        (await persian.GetAsync("/")).Headers.Age.Should().NotBeNull("the Persian page is cached before the idea is submitted");
        (await english.GetAsync("/")).Headers.Age.Should().NotBeNull("so is the English one");

        await IdeaSubmission.SubmitAsync(factory);
        var persianAfter = await HtmlPage.GetAsync(persian, "/");
        var englishAfter = await HtmlPage.GetAsync(english, "/");

        englishBefore.Should().Be(persianBefore);
        Registered(persianAfter).Should().Be(persianBefore + 1);
        persianAfter.DocumentElement.GetAttribute("lang").Should().Be("fa");
        persianAfter.QuerySelector("tr[data-figure='ideas.registered'] [data-recorded]")!.TextContent.Should().MatchRegex("^[۰-۹٬]+$");
        Registered(englishAfter).Should().Be(englishBefore + 1);
        englishAfter.DocumentElement.GetAttribute("lang").Should().Be("en");
        englishAfter.QuerySelector("tr[data-figure='ideas.registered'] [data-recorded]")!.TextContent.Should().MatchRegex("^[0-9,]+$");
    }

    [Fact]
    public async Task Dashboard_IsNeverCachedForASignedInReader_NorServedToOne()
    {
        var anonymous = factory.NewClient();
        await anonymous.GetAsync("/");
        (await anonymous.GetAsync("/")).Headers.Age.Should().NotBeNull("an anonymous page is in the cache");
        var resident = await SignIn.AsAsync(factory, "resident1@demo.rafsanjan");
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator);

        var residentPages = new[] { await resident.GetAsync("/"), await resident.GetAsync("/") };
        var moderatorPage = await moderator.GetAsync("/");
        var anonymousAfter = await HtmlPage.GetAsync(anonymous, "/");

        residentPages.Append(moderatorPage).Should().OnlyContain(r => r.Headers.Age == null, "a signed-in reader's page is rendered for them");
        var residentPage = await HtmlPage.ReadAsync(residentPages[1]);
        residentPage.QuerySelector("#signed-in-as")!.GetAttribute("data-email").Should().Be("resident1@demo.rafsanjan");
        residentPage.QuerySelector("#logout-form input[name='__RequestVerificationToken']").Should().NotBeNull();
        residentPage.QuerySelector("a[href='/Moderation']").Should().BeNull();
        var moderatorHtml = await HtmlPage.ReadAsync(moderatorPage);
        moderatorHtml.QuerySelector("#signed-in-as")!.GetAttribute("data-email").Should().Be(SignIn.EmailOf(DemoRoles.Moderator));
        moderatorHtml.QuerySelector("a[href='/Moderation']").Should().NotBeNull();
        anonymousAfter.QuerySelector("#signed-in-as").Should().BeNull("no signed-in reader's page was stored");
        anonymousAfter.QuerySelector("#logout-form").Should().BeNull();
    }
}
