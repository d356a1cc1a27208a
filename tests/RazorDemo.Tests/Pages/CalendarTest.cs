using System.Net;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

[Collection(DemoCollection.Name)]
public class CalendarTest(DemoFactory factory)
{
    [Fact]
    public async Task Calendar_ShowsTheCitysCurrentMonth_ByDefault_InPersian()
    {
        var month = SolarHijriMonth.Of(DemoRecords.Today(factory));

        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Calendar");

        var title = page.QuerySelector("#month-title")!;
        title.TextContent.Should().Be(month.Format());
        title.GetAttribute("data-year").Should().Be(month.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        title.GetAttribute("data-month").Should().Be(month.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.QuerySelector("#calendar-grid td[aria-current='date'] strong")!.TextContent
            .Should().Be(PersianDigits.Format(PersianDates.ToSolarHijri(DemoRecords.Today(factory)).Day));
        page.QuerySelectorAll("#calendar-grid thead th").Select(t => t.TextContent).Should().Equal("شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه");
    }

    [Fact]
    public async Task Calendar_ShowsOrdibehesht1403_WithNationalCouncilsDayOnTheNinth_SaturdayFirst()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Calendar?year=1403&month=2");

        page.QuerySelector("#month-title")!.TextContent.Should().Be("اردیبهشت ۱۴۰۳");

        // 1 Ordibehesht 1403 was a Saturday (20 April 2024): the first cell of the grid.
        page.QuerySelector("#calendar-grid tbody tr td")!.GetAttribute("data-day").Should().Be("1");
        page.QuerySelector("#calendar-grid td[data-day='9'] [data-kind='councils-day']")!.TextContent.Should().Be("روز ملی شوراها");
        page.QuerySelector("#calendar-grid td[data-day='9'] [data-kind='campaign-stage']")!.TextContent.Should().Contain("دورهٔ خدمت");
        page.QuerySelector("#next-month")!.GetAttribute("href").Should().Be("/Calendar?year=1403&month=3");
        page.QuerySelector("#previous-month")!.GetAttribute("href").Should().Be("/Calendar?year=1403&month=1");
    }

    [Fact]
    public async Task Calendar_InEnglish_NamesTheMonthInLatinLetters_WithGregorianDatesBeside()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Calendar?year=1403&month=2&culture=en");

        page.QuerySelector("#month-title")!.TextContent.Should().Be("Ordibehesht 1403 (April–May 2024)");
        page.QuerySelector("#calendar-grid td[data-day='1'] [data-gregorian]")!.TextContent.Should().Be("20 Apr");
        page.QuerySelector("#calendar-grid td[data-day='9'] [data-kind='councils-day']")!.TextContent.Should().Be("National Councils Day");
        page.QuerySelectorAll("#calendar-grid thead th")[0].TextContent.Should().Be("Saturday");
        page.QuerySelector("#events li[data-kind='councils-day']")!.TextContent.Should().Contain("1403/02/09 (2024-04-28)");
    }

    [Fact]
    public async Task Calendar_ShowsTheInterviewSessions_OfEsfand1402_AndNavigatesIntoTheNextYear()
    {
        var campaign = await DemoRecords.CampaignOf1403Async(factory);
        var first = PersianDates.FromSolarHijri(1402, 12, 1);
        var last = PersianDates.FromSolarHijri(1403, 1, 1).PlusDays(-1);
        var sessions = campaign.InterviewSessions.Count(s => s.HeldOn >= first && s.HeldOn <= last);

        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Calendar?year=1402&month=12&culture=en");

        sessions.Should().BeGreaterThan(0);
        page.QuerySelectorAll("#events li[data-kind='interview-session']").Should().HaveCount(sessions);
        page.QuerySelectorAll("#events li[data-kind='campaign-stage']").Select(e => e.TextContent)
            .Should().Contain(t => t.Contains(CampaignStages.NameOf(CampaignStage.Interviews).English));
        page.QuerySelector("#next-month")!.GetAttribute("href").Should().Be("/Calendar?year=1403&month=1");
    }

    [Theory]
    [InlineData("abc", "2", "The year 'abc' is not in this calendar; give a Solar Hijri year from 1300 to 1500. Showing the current month.")]
    [InlineData("1403", "13", "There is no month '13'; a month is a number from 1 (Farvardin) to 12 (Esfand). Showing the current month.")]
    [InlineData("99999999999", "x", "The year '99999999999' and month 'x' could not be read")]
    public async Task Calendar_ExplainsABadMonth_InsteadOfFailing(string year, string month, string message)
    {
        var response = await factory.NewClient().GetAsync($"/Calendar?year={year}&month={month}&culture=en");
        var page = await HtmlPage.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector("#calendar-problem")!.TextContent.Should().StartWith(message);
        page.QuerySelector("#month-title")!.TextContent.Should().StartWith(SolarHijriMonth.Of(DemoRecords.Today(factory)).FormatLatin());
    }

    [Fact]
    public async Task Calendar_ExplainsABadMonth_InPersian()
    {
        var response = await factory.NewClient().GetAsync("/Calendar?year=1403&month=0");
        var page = await HtmlPage.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector("#calendar-problem")!.TextContent.Should().StartWith("ماه «0» وجود ندارد؛ ماه عددی از ۱ (فروردین) تا ۱۲ (اسفند) است.");
    }
}
