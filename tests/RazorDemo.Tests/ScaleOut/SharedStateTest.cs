using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using System.Net;
using AngleSharp.Html.Dom;
using ParticipatoryGovernance.Calendar;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.ScaleOut;

/// <summary>
/// Two web nodes behind a balancer that is not sticky (issue #18, item 2): whatever node a reader's next request reaches,
/// it is signed in, its form is accepted, and it sees the change another node just made, including what is cached.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public class SharedStateTest(ScaleOutCluster cluster)
{
    private static async Task SignInAsync(HttpClient node, string email)
    {
        var page = await HtmlPage.GetAsync(node, "/Account/Login");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = email;
        fields["Password"] = DemoAccounts.Password;
        var response = await node.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"signing in as {email}");
    }

    private static async Task<string?> SignedInAsAsync(HttpClient node)
    {
        var response = await node.GetAsync("/Ideas/Submit");
        return response.StatusCode == HttpStatusCode.OK
            ? (await HtmlPage.ReadAsync(response)).QuerySelector("#signed-in-as")?.GetAttribute("data-email")
            : null;
    }

    private static async Task<string> SubmitIdeaAsync(HttpClient formFrom, HttpClient postTo)
    {
        var title = "ایدهٔ دو گره " + Guid.NewGuid().ToString("N")[..8];
        var response = await HtmlPage.SubmitAsync(postTo, await HtmlPage.GetAsync(formFrom, "/Ideas/Submit"), "#submit-form", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Description"] = "چراغ‌های کوچه خاموش است و باید روشن شود.",
            ["Field"] = "traffic",
            ["Neighbourhood"] = "1",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return title;
    }

    private static int Number(string text) =>
        int.Parse(PersianDigits.ToLatin(text.Trim()).Replace(",", "", StringComparison.Ordinal).Replace("٬", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task SignedInOnA_IsSignedInOnB_AndSignsOutThere()
    {
        cluster.SkipUnlessRunning();
        var browser = new Browser(cluster);

        await SignInAsync(browser.OnA, "resident1@demo.rafsanjan");

        (await SignedInAsAsync(browser.OnB)).Should().Be("resident1@demo.rafsanjan", "node B reads the cookie node A protected");
        var signOut = await HtmlPage.SubmitAsync(browser.OnA, await HtmlPage.GetAsync(browser.OnB, "/Ideas/Submit"), "#logout-form");
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect, "node A accepts the sign-out form node B rendered");
        (await SignedInAsAsync(browser.OnB)).Should().BeNull();
    }

    [SkippableFact]
    public async Task TwoNodesStartedTogether_ProtectWithOneKey()
    {
        cluster.SkipUnlessRunning();
        (await cluster.A.CreateClient().GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await cluster.B.CreateClient().GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(cluster.Redis.ConnectionString);
        var keys = await redis.GetDatabase().ListRangeAsync(RazorDemo.Caching.SharedKeyRepository.Key);
        keys.Select(k => System.Xml.Linq.XElement.Parse((string)k!).Attribute("id")!.Value).Distinct().Should()
            .ContainSingle("one node made the ring's first key and the other used it, so each reads what the other protects for as long as it runs");
    }

    [SkippableFact]
    public async Task AFormFromA_IsAcceptedByB_AndTheIdeaShowsOnA()
    {
        cluster.SkipUnlessRunning();
        var browser = new Browser(cluster);
        await SignInAsync(browser.OnB, "resident1@demo.rafsanjan");

        var title = await SubmitIdeaAsync(formFrom: browser.OnA, postTo: browser.OnB);

        var list = await HtmlPage.GetAsync(browser.OnA, "/Ideas");
        list.QuerySelector("#ideas tbody tr a")!.TextContent.Should().Be(title);
    }

    [SkippableFact]
    public async Task AChangeOnA_ShowsAtOnceOnB_WhosePagesAreCachedInTheSharedStore()
    {
        cluster.SkipUnlessRunning();
        var readerOnA = cluster.A.CreateClient();
        var readerOnB = cluster.B.CreateClient();
        (await readerOnB.GetAsync("/Ideas")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await readerOnA.GetAsync("/Ideas")).Headers.Age.Should().NotBeNull("node A serves the page node B stored");
        (await readerOnB.GetAsync("/Neighbourhoods/1")).StatusCode.Should().Be(HttpStatusCode.OK);
        var cached = await readerOnB.GetAsync("/Neighbourhoods/1");
        cached.Headers.Age.Should().NotBeNull();
        var before = Number((await HtmlPage.ReadAsync(cached)).QuerySelector("#ideas-heading .badge")!.TextContent);

        var resident = new Browser(cluster);
        await SignInAsync(resident.OnA, "resident1@demo.rafsanjan");
        var title = await SubmitIdeaAsync(formFrom: resident.OnA, postTo: resident.OnA);

        var list = await readerOnB.GetAsync("/Ideas");
        list.Headers.Age.Should().BeNull("node A's change evicted the page for node B too");
        (await HtmlPage.ReadAsync(list)).QuerySelector("#ideas tbody tr a")!.TextContent.Should().Be(title);
        var neighbourhood = await readerOnB.GetAsync("/Neighbourhoods/1");
        neighbourhood.Headers.Age.Should().BeNull();
        var page = await HtmlPage.ReadAsync(neighbourhood);
        page.QuerySelectorAll("#ideas a").Select(a => a.TextContent).Should().Contain(title);
        Number(page.QuerySelector("#ideas-heading .badge")!.TextContent).Should().Be(before + 1, "node B dropped its kept counts when node A said the records changed");
    }

    [SkippableFact]
    public async Task NewBudgetingOutcomesComputedOnA_EvictTheBudgetingPageNodeBCached()
    {
        cluster.SkipUnlessRunning();
        var reader = cluster.B.CreateClient();
        (await reader.GetAsync("/Budgeting")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await reader.GetAsync("/Budgeting")).Headers.Age.Should().NotBeNull();

        using (var scope = cluster.A.Services.CreateScope())
        {
            var rounds = await scope.ServiceProvider.GetRequiredService<GovernanceDbContext>().Set<BudgetingRound>().Select(r => r.Id).ToListAsync();
            // Until node A itself computes: its recount returns false when its own loop or node B has the round in hand.
            var worker = cluster.A.Services.GetRequiredService<BudgetingOutcomeWorker>();
            var before = worker.Computations;
            for (var wait = Stopwatch.StartNew(); worker.Computations == before && wait.Elapsed < TimeSpan.FromSeconds(120);)
            {
                foreach (var round in rounds)
                {
                    await worker.RecountAsync(round);
                }
            }

            worker.Computations.Should().BeGreaterThan(before);
            worker.LastError.Should().BeNull();
        }

        var evicted = false;
        for (var wait = Stopwatch.StartNew(); !evicted && wait.Elapsed < TimeSpan.FromSeconds(10); await Task.Delay(100))
        {
            evicted = (await reader.GetAsync("/Budgeting")).Headers.Age is null;
        }

        evicted.Should().BeTrue("node A's new outcomes evicted the page node B stored in the shared cache");
    }
}
