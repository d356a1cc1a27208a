using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.Webhooks;
using ParticipatoryGovernance.Webhooks;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;
using RazorDemo.Tests.Pages;

namespace RazorDemo.Tests.Webhooks;

/// <summary>
/// Staff manage their city's webhooks: hostile and internal addresses refused with reasons, the secret shown once,
/// pause, resume, rotate and delete, and the recent deliveries with their attempts and last error.
/// </summary>
[Collection(DemoCollection.Name)]
public class WebhooksPageTest(DemoFactory factory)
{
    public static TheoryData<string> HostileAddresses()
    {
        var data = new TheoryData<string>();
        foreach (var value in Hostile.HostileFormsTest.Values.Concat(["http://example.org/in", "https://169.254.169.254/latest/meta-data", "https://10.0.0.5/in", "https://localhost/in", "https://[::1]/in", "https://2130706433/", "file:///etc/passwd", "https://user:pw@example.org/"]))
        {
            data.Add(value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileAddresses))]
    public async Task Hostile_addresses_are_refused_with_a_reason_and_nothing_is_stored(string address)
    {
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var page = await HtmlPage.GetAsync(staff, "/Webhooks");
        var before = page.QuerySelectorAll("#subscriptions tbody tr").Length;

        var response = await HtmlPage.SubmitAsync(staff, page, "#create-form", new Dictionary<string, string> { ["Address"] = address }, "/Webhooks?handler=Create", [("EventTypes", address)]);

        if (address.Any(c => char.IsControl(c) && c is not ('\r' or '\n')))
        {
            // The site's input filter stops control characters before any page.
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await HtmlPage.GetAsync(staff, "/Webhooks")).QuerySelectorAll("#subscriptions tbody tr").Length.Should().Be(before);
            return;
        }

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await HtmlPage.ReadAsync(response);
        refused.QuerySelector("#refusals")!.TextContent.Should().NotBeNullOrWhiteSpace();
        refused.QuerySelector("#new-secret").Should().BeNull();
        refused.QuerySelectorAll("#subscriptions tbody tr").Length.Should().Be(before);
    }

    [Fact]
    public async Task Staff_add_a_webhook_see_the_secret_once_pause_resume_rotate_delete_and_read_its_deliveries()
    {
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var page = await HtmlPage.GetAsync(staff, "/Webhooks");
        var address = $"https://hooks-{Guid.NewGuid():N}.example.invalid/in";

        var created = await HtmlPage.SubmitAsync(staff, page, "#create-form", new Dictionary<string, string> { ["Address"] = address }, "/Webhooks?handler=Create", [("EventTypes", "MeetingScheduled")]);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var shown = await HtmlPage.GetAsync(staff, "/Webhooks");
        var secret = shown.QuerySelector("#secret")!.TextContent;
        secret.Should().StartWith(WebhookSignature.SecretPrefix);
        var again = await HtmlPage.GetAsync(staff, "/Webhooks");
        again.QuerySelector("#secret").Should().BeNull("the secret is shown once");
        again.Body!.InnerHtml.Should().NotContain(secret);
        var row = again.QuerySelectorAll("#subscriptions tbody tr").Single(r => r.TextContent.Contains(address, StringComparison.Ordinal));
        var id = row.GetAttribute("data-subscription")!;

        // An event of the city becomes a delivery; the receiver's name does not resolve, so the attempt fails and says why.
        await MeetingScenario.PrepareAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var worker = scope.ServiceProvider.GetRequiredService<WebhookWorker>();
            for (var i = 0; i < 20 && !(await HtmlPage.GetAsync(staff, "/Webhooks")).QuerySelectorAll("#deliveries tbody tr").Any(r => r.TextContent.Contains(address, StringComparison.Ordinal) && !r.QuerySelectorAll("td")[4].TextContent.Trim().Equals("0", StringComparison.Ordinal)); i++)
            {
                await worker.RunOnceAsync();
            }
        }

        var withDelivery = await HtmlPage.GetAsync(staff, "/Webhooks");
        var delivery = withDelivery.QuerySelectorAll("#deliveries tbody tr").First(r => r.TextContent.Contains(address, StringComparison.Ordinal));
        delivery.QuerySelectorAll("td")[1].TextContent.Should().Be("MeetingScheduled");
        delivery.QuerySelector(".delivery-state")!.TextContent.Should().StartWith("waiting", "it failed once and waits for its retry");
        delivery.QuerySelectorAll("td")[5].TextContent.Should().NotBeNullOrWhiteSpace("the last error is shown");

        async Task<HttpResponseMessage> Act(string handler, string subscription = "") =>
            await HtmlPage.SubmitAsync(staff, await HtmlPage.GetAsync(staff, "/Webhooks"), "#create-form", new Dictionary<string, string> { ["Subscription"] = subscription.Length > 0 ? subscription : id }, $"/Webhooks?handler={handler}");

        (await Act("Pause")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await HtmlPage.GetAsync(staff, "/Webhooks")).QuerySelector($"tr[data-subscription='{id}'] .state")!.TextContent.Should().Contain("paused");
        var pausedTwice = await HtmlPage.ReadAsync(await Act("Pause"));
        pausedTwice.QuerySelector("#refusals")!.TextContent.Should().Contain("already paused");
        (await Act("Resume")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Act("Rotate")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var rotated = await HtmlPage.GetAsync(staff, "/Webhooks");
        rotated.QuerySelector("#secret")!.TextContent.Should().StartWith(WebhookSignature.SecretPrefix).And.NotBe(secret);
        (await HtmlPage.ReadAsync(await Act("Delete", Guid.NewGuid().ToString()))).QuerySelector("#refusals")!.TextContent.Should().Contain("not found");
        (await HtmlPage.ReadAsync(await Act("Delete", "<script>"))).QuerySelector("#refusals")!.TextContent.Should().Contain("not found");
        (await Act("Delete")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await HtmlPage.GetAsync(staff, "/Webhooks")).QuerySelector($"tr[data-subscription='{id}']").Should().BeNull();
    }
}
