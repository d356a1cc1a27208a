using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Security;

/// <summary>
/// Issue #18, item 4: every response carries the security headers, a page from the output cache and an error page
/// included; cookies are HttpOnly, and Secure over HTTPS, which behind the proxy is what X-Forwarded-Proto says, believed
/// from a known proxy only; HSTS over HTTPS; no Server header.
/// </summary>
[Collection(SecurityCollection.Name)]
public class HeadersTest(SecurityFactory factory)
{
    public static TheoryData<string> Addresses => new()
    {
        "/", "/Ideas", "/Neighbourhoods", "/Meetings", "/Budgeting", "/OpenData", "/Account/Login", "/status/404",
        "/no-such-page", "/css/site.css", "/js/site.js",
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task EveryResponse_CarriesTheSecurityHeaders_TheCachedOneToo(string address)
    {
        var client = factory.Visitor();

        // The second request of a public page is served from the output cache.
        foreach (var response in new[] { await client.GetAsync(address), await client.GetAsync(address) })
        {
            var csp = Header(response, "Content-Security-Policy");
            csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("style-src 'self'")
                .And.Contain("frame-ancestors 'self'").And.Contain("object-src 'none'").And.NotContain("unsafe");
            Header(response, "X-Content-Type-Options").Should().Be("nosniff");
            Header(response, "Referrer-Policy").Should().Be("strict-origin-when-cross-origin");
            Header(response, "X-Frame-Options").Should().Be("SAMEORIGIN");
            Header(response, "Permissions-Policy").Should().Contain("camera=()").And.Contain("geolocation=()");
            response.Headers.Contains("Server").Should().BeFalse();
        }
    }

    [Fact]
    public void Kestrel_SendsNoServerHeader()
    {
        factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.Should().BeFalse();
    }

    [Fact]
    public async Task OverHttps_EveryCookieIsSecureAndHttpOnly_AndHstsIsSent()
    {
        var client = factory.Visitor(baseAddress: "https://governance.example");

        var cityId = await CityIdAsync(client);
        var login = await client.GetAsync("/Account/Login");
        var language = await client.PostAsync("/language", Form(("code", "en"), ("returnUrl", "/")));
        var city = await client.PostAsync("/city", Form(("id", cityId), ("returnUrl", "/")));
        var signIn = await SecurityFactory.PostSignInAsync(client, SecurityFactory.AdminEmail, SecurityFactory.AdminPassword);

        Header(login, "Strict-Transport-Security").Should().Contain("max-age=31536000");
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookies = new[] { login, signIn, language, city }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var v) ? v : []).ToList();
        cookies.Should().Contain(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        cookies.Should().Contain(c => c.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
        cookies.Should().Contain(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        cookies.Should().Contain(c => c.StartsWith("demo-city", StringComparison.Ordinal));
        cookies.Should().AllSatisfy(c => c.ToLowerInvariant().Should().Contain("; secure").And.Contain("; httponly"));
    }

    [Fact]
    public async Task BehindTheKnownProxy_ForwardedHttps_MakesCookiesSecure_AndSendsHsts()
    {
        // Not "localhost", which HSTS leaves out.
        var client = factory.Visitor(baseAddress: "http://governance.example");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var login = await client.GetAsync("/Account/Login");

        Header(login, "Strict-Transport-Security").Should().NotBeEmpty();
        login.Headers.GetValues("Set-Cookie").Should().AllSatisfy(c => c.ToLowerInvariant().Should().Contain("; secure"));
    }

    [Fact]
    public async Task FromAnUnknownAddress_ForwardedHeadersAreNotBelieved()
    {
        var client = factory.Visitor(baseAddress: "http://governance.example");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add(SecurityFactory.ConnectionAddressHeader, "198.51.100.7");

        var login = await client.GetAsync("/Account/Login");

        login.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
        login.Headers.GetValues("Set-Cookie").Should().AllSatisfy(c => c.ToLowerInvariant().Should().NotContain("; secure"));
    }

    [Fact]
    public async Task OverPlainHttp_CookiesAreHttpOnly_AndNotSecure()
    {
        var client = factory.Visitor();

        var language = await client.PostAsync("/language", Form(("code", "en"), ("returnUrl", "/")));

        var cookie = language.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.Should().Contain("; httponly").And.NotContain("; secure");
    }

    private static async Task<string> CityIdAsync(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/");
        var choice = page.QuerySelector("#city-switch [name='id']");
        return choice?.GetAttribute("value") ?? throw new InvalidOperationException("The city switch has no choice.");
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : string.Empty;
}
