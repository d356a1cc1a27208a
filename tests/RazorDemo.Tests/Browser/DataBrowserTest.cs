using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using RazorDemo.Identity;

namespace RazorDemo.Tests.Browser;

/// <summary>
/// In a real browser: staff re-run a neighbourhood's active-citizen assessment and see the list; an anonymous reader
/// downloads a CSV and a JSON set from /OpenData; staff confirm a council member's resignation with its date.
/// </summary>
[Collection(BrowserCollection.Name)]
public class DataBrowserTest(BrowserFixture browser)
{
    private static async Task SignInAsync(IPage page, string role)
    {
        await page.GotoAsync("/Account/Login?culture=en");
        await page.FillAsync("#login-form [name='Email']", DemoAccounts.All.First(a => a.Role == role).Email);
        await page.FillAsync("#login-form [name='Password']", DemoAccounts.Password);
        await page.ClickAsync("#login-form [type='submit']");
        await page.WaitForSelectorAsync("#signed-in-as");
    }

    [SkippableFact]
    public async Task Staff_RerunTheAssessment_AndSeeTheActiveCitizensWithTheirReasons()
    {
        var page = await browser.NewVisitorAsync();
        await SignInAsync(page, DemoRoles.MunicipalStaff);

        await page.GotoAsync("/ActiveCitizens?culture=en");
        await page.SelectOptionAsync("#n", "48");
        await page.ClickAsync("#choose-neighbourhood [type='submit']");
        await page.WaitForURLAsync("**/ActiveCitizens?n=48");
        // Every resident of the neighbourhood is assessed and stored: on a busy machine that takes more than the default 30 s.
        await page.ClickAsync("#assess-form [type='submit']", new PageClickOptions { Timeout = 180_000 });
        await page.WaitForSelectorAsync("#notice", new PageWaitForSelectorOptions { Timeout = 180_000 });

        (await page.TextContentAsync("#notice")).Should().Be("ارزیابی دوباره انجام و برای همهٔ ساکنان محله ثبت شد.");
        (await page.GetAttributeAsync("#active-citizens", "data-neighbourhood")).Should().Be("48");
        var active = int.Parse((await page.GetAttributeAsync("#summary", "data-active"))!, System.Globalization.CultureInfo.InvariantCulture);
        var rows = await page.Locator("#citizens tbody tr").CountAsync();
        rows.Should().Be(Math.Min(active, RazorDemo.Pages.ActiveCitizens.IndexModel.PageSize));
        if (rows > 0)
        {
            (await page.Locator("#citizens tbody tr").First.Locator("li[data-rule]").CountAsync()).Should().BeGreaterThan(0);
        }
    }

    [SkippableFact]
    public async Task AnAnonymousReader_DownloadsACsvAndAJsonSet()
    {
        var page = await browser.NewVisitorAsync();
        await page.GotoAsync("/OpenData?culture=en");

        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#sets tr[data-set='council-rosters'] a[data-format='csv']"));
        var jsonDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#sets tr[data-set='participation'] a[data-format='json']"));
        var csvPath = await csvDownload.PathAsync();
        var jsonPath = await jsonDownload.PathAsync();

        csvDownload.SuggestedFilename.Should().Be("council-rosters.csv");
        jsonDownload.SuggestedFilename.Should().Be("participation.json");
        var csv = await File.ReadAllBytesAsync(csvPath);
        csv.Take(3).Should().Equal([0xEF, 0xBB, 0xBF]);
        Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Should().StartWith("neighbourhood,council,");
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(jsonPath));
        json.RootElement.EnumerateArray().Should().NotBeEmpty();
        json.RootElement[0].TryGetProperty("age_band", out _).Should().BeTrue();
    }

    [SkippableFact]
    public async Task Staff_ConfirmAResignationWithItsDate()
    {
        var page = await browser.NewVisitorAsync();
        await SignInAsync(page, DemoRoles.MunicipalStaff);
        await page.GotoAsync("/Councils/Manage?culture=en");
        var councils = await page.Locator("#council option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        // Persian, as a Rafsanjan clerk works: the date offered and typed in Persian digits.
        await page.GotoAsync($"/Councils/Manage?council={councils[^3]}&culture=fa");
        var members = await page.Locator("#members tr[data-member]").CountAsync();
        var member = await page.Locator("#members tr[data-member]").Last.GetAttributeAsync("data-member");

        await page.Locator("#members tr[data-member]").Last.Locator("form button").ClickAsync();
        await page.WaitForSelectorAsync("#resign-confirm-form");
        var offered = await page.InputValueAsync("#ResignedOn");
        offered.Should().MatchRegex("^[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2}$", "today's date is offered in Persian digits");
        await page.FillAsync("#ResignedOn", "1300/13/01");
        await page.ClickAsync("#resign-confirm-form [type='submit']");
        await page.WaitForSelectorAsync("#ResignedOn.is-invalid");
        await page.FillAsync("#Reason", "moved to Kerman");
        // The same day typed in Latin digits, as a clerk on a Latin keyboard would.
        await page.FillAsync("#ResignedOn", new string([.. offered.Select(c => c is >= '۰' and <= '۹' ? (char)('0' + (c - '۰')) : c)]));
        await page.ClickAsync("#resign-confirm-form [type='submit']");
        await page.WaitForSelectorAsync("#notice");

        (await page.TextContentAsync("#notice")).Should().Be("کناره‌گیری ثبت شد و کرسی خالی است.");
        (await page.Locator($"#members tr[data-member='{member}']").CountAsync()).Should().Be(0);
        (await page.Locator("#members tr[data-member]").CountAsync()).Should().Be(members - 1);
    }
}
