using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RazorDemo.Caching;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.ScaleOut;

/// <summary>
/// The sign-in lockout holds across web nodes (issue #18): five wrong passwords lock an email wherever the balancer sent
/// them, for an account (Identity's count, in the shared database) and for an email with no account (the count in
/// Redis), so spreading the tries over the nodes neither gets more of them nor tells which emails have accounts. With
/// Redis down each node still locks an email after five failures of its own.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public class SharedLockoutTest(ScaleOutCluster cluster)
{
    private const string Locked = "ورود با این ایمیل تا ۱۵ دقیقه بسته است";
    private const string Wrong = "ایمیل یا گذرواژه درست نیست.";
    private const string Right = "Resident-Pass-1403!";

    [SkippableFact]
    public async Task FailuresOnA_LockAnUnknownEmailOnB()
    {
        cluster.SkipUnlessRunning();
        await BothNodesCountInRedisAsync();
        var email = $"nobody-{Guid.NewGuid():N}"[..15] + "@city.example";

        var onA = await FailuresAsync(cluster.A, email, 3);
        var onB = await FailuresAsync(cluster.B, email, 2);

        onA.Concat(onB.Take(1)).Should().AllSatisfy(m => m.Should().Contain(Wrong));
        onB[1].Should().Contain(Locked, "the fifth failure locks the email, though only two were made on node B");
        (await FailuresAsync(cluster.A, email, 1))[0].Should().Contain(Locked, "node A sees the lock node B set");
    }

    [SkippableFact]
    public async Task FailuresOnA_LockAnAccountOnB_EvenForItsRightPassword()
    {
        cluster.SkipUnlessRunning();
        await BothNodesCountInRedisAsync();
        var email = await AccountAsync();

        var onA = await FailuresAsync(cluster.A, email, 4);
        var onB = await FailuresAsync(cluster.B, email, 1);
        var right = await SignInAsync(cluster.B, email, Right);

        onA.Should().AllSatisfy(m => m.Should().Contain(Wrong));
        onB[0].Should().Contain(Locked);
        right.StatusCode.Should().Be(HttpStatusCode.OK, "a locked account does not sign in on another node either");
        (await HtmlPage.ReadAsync(right)).QuerySelector("[role='alert']")!.TextContent.Should().Contain(Locked);
    }

    [SkippableFact]
    public async Task TheSameSpreadFailures_GiveTheSameAnswers_ForAnAccountAndForAnUnknownEmail()
    {
        cluster.SkipUnlessRunning();
        await BothNodesCountInRedisAsync();
        var known = await AccountAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}"[..15] + "@city.example";

        var knownAnswers = (await FailuresAsync(cluster.A, known, 2)).Concat(await FailuresAsync(cluster.B, known, 2)).Concat(await FailuresAsync(cluster.A, known, 2));
        var unknownAnswers = (await FailuresAsync(cluster.A, unknown, 2)).Concat(await FailuresAsync(cluster.B, unknown, 2)).Concat(await FailuresAsync(cluster.A, unknown, 2));

        unknownAnswers.Should().Equal(knownAnswers);
    }

    [SkippableFact]
    public async Task WithRedisDown_EachNodeStillLocksAnUnknownEmail_InItsOwnMemory()
    {
        cluster.SkipUnlessRunning();
        var email = $"nobody-{Guid.NewGuid():N}"[..15] + "@city.example";
        var failures = cluster.A.Services.GetRequiredService<SharedRedis>().Failures;

        cluster.Redis.Stop();
        try
        {
            var onA = await FailuresAsync(cluster.A, email, 6);

            onA.Take(4).Should().AllSatisfy(m => m.Should().Contain(Wrong));
            onA.Skip(4).Should().AllSatisfy(m => m.Should().Contain(Locked));
            cluster.A.Services.GetRequiredService<SharedRedis>().Failures.Should().BeGreaterThan(failures, "the shared count failed and was counted");
        }
        finally
        {
            cluster.Redis.Start();
            await BothNodesCountInRedisAsync();
        }
    }

    /// <summary>
    /// Waits until both nodes count in Redis again: after an outage (this class's or another's) a node's breaker stays
    /// open a few seconds and its connection returns on its own schedule, and until then it counts in its own memory.
    /// </summary>
    private async Task BothNodesCountInRedisAsync()
    {
        foreach (var node in new[] { cluster.A, cluster.B })
        {
            var shared = node.Services.GetRequiredService<SharedSignInFailures>();
            var wait = System.Diagnostics.Stopwatch.StartNew();
            while (await shared.IsLockedAsync("probe@city.example") is null)
            {
                wait.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1), $"node {node.Name} reaches Redis again");
                await Task.Delay(200);
            }
        }
    }

    private async Task<string> AccountAsync()
    {
        var email = $"resident-{Guid.NewGuid():N}"[..17] + "@city.example";
        using var scope = cluster.A.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>();
        var user = new DemoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        (await users.CreateAsync(user, Right)).Succeeded.Should().BeTrue();
        (await users.AddToRoleAsync(user, DemoRoles.Resident)).Succeeded.Should().BeTrue();
        return email;
    }

    /// <summary>Wrong passwords on one node, each from a new browser; the page's message after each.</summary>
    private static async Task<List<string>> FailuresAsync(ScaleOutCluster.Node node, string email, int count)
    {
        var messages = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var response = await SignInAsync(node, email, "Wrong-Password-" + i);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            messages.Add((await HtmlPage.ReadAsync(response)).QuerySelector("[role='alert']")!.TextContent.Trim());
        }

        return messages;
    }

    private static async Task<HttpResponseMessage> SignInAsync(ScaleOutCluster.Node node, string email, string password)
    {
        var client = node.ClientWith(new CookieContainer());
        var page = await HtmlPage.GetAsync(client, "/Account/Login");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = email;
        fields["Password"] = password;
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
    }
}
