#:package Microsoft.Playwright
#:property NoWarn=$(NoWarn);CA1303;CA1852;CA2007
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true

// Screenshots of the demo's main pages for docs/screenshots/, taken with Playwright and Debian's Chromium: every page
// in Persian and English, on a desktop (1,366 px) and a phone (390 px), signed in where the page needs an account.
// eng/screenshots.sh starts the demo on a fresh database and runs this with its address:
//   dotnet run eng/screenshots.cs -- http://127.0.0.1:5187 docs/screenshots [dashboard,calendar,...]
using Microsoft.Playwright;

var baseAddress = args.Length > 0 ? args[0] : "http://127.0.0.1:5187";
var folder = args.Length > 1 ? args[1] : "docs/screenshots";
var only = args.Length > 2 ? args[2].Split(',', StringSplitOptions.RemoveEmptyEntries) : null;
const string password = "Demo-1403!";

// Name, address, account (null: an anonymous reader), and the first link to follow from the address, if any.
(string Name, string Path, string? Account, string? Follow)[] pages =
[
    ("dashboard", "/", null, null),
    ("neighbourhoods", "/Neighbourhoods", null, null),
    ("neighbourhood", "/Neighbourhoods/1", null, null),
    ("ideas", "/Ideas", null, null),
    ("idea", "/Ideas", null, "#main-content a[href^='/Ideas/'][href*='-']"),
    ("councils", "/Councils", null, null),
    ("meetings", "/Meetings", null, null),
    ("meeting", "/Meetings", null, "#main-content a[href^='/Meetings/'][href*='-']"),
    ("youth-mayors", "/YouthMayors", null, null),
    ("budgeting", "/Budgeting", null, null),
    ("calendar", "/Calendar", null, null),
    ("adopt", "/Adopt", null, null),
    ("login", "/Account/Login", null, null),
    ("submit-idea", "/Ideas/Submit", "resident1@demo.rafsanjan", null),
    ("review", "/Review", "staff@demo.rafsanjan", null),
    ("moderation", "/Moderation", "moderator@demo.rafsanjan", null),
    ("manage-councils", "/Councils/Manage", "staff@demo.rafsanjan", null),
    ("interviews", "/YouthMayors/Interviews", "mayor@demo.rafsanjan", null),
    ("paper-ballots", "/Budgeting/Paper", "clerk@demo.rafsanjan", null),
    ("open-data", "/OpenData", null, null),
    ("active-citizens", "/ActiveCitizens", "staff@demo.rafsanjan", null),
    ("run-meetings", "/Meetings/Manage", "secretary@demo.rafsanjan", null),
    ("youth-apply", "/YouthMayors/Apply", "teen@demo.rafsanjan", null),
    ("youth-applications", "/YouthMayors/Applications", "staff@demo.rafsanjan", null),
    ("youth-team", "/YouthMayors/Team", "youthmayor@demo.rafsanjan", null),
    ("elections", "/Elections", "voter1@demo.baghestan", null),
    ("election", "/Elections", "voter1@demo.baghestan", "#main-content a[href^='/Elections/']"),
];

(string Suffix, int Width, int Height, bool Mobile)[] screens = [("", 1366, 900, false), ("-phone", 390, 844, true)];

Directory.CreateDirectory(folder);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"],
});

foreach (var (suffix, width, height, mobile) in screens)
{
    var contexts = new Dictionary<string, IBrowserContext>();
    foreach (var (name, path, account, follow) in pages.Where(p => only is null || only.Contains(p.Name)))
    {
        var key = account ?? string.Empty;
        if (!contexts.TryGetValue(key, out var context))
        {
            context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = baseAddress,
                ViewportSize = new ViewportSize { Width = width, Height = height },
                IsMobile = mobile,
                HasTouch = mobile,
                DeviceScaleFactor = 1,
            });
            if (account is not null)
            {
                var login = await context.NewPageAsync();
                await login.GotoAsync("/Account/Login");
                await login.FillAsync("#login-form [name='Email']", account);
                await login.FillAsync("#login-form [name='Password']", password);
                await login.ClickAsync("#login-form [type='submit']");
                await login.WaitForSelectorAsync("#signed-in-as", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
                await login.CloseAsync();
            }

            contexts[key] = context;
        }

        var page = await context.NewPageAsync();
        foreach (var language in new[] { "fa", "en" })
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = baseAddress }]);
            var address = path;
            if (follow is not null)
            {
                await page.GotoAsync(path);
                address = await page.Locator(follow).First.GetAttributeAsync("href") ?? path;
            }

            await page.GotoAsync(address, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            // Charts animate in; let them finish.
            await page.WaitForTimeoutAsync(800);
            var file = Path.Combine(folder, $"{name}-{language}{suffix}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Console.WriteLine(file);
        }

        await page.CloseAsync();
    }

    foreach (var context in contexts.Values)
    {
        await context.DisposeAsync();
    }
}
