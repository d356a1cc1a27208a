using System.Net;
using Microsoft.Extensions.Configuration;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Security;

/// <summary>
/// Issue #18, item 6: sign-in attempts are limited per address and per email, and writes per person; a refusal is a
/// 429 with Retry-After and a page in the reader's language. This factory's limits are low (SecurityFactory); the
/// defaults are Demo:RateLimits:*.
/// </summary>
[Collection(SecurityCollection.Name)]
public class RateLimitTest(SecurityFactory factory)
{
    [Fact]
    public async Task SixthSignInInAMinute_FromOneAddress_Is429_WithRetryAfter_InPersian()
    {
        var address = SecurityFactory.NewAddress();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < SecurityFactory.SignInPerAddress + 1; i++)
        {
            // Different emails: the limit is the address's.
            responses.Add(await SecurityFactory.PostSignInAsync(factory.Visitor(address), $"guess{i}@city.example", "Guess-" + i));
        }

        var refused = responses[^1];
        var page = await HtmlPage.ReadAsync(refused);

        responses.Take(SecurityFactory.SignInPerAddress).Should().AllSatisfy(r => r.StatusCode.Should().Be(HttpStatusCode.OK));
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        page.DocumentElement.GetAttribute("lang").Should().Be("fa");
        page.QuerySelector("h1[data-status='429']")!.TextContent.Should().Be("درخواست‌های زیاد");

        // Another address is not affected.
        (await SecurityFactory.PostSignInAsync(factory.Visitor(), "guess@city.example", "Guess")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RefusedSignIn_IsExplainedInEnglish_ToAnEnglishReader()
    {
        var address = SecurityFactory.NewAddress();
        HttpResponseMessage? last = null;
        for (var i = 0; i < SecurityFactory.SignInPerAddress + 1; i++)
        {
            // The reader's language is their culture cookie, set by the language switch.
            var client = factory.Visitor(address);
            (await client.PostAsync("/language", new FormUrlEncodedContent([new("code", "en"), new("returnUrl", "/")]))).StatusCode.Should().Be(HttpStatusCode.Redirect);
            last = await SecurityFactory.PostSignInAsync(client, $"english{i}@city.example", "Guess-" + i);
        }

        var page = await HtmlPage.ReadAsync(last!);

        last!.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        page.QuerySelector("h1[data-status='429']")!.TextContent.Should().Be("Too many requests");
        page.QuerySelector("main")!.TextContent.Should().Contain("Try again in");
    }

    [Fact]
    public async Task SignInsForOneEmail_AreLimited_FromManyAddresses()
    {
        var email = "sprayed-" + Guid.NewGuid().ToString("N")[..8] + "@city.example";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < SecurityFactory.SignInPerEmail + 1; i++)
        {
            statuses.Add((await SecurityFactory.PostSignInAsync(factory.Visitor(), email, "Guess-" + i)).StatusCode);
        }

        statuses.Take(SecurityFactory.SignInPerEmail).Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.OK));
        statuses[^1].Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task OnePersonsWrites_AreLimited_AnotherPersonIsNotAffected()
    {
        var address = SecurityFactory.NewAddress();
        var first = await factory.SignedInAsync(await factory.AccountAsync("writer-one@city.example"));
        var second = await factory.SignedInAsync(await factory.AccountAsync("writer-two@city.example"));
        first.DefaultRequestHeaders.Remove("X-Forwarded-For");
        first.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        second.DefaultRequestHeaders.Remove("X-Forwarded-For");
        second.DefaultRequestHeaders.Add("X-Forwarded-For", address);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < SecurityFactory.WritesPerPerson + 1; i++)
        {
            statuses.Add((await first.PostAsync("/language", Form(("code", i % 2 == 0 ? "en" : "fa"), ("returnUrl", "/")))).StatusCode);
        }

        var refused = await first.PostAsync("/language", Form(("code", "en"), ("returnUrl", "/")));
        var other = await second.PostAsync("/language", Form(("code", "en"), ("returnUrl", "/")));

        statuses.Take(SecurityFactory.WritesPerPerson).Should().AllSatisfy(s => s.Should().Be(HttpStatusCode.Redirect));
        statuses[^1].Should().Be(HttpStatusCode.TooManyRequests);
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        other.StatusCode.Should().Be(HttpStatusCode.Redirect, "another person at the same address has writes of their own");
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}

/// <summary>The limits' defaults (<c>Demo:RateLimits:*</c>) by environment, and a wrong value refused at start-up.</summary>
public class RateLimitDefaultsTest
{
    [Theory]
    [InlineData("Production", null, 10, 5)]
    [InlineData("Production", "200", 10_000, 10_000)]
    [InlineData("Testing", null, 10_000, 10_000)]
    [InlineData("Development", null, 10_000, 10_000)]
    public void Defaults_AreStrictInProduction_AndGenerousForTestsAndLoadRuns(string environment, string? loadAccounts, int perAddress, int perEmail)
    {
        var limits = RazorDemo.Hosting.RateLimitOptions.Read(Configuration(("Demo:LoadAccounts", loadAccounts)), Environment(environment));

        limits.SignInPerAddress.Should().Be(perAddress);
        limits.SignInPerEmail.Should().Be(perEmail);
        limits.Window.Should().Be(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void ConfiguredLimit_Wins_AndANonsenseOneStopsTheStart()
    {
        RazorDemo.Hosting.RateLimitOptions.Read(Configuration(("Demo:RateLimits:WritesPerPerson", "7")), Environment("Production")).WritesPerPerson.Should().Be(7);

        var start = () => RazorDemo.Hosting.RateLimitOptions.Read(Configuration(("Demo:RateLimits:SignInPerAddress", "0")), Environment("Production"));
        start.Should().Throw<InvalidOperationException>().WithMessage("*Demo:RateLimits:SignInPerAddress*");
    }

    private static Microsoft.Extensions.Configuration.IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static Microsoft.Extensions.Hosting.Internal.HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
