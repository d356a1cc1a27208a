using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Residents;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The header every page shares and the login page's list of accounts: who is signed in by name, the menu by policy,
/// the skip link and the favicon, and the demo accounts named as their records name them.
/// </summary>
[Collection(DemoCollection.Name)]
public class LayoutTest(DemoFactory factory)
{
    /// <summary>The links each policy adds to the menu; a public link is there for every reader.</summary>
    public static readonly IReadOnlyList<(string Href, string? Policy)> MenuLinks =
    [
        ("/OpenData", null),
        ("/Elections", null),
        ("/Adopt", null),
        ("/Adoption/Progress", null),
        ("/Calendar", null),
        ("/Ideas/Submit", DemoPolicies.TakePart),
        ("/YouthMayors/Apply", DemoPolicies.TakePart),
        ("/Meetings/Manage", DemoPolicies.RunMeetings),
        ("/YouthMayors/Team", DemoPolicies.LeadYouthTeam),
        ("/YouthMayors/Interviews", DemoPolicies.RunInterviews),
        ("/Budgeting/Paper", DemoPolicies.EnterPaperBallots),
        ("/Review", DemoPolicies.Review),
        ("/YouthMayors/Applications", DemoPolicies.Review),
        ("/ActiveCitizens", DemoPolicies.Review),
        ("/Moderation", DemoPolicies.Moderate),
    ];

    public static TheoryData<string> Roles => [.. DemoRoles.All];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Menu_ShowsALink_ExactlyWhenThePolicyAdmitsTheRole(string role)
    {
        var client = await SignIn.AsRoleAsync(factory, role);
        var page = await HtmlPage.GetAsync(client, "/Calendar");
        var hrefs = page.QuerySelectorAll("#main-menu a[href]").Select(a => a.GetAttribute("href")).ToHashSet();

        foreach (var (href, policy) in MenuLinks)
        {
            var admitted = policy is null || DemoPolicies.Roles[policy].Contains(role);
            hrefs.Contains(href).Should().Be(admitted, $"{role} {(admitted ? "may" : "may not")} use {href}");
        }
    }

    [Fact]
    public async Task Menu_ForAnonymousReaders_HasOnlyThePublicLinks()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Adopt");
        var hrefs = page.QuerySelectorAll("#main-menu a[href]").Select(a => a.GetAttribute("href")).ToHashSet();

        hrefs.Should().Contain(MenuLinks.Where(l => l.Policy is null).Select(l => l.Href));
        hrefs.Should().NotIntersectWith(MenuLinks.Where(l => l.Policy is not null).Select(l => l.Href));
        page.QuerySelector("#sign-in-link").Should().NotBeNull();
    }

    [Fact]
    public async Task Header_ShowsThePersonsName_NotTheEmail_IsolatedInEnglish()
    {
        var persian = await HtmlPage.GetAsync(await SignIn.AsAsync(factory, "staff@demo.rafsanjan"), "/Calendar");
        var english = await HtmlPage.GetAsync(await SignIn.AsAsync(factory, "staff@demo.rafsanjan").InEnglishAsync(), "/Calendar");

        persian.QuerySelector("#signed-in-as")!.TextContent.Trim().Should().Be("مریم کاظمی");
        persian.QuerySelector("#signed-in-as")!.GetAttribute("data-email").Should().Be("staff@demo.rafsanjan");
        english.QuerySelector("#signed-in-as bdi")!.TextContent.Should().Be("مریم کاظمی");
    }

    [Theory]
    [InlineData(false, "پرش به محتوا")]
    [InlineData(true, "Skip to content")]
    public async Task EveryPage_HasASkipLinkFirst_AndAFavicon(bool english, string skip)
    {
        var client = english ? await Task.FromResult(factory.NewClient()).InEnglishAsync() : factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/Neighbourhoods");
        var icon = page.QuerySelector("link[rel='icon']")!.GetAttribute("href")!;
        var svg = await client.GetAsync(icon);

        page.Body!.QuerySelector("a")!.TextContent.Should().Be(skip);
        page.Body!.QuerySelector("a")!.GetAttribute("href").Should().Be("#main-content");
        page.QuerySelector("main#main-content").Should().NotBeNull();
        svg.IsSuccessStatusCode.Should().BeTrue();
        svg.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
    }

    [Fact]
    public async Task Login_NamesEachAccountAsItsRecordsDo_TheResidentByTheirName()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Account/Login");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>();
        var records = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var resident1 = await users.FindByEmailAsync("resident1@demo.rafsanjan");
        var resident = await records.Set<Resident>().AsNoTracking().SingleAsync(r => r.Id == new ResidentId(resident1!.ResidentId!.Value));

        string NameOf(string email) => page.QuerySelector($"#demo-accounts tr[data-email='{email}'] [data-name]")!.TextContent.Trim();

        NameOf("resident1@demo.rafsanjan").Should().Be(resident.Name.ToString(), "the sign-in page and the resident's ideas name the same person");
        NameOf("staff@demo.rafsanjan").Should().Be("مریم کاظمی");
        page.QuerySelector("#demo-accounts tr[data-email='mayor@demo.rafsanjan'] [data-neighbourhood]")!.GetAttribute("data-neighbourhood").Should().Be("1");
        page.QuerySelector("#demo-accounts")!.TextContent.Should().NotContain("(شهروند)").And.NotContain("شهردار محلهٔ ۱");
        page.QuerySelectorAll("#demo-accounts tbody tr").Select(row => row.Children[0].TextContent + row.Children[1].TextContent)
            .Should().NotContain(text => System.Text.RegularExpressions.Regex.IsMatch(text, "[A-Za-z0-9]"), "a Persian page names roles and people in Persian");
    }

    [Fact]
    public async Task Login_InEnglish_IsolatesPersianNames_AndGivesOfficialsTheirLatinName()
    {
        var page = await HtmlPage.GetAsync(await Task.FromResult(factory.NewClient()).InEnglishAsync(), "/Account/Login");

        page.QuerySelectorAll("#demo-accounts [data-name]").Should().OnlyContain(cell => cell.QuerySelector("bdi") != null);
        page.QuerySelector("#demo-accounts tr[data-email='staff@demo.rafsanjan'] [data-name]")!.TextContent.Should().Contain("(Maryam Kazemi)");
    }
}
