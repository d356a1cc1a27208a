using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The neighbourhood mayor's interview page. The seeded current campaign starts at its interview stage; only
/// <see cref="Interviews_RunFromSessionToSelection_WithEveryRefusalShown"/> moves it on, the other tests hold in any stage.
/// </summary>
[Collection(DemoCollection.Name)]
public class YouthMayorInterviewsTest(DemoFactory factory)
{
    private const string Url = "/YouthMayors/Interviews";

    private static IHtmlFormElement Form(IDocument page, string id) => (IHtmlFormElement)page.QuerySelector(id)!;

    private static async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields, string culture)
    {
        var response = await client.PostAsync($"{Url}?handler={handler}&culture={culture}", new FormUrlEncodedContent(fields));
        return (response, await HtmlPage.ReadAsync(response));
    }

    /// <summary>The session form's fields with no applicant ticked (FieldsOf reads a checkbox's value whether ticked or not).</summary>
    private static Dictionary<string, string> SessionFields(IDocument page) =>
        HtmlPage.FieldsOf(Form(page, "#session-form"))
            .Where(f => !f.Key.EndsWith(".Include", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => f.Value);

    private static Dictionary<string, string> Token(IDocument page) =>
        new() { ["__RequestVerificationToken"] = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")! };

    [Fact]
    public async Task Interviews_ListTheNeighbourhoodsShortlist_WithPublicFieldsOnly()
    {
        var campaign = await DemoRecords.CurrentCampaignAsync(factory);
        var first = (await DemoRecords.NeighbourhoodsAsync(factory))[0];
        var shortlist = campaign.Applications.Where(a => a.NeighbourhoodId == first.Id && a.IsShortlisted).ToList();
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.NeighbourhoodMayor);

        var persian = await HtmlPage.GetAsync(client, Url);
        var english = await HtmlPage.GetAsync(client, Url + "?culture=en");

        shortlist.Should().HaveCount(2 * RazorDemo.Data.DemoYouthCampaign.ShortlistedPerGender);
        persian.QuerySelector("h1")!.TextContent.Should().Be("مصاحبه و انتخاب شهردار نوجوان");
        persian.QuerySelectorAll("#shortlist tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-application")!))
            .Should().BeEquivalentTo(shortlist.Select(a => a.Id.Value));
        english.QuerySelector("#campaign-stage")!.TextContent.Should().Contain(campaign.Name.English).And.Contain("Neighbourhood 1");
        english.QuerySelectorAll("#shortlist thead th").Select(t => t.TextContent).Should().Equal("Name", "Gender", "Age band", "Interview");
    }

    [Fact]
    public async Task Interviews_RunFromSessionToSelection_WithEveryRefusalShown()
    {
        var campaign = await DemoRecords.CurrentCampaignAsync(factory);
        campaign.Stage.Should().Be(CampaignStage.Interviews, "this test is the only one that moves the seeded campaign on");
        var first = (await DemoRecords.NeighbourhoodsAsync(factory))[0];
        var shortlist = campaign.Applications.Where(a => a.NeighbourhoodId == first.Id && a.IsShortlisted).ToList();
        var boy = shortlist.First(a => a.Gender == Gender.Male);
        var girl = shortlist.First(a => a.Gender == Gender.Female);
        var today = DemoRecords.Today(factory);
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.NeighbourhoodMayor);
        var page = await HtmlPage.GetAsync(client, Url);

        // Choosing a youth mayor during the interviews: the library refuses, in the reader's language.
        var early = Token(page);
        early["BoyApplicationId"] = boy.Id.Value.ToString();
        early["GirlApplicationId"] = girl.Id.Value.ToString();
        var (refusedResponse, refused) = await PostAsync(client, "Select", early, "en");
        refusedResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        refused.QuerySelector("#refusal")!.TextContent.Should().Contain("Choosing a youth mayor belongs to the selection of youth mayors stage");
        (await PostAsync(client, "Select", early, "fa")).Page.QuerySelector("#refusal")!.TextContent.Should().Contain("انتخاب شهردار نوجوان در مرحلهٔ «انتخاب شهرداران نوجوان» انجام می‌شود");

        // The session form: what the page reads (the date, the scores) is explained next to the field; the rest of
        // the refusal (at least one interview, scores 0–100, a score or notes) is the library's, in the reader's language.
        var empty = SessionFields(page);
        empty["HeldOn"] = "";
        var (_, persianErrors) = await PostAsync(client, "Hold", empty, "fa");
        persianErrors.QuerySelector("[data-valmsg-for='HeldOn']")!.TextContent.Should().Be("تاریخ جلسه را بنویسید، مانند ۱۴۰۵/۰۹/۰۶.");
        var nobody = SessionFields(page);
        nobody["HeldOn"] = PersianDates.Format(today);
        (await PostAsync(client, "Hold", nobody, "fa")).Page.QuerySelector("#refusal")!.TextContent.Should().Contain("دست‌کم یک مصاحبه را برگزینید.");

        var badDate = SessionFields(page);
        badDate["HeldOn"] = "1405/13/01";
        badDate["Interviews[0].Include"] = "true";
        badDate["Interviews[0].Score"] = "abc";
        var (_, englishErrors) = await PostAsync(client, "Hold", badDate, "en");
        englishErrors.QuerySelector("[data-valmsg-for='HeldOn']")!.TextContent.Should().Contain("13");
        englishErrors.QuerySelector("[data-valmsg-for='Interviews[0].Score']")!.TextContent.Should().Be("The score is a whole number from 0 to 100.");

        var bad = SessionFields(page);
        bad["HeldOn"] = PersianDates.FormatNumericLatin(today);
        bad["Interviews[0].Include"] = "true";
        bad["Interviews[0].Score"] = "150";
        bad["Interviews[1].Include"] = "true";
        var (_, libraryErrors) = await PostAsync(client, "Hold", bad, "en");
        libraryErrors.QuerySelector("#refusal")!.TextContent.Should().Contain("The interview score must be from 0 to 100.").And.Contain("Interview notes is required");
        libraryErrors.QuerySelector("input[name='Interviews[0].Score']")!.GetAttribute("value").Should().Be("150", "what the reader typed stays in the form");

        var future = SessionFields(page);
        future["HeldOn"] = PersianDates.FormatNumericLatin(today.PlusDays(1));
        future["Interviews[0].Include"] = "true";
        future["Interviews[0].Score"] = "70";
        (await PostAsync(client, "Hold", future, "en")).Page.QuerySelector("[data-valmsg-for='HeldOn']")!.TextContent
            .Should().Be($"A session is recorded once held; today is {PersianDates.FormatNumericLatin(today)}.");

        // A Gregorian date reads as a Solar Hijri year centuries ahead: refused as no session date, not as "not yet held".
        var gregorian = SessionFields(page);
        gregorian["HeldOn"] = today.WithCalendar(NodaTime.CalendarSystem.Gregorian).ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture);
        gregorian["Interviews[0].Include"] = "true";
        gregorian["Interviews[0].Score"] = "70";
        var gregorianRefusal = (await PostAsync(client, "Hold", gregorian, "en")).Page.QuerySelector("[data-valmsg-for='HeldOn']")!.TextContent;
        gregorianRefusal.Should().Contain("is not the Solar Hijri date of an interview session").And.Contain("a Gregorian date is not accepted").And.NotContain("once held");
        (await PostAsync(client, "Hold", gregorian, "fa")).Page.QuerySelector("[data-valmsg-for='HeldOn']")!.TextContent
            .Should().Contain("تاریخ میلادی پذیرفته نمی‌شود").And.NotContain("هنوز برگزار نشده");

        // A date before the interview stage: the library's refusal.
        var beforeStage = SessionFields(page);
        var stageStart = campaign.StartOf(CampaignStage.Interviews)!.Value;
        beforeStage["HeldOn"] = PersianDates.FormatNumericLatin(stageStart.PlusDays(-1));
        beforeStage["Interviews[0].Include"] = "true";
        beforeStage["Interviews[0].Score"] = "70";
        (await PostAsync(client, "Hold", beforeStage, "en")).Page.QuerySelector("#refusal")!.TextContent
            .Should().Contain($"before the interviews stage started on {PersianDates.FormatLatin(stageStart)}");

        // The happy path: everyone interviewed in one session (Persian digits accepted), then on to selection.
        var session = SessionFields(page);
        session["HeldOn"] = PersianDates.Format(today);
        for (var i = 0; i < shortlist.Count; i++)
        {
            session[$"Interviews[{i}].Include"] = "true";
            session[$"Interviews[{i}].Score"] = PersianDigits.ToPersian((60 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            session[$"Interviews[{i}].Notes"] = "پاسخ‌های روشن";
        }

        var (held, _) = await PostAsync(client, "Hold", session, "fa");
        held.StatusCode.Should().Be(HttpStatusCode.Redirect);
        held.Headers.Location!.OriginalString.Should().Contain("done=held");
        var afterSession = await DemoRecords.CurrentCampaignAsync(factory);
        afterSession.InterviewSessions.Should().ContainSingle().Which.Interviews.Should().HaveCount(shortlist.Count);
        afterSession.InterviewSessions[0].HeldOn.Should().Be(today);

        page = await HtmlPage.GetAsync(client, Url + "?culture=en");
        page.QuerySelector("#session-form").Should().BeNull("nobody is left to interview");
        page.QuerySelector("#own-progress")!.GetAttribute("data-done").Should().Be("true");
        page.QuerySelector("#city-wide")!.TextContent.Should().Contain("closing the interviews is the municipality's act");

        // The campaign's stage is the whole city's: the neighbourhood mayor has no button to close it, and a post
        // (a page left open from before) is refused with the reason and changes nothing.
        page.QuerySelector("#advance-form").Should().BeNull("a neighbourhood mayor does not close the city's interviews");
        var (closeResponse, closeRefused) = await PostAsync(client, "Advance", Token(page), "en");
        closeResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        closeRefused.QuerySelector("#refusal")!.TextContent.Should().Contain("Closing the interviews is the municipality's act, not a neighbourhood mayor's");
        (await PostAsync(client, "Advance", Token(page), "fa")).Page.QuerySelector("#refusal")!.TextContent.Should().Contain("پایان مصاحبه‌ها با شهرداری است");
        (await DemoRecords.CurrentCampaignAsync(factory)).Stage.Should().Be(CampaignStage.Interviews);

        // Municipal staff see every neighbourhood's interviews done and move the whole campaign to selection.
        var staff = await SignIn.AsRoleAsync(factory, DemoRoles.MunicipalStaff);
        var staffPage = await HtmlPage.GetAsync(staff, $"/YouthMayors/Applications?campaign={campaign.Id.Value}");
        staffPage.QuerySelectorAll("#progress tbody tr").Select(r => r.GetAttribute("data-awaiting")).Should().AllBe("0");
        staffPage.QuerySelector("#awaiting-warning").Should().BeNull();
        var advanced = await HtmlPage.SubmitAsync(staff, staffPage, "#advance-form");
        advanced.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await DemoRecords.CurrentCampaignAsync(factory)).Stage.Should().Be(CampaignStage.Selection);

        // The selection form: at least one seat chosen, in Persian and in English.
        page = await HtmlPage.GetAsync(client, Url);
        page.QuerySelectorAll("#BoyApplicationId option:not([value=''])").Should().HaveCount(shortlist.Count(a => a.Gender == Gender.Male));
        var none = HtmlPage.FieldsOf(Form(page, "#select-form"));
        (await PostAsync(client, "Select", none, "fa")).Page.QuerySelector("#refusal")!.TextContent.Should().NotBeNullOrWhiteSpace();
        (await PostAsync(client, "Select", none, "en")).Page.QuerySelector("#refusal")!.TextContent.Should().Contain("Choose at least one");

        // A girl for the boy's seat: the library refuses and nothing is stored, not even the valid girl's seat.
        var wrong = HtmlPage.FieldsOf(Form(page, "#select-form"));
        var otherGirl = shortlist.Where(a => a.Gender == Gender.Female && a.Id != girl.Id).Select(a => (YouthMayorApplicationId?)a.Id).FirstOrDefault();
        wrong["BoyApplicationId"] = (otherGirl ?? girl.Id).Value.ToString();
        wrong["GirlApplicationId"] = otherGirl is null ? "" : girl.Id.Value.ToString();
        (await PostAsync(client, "Select", wrong, "en")).Page.QuerySelector("#refusal")!.TextContent
            .Should().Contain("A boy's seat is filled by a boy; this applicant is a girl.");
        var boyTwice = HtmlPage.FieldsOf(Form(page, "#select-form"));
        boyTwice["BoyApplicationId"] = boy.Id.Value.ToString();
        boyTwice["GirlApplicationId"] = boy.Id.Value.ToString();
        (await PostAsync(client, "Select", boyTwice, "en")).Page.QuerySelector("#refusal")!.TextContent
            .Should().Contain("appears twice; choose each once");
        (await DemoRecords.CurrentCampaignAsync(factory)).YouthMayors.Should().BeEmpty("a refused choice leaves nothing half-written");

        var choice = HtmlPage.FieldsOf(Form(page, "#select-form"));
        choice["BoyApplicationId"] = boy.Id.Value.ToString();
        choice["GirlApplicationId"] = girl.Id.Value.ToString();
        var (selected, _) = await PostAsync(client, "Select", choice, "fa");
        selected.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var chosen = (await DemoRecords.CurrentCampaignAsync(factory)).YouthMayors;
        chosen.Select(m => (m.ApplicationId, m.Gender)).Should().BeEquivalentTo(new[] { (boy.Id, Gender.Male), (girl.Id, Gender.Female) });

        page = await HtmlPage.GetAsync(client, Url + "?done=selected&culture=en");
        page.QuerySelector("#done")!.TextContent.Should().Contain("The youth mayor is chosen.");
        page.QuerySelectorAll("#chosen li").Should().HaveCount(2);
        page.QuerySelector("#select-form").Should().BeNull("both seats are filled");
    }

    [Fact]
    public async Task Interviews_RefuseAPost_FromAnotherRole()
    {
        var client = await SignIn.AsRoleAsync(factory, DemoRoles.Resident);
        var home = await HtmlPage.GetAsync(client, "/");

        var response = await client.PostAsync($"{Url}?handler=Hold", new FormUrlEncodedContent(Token(home)));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Interviews_SendAnAnonymousPost_ToTheLoginPage()
    {
        var client = factory.NewClient();
        // The sign-in form is the one form an anonymous reader is shown with a token (the language switch has none).
        var signIn = await HtmlPage.GetAsync(client, "/Account/Login");

        var response = await client.PostAsync($"{Url}?handler=Select", new FormUrlEncodedContent(Token(signIn)));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().StartWith("http://localhost/Account/Login?ReturnUrl=");
    }
}
