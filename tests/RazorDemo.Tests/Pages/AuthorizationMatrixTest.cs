using System.Net;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// Every protected page against every role and an anonymous reader: anonymous readers are sent to the login page,
/// signed-in readers without the role get 403, the roles the page's policy admits get 200. The expected outcome is
/// derived from <see cref="DemoPolicies.Roles"/>, the same table the site enforces, and each page states its policy
/// here independently of the page's own attribute, so a page that forgets its policy fails.
/// </summary>
[Collection(DemoCollection.Name)]
public class AuthorizationMatrixTest(DemoFactory factory)
{
    /// <summary>Every protected page (a GET address) and the policy it is meant to require.</summary>
    public static readonly IReadOnlyList<(string Url, string Policy)> ProtectedPages =
    [
        ("/Ideas/Submit", DemoPolicies.TakePart),
        ("/Ideas/Mine", DemoPolicies.TakePart),
        ("/Moderation", DemoPolicies.Moderate),
        ("/Review", DemoPolicies.Review),
        ("/Councils/Manage", DemoPolicies.Review),
        ("/YouthMayors/Interviews", DemoPolicies.RunInterviews),
        ("/Budgeting/Paper", DemoPolicies.EnterPaperBallots),
        ("/ActiveCitizens", DemoPolicies.Review),
        ("/Review?page=2", DemoPolicies.Review),
        ("/Moderation?page=1", DemoPolicies.Moderate),
        ("/Meetings/Manage", DemoPolicies.RunMeetings),
        ("/YouthMayors/Apply", DemoPolicies.TakePart),
        ("/YouthMayors/Applications", DemoPolicies.Review),
        ("/YouthMayors/Team", DemoPolicies.LeadYouthTeam),
        ("/Inbox", DemoPolicies.TakePart),
        ("/Profile", DemoPolicies.TakePart),
        ("/Webhooks", DemoPolicies.ManageWebhooks),
        ("/Meetings/Sheet", DemoPolicies.EnterAttendanceSheets),
        ("/Account/ApiTokens", DemoPolicies.TakePart),
    ];

    private static readonly string Anonymous = "(anonymous)";

    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var (url, _) in ProtectedPages)
        {
            data.Add(url, Anonymous);
            foreach (var role in DemoRoles.All)
            {
                data.Add(url, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ProtectedPage_AnswersAsDesigned_ForEveryRole(string url, string role)
    {
        var policy = ProtectedPages.Single(p => p.Url == url).Policy;
        var client = role == Anonymous ? factory.NewClient() : await SignIn.AsRoleAsync(factory, role);

        var response = await client.GetAsync(url);

        if (role == Anonymous)
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.Should().StartWith("http://localhost/Account/Login?ReturnUrl=");
        }
        else if (DemoPolicies.Roles[policy].Contains(role))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{role} may open {url}");
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{role} may not open {url}");
            (await response.Content.ReadAsStringAsync()).Should().Contain("data-status=\"403\"");
        }
    }

    [Fact]
    public void Matrix_CoversEveryPolicy()
    {
        ProtectedPages.Select(p => p.Policy).Distinct().Should().BeEquivalentTo(DemoPolicies.Roles.Keys);
    }
}
