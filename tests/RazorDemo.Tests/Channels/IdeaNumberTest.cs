using System.Net;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Channels;
using RazorDemo.Hosting;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Channels;

/// <summary>
/// A resident learns an idea's phone number from its page, and a text message with that number reaches the idea: the
/// number shown is the one the SMS keywords and the USSD menu read, and it stays the same.
/// </summary>
[Collection(DemoCollection.Name)]
public class IdeaNumberTest(DemoFactory factory)
{
    [Fact]
    public async Task TheIdeaPage_ShowsTheNumber_ThatAStatusTextMessageReaches()
    {
        var idea = await DemoRecords.ReadAsync(factory, db => db.HomeIdeas()
            .Where(i => i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null && i.Status == IdeaStatus.Accepted)
            .OrderBy(i => i.SubmittedAt).FirstAsync());
        var reader = factory.NewClient();

        var page = await HtmlPage.GetAsync(reader, $"/Ideas/{idea.Id.Value}?culture=en");
        var shown = page.QuerySelector("#idea-number")!;
        var number = int.Parse(shown.GetAttribute("data-number")!, System.Globalization.CultureInfo.InvariantCulture);
        shown.TextContent.Should().Contain($"ENDORSE {number}");
        var again = await HtmlPage.GetAsync(factory.NewClient(), $"/Ideas/{idea.Id.Value}?culture=fa");
        again.QuerySelector("#idea-number")!.GetAttribute("data-number").Should().Be(number.ToString(System.Globalization.CultureInfo.InvariantCulture), "a number never changes");

        using var gateway = factory.CreateClient();
        gateway.DefaultRequestHeaders.Add(GatewaySecret.Header, DemoChannels.DevelopmentSecret);
        var response = await gateway.PostAsync(GatewayEndpoints.SmsPath, new FormUrlEncodedContent(
        [
            new KeyValuePair<string, string>("from", DemoPhones.Resident2),
            new KeyValuePair<string, string>("text", $"STATUS {number}"),
        ]));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"Idea {number}: accepted");
    }
}
