using Microsoft.Playwright;
using RazorDemo.Identity;

namespace RazorDemo.Tests.Browser;

/// <summary>
/// The meeting process in a real browser on a 390 px phone, in Persian: the secretary schedules a meeting with its
/// agenda, opens it, finds and ticks the residents who came, puts an item to the vote, records each vote, has the
/// library decide it, and closes the meeting with minutes; an anonymous reader then finds it, reads the outcome and the
/// minutes, and downloads its calendar file.
/// </summary>
[Collection(BrowserCollection.Name)]
public class MeetingBrowserTest(BrowserFixture browser)
{
    private const int PhoneWidth = 390;

    private async Task<IPage> PhoneAsync()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseAddress,
            Locale = "fa-IR",
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
            IsMobile = true,
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    private static Task<int> OverflowAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

    /// <summary>Submits a form with its button and waits for the page that answers (a marker on the old document goes with it).</summary>
    private static async Task SubmitAsync(IPage page, string form)
    {
        await page.EvaluateAsync("() => { window.beforeSubmit = true; }");
        await page.Locator($"{form} [type='submit']").ClickAsync();
        await page.WaitForFunctionAsync("() => window.beforeSubmit === undefined");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [SkippableFact]
    public async Task Secretary_RunsAMeetingOnAPhone_AndAReaderFindsItsOutcomeAndCalendarFile()
    {
        var secretary = await PhoneAsync();
        await secretary.GotoAsync("/Account/Login");
        await secretary.FillAsync("#login-form [name='Email']", "secretary@demo.rafsanjan");
        await secretary.FillAsync("#login-form [name='Password']", DemoAccounts.Password);
        await secretary.ClickAsync("#login-form [type='submit']");
        await secretary.WaitForSelectorAsync("#signed-in-as", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        // Scheduling, with the date and time in Persian digits as a Persian keyboard types them.
        var place = "حسینیهٔ " + Guid.NewGuid().ToString("N")[..6];
        await secretary.GotoAsync("/Meetings/Manage");
        var manageOverflow = await OverflowAsync(secretary);
        // The date the form offers (a week ahead) is in Persian digits; the time is typed in them.
        var date = await secretary.InputValueAsync("#Date");
        await secretary.FillAsync("#Time", "۱۸:۳۰");
        await secretary.FillAsync("#Place", place);
        await secretary.FillAsync("#AgendaItems", "ساخت زمین بازی\nنورپردازی کوچه‌ها");
        await SubmitAsync(secretary, "#schedule-form");
        var runUrl = new Uri(secretary.Url).AbsolutePath;
        var meetingId = runUrl["/Meetings/Run/".Length..];

        // A reader sees it among the upcoming meetings at once.
        var early = await PhoneAsync();
        await early.GotoAsync("/Meetings");
        var upcoming = await early.Locator($"#upcoming li[data-upcoming='{meetingId}']").TextContentAsync();

        await SubmitAsync(secretary, "#open-form");

        // Attendance: a name typed into the search finds the resident; six residents ticked on the picker's page.
        var firstName = (await secretary.Locator("#candidates li label bdi").First.TextContentAsync())!.Trim();
        await secretary.FillAsync("#q", firstName.Split(' ')[0]);
        await SubmitAsync(secretary, "#search-form");
        var found = await secretary.Locator("#candidates li label bdi").AllTextContentsAsync();
        await secretary.FillAsync("#q", string.Empty);
        await SubmitAsync(secretary, "#search-form");
        var boxes = secretary.Locator("#candidates input[name='Present']");
        for (var i = 0; i < 6; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await SubmitAsync(secretary, "#attend-form");
        var present = await secretary.TextContentAsync("#attendee-count");

        // The vote on the first item: four for, one against, one abstaining; the library decides.
        await SubmitAsync(secretary, "#agenda li[data-item='1'] .put-to-vote-form");
        var voteOverflow = await OverflowAsync(secretary);
        string[] choices = ["For", "For", "For", "For", "Against", "Abstain"];
        for (var i = 0; i < choices.Length; i++)
        {
            await secretary.CheckAsync($"#v-{i}-{choices[i]}");
        }

        await SubmitAsync(secretary, "#vote-form");
        await SubmitAsync(secretary, "#agenda li[data-item='1'] .decide-form");
        var outcome = await secretary.GetAttributeAsync("#agenda li[data-item='1']", "data-outcome");
        var tally = await secretary.TextContentAsync("#agenda li[data-item='1'] [data-tally]");
        var reason = await secretary.TextContentAsync("#agenda li[data-item='1'] [data-reason]");

        await secretary.FillAsync("#Minutes", "شش نفر آمدند؛ ساخت زمین بازی تصویب شد.");
        await SubmitAsync(secretary, "#close-form");
        var status = await secretary.GetAttributeAsync("#meeting-status", "data-status");

        // The reader, not signed in: the meeting on the list, its outcome and minutes, and its calendar file.
        var reader = await PhoneAsync();
        await reader.GotoAsync("/Meetings");
        var listed = await reader.Locator($"#meetings tr[data-meeting='{meetingId}']").CountAsync();
        await reader.GotoAsync($"/Meetings/{meetingId}");
        var title = await reader.TextContentAsync("#meeting-title");
        var minutes = await reader.TextContentAsync("#minutes");
        var publicOutcome = await reader.GetAttributeAsync("#agenda tr[data-item='1']", "data-outcome");
        var detailsOverflow = await OverflowAsync(reader);
        var download = await reader.RunAndWaitForDownloadAsync(() => reader.ClickAsync("#ical-link"));
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);

        manageOverflow.Should().BeLessThanOrEqualTo(0, "the secretary's page fits a phone");
        date.Should().MatchRegex("^[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2}$");
        upcoming.Should().Contain("نشست محله ۱").And.Contain(place);
        found.Should().Contain(n => n.Contains(firstName.Split(' ')[0], StringComparison.Ordinal));
        present.Should().Be("۶ حاضر");
        voteOverflow.Should().BeLessThanOrEqualTo(0, "the vote form fits a phone");
        outcome.Should().Be("Passed");
        tally.Should().Contain("موافق ۴").And.Contain("مخالف ۱").And.Contain("ممتنع ۱").And.Contain("تصویب شد");
        reason.Should().Contain("۶ رأی از ۶ حاضر").And.Contain("به حد نصاب رسید").And.Contain("اکثریت ساده");
        status.Should().Be("Closed");
        listed.Should().Be(1);
        title.Should().Be("نشست محله ۱");
        minutes.Should().Be("شش نفر آمدند؛ ساخت زمین بازی تصویب شد.");
        publicOutcome.Should().Be("Passed");
        detailsOverflow.Should().BeLessThanOrEqualTo(0);
        download.SuggestedFilename.Should().Be($"meeting-{meetingId}.ics");
        ics.Should().StartWith("BEGIN:VCALENDAR\r\n");
        ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Should().Contain($"UID:meeting-{meetingId}@participatory-governance.demo").And.Contain("SUMMARY;LANGUAGE=fa:نشست محله ۱");
    }
}
