using System.Net;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Security;

/// <summary>
/// Issue #18, item 5: what a request can say never makes a 500: a method no page answers (TRACE reached the views,
/// which threw) is a 405, and a status page for a code that is no error status is a proper page.
/// </summary>
[Collection(SecurityCollection.Name)]
public class RequestCrashTest(SecurityFactory factory)
{
    public static TheoryData<string, string> MethodsAndPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "FOO" })
        {
            foreach (var page in new[] { "/", "/Ideas", "/Meetings", "/Neighbourhoods", "/Account/Login", "/Budgeting", "/OpenData", "/Calendar" })
            {
                data.Add(method, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MethodsAndPages))]
    public async Task UnknownMethod_IsRefusedWith405(string method, string page)
    {
        var response = await factory.Visitor().SendAsync(new HttpRequestMessage(new HttpMethod(method), page));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Contain("GET");
    }

    [Theory]
    [InlineData("/status/-1", 404)]
    [InlineData("/status/abc", 404)]
    [InlineData("/status/99999", 404)]
    [InlineData("/status/0", 404)]
    [InlineData("/status/2147483648", 404)]
    [InlineData("/status/%D9%A4%D9%A0%D9%A4", 404)]
    [InlineData("/status/403", 403)]
    [InlineData("/status/429", 429)]
    public async Task StatusPage_ForAnyCode_IsAProperPage(string address, int expected)
    {
        var response = await factory.Visitor().GetAsync(address);
        var page = await HtmlPage.ReadAsync(response);

        ((int)response.StatusCode).Should().Be(expected);
        page.QuerySelector("h1")!.TextContent.Should().NotBeNullOrWhiteSpace();
        page.QuerySelector("#main-content").Should().NotBeNull();
    }
}
