using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using RazorDemo.Identity;
using RazorDemo.Pages;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.ScaleOut;

/// <summary>
/// The primary database out of reach (issue #18, item 7: the primary restarting). A signed-in reader gets the 503 "out of
/// reach for a moment" page with Retry-After, not a 500 (the page's header names the person from the cookie, not from the
/// accounts table); <c>/health</c> says "degraded" (200) on a node whose standby answers, so the balancer keeps it for
/// readers, and "unhealthy" (503) on a node with no standby. The primary is made unreachable for real: the database stops
/// accepting connections and every open one is cut.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public class PrimaryOutageTest(ScaleOutCluster cluster)
{
    private NpgsqlConnectionStringBuilder On(string database) =>
        new(cluster.GovernanceConnectionString) { Database = database, Pooling = false };

    private async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(On(database).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string> StandbyAsync()
    {
        // Any second database that answers serves as the standby here: /health only asks whether it can be reached.
        await ExecuteAsync("postgres", "DROP DATABASE IF EXISTS outage_standby");
        await ExecuteAsync("postgres", "CREATE DATABASE outage_standby");
        return On("outage_standby").ConnectionString;
    }

    private async Task CutThePrimaryAsync(bool cut)
    {
        var governance = new NpgsqlConnectionStringBuilder(cluster.GovernanceConnectionString).Database!;
        await ExecuteAsync("postgres", $"ALTER DATABASE \"{governance}\" WITH ALLOW_CONNECTIONS {(cut ? "false" : "true")}");
        if (cut)
        {
            await ExecuteAsync("postgres", $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{governance}' AND pid <> pg_backend_pid()");
        }

        NpgsqlConnection.ClearAllPools();
    }

    private static async Task SignInAsync(HttpClient node, string email)
    {
        var page = await HtmlPage.GetAsync(node, "/Account/Login");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = email;
        fields["Password"] = DemoAccounts.Password;
        (await node.PostAsync("/Account/Login", new FormUrlEncodedContent(fields))).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    private static async Task<(HttpStatusCode Status, string Text)> HealthUntilAsync(HttpClient node, string expected)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var response = await node.GetAsync("/health");
            var text = await response.Content.ReadAsStringAsync();
            if (text.StartsWith(expected, StringComparison.Ordinal) || watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                return (response.StatusCode, text);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    [SkippableFact]
    public async Task PrimaryOutOfReach_SignedInReaderGets503NotA500_AndHealthSaysDegradedOnlyWhereAStandbyAnswers()
    {
        cluster.SkipUnlessRunning();
        var standby = await StandbyAsync();
        await using var withStandby = cluster.A.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:GovernanceReplica", standby));
        var reader = new Browser(cluster);
        await SignInAsync(reader.OnB, "resident1@demo.rafsanjan");
        var healthy = await withStandby.CreateClient().GetAsync("/health");
        (await healthy.Content.ReadAsStringAsync()).Should().Be("healthy\n");
        (await reader.OnB.GetAsync("/Ideas/Mine")).StatusCode.Should().Be(HttpStatusCode.OK, "the reader is signed in before the outage");

        await CutThePrimaryAsync(cut: true);
        try
        {
            var mine = await reader.OnB.GetAsync("/Ideas/Mine");
            var body = await mine.Content.ReadAsStringAsync();
            mine.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the database is out of reach, which is worth trying again shortly: " + body[..Math.Min(body.Length, 300)]);
            mine.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(ErrorModel.RetryAfterSeconds));
            var page = await HtmlPage.ReadAsync(mine);
            page.QuerySelector("#database-unavailable").Should().NotBeNull("the page says what happened");
            page.QuerySelector("#signed-in-as")!.GetAttribute("data-email").Should().Be("resident1@demo.rafsanjan", "the header still names the reader, from the cookie");

            // The balancer asks every second and takes a node out after a few failures: the first answer after the primary
            // went away may still be "unhealthy" while the node opens its first connection to the standby.
            var (degraded, degradedText) = await HealthUntilAsync(withStandby.CreateClient(), "degraded:");
            degraded.Should().Be(HttpStatusCode.OK, "readers can still be served from the standby and the cache: " + degradedText);
            degradedText.Should().StartWith("degraded:");

            var alone = await cluster.B.CreateClient().GetAsync("/health");
            alone.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "a node with neither database is taken out of rotation");
            (await alone.Content.ReadAsStringAsync()).Should().StartWith("unhealthy:");
        }
        finally
        {
            await CutThePrimaryAsync(cut: false);
        }

        (await reader.OnB.GetAsync("/Ideas/Mine")).StatusCode.Should().Be(HttpStatusCode.OK, "the reader is served again once the primary is back");
        (await (await withStandby.CreateClient().GetAsync("/health")).Content.ReadAsStringAsync()).Should().Be("healthy\n");
    }
}
