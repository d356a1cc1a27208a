using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The dashboard's adoption progress and the phases as the stored municipality records them, and a text alternative
/// for every chart.
/// </summary>
[Collection(DemoCollection.Name)]
public class DashboardProgressTest(DemoFactory factory)
{
    [Fact]
    public async Task Progress_IsTheLibrarysComputationFromTheStoredRecords_AndThePhasesAreTheStoredLaunches()
    {
        var today = DemoRecords.Today(factory);
        var home = await DemoRecords.HomeCityAsync(factory);
        var expected = await DemoRecords.ReadAsync(factory, async db => AdoptionProgress.Compute(
            await db.Municipalities.AsNoTracking().SingleAsync(m => m.Id == home),
            await db.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == home).ToListAsync(),
            await db.Set<Council>().AsNoTracking().Where(c => c.MunicipalityId == home).ToListAsync(),
            await db.Set<YouthMayorCampaign>().AsNoTracking().Where(c => c.MunicipalityId == home).ToListAsync(),
            today));
        var stored = await DemoRecords.ReadAsync(factory, db => db.Municipalities.AsNoTracking().SingleAsync(m => m.Id == home));
        var client = factory.NewClient();

        var page = await HtmlPage.GetAsync(client, "/?culture=en");

        var shares = page.QuerySelectorAll("#progress [data-measure]")
            .Select(li => (li.GetAttribute("data-measure")!, int.Parse(li.GetAttribute("data-done")!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(li.GetAttribute("data-of")!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        shares.Should().Equal(expected.Shares.Select(s => (s.Measure.ToString(), s.Done, s.Of)));
        expected[AdoptionMeasure.NeighbourhoodMayors].Of.Should().Be(50);
        page.QuerySelectorAll("[data-phase]").Select(c => c.GetAttribute("data-launched") == "true")
            .Should().Equal(ProgrammePhases.All.Select(p => stored.HasLaunched(p)));
        page.QuerySelector("#progress")!.TextContent.Should().Contain("Neighbourhoods with a mayor");
    }

    [Fact]
    public async Task EveryChart_HasANameAndATableOfItsData_InBothLanguages()
    {
        var neighbourhoods = (await DemoRecords.NeighbourhoodsAsync(factory)).Count;
        var client = factory.NewClient();

        foreach (var culture in new[] { "fa", "en" })
        {
            var page = await HtmlPage.GetAsync(client, "/?culture=" + culture);

            var canvases = page.QuerySelectorAll("canvas");
            canvases.Should().HaveCount(4);
            foreach (var canvas in canvases)
            {
                canvas.GetAttribute("role").Should().Be("img");
                page.GetElementById(canvas.GetAttribute("aria-labelledby")!)!.TextContent.Should().NotBeNullOrWhiteSpace();
                var table = page.QuerySelector($"details[data-chart-table='{canvas.Id}'] table");
                table.Should().NotBeNull($"the chart {canvas.Id} has its data as a table for readers who cannot see it");
            }

            page.QuerySelectorAll("details[data-chart-table='chart-coverage'] tbody tr").Should().HaveCount(neighbourhoods);
            page.QuerySelectorAll("details[data-chart-table='chart-ideas-by-month'] tbody tr").Should().NotBeEmpty();
            page.QuerySelectorAll(".table-responsive").Should().OnlyContain(d => d.GetAttribute("tabindex") == "0" && !string.IsNullOrEmpty(d.GetAttribute("aria-label")));
            if (culture == "fa")
            {
                var main = page.QuerySelector("main")!;
                foreach (var script in main.QuerySelectorAll("script").ToList())
                {
                    script.Remove();
                }

                main.TextContent.Should().NotMatchRegex("[0-9]", "the Persian dashboard shows Persian digits only");
            }
        }
    }
}
