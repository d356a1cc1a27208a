using System.Net;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Residents;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The staff page of a neighbourhood's active citizens: the list as recorded, with the assessor's reasons and minors by
/// their public profile only, paged; and the assessment re-run through its command, recorded on every resident.
/// </summary>
[Collection(DemoCollection.Name)]
public class ActiveCitizensTest(DemoFactory factory)
{
    private static async Task<List<Resident>> ResidentsOfAsync(DemoFactory factory, int number) =>
        await DemoRecords.ReadAsync(factory, async db =>
        {
            var home = DemoRecords.HomeCity(db);
            var neighbourhood = await db.Neighbourhoods.AsNoTracking().SingleAsync(n => n.Number == number && n.MunicipalityId == home);
            return await db.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == neighbourhood.Id).ToListAsync();
        });

    [Fact]
    public async Task List_ShowsTheRecordedActiveCitizensWithTheAssessorsReasons_AndMinorsByTheirPublicProfile()
    {
        // Neighbourhood 2: no other test re-assesses it.
        var residents = await ResidentsOfAsync(factory, 2);
        var active = residents.Where(r => r.IsActiveCitizen).ToList();
        var today = DemoRecords.Today(factory);
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();

        var page = await HtmlPage.GetAsync(client, "/ActiveCitizens?n=2");
        var persian = await HtmlPage.GetAsync(client, "/ActiveCitizens?n=۲&culture=fa");

        active.Should().NotBeEmpty("the generated city assessed its residents");
        var summary = page.QuerySelector("#summary")!;
        summary.GetAttribute("data-active").Should().Be(active.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        summary.GetAttribute("data-residents").Should().Be(residents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var rows = page.QuerySelectorAll("#citizens tbody tr");
        rows.Length.Should().Be(Math.Min(active.Count, RazorDemo.Pages.ActiveCitizens.IndexModel.PageSize));
        foreach (var row in rows)
        {
            var resident = active.Should().ContainSingle(r => r.Id.Value == Guid.Parse(row.GetAttribute("data-resident")!)).Subject;
            var profile = resident.ToPublicProfile(today);
            row.QuerySelector("td bdi")!.TextContent.Should().Be(profile.DisplayName);
            row.QuerySelectorAll("li[data-rule]").Select(li => li.GetAttribute("data-rule"))
                .Should().BeEquivalentTo(resident.ActiveCitizenship!.ReasonRuleIds, "each reason the model recorded is explained");
            row.QuerySelectorAll("li[data-rule]").Should().OnlyContain(li => li.TextContent.Length > 10);
        }

        persian.QuerySelector("#active-citizens")!.GetAttribute("data-neighbourhood").Should().Be("2", "Persian digits in the address pick the same neighbourhood");
        persian.QuerySelector("#citizens tbody")!.TextContent.Should().NotMatchRegex("[0-9]", "a Persian page shows Persian digits");
    }

    [Fact]
    public async Task List_PagesLongNeighbourhoods_AndExplainsAPageOrNeighbourhoodThatDoesNotExist()
    {
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.Administrator).InEnglishAsync();
        var active = (await ResidentsOfAsync(factory, 3)).Count(r => r.IsActiveCitizen);

        var last = (active + RazorDemo.Pages.ActiveCitizens.IndexModel.PageSize - 1) / RazorDemo.Pages.ActiveCitizens.IndexModel.PageSize;
        var lastPage = await HtmlPage.GetAsync(client, $"/ActiveCitizens?n=3&p={last}");
        var beyond = await HtmlPage.GetAsync(client, "/ActiveCitizens?n=3&p=999");
        var nowhere = await client.GetAsync("/ActiveCitizens?n=9999");

        lastPage.QuerySelectorAll("#citizens tbody tr").Length.Should().Be(active - ((last - 1) * RazorDemo.Pages.ActiveCitizens.IndexModel.PageSize));
        beyond.QuerySelector("[data-problem]")!.TextContent.Should().Contain("There is no page '999'");
        nowhere.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ReadAsync(nowhere)).QuerySelector("[data-problem]")!.TextContent.Should().Contain("There is no neighbourhood '9999'");
    }

    [Fact]
    public async Task Rerun_RecordsTodaysAssessmentOnEveryResident_AndTheListShowsIt()
    {
        // Neighbourhood 50: re-assessed only here, so the seeded councils' candidates elsewhere stay as generated.
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var page = await HtmlPage.GetAsync(client, "/ActiveCitizens?n=50");

        var response = await HtmlPage.SubmitAsync(client, page, "#assess-form");
        var after = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var residents = await ResidentsOfAsync(factory, 50);
        var today = DemoRecords.Today(factory);
        residents.Should().OnlyContain(r => r.ActiveCitizenship != null && r.ActiveCitizenship.AssessedOn == today);
        after.QuerySelector("#notice")!.TextContent.Should().Contain("recorded for every resident");
        after.QuerySelector("#summary")!.GetAttribute("data-active").Should().Be(residents.Count(r => r.IsActiveCitizen).ToString(System.Globalization.CultureInfo.InvariantCulture));
        after.QuerySelectorAll("#citizens tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-resident")!))
            .Should().BeSubsetOf(residents.Where(r => r.IsActiveCitizen).Select(r => r.Id.Value));
    }

    [Fact]
    public async Task Rerun_OfANeighbourhoodNotInTheCity_IsRefusedWithAReason()
    {
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var page = await HtmlPage.GetAsync(client, "/ActiveCitizens?n=50");

        var response = await HtmlPage.SubmitAsync(client, page, "#assess-form", new Dictionary<string, string> { ["n"] = "9999" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ReadAsync(response)).QuerySelector("#refusal")!.TextContent.Should().Contain("Choose a neighbourhood from the list.");
    }
}
