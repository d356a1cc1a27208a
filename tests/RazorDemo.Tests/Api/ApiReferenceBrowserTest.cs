using Microsoft.Playwright;
using RazorDemo.Hosting;
using RazorDemo.Tests.Browser;

namespace RazorDemo.Tests.Api;

/// <summary>
/// The API reference page (Scalar) in Chromium: it renders the committed API's operations from this site alone, under its
/// own policy, breaking none of it; and the relaxed policy is that page's only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceBrowserTest(BrowserFixture browser)
{
    [SkippableFact]
    public async Task ReferencePage_RendersTheOperations_FromThisSiteOnly_BreakingNoPolicy()
    {
        var page = await browser.NewVisitorAsync();
        await page.AddInitScriptAsync(
            "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(browser.BaseAddress, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                lock (elsewhere)
                {
                    elsewhere.Add(request.Url);
                }
            }
        };

        var response = await page.GotoAsync(DemoApi.ReferencePath);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByText("The municipality and its charter's urban fields.", new PageGetByTextOptions { Exact = false }).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        response!.Headers["content-security-policy"].Should().Be(DemoApi.ReferenceContentSecurityPolicy);
        (await page.EvaluateAsync<string[]>("() => window.__cspViolations")).Should().BeEmpty();
        elsewhere.Should().BeEmpty("the reference's scripts, styles and fonts are served by this site");
        var text = await page.InnerTextAsync("body");
        text.Should().Contain("Budgeting").And.Contain("Open data", "the operations are grouped by area");

        var json = await page.APIRequest.GetAsync("/api/v1/openapi/v1.json");
        json.Headers["content-security-policy"].Should().Be(DemoSecurity.ContentSecurityPolicy, "only the reference page is relaxed");
    }
}
