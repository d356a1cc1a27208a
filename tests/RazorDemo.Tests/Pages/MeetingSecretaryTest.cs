using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Residents;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>Meetings prepared through the library's commands, as a secretary would leave them, for the page tests.</summary>
public static class MeetingScenario
{
    /// <summary>How far a meeting has got.</summary>
    public enum Stage
    {
        Scheduled,
        Open,
        ItemUnderVote,
    }

    /// <summary>The secretary's neighbourhood: the first (the demo links the account to it).</summary>
    public const int SecretaryNeighbourhood = 1;

    /// <summary>
    /// Schedules a meeting of the neighbourhood with the given number <paramref name="daysAhead"/> days from now, and takes
    /// it to <paramref name="stage"/>: open with <paramref name="attendees"/> of its adult residents present, and its
    /// first item under vote.
    /// </summary>
    public static async Task<NeighbourhoodMeeting> PrepareAsync(DemoFactory factory, int neighbourhood = SecretaryNeighbourhood, Stage stage = Stage.Scheduled, int attendees = 0, int daysAhead = 30, string place = "مسجد جامع")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var city = await services.GetRequiredService<DemoCity>().GetAsync();
        var commands = services.GetRequiredService<DemoCommands>();
        var municipality = city.Municipality.Id;
        var where = city.ByNumber(neighbourhood)!;
        var startsAt = services.GetRequiredService<IClock>().GetCurrentInstant() + Duration.FromDays(daysAhead);
        var scheduled = await commands.RunAsync(commands.Get<ScheduleMeetingHandler>().HandleAsync(
            new ScheduleMeeting(municipality, where.Id, place, startsAt, ["پارک محله", "روشنایی کوچه‌ها"])));
        scheduled.IsSuccess.Should().BeTrue(scheduled.ToString());
        var id = scheduled.Value.Id;
        if (stage != Stage.Scheduled)
        {
            (await commands.RunAsync(commands.Get<OpenMeetingHandler>().HandleAsync(new OpenMeeting(municipality, id)))).IsSuccess.Should().BeTrue();
            foreach (var resident in await AdultsAsync(factory, neighbourhood, attendees))
            {
                (await commands.RunAsync(commands.Get<RecordAttendanceHandler>().HandleAsync(new RecordAttendance(municipality, id, resident.Id)))).IsSuccess.Should().BeTrue();
            }
        }

        if (stage == Stage.ItemUnderVote)
        {
            (await commands.RunAsync(commands.Get<PutItemToVoteHandler>().HandleAsync(new PutItemToVote(municipality, id, 1)))).IsSuccess.Should().BeTrue();
        }

        return await ReadAsync(factory, id);
    }

    public static Task<NeighbourhoodMeeting> ReadAsync(DemoFactory factory, MeetingId id) =>
        DemoRecords.ReadAsync(factory, db => db.NeighbourhoodMeetings.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>Adult residents of a neighbourhood, in a stable order.</summary>
    public static async Task<List<Resident>> AdultsAsync(DemoFactory factory, int neighbourhood, int count)
    {
        var today = DemoRecords.Today(factory);
        var where = (await DemoRecords.NeighbourhoodsAsync(factory)).Single(n => n.Number == neighbourhood);
        var residents = await DemoRecords.ReadAsync(factory, db => db.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == where.Id).OrderBy(r => r.Id).Take(200).ToListAsync());
        return [.. residents.Where(r => !r.IsMinorOn(today)).Take(count)];
    }
}

/// <summary>
/// The meeting secretary's pages: scheduling a meeting of their neighbourhood with its agenda, running it (attendance,
/// votes, decisions by the charter's rules, minutes) through the library's commands, refusals shown beside their fields,
/// and another neighbourhood's meeting out of reach.
/// </summary>
[Collection(DemoCollection.Name)]
public class MeetingSecretaryTest(DemoFactory factory)
{
    private static string Run(NeighbourhoodMeeting meeting) => $"/Meetings/Run/{meeting.Id.Value}";

    private static Dictionary<string, string> Item(int number) => new() { ["ItemNumber"] = number.ToString(CultureInfo.InvariantCulture) };

    private Task<HttpClient> SecretaryAsync() => SignIn.AsRoleAsync(factory, DemoRoles.MeetingSecretary);

    private static async Task<IDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Schedule_InPersianDigits_StoresTheMeetingOfTheSecretarysNeighbourhood_WithItsAgenda()
    {
        var secretary = await SecretaryAsync();
        var day = DemoRecords.Today(factory).PlusDays(12);
        var place = "حسینیهٔ " + Guid.NewGuid().ToString("N")[..6];
        var page = await HtmlPage.GetAsync(secretary, "/Meetings/Manage");

        var response = await HtmlPage.SubmitAsync(secretary, page, "#schedule-form", new Dictionary<string, string>
        {
            ["Date"] = PersianDates.Format(day),
            ["Time"] = "۱۸:۴۵",
            ["Place"] = place,
            ["AgendaItems"] = "بازگشایی کتابخانه\r\n\r\n  کاشت درخت در کوچه‌ها  \r\n",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().StartWith("/Meetings/Run/").And.Contain("done=scheduled");
        var stored = await DemoRecords.ReadAsync(factory, db => db.NeighbourhoodMeetings.AsNoTracking().SingleAsync(m => m.Place.Persian == place));
        var neighbourhood = (await DemoRecords.NeighbourhoodsAsync(factory)).Single(n => n.Id == stored.NeighbourhoodId);
        neighbourhood.Number.Should().Be(MeetingScenario.SecretaryNeighbourhood);
        PersianDates.InCity(stored.StartsAt).LocalDateTime.Should().Be(day.At(new LocalTime(18, 45)));
        stored.Agenda.Select(i => i.Title).Should().Equal("بازگشایی کتابخانه", "کاشت درخت در کوچه‌ها");
        stored.Status.Should().Be(MeetingStatus.Scheduled);
        var run = await HtmlPage.GetAsync(secretary, response.Headers.Location.OriginalString);
        run.QuerySelector("#meeting-title")!.TextContent.Should().Be("نشست محله ۱");
        run.QuerySelector("#done")!.GetAttribute("data-done").Should().Be("scheduled");
        (await HtmlPage.GetAsync(secretary, "/Meetings/Manage")).QuerySelectorAll($"#to-run li[data-meeting='{stored.Id.Value}']").Should().ContainSingle();
    }

    [Fact]
    public async Task Schedule_RefusesBadInputBesideEachField_AndKeepsWhatWasTyped()
    {
        var secretary = await SecretaryAsync().InEnglishAsync();
        var page = await HtmlPage.GetAsync(secretary, "/Meetings/Manage");
        var tomorrow = PersianDates.FormatNumericLatin(DemoRecords.Today(factory).PlusDays(1));
        var before = await DemoRecords.ReadAsync(factory, db => db.NeighbourhoodMeetings.CountAsync());

        var badDate = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(secretary, page, "#schedule-form", new Dictionary<string, string> { ["Date"] = "1405/13/01", ["Time"] = "25:00", ["Place"] = "Mosque" }));
        var byLibrary = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(secretary, page, "#schedule-form", new Dictionary<string, string> { ["Date"] = tomorrow, ["Time"] = "19:30", ["Place"] = "  ", ["AgendaItems"] = "Parks\n" + new string('x', 400) }));
        var tooFar = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(secretary, page, "#schedule-form", new Dictionary<string, string> { ["Date"] = "1499/01/01", ["Time"] = "19:30", ["Place"] = "Mosque" }));

        badDate.QuerySelector("[data-valmsg-for='StartsAt']")!.TextContent.Should().Contain("13");
        badDate.QuerySelector("[data-valmsg-for='Time']")!.TextContent.Should().Be("Write the time as hours:minutes, such as 19:30 (00:00 to 23:59).");
        ((AngleSharp.Html.Dom.IHtmlInputElement)badDate.QuerySelector("#Date")!).Value.Should().Be("1405/13/01");
        byLibrary.QuerySelector("[data-valmsg-for='Place']")!.TextContent.Should().Be("Meeting place is required; it cannot be empty.");
        byLibrary.QuerySelector("[data-valmsg-for='AgendaItems']")!.TextContent.Should().Be("Agenda item title holds at most 300 characters; this text has 400.");
        byLibrary.QuerySelector("#AgendaItems")!.TextContent.Should().Contain("Parks");
        tooFar.QuerySelector("[data-valmsg-for='StartsAt']")!.TextContent.Should().StartWith("The meeting start must be from 1 Farvardin 1300 to ");
        (await DemoRecords.ReadAsync(factory, db => db.NeighbourhoodMeetings.CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task Secretary_RunsTheMeeting_FromAttendanceToMinutes_AndTheLibraryDecidesEachItem()
    {
        var meeting = await MeetingScenario.PrepareAsync(factory, daysAhead: 2);
        var people = await MeetingScenario.AdultsAsync(factory, MeetingScenario.SecretaryNeighbourhood, 6);
        var secretary = await SecretaryAsync().InEnglishAsync();
        var url = Run(meeting);

        var page = await HtmlPage.GetAsync(secretary, url);
        page = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, page, "#add-item-form", new Dictionary<string, string> { ["Title"] = "Bus stop on the main street", ["Description"] = "Moved, in front of the school" }));
        page = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, page, "#open-form"));
        var search = await HtmlPage.GetAsync(secretary, $"{url}?q={Uri.EscapeDataString(people[0].Name.FamilyName)}");
        var attended = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, search, "#attend-form", null, null, people.Select(p => ("Present", p.Id.Value.ToString()))));
        page = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, attended, "#agenda li[data-item='1'] .put-to-vote-form"));
        var choices = new[] { "For", "For", "For", "For", "Against", "Abstain" };
        var voters = page.QuerySelectorAll("#vote-form fieldset[data-voter]").Select(f => f.GetAttribute("data-voter")!).ToList();
        var votes = voters.SelectMany((voter, i) => new[] { ($"Votes[{i}].Resident", voter), ($"Votes[{i}].Choice", choices[i]) });
        var voted = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, page, "#vote-form", null, null, votes));
        page = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, voted, "#agenda li[data-item='1'] .decide-form"));
        page = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, page, "#agenda li[data-item='2'] .put-to-vote-form"));
        page = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, page, "#vote-form", null, null, [("Votes[0].Resident", voters[0]), ("Votes[0].Choice", "For"), ("Votes[1].Resident", voters[1]), ("Votes[1].Choice", "For")]));
        var decided = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, page, "#agenda li[data-item='2'] .decide-form"));
        var closed = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, decided, "#close-form", new Dictionary<string, string> { ["Minutes"] = "Six residents came; the park passed." }));

        search.QuerySelectorAll($"#candidates li[data-resident='{people[0].Id.Value}'] input[name='Present']").Should().ContainSingle("the picker finds a resident by family name");
        search.QuerySelectorAll("#candidates li").Length.Should().BeLessThanOrEqualTo(20, "the picker lists a page of residents, not the neighbourhood");
        attended.QuerySelector("#attendee-count")!.TextContent.Should().Be("6 present");
        voters.Should().HaveCount(6);
        voted.QuerySelector("#agenda li[data-item='1'] [data-tally]")!.TextContent.Should().Contain("So far:");
        var first = decided.QuerySelector("#agenda li[data-item='1']")!;
        first.GetAttribute("data-outcome").Should().Be("Passed");
        first.QuerySelector("[data-for]")!.TextContent.Should().Be("4");
        first.QuerySelector("[data-against]")!.TextContent.Should().Be("1");
        first.QuerySelector("[data-abstain]")!.TextContent.Should().Be("1");
        first.QuerySelector("[data-reason]")!.TextContent.Should().Be("6 votes of 6 present; the quorum was met; simple majority: more for than against (abstentions do not count; a tie fails).");
        var second = decided.QuerySelector("#agenda li[data-item='2']")!;
        second.GetAttribute("data-outcome").Should().Be("NoQuorum");
        second.QuerySelector("[data-reason]")!.TextContent.Should().StartWith("2 votes of 6 present; short of the quorum (at least 5 votes and 50% of those present)");
        closed.QuerySelector("#meeting-status")!.GetAttribute("data-status").Should().Be("Closed");
        closed.QuerySelectorAll("#add-item-form, #open-form, #attend-form, #vote-form, .put-to-vote-form, .decide-form, #close-form, #cancel-form").Should().BeEmpty("a closed meeting offers no act");

        var stored = await MeetingScenario.ReadAsync(factory, meeting.Id);
        stored.Status.Should().Be(MeetingStatus.Closed);
        stored.Minutes.Should().Be("Six residents came; the park passed.");
        stored.Attendees.Select(a => a.ResidentId).Should().BeEquivalentTo(people.Select(p => p.Id));
        stored.Agenda.Should().HaveCount(3);
        stored.Decisions.Select(d => d.Outcome).Should().Equal(DecisionOutcome.Passed, DecisionOutcome.NoQuorum);

        var reader = await HtmlPage.GetAsync(factory.NewClient(), $"/Meetings/{meeting.Id.Value}?culture=en");
        reader.QuerySelector("#minutes")!.TextContent.Should().Be("Six residents came; the park passed.");
        reader.QuerySelector("#agenda tr[data-item='1']")!.GetAttribute("data-outcome").Should().Be("Passed");
        reader.QuerySelector("#agenda tr[data-item='1'] [data-reason]")!.TextContent.Should().Contain("the quorum was met");
    }

    [Fact]
    public async Task Refusals_AreTheLibrarys_ShownBesideTheirField_AndChangeNothing()
    {
        var meeting = await MeetingScenario.PrepareAsync(factory, stage: MeetingScenario.Stage.ItemUnderVote, attendees: 3);
        var secretary = await SecretaryAsync().InEnglishAsync();
        var page = await HtmlPage.GetAsync(secretary, Run(meeting));
        var stranger = (await MeetingScenario.AdultsAsync(factory, 2, 1))[0];

        var stillVoting = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(secretary, page, "#close-form", new Dictionary<string, string> { ["Minutes"] = "Done." }));
        var decidePending = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(secretary, page, "#agenda li[data-item='1'] .decide-form", Item(2)));
        var outsider = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(secretary, page, "#attend-form", null, null, [("Present", stranger.Id.Value.ToString())]));
        var badChoice = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(secretary, page, "#vote-form", null, null, [("Votes[0].Resident", meeting.Attendees[0].ResidentId.Value.ToString()), ("Votes[0].Choice", "99")]));
        var longTitle = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(secretary, page, "#add-item-form", new Dictionary<string, string> { ["Title"] = new string('t', 301) }));

        stillVoting.QuerySelector("#refusal")!.TextContent.Should().Contain("Item 1 is still being voted on; decide it before closing the meeting.");
        ((AngleSharp.Html.Dom.IHtmlTextAreaElement)stillVoting.QuerySelector("#Minutes")!).Value.Should().Be("Done.");
        decidePending.QuerySelector("#refusal")!.TextContent.Should().Contain("Item 2 is not open for voting, so there is nothing to decide.");
        outsider.QuerySelector("#present-error")!.TextContent.Should().StartWith("Unknown resident: ");
        outsider.QuerySelector("#present-error")!.TextContent.Should().NotContain(stranger.Name.FamilyName);
        badChoice.QuerySelector("#votes-error")!.TextContent.Should().Be("Choose For, Against or Abstain for each attendee.");
        longTitle.QuerySelector("[data-valmsg-for='Title']")!.TextContent.Should().Be("Agenda item title holds at most 300 characters; this text has 301.");
        var stored = await MeetingScenario.ReadAsync(factory, meeting.Id);
        stored.Status.Should().Be(MeetingStatus.Open);
        stored.Attendees.Should().HaveCount(3);
        stored.Agenda.Should().HaveCount(2);
        stored.Agenda[0].Votes.Should().BeEmpty();
    }

    [Fact]
    public async Task AnotherNeighbourhoodsMeeting_IsNotFound_ForTheSecretary_AndCannotBeChanged()
    {
        var theirs = await MeetingScenario.PrepareAsync(factory, neighbourhood: 2, daysAhead: 1);
        var ours = await MeetingScenario.PrepareAsync(factory, daysAhead: 1);
        var secretary = await SecretaryAsync();
        var ourPage = await HtmlPage.GetAsync(secretary, Run(ours));

        var get = await secretary.GetAsync(Run(theirs));
        var open = await HtmlPage.SubmitAsync(secretary, ourPage, "#open-form", null, $"{Run(theirs)}?handler=Open");
        var cancel = await HtmlPage.SubmitAsync(secretary, ourPage, "#cancel-form", new Dictionary<string, string> { ["Reason"] = "rain" }, $"{Run(theirs)}?handler=Cancel");
        var manage = await HtmlPage.GetAsync(secretary, "/Meetings/Manage");

        get.StatusCode.Should().Be(HttpStatusCode.NotFound);
        open.StatusCode.Should().Be(HttpStatusCode.NotFound);
        cancel.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await MeetingScenario.ReadAsync(factory, theirs.Id)).Status.Should().Be(MeetingStatus.Scheduled);
        manage.QuerySelectorAll($"[data-meeting='{theirs.Id.Value}']").Should().BeEmpty();
        (await HtmlPage.GetAsync(secretary, $"/Meetings/{theirs.Id.Value}")).QuerySelector("#run-link").Should().BeNull("the secretary runs their own neighbourhood's meetings only");
        (await HtmlPage.GetAsync(secretary, $"/Meetings/{ours.Id.Value}")).QuerySelector("#run-link")!.GetAttribute("href").Should().Be(Run(ours));
        manage.QuerySelectorAll($"#to-run [data-meeting='{ours.Id.Value}']").Should().ContainSingle("the secretary's list shows the soonest meetings");
        (await secretary.GetAsync($"/Meetings/Run/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cancel_WithAReason_EndsTheMeeting_AndReadersSeeWhy()
    {
        var meeting = await MeetingScenario.PrepareAsync(factory);
        var secretary = await SecretaryAsync();
        var page = await HtmlPage.GetAsync(secretary, Run(meeting));

        var empty = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(secretary, page, "#cancel-form", new Dictionary<string, string> { ["Reason"] = " " }));
        var cancelled = await FollowAsync(secretary, await HtmlPage.SubmitAsync(secretary, page, "#cancel-form", new Dictionary<string, string> { ["Reason"] = "بارش برف سنگین" }));

        empty.QuerySelector("[data-valmsg-for='Reason']")!.TextContent.Should().Be("«دلیل لغو جلسه» را بنویسید؛ خالی نمی‌تواند باشد.");
        cancelled.QuerySelector("#meeting-status")!.GetAttribute("data-status").Should().Be("Cancelled");
        (await HtmlPage.GetAsync(factory.NewClient(), $"/Meetings/{meeting.Id.Value}")).QuerySelector("#cancelled")!.TextContent.Should().Contain("بارش برف سنگین");
    }

    public static TheoryData<string> Roles()
    {
        var data = new TheoryData<string> { "(anonymous)" };
        foreach (var role in DemoRoles.All)
        {
            data.Add(role);
        }

        return data;
    }

    /// <summary>The running page of a meeting, as the authorization matrix tests a page: its policy, RunMeetings, decides.</summary>
    [Theory]
    [MemberData(nameof(Roles))]
    public async Task RunPage_AnswersAsItsPolicySays_ForEveryRole(string role)
    {
        var meeting = await MeetingScenario.PrepareAsync(factory);
        var client = role == "(anonymous)" ? factory.NewClient() : await SignIn.AsRoleAsync(factory, role);

        var response = await client.GetAsync(Run(meeting));
        var post = await client.PostAsync($"{Run(meeting)}?handler=Open", new FormUrlEncodedContent([]));

        if (role == "(anonymous)")
        {
            response.StatusCode.Should().Be(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.Should().Contain("/Account/Login");
        }
        else if (DemoPolicies.Roles[DemoPolicies.RunMeetings].Contains(role))
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }

        post.StatusCode.Should().BeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await MeetingScenario.ReadAsync(factory, meeting.Id)).Status.Should().Be(MeetingStatus.Scheduled, "a post without an antiforgery token changes nothing");
    }

    [Theory]
    [InlineData("q", "' OR 1=1 --")]
    [InlineData("q", "%E2%80%AE%D8%B1%D8%B6%D8%A7")]
    [InlineData("rp", "-5")]
    [InlineData("rp", "99999999999")]
    [InlineData("rp", "abc")]
    public async Task RunPage_AnswersHostileSearchesWithAPage(string name, string value)
    {
        var meeting = await MeetingScenario.PrepareAsync(factory, stage: MeetingScenario.Stage.Open);
        var secretary = await SecretaryAsync();

        var response = await secretary.GetAsync($"{Run(meeting)}?{name}={value}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await HtmlPage.ReadAsync(response)).QuerySelector("#matching").Should().NotBeNull();
    }

    [Fact]
    public async Task RunPage_RefusesASearchLongerThanAName()
    {
        var meeting = await MeetingScenario.PrepareAsync(factory, stage: MeetingScenario.Stage.Open);
        var secretary = await SecretaryAsync().InEnglishAsync();

        var page = await HtmlPage.GetAsync(secretary, $"{Run(meeting)}?q={new string('x', 101)}");

        page.QuerySelector("#search-problem")!.TextContent.Should().Be("Search for at most 100 characters of a name.");
        page.QuerySelectorAll("#candidates li").Should().BeEmpty();
    }

    [Theory]
    [InlineData("۱۹:۳۰", 19, 30)]
    [InlineData("7:05", 7, 5)]
    [InlineData(" 19 ", 19, 0)]
    [InlineData("۰۸.۱۵", 8, 15)]
    [InlineData("24:00", -1, 0)]
    [InlineData("19:60", -1, 0)]
    [InlineData("19:30:00", -1, 0)]
    [InlineData("-1", -1, 0)]
    [InlineData("", -1, 0)]
    public void TimeOfDay_IsReadInPersianOrLatinDigits_OrRefusedWithAReason(string text, int hour, int minute)
    {
        var time = RazorDemo.Pages.Meetings.MeetingTimes.Read(text, out var error);

        if (hour < 0)
        {
            time.Should().BeNull();
            error.Should().NotBeNull();
        }
        else
        {
            time.Should().Be(new LocalTime(hour, minute));
            error.Should().BeNull();
        }
    }
}
