using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>The seeded campaigns other than the 1403 one and this year's interviews, as the youth-mayor page tests find them.</summary>
public static class YouthCampaigns
{
    /// <summary>The call open today (the second call of this year).</summary>
    public static async Task<YouthMayorCampaign> OpenCallAsync(DemoFactory factory) =>
        (await DemoRecords.CampaignsAsync(factory)).Last(c => c.Stage == CampaignStage.Application);

    /// <summary>The supplementary campaign, at training, whose youth mayor is the youthmayor@ account.</summary>
    public static async Task<YouthMayorCampaign> SupplementaryAsync(DemoFactory factory) =>
        (await DemoRecords.CampaignsAsync(factory)).Single(c => c.TermStartedOn is null && c.YouthMayors.Count > 0 && c.StartOf(CampaignStage.Training) is not null);

    public static Task<Resident> ResidentAsync(DemoFactory factory, ResidentId id) =>
        DemoRecords.ReadAsync(factory, c => c.Residents.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>The resident a demo account is linked to.</summary>
    public static async Task<Guid> AccountResidentAsync(DemoFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var identity = scope.ServiceProvider.GetRequiredService<DemoIdentityDbContext>();
        return (await identity.Users.AsNoTracking().SingleAsync(u => u.Email == email)).ResidentId!.Value;
    }
}

/// <summary>
/// A teenager applies online to the open call, with a guardian's consent: what the page reads (the relationship, the
/// date) is explained beside the field, the rest is the library's refusal in the reader's language, and what was typed
/// stays in the form.
/// </summary>
[Collection(DemoCollection.Name)]
public class YouthMayorApplyTest(DemoFactory factory)
{
    private const string Url = "/YouthMayors/Apply";
    private const string Teen = "teen@demo.rafsanjan";

    private static async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(HttpClient client, IDocument page, Dictionary<string, string> fields, string culture)
    {
        var response = await HtmlPage.SubmitAsync(client, page, "#apply-form", fields, $"{Url}?handler=Apply&culture={culture}");
        return (response, await HtmlPage.ReadAsync(response));
    }

    private static Dictionary<string, string> Consent(string given, string family, string relationship, string on) =>
        new() { ["Consent.GivenName"] = given, ["Consent.FamilyName"] = family, ["Consent.Relationship"] = relationship, ["Consent.GivenOn"] = on };

    [Fact]
    public async Task Apply_TheTeenagerWithAGuardiansConsent_IsRecorded_AfterEveryRefusalIsShown()
    {
        var open = await YouthCampaigns.OpenCallAsync(factory);
        var teen = new ResidentId(await YouthCampaigns.AccountResidentAsync(factory, Teen));
        var resident = await YouthCampaigns.ResidentAsync(factory, teen);
        var today = DemoRecords.Today(factory);
        resident.BelongsTo(open.Charter.YouthCohort).Should().BeTrue("the teen account is a teenager of the cohort");
        resident.IsMinorOn(open.CallOpensOn, open.Charter.AgeOfMajority).Should().BeTrue("so the application needs a guardian's consent");
        var client = await SignIn.AsAsync(factory, Teen);
        var page = await HtmlPage.GetAsync(client, Url);

        page.QuerySelector("#call")!.GetAttribute("data-campaign").Should().Be(open.Id.Value.ToString());
        page.QuerySelector("#who-may-apply")!.TextContent.Should().Contain("دهه هشتادی").And.Contain("۱۳۸۰").And.NotContain("1380");
        page.QuerySelectorAll("#apply-form label").Select(l => l.GetAttribute("for")).Should().BeEquivalentTo(
            ["consent-given-name", "consent-family-name", "consent-relationship", "consent-given-on"], "every field has a label");

        // No consent: the library says a minor needs one, in each language.
        var (_, noConsent) = await PostAsync(client, page, Consent("", "", "", ""), "en");
        noConsent.QuerySelector("#refusal")!.TextContent.Should().Contain("record a parent's or guardian's consent");
        (await PostAsync(client, page, Consent("", "", "", ""), "fa")).Page.QuerySelector("#refusal")!.TextContent.Should().Contain("رضایت ولی او را ثبت کنید");

        // What the page reads is explained beside its field, and what was typed stays.
        var (_, unread) = await PostAsync(client, page, Consent("مریم", "کرمانی", "Uncle", "1405/13/01"), "en");
        unread.QuerySelector("[data-valmsg-for='Consent.Relationship']")!.TextContent.Should().Be("Choose the guardian's relationship from the list.");
        unread.QuerySelector("[data-valmsg-for='Consent.GivenOn']")!.TextContent.Should().Contain("13");
        unread.QuerySelector("#consent-given-name")!.GetAttribute("value").Should().Be("مریم");
        unread.QuerySelector("#consent-given-on")!.GetAttribute("value").Should().Be("1405/13/01");

        // Consent dated after the application, and a partial consent: the library's refusals.
        var (_, later) = await PostAsync(client, page, Consent("مریم", "کرمانی", "Parent", PersianDates.FormatNumericLatin(today.PlusDays(1))), "en");
        later.QuerySelector("#refusal")!.TextContent.Should().Contain("consent must come first");
        var (_, partial) = await PostAsync(client, page, Consent("مریم", "", "", ""), "en");
        partial.QuerySelector("#refusal")!.TextContent.Should().Contain("not one of the choices offered");
        (await YouthCampaigns.OpenCallAsync(factory)).FindApplicationOf(teen).Should().BeNull("nothing refused is stored");

        // The application, with the consent typed in Persian digits.
        var (applied, _) = await PostAsync(client, page, Consent("مریم", resident.Name.FamilyName, "Parent", PersianDates.Format(today)), "fa");
        applied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        applied.Headers.Location!.OriginalString.Should().Contain("done=applied");
        var application = (await YouthCampaigns.OpenCallAsync(factory)).FindApplicationOf(teen)!;
        application.AppliedOn.Should().Be(today);
        application.GuardianConsent!.GuardianName.GivenName.Should().Be("مریم");
        application.GuardianConsent.Relationship.Should().Be(GuardianRelationship.Parent);
        application.GuardianConsent.GivenOn.Should().Be(today);

        var after = await HtmlPage.GetAsync(client, Url + "?culture=en");
        after.QuerySelector("#apply-form").Should().BeNull();
        after.QuerySelector("#applied")!.TextContent.Should().Contain("You applied on").And.Contain("shortlisted for interview after the call closes");

        // Applying twice (a page left open): the library refuses.
        var (_, twice) = await PostAsync(client, page, Consent("مریم", resident.Name.FamilyName, "Parent", PersianDates.Format(today)), "en");
        twice.QuerySelector("#refusal")!.TextContent.Should().Contain("each resident applies once");
    }

    [Fact]
    public async Task Apply_ByAnAdultOutsideTheCohort_IsRefused_WithTheReason()
    {
        var open = await YouthCampaigns.OpenCallAsync(factory);
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.Resident);
        var page = await HtmlPage.GetAsync(client, Url);
        var before = open.Applications.Count;

        var (response, refused) = await PostAsync(client, page, Consent("", "", "", ""), "en");
        var (_, persian) = await PostAsync(client, page, Consent("", "", "", ""), "fa");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        refused.QuerySelector("#refusal")!.TextContent.Should().Contain("The call is for residents born in the 1380s").And.Contain("this resident was not born in those years");
        persian.QuerySelector("#refusal")!.TextContent.Should().Contain("این شهروند در این سال‌ها به دنیا نیامده است");
        (await YouthCampaigns.OpenCallAsync(factory)).Applications.Should().HaveCount(before);
    }
}
