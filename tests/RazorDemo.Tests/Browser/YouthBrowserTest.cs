using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using NodaTime;
using IClock = NodaTime.IClock;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Data;
using RazorDemo.Identity;

namespace RazorDemo.Tests.Browser;

/// <summary>
/// "Become a mayor" from the start, in a real browser: a teenager applies with a guardian's consent while the call is
/// open; weeks later, the call closed, staff shortlist them and open the interviews; their neighbourhood mayor interviews
/// them, staff move the city to selection and the mayor chooses them; and a youth mayor recruits until the team of nine
/// is complete, every urban field filled (Rafsanjan has eight fields for nine seats). The demo runs on its own clock here, which the test moves past the call's closing day: the library
/// shortlists only after the call has closed, so applying and shortlisting cannot happen on one day.
/// </summary>
[Collection(YouthBrowserCollection.Name)]
public class YouthBrowserTest(YouthBrowserFixture browser)
{
    private async Task<IPage> SignedInAsync(string email, int width = 1280)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseAddress,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            IsMobile = width < 600,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#login-form [name='Email']", email);
        await page.FillAsync("#login-form [name='Password']", DemoAccounts.Password);
        await page.ClickAsync("#login-form [type='submit']");
        await page.WaitForSelectorAsync("#signed-in-as", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    private async Task<T> ReadAsync<T>(Func<GovernanceDbContext, Task<T>> read)
    {
        using var scope = browser.Factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<GovernanceDbContext>());
    }

    private Task<List<YouthMayorCampaign>> CampaignsAsync() =>
        ReadAsync(c => c.YouthMayorCampaigns.AsNoTracking().ToListAsync());

    private async Task<ResidentId> AccountResidentAsync(string email)
    {
        using var scope = browser.Factory.Services.CreateScope();
        var identity = scope.ServiceProvider.GetRequiredService<DemoIdentityDbContext>();
        return new ResidentId((await identity.Users.AsNoTracking().SingleAsync(u => u.Email == email)).ResidentId!.Value);
    }

    private LocalDate Today => PersianDates.TodayInCity(browser.Clock);

    private static async Task SubmitAsync(IPage page, string form, string done)
    {
        // The post navigates (a redirect after success, the page with its refusal otherwise): wait for it, then read.
        await page.EvaluateAsync("() => { window.beforePost = true; }");
        await page.ClickAsync($"{form} [type='submit']");
        await page.WaitForFunctionAsync("() => window.beforePost !== true && document.readyState !== 'loading'");
        var refusal = await page.Locator("#refusal, .text-danger:not(:empty)").AllTextContentsAsync();
        (await page.Locator($"#done[data-done='{done}']").CountAsync()).Should().Be(1, $"posting {form} is done, not refused: {string.Join(" | ", refusal)}");
    }

    [SkippableFact]
    public async Task BecomeAMayor_FromTheApplicationToACompleteTeam()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var teenId = await AccountResidentAsync("teen@demo.rafsanjan");
        var open = (await CampaignsAsync()).Single(c => c.Stage == CampaignStage.Application);

        // 1. The teenager applies while the call is open, with a parent's consent.
        var teen = await SignedInAsync("teen@demo.rafsanjan");
        await teen.GotoAsync("/YouthMayors/Apply");
        await teen.FillAsync("#consent-given-name", "مریم");
        await teen.FillAsync("#consent-family-name", "رضایی");
        await teen.SelectOptionAsync("#consent-relationship", nameof(GuardianRelationship.Parent));
        await teen.FillAsync("#consent-given-on", PersianDates.Format(Today));
        await SubmitAsync(teen, "#apply-form", "applied");
        (await teen.IsVisibleAsync("#applied")).Should().BeTrue();
        var application = (await CampaignsAsync()).Single(c => c.Id == open.Id).FindApplicationOf(teenId)!;
        application.GuardianConsent!.GuardianName.GivenName.Should().Be("مریم");

        // 2. The call closes; a day later staff move the campaign to shortlisting, shortlist the teenager and open the interviews.
        browser.Clock.Advance(Duration.FromDays(DemoYouthCampaign.OpenCallClosesInDays + 1));
        var staff = await SignedInAsync("staff@demo.rafsanjan");
        await staff.GotoAsync($"/YouthMayors/Applications?campaign={open.Id.Value}");
        await SubmitAsync(staff, "#advance-form", "advanced");
        (await staff.GetAttributeAsync("#campaign-stage", "data-stage")).Should().Be(nameof(CampaignStage.Shortlisting));
        await staff.CheckAsync($"#shortlist-{application.Id.Value}");
        await SubmitAsync(staff, "#shortlist-form", "shortlisted");
        (await staff.GetAttributeAsync($"#applications tr[data-application='{application.Id.Value}']", "data-shortlisted")).Should().Be("true");
        await SubmitAsync(staff, "#advance-form", "advanced");
        (await staff.GetAttributeAsync("#campaign-stage", "data-stage")).Should().Be(nameof(CampaignStage.Interviews));

        // 3. The neighbourhood mayor interviews them; closing the interviews is the municipality's, for the whole city.
        var mayor = await SignedInAsync("mayor@demo.rafsanjan");
        await mayor.GotoAsync("/YouthMayors/Interviews");
        var row = mayor.Locator($"#session-form tr[data-application='{application.Id.Value}']");
        await row.Locator("input[type='checkbox']").CheckAsync();
        await row.Locator("input[name$='.Score']").FillAsync("۹۰");
        await SubmitAsync(mayor, "#session-form", "held");
        (await mayor.Locator("#advance-form").CountAsync()).Should().Be(0, "a neighbourhood mayor does not close the city's interviews");
        (await mayor.GetAttributeAsync("#own-progress", "data-done")).Should().Be("true");

        await staff.GotoAsync($"/YouthMayors/Applications?campaign={open.Id.Value}");
        (await staff.GetAttributeAsync("#progress tr[data-neighbourhood='1']", "data-awaiting")).Should().Be("0");
        await SubmitAsync(staff, "#advance-form", "advanced");
        (await staff.GetAttributeAsync("#campaign-stage", "data-stage")).Should().Be(nameof(CampaignStage.Selection));

        await mayor.GotoAsync("/YouthMayors/Interviews");
        await mayor.SelectOptionAsync(application.Gender == Gender.Male ? "#BoyApplicationId" : "#GirlApplicationId", application.Id.Value.ToString());
        await SubmitAsync(mayor, "#select-form", "selected");
        (await mayor.Locator("#chosen li").CountAsync()).Should().Be(1);
        (await CampaignsAsync()).Single(c => c.Id == open.Id).YouthMayors.Should().ContainSingle().Which.ResidentId.Should().Be(teenId);

        // 4. A youth mayor recruits, the open urban fields first, until the team of nine is complete.
        var youthMayor = await SignedInAsync("youthmayor@demo.rafsanjan");
        await youthMayor.GotoAsync("/YouthMayors/Team");
        var seats = int.Parse((await youthMayor.GetAttributeAsync("#team-size", "data-seats"))!, System.Globalization.CultureInfo.InvariantCulture);
        var recruited = 0;
        while (await youthMayor.GetAttributeAsync("#team-size", "data-complete") == "false")
        {
            recruited.Should().BeLessThan(seats, "each recruit fills a seat");
            var candidate = youthMayor.Locator("#MemberId option[value]:not([value=''])").First;
            var value = (await candidate.GetAttributeAsync("value"))!;
            await youthMayor.SelectOptionAsync("#MemberId", value);
            if (await candidate.GetAttributeAsync("data-minor") == "true")
            {
                await youthMayor.FillAsync("#consent-given-name", "حسین");
                await youthMayor.FillAsync("#consent-family-name", "کاظمی");
                await youthMayor.SelectOptionAsync("#consent-relationship", nameof(GuardianRelationship.Parent));
                await youthMayor.FillAsync("#consent-given-on", PersianDates.Format(Today));
            }

            await SubmitAsync(youthMayor, "#member-form", "added");
            recruited++;
        }

        (await youthMayor.IsVisibleAsync("#team-complete")).Should().BeTrue();
        (await youthMayor.Locator("#fields tbody tr[data-filled='false']").CountAsync()).Should().Be(0, "every urban field has a member");
        (await youthMayor.Locator("#member-form").CountAsync()).Should().Be(0);
        var youthMayorId = await AccountResidentAsync("youthmayor@demo.rafsanjan");
        var campaign = (await CampaignsAsync()).Single(c => c.YouthMayors.Any(m => m.ResidentId == youthMayorId));
        var team = campaign.YouthMayors.Single(m => m.ResidentId == youthMayorId).Team;
        team.IsComplete.Should().BeTrue();
        team.Members.Should().HaveCount(seats);
        team.Members.Select(m => m.UrbanFieldKey).Distinct().Should().HaveCount(campaign.Charter.UrbanFields.Count, "the open fields are offered first, so each field is filled before any has two");
    }

    [SkippableTheory]
    [InlineData("/YouthMayors/Apply", "teen@demo.rafsanjan")]
    [InlineData("/YouthMayors/Applications", "staff@demo.rafsanjan")]
    [InlineData("/YouthMayors/Interviews", "mayor@demo.rafsanjan")]
    [InlineData("/YouthMayors/Team", "youthmayor@demo.rafsanjan")]
    public async Task YouthPage_FitsAPhone_InPersianAndEnglish(string url, string email)
    {
        var page = await SignedInAsync(email, 390);
        foreach (var culture in new[] { "fa", "en" })
        {
            await page.GotoAsync($"{url}?culture={culture}");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.Should().BeLessThanOrEqualTo(0, $"{url} in {culture} does not scroll sideways on a 390 px phone");
        }
    }
}

/// <summary>A clock the test moves forward: the demo's own time, so weeks can pass within a test.</summary>
public sealed class MovableClock(IClock inner) : IClock
{
    private Duration _offset = Duration.Zero;

    public void Advance(Duration by) => _offset += by;

    public Instant GetCurrentInstant() => inner.GetCurrentInstant() + _offset;
}

/// <summary>The demo on its own database, its own clock and a real Kestrel port, with Debian's Chromium.</summary>
public sealed class YouthBrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly ClockedDemoFactory _factory;
    private IPlaywright? _playwright;

    public YouthBrowserFixture()
    {
        // The test's composition root picks the system clock, as the demo's does, and moves it.
#pragma warning disable RS0030
        Clock = new MovableClock(SystemClock.Instance);
#pragma warning restore RS0030
        _factory = new ClockedDemoFactory(Clock);
    }

    public MovableClock Clock { get; }

    public WebApplicationFactory<Program> Factory => _factory;

    public IBrowser? Browser { get; private set; }

    public string BaseAddress { get; private set; } = string.Empty;

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {BrowserFixture.ChromiumPath}; install it with 'apt-get install -y chromium' to run the browser tests.";
            if (BrowserFixture.InCi)
            {
                throw new InvalidOperationException("CI must run the browser tests, but " + SkipReason);
            }

            return;
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    public void Dispose() => _factory.Dispose();

    private sealed class ClockedDemoFactory(IClock clock) : WebApplicationFactory<Program>
    {
        private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "razordemo-youth-" + Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Demo:DataDirectory", _dataDirectory);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(clock)));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (Directory.Exists(_dataDirectory))
                {
                    Directory.Delete(_dataDirectory, recursive: true);
                }
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class YouthBrowserCollection : ICollectionFixture<YouthBrowserFixture>
{
    public const string Name = "YouthBrowser";
}
