using System.Diagnostics;
using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RazorDemo.Identity;
using RazorDemo.Tests.Browser;
using Xunit.Abstractions;

namespace RazorDemo.Tests.Accessibility;

/// <summary>
/// Every main page as a reader sees it, in Persian and English, on a desktop (1,366 px) and a phone (390 px):
/// axe-core finds no serious or critical WCAG 2.1 A/AA violation, nothing scrolls sideways on the phone, and a
/// Persian page shows no Latin digit (in its text, its placeholders or its list numbers). One Chromium, one browser
/// context per account, reused by every page of that account; a page is loaded once per language and resized.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityBrowserTest(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>
    /// The pages under test: the lead and the other helpers append their pages here. <c>Follow</c> opens the first link
    /// of the page that matches the selector (a record whose id is not known in advance); <c>Account</c> signs in first.
    /// </summary>
    public static readonly IReadOnlyList<CheckedPage> MainPages =
    [
        new("/"),
        new("/Neighbourhoods"),
        new("/Neighbourhoods/1"),
        new("/Ideas"),
        new("/Ideas", Follow: "#main-content a[href^='/Ideas/'][href*='-']", Name: "an idea"),
        new("/Councils"),
        new("/Meetings"),
        new("/Meetings", Follow: "#main-content a[href^='/Meetings/'][href*='-']", Name: "a meeting"),
        new("/YouthMayors"),
        new("/Budgeting"),
        new("/Budgeting", Follow: "#main-content a[href^='/Budgeting/Project/']", Name: "a budgeting project"),
        new("/Calendar"),
        new("/Adopt"),
        new("/Adoption/Progress"),
        new("/Account/Login"),
        new("/Ideas/Submit", Account: "resident1@demo.rafsanjan"),
        new("/Review", Account: "staff@demo.rafsanjan"),
        new("/Moderation", Account: "moderator@demo.rafsanjan"),
        new("/Councils/Manage", Account: "staff@demo.rafsanjan"),
        new("/YouthMayors/Interviews", Account: "mayor@demo.rafsanjan"),
        new("/Budgeting/Paper", Account: "clerk@demo.rafsanjan"),
        new("/Ideas/Mine", Account: "resident1@demo.rafsanjan"),
        new("/Meetings/Manage", Account: "secretary@demo.rafsanjan"),
        // A meeting of the secretary's neighbourhood, open with an item under vote, so every form of the running page shows.
        new("/Meetings/Manage", Follow: "#main-content a[href^='/Meetings/Run/']", Name: "a meeting to run", Account: "secretary@demo.rafsanjan",
            Prepare: f => Pages.MeetingScenario.PrepareAsync(f, stage: Pages.MeetingScenario.Stage.ItemUnderVote, attendees: 3)),
        new("/YouthMayors/Apply", Account: "teen@demo.rafsanjan"),
        new("/YouthMayors/Applications", Account: "staff@demo.rafsanjan"),
        new("/YouthMayors/Team", Account: "youthmayor@demo.rafsanjan"),
        new("/Elections", Account: "voter1@demo.baghestan", Name: "Baghestan's elections"),
        new("/Elections", Follow: "#main-content a[href^='/Elections/']", Name: "an election", Account: "voter1@demo.baghestan"),
        new("/OpenData"),
        new("/ActiveCitizens", Account: "staff@demo.rafsanjan"),
    ];

    /// <summary>
    /// What may show Latin digits on a Persian page, each for a reason: code and JSON (<c>code</c>, <c>pre</c>, kbd,
    /// samp) are typed as they are written; an email address is an address, not a number (<c>[data-latin]</c> marks
    /// the few places that show one); the language button is in English (<c>[lang='en']</c>: it says "English").
    /// </summary>
    public const string LatinAllowed = "code, pre, kbd, samp, [data-latin], [lang='en']";

    /// <summary>
    /// Serious violations found on pages owned by other work of issue #17, each with its page, its axe rule and who
    /// fixes it. They are reported, not failed; an entry that no longer occurs fails the test, so that it is removed
    /// as soon as the page is fixed.
    /// </summary>
    public static readonly IReadOnlyList<(string Page, string Rule, string Why)> KnownViolations =
    [
    ];

    public static readonly (int Width, int Height)[] Screens = [(1366, 900), (390, 844)];

    public static IEnumerable<object[]> PageNames => MainPages.Select(p => new object[] { p.Label });

    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only the violations are wanted: axe then keeps one node per passed rule instead of all, much faster on long tables.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>
    /// On the phone the page is the same document resized (no new request), so only the rules whose outcome depends on
    /// the layout run again: contrast (what is shown and over what) and scrollable regions (what overflows). This
    /// halves the time axe takes without leaving any WCAG 2.1 A/AA rule unchecked at either width.
    /// </summary>
    private static readonly AxeRunOptions LayoutRules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "scrollable-region-focusable", "link-in-text-block"] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IBrowser? _contextsOf;
    private static readonly Dictionary<string, IBrowserContext> Contexts = [];

    [SkippableTheory]
    [MemberData(nameof(PageNames))]
    public async Task Page_PassesAxe_FitsAPhone_AndSpeaksPersianDigits(string label)
    {
        var checkedPage = MainPages.Single(p => p.Label == label);
        var timer = Stopwatch.StartNew();
        var problems = new List<string>();
        var known = new HashSet<string>();
        var page = await PageForAsync(checkedPage.Account);
        try
        {
            var path = await ResolveAsync(page, checkedPage);
            foreach (var language in new[] { "fa", "en" })
            {
                await SetLanguageAsync(page, language);
                await page.SetViewportSizeAsync(Screens[0].Width, Screens[0].Height);
                var response = await page.GotoAsync(path);
                if (response is null || !response.Ok)
                {
                    problems.Add($"{language} {path}: HTTP {response?.Status}");
                    continue;
                }

                foreach (var (width, height) in Screens)
                {
                    await page.SetViewportSizeAsync(width, height);
                    // The page's resize handlers (the scroll hints) run before the second animation frame.
                    await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                    var where = $"{language} {width}px {path}";
                    foreach (var (rule, text) in await AxeProblemsAsync(page, where, width < 600 ? LayoutRules : WcagAa))
                    {
                        if (KnownViolations.Any(k => k.Page == label && k.Rule == rule))
                        {
                            known.Add(rule);
                            output.WriteLine("known, owned elsewhere: " + text);
                        }
                        else
                        {
                            problems.Add(text);
                        }
                    }

                    if (width < 600)
                    {
                        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        if (overflow > 0)
                        {
                            problems.Add($"{where}: the page scrolls sideways by {overflow} px ({await WidestAsync(page)})");
                        }
                    }

                    if (language == "fa")
                    {
                        problems.AddRange((await LatinDigitsAsync(page)).Select(text => $"{where}: Latin digit in {text}"));
                    }
                }
            }
        }
        finally
        {
            await page.CloseAsync();
        }

        output.WriteLine($"{label}: {timer.Elapsed.TotalSeconds:0.0} s");
        problems.AddRange(KnownViolations.Where(k => k.Page == label && !known.Contains(k.Rule)).Select(k => $"{label}: {k.Rule} no longer occurs; remove it from KnownViolations"));
        problems.Should().BeEmpty("every main page meets WCAG 2.1 AA, fits a phone and writes Persian digits:\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// The header at every width from a small phone to a wide screen, in both languages, signed in with the longest
    /// name: nothing of the navbar (the menu, the person's name, sign-out, the language button) runs outside it.
    /// </summary>
    [SkippableFact]
    public async Task Navbar_FitsEveryWidth_InBothLanguages()
    {
        var page = await PageForAsync("secretary@demo.rafsanjan");
        var problems = new List<string>();
        try
        {
            foreach (var language in new[] { "fa", "en" })
            {
                await SetLanguageAsync(page, language);
                foreach (var width in new[] { 320, 390, 768, 992, 1200, 1280, 1366, 1440, 1600, 1920 })
                {
                    await page.SetViewportSizeAsync(width, 800);
                    await page.GotoAsync("/");
                    if (width < 1200)
                    {
                        // Below the breakpoint the menu folds behind its button; open it as a reader would.
                        await page.ClickAsync(".navbar-toggler");
                        await page.WaitForSelectorAsync("#mainNav.show");
                    }

                    var outside = await page.EvaluateAsync<string[]>(
                        """
                        () => {
                          const bar = document.querySelector('nav.navbar').getBoundingClientRect();
                          const right = Math.min(bar.right, document.documentElement.clientWidth);
                          return [...document.querySelectorAll('nav.navbar a, nav.navbar button, nav.navbar #signed-in-as')]
                            .filter(e => e.checkVisibility())
                            .filter(e => { const r = e.getBoundingClientRect(); return r.left < bar.left - 1 || r.right > right + 1 || r.bottom > bar.bottom + 1; })
                            .map(e => (e.id || e.textContent.trim()) + ' ' + JSON.stringify(e.getBoundingClientRect()));
                        }
                        """);
                    problems.AddRange(outside.Select(o => $"{language} {width}px: outside the navbar: {o}"));
                    var name = await page.TextContentAsync("#signed-in-as");
                    if (name is null || name.Contains('@', StringComparison.Ordinal))
                    {
                        problems.Add($"{language} {width}px: the header shows '{name}', not the person's name");
                    }
                }
            }
        }
        finally
        {
            await page.CloseAsync();
        }

        problems.Should().BeEmpty(string.Join("\n", problems));
    }

    /// <summary>The skip link is the first thing the keyboard reaches, and it moves the focus to the page's content.</summary>
    [SkippableFact]
    public async Task SkipLink_IsFirstAndMovesToTheContent()
    {
        var page = await PageForAsync(null);
        try
        {
            await SetLanguageAsync(page, "fa");
            await page.SetViewportSizeAsync(1366, 900);
            await page.GotoAsync("/Ideas");
            await page.Keyboard.PressAsync("Tab");
            var first = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim() + '|' + document.activeElement.getAttribute('href')");
            var shown = await page.IsVisibleAsync(".skip-link");
            await page.Keyboard.PressAsync("Enter");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.id");

            first.Should().Be("پرش به محتوا|#main-content");
            shown.Should().BeTrue("the skip link appears when it has the focus");
            focused.Should().Be("main-content");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private async Task<string> ResolveAsync(IPage page, CheckedPage checkedPage)
    {
        if (checkedPage.Prepare is not null)
        {
            await checkedPage.Prepare(browser.Factory);
        }

        if (checkedPage.Follow is null)
        {
            return checkedPage.Path;
        }

        await SetLanguageAsync(page, "fa");
        await page.GotoAsync(checkedPage.Path);
        var href = await page.Locator(checkedPage.Follow).First.GetAttributeAsync("href");
        href.Should().NotBeNull($"{checkedPage.Path} links to {checkedPage.Label} ({checkedPage.Follow})");
        return href!;
    }

    /// <summary>A new tab in the account's context (signed in once, on first use).</summary>
    private async Task<IPage> PageForAsync(string? account)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await Gate.WaitAsync();
        try
        {
            if (!ReferenceEquals(_contextsOf, browser.Browser))
            {
                Contexts.Clear();
                _contextsOf = browser.Browser;
            }

            var key = account ?? string.Empty;
            if (!Contexts.TryGetValue(key, out var context))
            {
                context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseAddress, Locale = "en-GB" });
                if (account is not null)
                {
                    var login = await context.NewPageAsync();
                    await login.GotoAsync("/Account/Login");
                    await login.FillAsync("#login-form [name='Email']", account);
                    await login.FillAsync("#login-form [name='Password']", DemoAccounts.Password);
                    await login.ClickAsync("#login-form [type='submit']");
                    await login.WaitForSelectorAsync("#signed-in-as", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
                    await login.CloseAsync();
                }

                Contexts[key] = context;
            }

            return await context.NewPageAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The language cookie the layout's switch sets (the standard culture cookie).</summary>
    private async Task SetLanguageAsync(IPage page, string language) =>
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = browser.BaseAddress },
        ]);

    private static async Task<IEnumerable<(string Rule, string Text)>> AxeProblemsAsync(IPage page, string where, AxeRunOptions options)
    {
        var result = await page.RunAxe(options);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v =>
            {
                var text = new StringBuilder($"{where}: {v.Id} ({v.Impact}) {v.Help}");
                foreach (var node in v.Nodes.Take(5))
                {
                    var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Distinct();
                    text.Append("\n      ").Append(node.Target).Append(" — ").Append(string.Join("; ", checks));
                }

                if (v.Nodes.Length > 5)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n      … and {v.Nodes.Length - 5} more");
                }

                return (v.Id, text.ToString());
            });
    }

    /// <summary>
    /// The visible text, placeholders and list numbers of the page that show a Latin digit, and numbers whose thousands
    /// are separated by an ASCII comma instead of the Arabic thousands separator.
    /// </summary>
    private static async Task<string[]> LatinDigitsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(
            """
            (allowed) => {
              const latin = /[0-9]/;
              const found = [];
              const visible = e => e.closest('select') ? e.closest('select').checkVisibility({ checkVisibilityCSS: true }) : e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const element = node.parentElement;
                if (/[۰-۹],[۰-۹]/.test(node.nodeValue) && element && !element.closest(allowed) && visible(element)) {
                  found.push(`<${element.tagName.toLowerCase()}> an ASCII comma between Persian digits (٬ separates thousands): "${node.nodeValue.trim().slice(0, 80)}"`);
                }
                if (!latin.test(node.nodeValue) || !element || element.closest(allowed) || element.closest('script, style, template') || !visible(element)) continue;
                found.push(`<${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}> "${node.nodeValue.trim().slice(0, 80)}"`);
              }
              for (const field of document.querySelectorAll('[placeholder]')) {
                if (latin.test(field.placeholder) && !field.closest(allowed) && visible(field)) found.push(`the placeholder "${field.placeholder}"`);
              }
              for (const item of document.querySelectorAll('li')) {
                const style = getComputedStyle(item);
                if (style.display === 'list-item' && /^decimal/.test(style.listStyleType) && visible(item) && !item.closest(allowed)) {
                  found.push(`the number of a list item (list-style-type ${style.listStyleType}): "${item.textContent.trim().slice(0, 60)}"`);
                }
              }
              for (const item of document.querySelectorAll('.list-group-numbered > *')) {
                const content = getComputedStyle(item, '::before').content;
                if (/counter/.test(content) && !/persian/.test(content) && visible(item)) found.push(`the number of a list item (${content}): "${item.textContent.trim().slice(0, 60)}"`);
              }
              return found.slice(0, 30);
            }
            """,
            LatinAllowed);

    private static async Task<string> WidestAsync(IPage page) =>
        await page.EvaluateAsync<string>(
            """
            () => {
              const width = document.documentElement.clientWidth;
              const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1 || e.getBoundingClientRect().left < -1);
              const outermost = wide.filter(e => !wide.includes(e.parentElement));
              return outermost.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')).join(', ');
            }
            """);
}

/// <summary>A page the accessibility test opens: its address, the account it needs and the link to follow from it.</summary>
public sealed record CheckedPage(string Path, string? Account = null, string? Follow = null, string? Name = null, Func<Infrastructure.DemoFactory, Task>? Prepare = null)
{
    public string Label => Name ?? Path + (Account is null ? string.Empty : " as " + Account);
}
