using System.Net;
using AngleSharp.Dom;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The municipality's page for the running campaigns: the applications received, the shortlist and the move to the next
/// stage, with the library's refusals (the call still open, a stage out of order). Shortlisting itself needs the call to
/// have closed, which the demo's open call has not: YouthBrowserTest runs it with the clock moved past the closing day.
/// </summary>
[Collection(DemoCollection.Name)]
public class YouthMayorApplicationsTest(DemoFactory factory)
{
    private const string Url = "/YouthMayors/Applications";

    private static async Task<IDocument> PostAsync(HttpClient client, IDocument page, string form, Dictionary<string, string>? fields, string culture, IEnumerable<(string, string)>? repeated = null)
    {
        var action = page.QuerySelector(form)!.GetAttribute("action")!;
        var response = await HtmlPage.SubmitAsync(client, page, form, fields, action + "&culture=" + culture, repeated ?? []);
        response.StatusCode.Should().Be(HttpStatusCode.OK, "a refusal is shown on the page");
        return await HtmlPage.ReadAsync(response);
    }

    [Fact]
    public async Task Applications_ListTheOpenCall_WithConsents_AndTheRunningCampaigns()
    {
        var open = await YouthCampaigns.OpenCallAsync(factory);
        var campaigns = await DemoRecords.CampaignsAsync(factory);
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);

        var page = await HtmlPage.GetAsync(client, Url);
        var english = await HtmlPage.GetAsync(client, Url + "?culture=en");

        page.QuerySelectorAll("#campaigns a").Select(a => a.GetAttribute("data-campaign"))
            .Should().BeEquivalentTo(campaigns.Where(c => c.TermStartedOn is null).Select(c => c.Id.Value.ToString()), "only running campaigns are listed");
        page.QuerySelector("#campaigns a.active")!.GetAttribute("data-campaign").Should().Be(open.Id.Value.ToString(), "the latest call is shown first");
        page.QuerySelector("#campaign-stage")!.GetAttribute("data-stage").Should().Be(nameof(CampaignStage.Application));
        var rows = page.QuerySelectorAll("#applications tbody tr");
        rows.Select(r => r.GetAttribute("data-application")).Should().BeEquivalentTo((await YouthCampaigns.OpenCallAsync(factory)).Applications.Select(a => a.Id.Value.ToString()));
        page.QuerySelectorAll("#applications input[name='Shortlist']").Should().OnlyContain(i => i.HasAttribute("disabled"), "nobody is shortlisted while the call is open");
        var minor = open.Applications.First(a => a.GuardianConsent is not null);
        page.QuerySelector($"#applications tr[data-application='{minor.Id.Value}'] [data-consent]")!.TextContent.Should().Contain(minor.GuardianConsent!.GuardianName.GivenName);
        english.QuerySelector("#advance-form button")!.TextContent.Should().Be("Move on to shortlisting");
        english.QuerySelector("#applications thead")!.TextContent.Should().Contain("Guardian's consent");
    }

    [Fact]
    public async Task Applications_RefuseShortlistingAndMovingOn_WhileTheCallIsOpen_AndChangeNothing()
    {
        var open = await YouthCampaigns.OpenCallAsync(factory);
        var application = open.Applications[0];
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.Administrator);
        var page = await HtmlPage.GetAsync(client, $"{Url}?campaign={open.Id.Value}");

        var notYet = await PostAsync(client, page, "#shortlist-form", null, "en", [("Shortlist", application.Id.Value.ToString())]);
        notYet.QuerySelector("#refusal")!.TextContent.Should().Contain("Shortlisting belongs to the shortlisting stage");
        var none = await PostAsync(client, page, "#shortlist-form", null, "en");
        none.QuerySelector("[data-valmsg-for='Shortlist']")!.TextContent.Should().Be("Tick at least one application to shortlist.");
        var unknown = await PostAsync(client, page, "#shortlist-form", null, "fa", [("Shortlist", "not-an-id")]);
        unknown.QuerySelector("[data-valmsg-for='Shortlist']")!.TextContent.Should().Contain("شناخته نیست");
        var missing = await PostAsync(client, page, "#shortlist-form", null, "en", [("Shortlist", Guid.NewGuid().ToString())]);
        missing.QuerySelector("#refusal")!.TextContent.Should().Contain("was not found");

        var callOpen = await PostAsync(client, page, "#advance-form", null, "en");
        callOpen.QuerySelector("#refusal")!.TextContent.Should().Contain($"The call is open until {PersianDates.FormatLatin(open.CallClosesOn)}; shortlisting starts after it closes.");
        (await PostAsync(client, page, "#advance-form", null, "fa")).QuerySelector("#refusal")!.TextContent.Should().Contain("گزینش پس از بسته شدن آن آغاز می‌شود");
        var skipping = await PostAsync(client, page, "#advance-form", new() { ["Stage"] = nameof(CampaignStage.Term) }, "en");
        skipping.QuerySelector("#refusal")!.TextContent.Should().Contain("the next stage is shortlisting, not term of office");
        var madeUp = await PostAsync(client, page, "#advance-form", new() { ["Stage"] = "7" }, "en");
        madeUp.QuerySelector("[data-valmsg-for='Stage']")!.TextContent.Should().Be("Choose the next stage on this page.");

        var after = await YouthCampaigns.OpenCallAsync(factory);
        after.Stage.Should().Be(CampaignStage.Application);
        after.FindApplicationOf(application.ResidentId)!.IsShortlisted.Should().BeFalse();
    }

    [Fact]
    public async Task Applications_ShowTheSupplementaryCampaignAtTraining()
    {
        var supplementary = await YouthCampaigns.SupplementaryAsync(factory);
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);

        var page = await HtmlPage.GetAsync(client, $"{Url}?campaign={supplementary.Id.Value}&culture=en");

        page.QuerySelector("#campaign-stage")!.GetAttribute("data-stage").Should().Be(nameof(CampaignStage.Training));
        page.QuerySelector("#advance-form input[name='Stage']")!.GetAttribute("value").Should().Be(nameof(CampaignStage.Term));
        page.QuerySelector("#applications tbody tr")!.GetAttribute("data-shortlisted").Should().Be("true");
    }

    [Fact]
    public async Task Applications_AnswerNotFound_ForACampaignThatIsNotRunning()
    {
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);
        var finished = await DemoRecords.CampaignOf1403Async(factory);

        (await client.GetAsync($"{Url}?campaign={Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync($"{Url}?campaign={finished.Id.Value}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
