using System.Net;
using AngleSharp.Dom;
using RazorDemo.Channels;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Channels;

/// <summary>The phone simulator as form posts: dial, keypad, send, hang up and a text message, with hostile values answered by a page.</summary>
[Collection(DemoCollection.Name)]
public class PhonePageTest(DemoFactory factory)
{
    [Fact]
    public async Task DialKeypadSendAndText_WorkWithoutScript()
    {
        var client = await Task.FromResult(factory.NewClient()).InEnglishAsync();
        var page = await HtmlPage.GetAsync(client, "/Phone?Phone=" + Uri.EscapeDataString(DemoPhones.Resident2));

        var dialled = await PostAsync(client, page, "Dial");
        var typed = await PostAsync(client, dialled, "Key", ("Key", "3"));
        var sent = await PostAsync(client, typed, "Send");
        var texted = await PostAsync(client, sent, "Sms", ("Message", "HELP"));
        var hungUp = await PostAsync(client, texted, "HangUp");

        page.QuerySelector("#phone-screen")!.TextContent.Should().Be("Dial to start.");
        dialled.QuerySelector("#phone-screen")!.TextContent.Should().Contain("1 Budget votes");
        typed.QuerySelector("#Input")!.GetAttribute("value").Should().Be("3");
        typed.QuerySelector("#phone-screen")!.TextContent.Should().Contain("1 Budget votes", "a key press keeps the screen");
        sent.QuerySelector("#phone-screen")!.TextContent.Should().StartWith("Send the idea's number:");
        texted.QuerySelectorAll("#inbox li").Select(li => li.TextContent).Should().Contain(t => t.Contains("VOTE 3 7", StringComparison.Ordinal));
        hungUp.QuerySelector("#phone-screen")!.TextContent.Should().Be("Dial to start.");
        dialled.QuerySelectorAll("#idea-numbers li").Should().NotBeEmpty("the resident's neighbourhood's new ideas are listed with their numbers");
    }

    [Fact]
    public async Task HostileValues_AreAnsweredWithThePage()
    {
        var client = factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/Phone");

        foreach (var (handler, fields) in new (string, (string, string)[])[]
        {
            ("Send", [("Session", new string('s', 500)), ("Input", new string('9', 5000))]),
            ("Send", [("Phone", "<script>alert(1)</script>"), ("Input", "1")]),
            ("Key", [("Key", "<b>"), ("Screen", new string('x', 5000))]),
            ("Sms", [("Message", new string('ب', 5000))]),
            ("Dial", [("Phone", new string('9', 5000))]),
        })
        {
            var response = await HtmlPage.SubmitAsync(client, page, "#phone-form", fields.ToDictionary(f => f.Item1, f => f.Item2), "/Phone?handler=" + handler);

            response.StatusCode.Should().Be(HttpStatusCode.OK, handler);
            (await response.Content.ReadAsStringAsync()).Should().NotContain("<script>alert(1)</script>");
        }
    }

    private static async Task<IDocument> PostAsync(HttpClient client, IDocument page, string handler, params (string Name, string Value)[] values)
    {
        var response = await HtmlPage.SubmitAsync(client, page, "#phone-form", values.ToDictionary(v => v.Name, v => v.Value), "/Phone?handler=" + handler);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await HtmlPage.ReadAsync(response);
    }
}
