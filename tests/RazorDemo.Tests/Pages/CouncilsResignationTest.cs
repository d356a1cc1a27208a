using System.Net;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// Recording a resignation on /Councils/Manage asks first, without JavaScript: the member's button shows a confirmation
/// with a date (Solar Hijri, Persian or Latin digits); a bad date is refused with its reason and nothing changes.
/// </summary>
[Collection(DemoCollection.Name)]
public class CouncilsResignationTest(DemoFactory factory)
{
    private static Task<Council> WomensCouncilAsync(DemoFactory factory, int skip) =>
        DemoRecords.ReadAsync(factory, db => db.Set<Council>().AsNoTracking().Where(c => c.Kind == CouncilKind.Women).OrderBy(c => c.FormedOn).ThenBy(c => c.Id).Skip(skip).FirstAsync());

    [Fact]
    public async Task MembersButton_AsksForConfirmationAndADate_AndChangesNothing()
    {
        var council = await WomensCouncilAsync(factory, 20);
        var member = council.CurrentMembers.First(m => m.Role == CouncilRole.Member);
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);
        var page = await HtmlPage.GetAsync(staff, $"/Councils/Manage?council={council.Id.Value}");

        var asked = await HtmlPage.SubmitAsync(staff, page, $"#members tr[data-member='{member.ResidentId.Value}'] form");
        var confirmation = await HtmlPage.ReadAsync(asked);

        asked.StatusCode.Should().Be(HttpStatusCode.OK);
        confirmation.QuerySelector("#resign-confirm-heading")!.TextContent.Should().Be("تأیید کناره‌گیری");
        confirmation.QuerySelector("#ResignedOn")!.GetAttribute("value").Should().Be(PersianDates.Format(DemoRecords.Today(factory)), "today is offered, in Persian digits");
        confirmation.QuerySelector("label[for='ResignedOn']").Should().NotBeNull();
        var stored = await WomensCouncilAsync(factory, 20);
        stored.CurrentMembers.Should().Contain(m => m.ResidentId == member.ResidentId, "asking records nothing");
    }

    [Theory]
    [InlineData("1405/13/40")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("1200/01/01")]
    public async Task Confirmation_WithABadDate_IsRefusedWithAReasonNextToTheDate_KeepingWhatWasTyped(string date)
    {
        var council = await WomensCouncilAsync(factory, 21);
        var member = council.CurrentMembers.First(m => m.Role == CouncilRole.Member);
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var confirmation = await HtmlPage.GetAsync(staff, $"/Councils/Manage?council={council.Id.Value}&resign={member.ResidentId.Value}");

        var response = await HtmlPage.SubmitAsync(staff, confirmation, "#resign-confirm-form", new Dictionary<string, string> { ["ResignedOn"] = date, ["Reason"] = "moved to Kerman" });
        var refused = await HtmlPage.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reason = refused.QuerySelector("[data-valmsg-for='ResignedOn']")!.TextContent.Trim() + (refused.QuerySelector("#refusal")?.TextContent.Trim() ?? string.Empty);
        reason.Should().NotBeEmpty($"'{date}' is refused with a reason");
        (refused.QuerySelector("#ResignedOn")!.GetAttribute("value") ?? string.Empty).Should().Be(date, "what was typed stays (an empty value is written as no value)");
        refused.QuerySelector("#Reason")!.GetAttribute("value").Should().Be("moved to Kerman");
        (await WomensCouncilAsync(factory, 21)).CurrentMembers.Should().Contain(m => m.ResidentId == member.ResidentId);
    }

    [Fact]
    public async Task Confirmation_WithADateInPersianDigits_RecordsTheResignationOnThatDay()
    {
        var council = await WomensCouncilAsync(factory, 22);
        var member = council.CurrentMembers.First(m => m.Role == CouncilRole.Member);
        var today = DemoRecords.Today(factory);
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();
        var confirmation = await HtmlPage.GetAsync(staff, $"/Councils/Manage?council={council.Id.Value}&resign={member.ResidentId.Value}");

        var response = await HtmlPage.SubmitAsync(staff, confirmation, "#resign-confirm-form", new Dictionary<string, string> { ["ResignedOn"] = PersianDates.Format(today.PlusDays(-1)) });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await WomensCouncilAsync(factory, 22);
        stored.CurrentMembers.Should().NotContain(m => m.ResidentId == member.ResidentId);
        stored.Memberships.Single(m => m.ResidentId == member.ResidentId && m.EndReason == MembershipEnd.Resigned).EndedOn.Should().Be(today.PlusDays(-1));
    }

    [Fact]
    public async Task AnIdThatIsNotACurrentMember_IsRefusedWithAReason()
    {
        var council = await WomensCouncilAsync(factory, 23);
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff).InEnglishAsync();

        var page = await HtmlPage.GetAsync(staff, $"/Councils/Manage?council={council.Id.Value}&resign={Guid.NewGuid()}");

        page.QuerySelector("#resign-confirm").Should().BeNull();
        page.QuerySelector("#refusal")!.TextContent.Should().Contain("not a current member");
    }
}
