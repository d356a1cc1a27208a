using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Data;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The youth mayor's team page: which urban fields are filled and which remain, and the form that brings a teenager of
/// the neighbourhood onto the team, refused with the library's reasons (a minor without consent, a field the charter
/// does not have, the youth mayor themselves, a teenager of another neighbourhood).
/// </summary>
[Collection(DemoCollection.Name)]
public class YouthMayorTeamTest(DemoFactory factory)
{
    private const string Url = "/YouthMayors/Team";
    private const string YouthMayor = "youthmayor@demo.rafsanjan";

    private static async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(HttpClient client, IDocument page, Dictionary<string, string> fields, string culture)
    {
        var response = await HtmlPage.SubmitAsync(client, page, "#member-form", fields, $"{Url}?handler=Add&culture={culture}");
        return (response, await HtmlPage.ReadAsync(response));
    }

    private static Dictionary<string, string> Member(string memberId, string field, string given = "", string family = "", string relationship = "", string on = "") =>
        new()
        {
            ["MemberId"] = memberId, ["Field"] = field,
            ["Consent.GivenName"] = given, ["Consent.FamilyName"] = family, ["Consent.Relationship"] = relationship, ["Consent.GivenOn"] = on,
        };

    [Fact]
    public async Task Team_ShowsTheFieldsFilledAndThoseThatRemain_ForTheLinkedYouthMayor()
    {
        var campaign = await YouthCampaigns.SupplementaryAsync(factory);
        var mayor = campaign.YouthMayors.Single();
        (await YouthCampaigns.AccountResidentAsync(factory, YouthMayor)).Should().Be(mayor.ResidentId.Value, "the youthmayor account is this youth mayor");
        var client = await SignIn.AsAsync(factory, YouthMayor);

        var page = await HtmlPage.GetAsync(client, Url);
        var english = await HtmlPage.GetAsync(client, Url + "?culture=en");

        var filled = mayor.Team.Members.Select(m => m.UrbanFieldKey).ToHashSet();
        page.QuerySelector("#team-size")!.GetAttribute("data-members").Should().Be(mayor.Team.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#team-size")!.GetAttribute("data-seats").Should().Be("9");
        page.QuerySelectorAll("#fields tbody tr").Select(r => (r.GetAttribute("data-field"), r.GetAttribute("data-filled")))
            .Should().Equal(campaign.Charter.UrbanFields.Select(f => ((string?)f.Key, (string?)(filled.Contains(f.Key) ? "true" : "false"))));
        page.QuerySelectorAll("#Field optgroup[data-open='true'] option").Select(o => o.GetAttribute("value"))
            .Should().Equal(campaign.Charter.UrbanFields.Where(f => !filled.Contains(f.Key)).Select(f => f.Key), "the fields still open are offered first");
        page.QuerySelectorAll("#Field optgroup[data-open='false'] option").Select(o => o.GetAttribute("value"))
            .Should().Equal(campaign.Charter.UrbanFields.Where(f => filled.Contains(f.Key)).Select(f => f.Key), "a team may have more seats than the charter has fields");
        page.QuerySelector("#team-size")!.TextContent.Should().Contain($"{PersianDigits.Format(mayor.Team.Members.Count)} از ۹ عضو");
        english.QuerySelector("#team-size")!.TextContent.Should().Contain($"{mayor.Team.Members.Count} of 9 members");
        english.QuerySelectorAll("#fields tbody tr[data-filled='false'] td")[1].TextContent.Trim().Should().Be("Nobody yet");
    }

    [Fact]
    public async Task Team_AddsATeenagerOfTheNeighbourhood_AfterEveryRefusalIsShown()
    {
        var campaign = await YouthCampaigns.SupplementaryAsync(factory);
        var mayor = campaign.YouthMayors.Single();
        var today = DemoRecords.Today(factory);
        var residents = await DemoRecords.ReadAsync(factory, c => c.Residents.AsNoTracking().ToListAsync());
        var onTeam = mayor.Team.Members.Select(m => m.ResidentId).ToHashSet();
        var neighbours = residents.Where(r => r.NeighbourhoodId == mayor.NeighbourhoodId && r.BelongsTo(campaign.Charter.YouthCohort) && r.Id != mayor.ResidentId && !onTeam.Contains(r.Id)).ToList();
        var minor = neighbours.First(r => r.IsMinorOn(today, campaign.Charter.AgeOfMajority));
        var adult = neighbours.First(r => !r.IsMinorOn(today, campaign.Charter.AgeOfMajority));
        var stranger = residents.First(r => r.NeighbourhoodId != mayor.NeighbourhoodId && r.BelongsTo(campaign.Charter.YouthCohort));
        var field = campaign.Charter.UrbanFields.First(f => mayor.Team.Members.All(m => m.UrbanFieldKey != f.Key)).Key;
        var client = await SignIn.AsAsync(factory, YouthMayor);
        var page = await HtmlPage.GetAsync(client, Url);

        page.QuerySelectorAll("#MemberId option").Select(o => o.GetAttribute("value")).Should().Contain(minor.Id.Value.ToString()).And.Contain(adult.Id.Value.ToString())
            .And.NotContain(mayor.ResidentId.Value.ToString());
        (await PostAsync(client, page, Member("", field), "en")).Page.QuerySelector("[data-valmsg-for='MemberId']")!.TextContent.Should().Be("Choose the new member from the list.");
        (await PostAsync(client, page, Member("x", field), "en")).Page.QuerySelector("[data-valmsg-for='MemberId']")!.TextContent.Should().Contain("not known");
        (await PostAsync(client, page, Member(minor.Id.Value.ToString(), field), "en")).Page.QuerySelector("#refusal")!.TextContent
            .Should().Contain("The team member is under 18; record a parent's or guardian's consent.");
        (await PostAsync(client, page, Member(adult.Id.Value.ToString(), "space-travel"), "en")).Page.QuerySelector("#refusal")!.TextContent
            .Should().Contain("The urban field is not one of the choices offered");
        (await PostAsync(client, page, Member(mayor.ResidentId.Value.ToString(), field), "en")).Page.QuerySelector("#refusal")!.TextContent
            .Should().Contain("This resident is a youth mayor and cannot also sit on a team.");
        (await PostAsync(client, page, Member(stranger.Id.Value.ToString(), field), "fa")).Page.QuerySelector("#refusal")!.TextContent
            .Should().Contain("اعضای تیم از محلهٔ خود شهردار نوجوان هستند");
        var (_, kept) = await PostAsync(client, page, Member(minor.Id.Value.ToString(), field, "رضا", "", "Parent", "1405/01/40"), "en");
        kept.QuerySelector("[data-valmsg-for='Consent.GivenOn']")!.TextContent.Should().Contain("40");
        kept.QuerySelector("#consent-given-name")!.GetAttribute("value").Should().Be("رضا");
        kept.QuerySelector($"#MemberId option[value='{minor.Id.Value}']")!.HasAttribute("selected").Should().BeTrue("the choice stays");
        (await YouthCampaigns.SupplementaryAsync(factory)).YouthMayors.Single().Team.Members.Should().HaveCount(mayor.Team.Members.Count, "nothing refused is stored");

        var (added, _) = await PostAsync(client, page, Member(minor.Id.Value.ToString(), field, "رضا", minor.Name.FamilyName, "Parent", PersianDates.Format(today)), "fa");

        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var member = (await YouthCampaigns.SupplementaryAsync(factory)).YouthMayors.Single().Team.Members.Should().ContainSingle(m => m.ResidentId == minor.Id).Subject;
        member.UrbanFieldKey.Should().Be(field);
        member.GuardianConsent!.GuardianName.GivenName.Should().Be("رضا");
        var after = await HtmlPage.GetAsync(client, Url + "?done=added");
        after.QuerySelector($"#fields tr[data-field='{field}']")!.GetAttribute("data-filled").Should().Be("true");
        after.QuerySelectorAll("#Field optgroup[data-open='true'] option").Select(o => o.GetAttribute("value")).Should().NotContain(field);
        after.QuerySelectorAll("#MemberId option").Select(o => o.GetAttribute("value")).Should().NotContain(minor.Id.Value.ToString());
    }
}
