using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>How an idea's page reads in each language: counts, names, the charter's reasons, digits.</summary>
[Collection(DemoCollection.Name)]
public class IdeaWordingTest(DemoFactory factory)
{
    private Task<CitizenIdea> VisibleAsync(Func<CitizenIdea, bool> matches) =>
        DemoRecords.ReadAsync(factory, async db => (await db.HomeIdeas()
            .Where(i => i.Visibility == IdeaVisibility.Visible && i.NextVersionId == null).OrderBy(i => i.SubmittedAt).Take(300).ToListAsync()).First(matches));

    [Fact]
    public async Task Endorsements_AreCountedInTheSingularAndPlural_InEnglish()
    {
        var one = await VisibleAsync(i => i.Endorsements.Count == 1);
        var many = await VisibleAsync(i => i.Endorsements.Count > 1);

        var onePage = await HtmlPage.GetAsync(factory.NewClient(), $"/Ideas/{one.Id.Value}?culture=en");
        var manyPage = await HtmlPage.GetAsync(factory.NewClient(), $"/Ideas/{many.Id.Value}?culture=en");

        onePage.QuerySelector("#endorsements")!.TextContent.Trim().Should().StartWith("1 endorsement;");
        manyPage.QuerySelector("#endorsements")!.TextContent.Trim().Should().StartWith($"{many.Endorsements.Count:N0} endorsements;");
    }

    [Fact]
    public async Task EnglishPages_IsolateThePersianName_AndSeparateTheDate()
    {
        var idea = await VisibleAsync(_ => true);

        var page = await HtmlPage.GetAsync(factory.NewClient(), $"/Ideas/{idea.Id.Value}?culture=en");

        var proposer = page.QuerySelector("#idea-proposer")!;
        proposer.QuerySelector("bdi#proposer-name")!.TextContent.Should().MatchRegex("[\u0600-\u06FF]", "the demo's residents have Persian names");
        proposer.QuerySelector("time")!.TextContent.Should().Contain(" 14", "the date stands apart from the name");
        page.QuerySelectorAll("#timeline bdi").Should().HaveCount(page.QuerySelectorAll("#timeline li").Length);
    }

    [Fact]
    public async Task PersianPages_ShowTheChartersReasonInPersian_WithPersianDigits()
    {
        var hidden = await DemoRecords.ReadAsync(factory, db => db.HomeIdeas()
            .Where(i => i.Visibility == IdeaVisibility.Hidden).OrderByDescending(i => i.SubmittedAt).FirstAsync());
        var moderator = await SignIn.AsRoleAsync(factory, DemoRoles.Moderator);

        var persian = await HtmlPage.GetAsync(moderator, $"/Ideas/{hidden.Id.Value}");
        var english = await HtmlPage.GetAsync(moderator, $"/Ideas/{hidden.Id.Value}?culture=en");

        var hiding = persian.QuerySelectorAll("#timeline li[data-kind='visibility']")[^1].TextContent;
        hiding.Should().Contain("گزارش از شهروندان").And.NotContain("Reported by").And.NotContain(" / ");
        english.QuerySelectorAll("#timeline li[data-kind='visibility']")[^1].TextContent.Should().Contain("Reported by").And.NotContain("گزارش از شهروندان");
        foreach (var selector in new[] { "#timeline .fw-bold", "#timeline .small", "#endorsements", "#idea-facts", "#idea-proposer" })
        {
            foreach (var element in persian.QuerySelectorAll(selector))
            {
                element.TextContent.Should().NotMatchRegex("[0-9]", $"{selector} on a Persian page uses Persian digits");
            }
        }

        persian.QuerySelector("#timeline")!.ClassList.Should().NotContain("list-group-numbered", "CSS counters would number the list in Latin digits");
    }
}
