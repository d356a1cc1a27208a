using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Meetings.UseCases;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// A clerk enters a meeting's paper attendance sheet: the residents count with those recorded in the hall, every line
/// is audited with the clerk and the sheet number, repeats and reused numbers are refused naming the line; only clerks
/// and staff may, and hostile values are refused with reasons.
/// </summary>
[Collection(DemoCollection.Name)]
public class AttendanceSheetPageTest(DemoFactory factory)
{
    [Fact]
    public async Task Clerk_enters_a_sheet_that_counts_with_the_hall_and_is_audited_line_by_line()
    {
        var meeting = await MeetingScenario.PrepareAsync(factory, stage: MeetingScenario.Stage.Open, attendees: 1);
        var adults = await MeetingScenario.AdultsAsync(factory, MeetingScenario.SecretaryNeighbourhood, 4);
        var listed = adults.Where(a => meeting.Attendees.All(p => p.ResidentId != a.Id)).Take(2).ToList();
        var clerk = await SignIn.AsRoleAsync(factory, DemoRoles.BallotClerk).InEnglishAsync();
        var url = $"/Meetings/Sheet?id={meeting.Id.Value}";
        var page = await HtmlPage.GetAsync(clerk, url);

        var entered = await HtmlPage.SubmitAsync(clerk, page, "#sheet-form", new Dictionary<string, string>
        {
            ["SheetNumber"] = "m-1",
            ["Lines"] = $"{listed[0].Id.Value}\n\n  {listed[1].Id.Value}  \n",
        });
        var after = await HtmlPage.GetAsync(clerk, url);
        var reused = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(clerk, after, "#sheet-form", new Dictionary<string, string> { ["SheetNumber"] = "M-1", ["Lines"] = adults.First(a => !listed.Contains(a)).Id.Value.ToString() }));
        var twice = await HtmlPage.ReadAsync(await HtmlPage.SubmitAsync(clerk, after, "#sheet-form", new Dictionary<string, string>
        {
            ["SheetNumber"] = "M-2",
            ["Lines"] = $"{listed[0].Id.Value}\n{meeting.Attendees[0].ResidentId.Value}\nnot-an-id",
        }));

        entered.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.QuerySelector("#notice")!.TextContent.Should().Be("Sheet M-1 with 2 lines is recorded.");
        var stored = await MeetingScenario.ReadAsync(factory, meeting.Id);
        stored.Attendees.Select(a => a.ResidentId).Should().BeEquivalentTo([meeting.Attendees[0].ResidentId, listed[0].Id, listed[1].Id], "the sheet counts with the hall");
        var clerkName = DemoAccounts.All.Single(a => a.Role == DemoRoles.BallotClerk).PersianName;
        after.QuerySelectorAll("#entered tbody tr").Select(r => r.GetAttribute("data-resident")).Should().Equal(listed.Select(l => l.Id.Value.ToString()));
        after.QuerySelectorAll("#entered .entered-by").Select(c => c.TextContent).Should().AllBe(clerkName);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var lines = await scope.ServiceProvider.GetRequiredService<IAttendanceSheetStore>().LinesAsync(meeting.Id);
            var clerkUser = await scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>().FindByEmailAsync(SignIn.EmailOf(DemoRoles.BallotClerk));
            lines.Should().HaveCount(2).And.OnlyContain(l => l.EnteredBy == clerkUser!.Id && l.SheetNumber == "M-1", "each line keeps who entered it and from which sheet");
            lines.Select(l => l.Line).Should().Equal(1, 2);
        }

        reused.QuerySelector("#refusals")!.TextContent.Should().Contain("Sheet M-1 was already entered for this meeting");
        var refusals = twice.QuerySelectorAll("#refusals li").Select(li => li.TextContent).ToList();
        refusals.Should().Contain(r => r.StartsWith("Line 1: this resident is already recorded on line 1 of sheet M-1", StringComparison.Ordinal));
        refusals.Should().Contain(r => r.StartsWith("Line 2: this resident's attendance is already recorded", StringComparison.Ordinal));
        refusals.Should().Contain(r => r.StartsWith("Line 3: this identifier is not a resident of this city", StringComparison.Ordinal));
        twice.QuerySelector("#Lines")!.TextContent.Should().Contain("not-an-id", "what the clerk typed is kept");
        (await MeetingScenario.ReadAsync(factory, meeting.Id)).Attendees.Should().HaveCount(3, "refused sheets record nobody");
    }

    public static TheoryData<string> HostileValues()
    {
        var data = new TheoryData<string>();
        foreach (var value in Hostile.HostileFormsTest.Values)
        {
            data.Add(value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task Hostile_values_in_every_field_are_refused_with_a_reason(string value)
    {
        var meeting = await MeetingScenario.PrepareAsync(factory, stage: MeetingScenario.Stage.Open);
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var page = await HtmlPage.GetAsync(staff, $"/Meetings/Sheet?id={meeting.Id.Value}");
        var adult = (await MeetingScenario.AdultsAsync(factory, MeetingScenario.SecretaryNeighbourhood, 1))[0];

        var badNumber = await HtmlPage.SubmitAsync(staff, page, "#sheet-form", new Dictionary<string, string> { ["SheetNumber"] = value, ["Lines"] = adult.Id.Value.ToString() });
        var badLines = await HtmlPage.SubmitAsync(staff, page, "#sheet-form", new Dictionary<string, string> { ["SheetNumber"] = "H-1", ["Lines"] = value });
        var badId = await staff.GetAsync("/Meetings/Sheet?id=" + Uri.EscapeDataString(value));

        // A value the site's input filter stops (control characters) is a 400 before the page; a value that is a fine
        // sheet number ("-1", long digits) is accepted; every other is refused by the command with its reason.
        var filtered = value.Any(c => char.IsControl(c) && c is not ('\r' or '\n'));
        var validNumber = value.Trim().Length is > 0 and <= 20 && value.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
        foreach (var (response, accepted) in new[] { (badNumber, validNumber), (badLines, false) })
        {
            if (filtered)
            {
                response.StatusCode.Should().Be(HttpStatusCode.BadRequest, value);
            }
            else if (accepted)
            {
                response.StatusCode.Should().Be(HttpStatusCode.Redirect, value);
            }
            else
            {
                response.StatusCode.Should().Be(HttpStatusCode.OK, value);
                (await HtmlPage.ReadAsync(response)).QuerySelector("#refusals")!.TextContent.Should().NotBeNullOrWhiteSpace();
            }
        }

        ((int)badId.StatusCode).Should().BeOneOf(200, 400, 404);
        (await MeetingScenario.ReadAsync(factory, meeting.Id)).Attendees.Should().HaveCount(validNumber && !filtered ? 1 : 0);
    }

    [Fact]
    public async Task Only_clerks_and_staff_may_enter_sheets()
    {
        var meeting = await MeetingScenario.PrepareAsync(factory, stage: MeetingScenario.Stage.Open);
        var adult = (await MeetingScenario.AdultsAsync(factory, MeetingScenario.SecretaryNeighbourhood, 1))[0];
        var url = $"/Meetings/Sheet?id={meeting.Id.Value}";
        foreach (var role in DemoRoles.All)
        {
            var client = await SignIn.AsRoleAsync(factory, role);
            var token = (await HtmlPage.GetAsync(client, "/")).QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? string.Empty;
            var get = await client.GetAsync(url);
            var post = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["SheetNumber"] = "R-" + role.Length, ["Lines"] = adult.Id.Value.ToString() }));
            var allowed = role is DemoRoles.BallotClerk or DemoRoles.MunicipalStaff;
            get.StatusCode.Should().Be(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, role);
            if (!allowed)
            {
                post.StatusCode.Should().Be(HttpStatusCode.Forbidden, role);
            }
        }

        var anonymous = await factory.NewClient().GetAsync(url);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await MeetingScenario.ReadAsync(factory, meeting.Id)).Attendees.Select(a => a.ResidentId).Should().OnlyContain(id => id == adult.Id);
    }
}
