using System.Net;
using AngleSharp.Html.Dom;
using RazorDemo.Localization;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Security;

/// <summary>
/// Issue #18, item 5: the language switch, the city switch and sign-in (and sign-out) go back only to a path on this
/// site, judged by one helper (<see cref="LocalUrl"/>); a hostile return address gives the home page, never a 500 or
/// another site, and a Persian path is a path of this site, percent-encoded in the Location header.
/// </summary>
[Collection(SecurityCollection.Name)]
public class ReturnUrlTest(SecurityFactory factory)
{
    private const string PersianPath = "/%D8%A7%DB%8C%D8%AF%D9%87";

    /// <summary>A return address as posted, and where the site must go back to.</summary>
    public static TheoryData<string, string> ReturnUrls => new()
    {
        { "/\t/x", "/" },
        { "/%09/x", "/" },
        { "/\n/x", "/" },
        { "/x\r\nSet-Cookie: a=b", "/" },
        { "//evil.example", "/" },
        { "/\\evil.example", "/" },
        { "/\\/evil.example", "/" },
        { "/%2F/evil.example", "/" },
        { "/%5Cevil.example", "/" },
        { "https://evil.example/", "/" },
        { "javascript:alert(1)", "/" },
        { "evil.example", "/" },
        { "", "/" },
        { "/\u202Eelpmaxe.live", "/" },
        { "/" + new string('a', 3000), "/" },
        { "/ایده", PersianPath },
        { "/Ideas?q=باغ&page=2", "/Ideas?q=%D8%A8%D8%A7%D8%BA&page=2" },
        { "/Ideas?status=Open", "/Ideas?status=Open" },
        { "/Ideas/a b", "/Ideas/a%20b" },
        { "/100%", "/100%25" },
        { "/", "/" },
    };

    [Theory]
    [MemberData(nameof(ReturnUrls))]
    public void LocalUrl_JudgesEachAddress(string returnUrl, string expected)
    {
        LocalUrl.OrHome(returnUrl).Should().Be(expected);
    }

    [Fact]
    public void LocalUrl_RefusesALoneSurrogate()
    {
        // Not in the table: a test runner's serialization turns the lone surrogate into U+FFFD before the test sees it.
        LocalUrl.OrHome("/\uD800x").Should().Be("/");
        LocalUrl.OrHome("/x\uDC00").Should().Be("/");
    }

    [Theory]
    [MemberData(nameof(ReturnUrls))]
    public async Task LanguageSwitch_GoesBackOnlyToALocalPath(string returnUrl, string expected)
    {
        var response = await factory.Visitor().PostAsync("/language", Form(("code", "en"), ("returnUrl", returnUrl)));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(ReturnUrls))]
    public async Task CitySwitch_GoesBackOnlyToALocalPath(string returnUrl, string expected)
    {
        var client = factory.Visitor();
        var id = (await HtmlPage.GetAsync(client, "/")).QuerySelector("#city-switch [name='id']")!.GetAttribute("value")!;

        var response = await client.PostAsync("/city", Form(("id", id), ("returnUrl", returnUrl)));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(ReturnUrls))]
    public async Task SignIn_GoesBackOnlyToALocalPath(string returnUrl, string expected)
    {
        var email = await factory.AccountAsync($"return-{(uint)StringComparer.Ordinal.GetHashCode(returnUrl):x8}@city.example");
        var client = factory.Visitor();
        var page = await HtmlPage.GetAsync(client, "/Account/Login");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = email;
        fields["Password"] = "Resident-Pass-1403!";
        fields["ReturnUrl"] = returnUrl;

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(expected);
    }

    [Fact]
    public async Task SignIn_WithAPersianReturnAddressInTheQuery_GoesThere()
    {
        var email = await factory.AccountAsync("return-persian@city.example");
        var client = factory.Visitor();

        var response = await SecurityFactory.PostSignInAsync(client, email, "Resident-Pass-1403!", "?ReturnUrl=" + Uri.EscapeDataString("/ایده"));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(PersianPath);
    }

    [Theory]
    [InlineData("/\t/x", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/ایده", PersianPath)]
    public async Task SignOut_GoesBackOnlyToALocalPath(string returnUrl, string expected)
    {
        var email = await factory.AccountAsync($"return-out-{(uint)StringComparer.Ordinal.GetHashCode(returnUrl):x8}@city.example");
        var client = await factory.SignedInAsync(email);
        var page = await HtmlPage.GetAsync(client, "/Ideas/Mine");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#logout-form")!);
        fields["ReturnUrl"] = returnUrl;

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(fields));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(expected);
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
