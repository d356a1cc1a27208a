using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.Translation;
using ParticipatoryGovernance.Translation;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Translation;

/// <summary>
/// What people write, shown in the reader's language when a city plugs a translator in (a test double here): the idea
/// page and a comment carry the translation, a "machine translation" label and the original one click away; a reader
/// of the original's language sees the original; without a translator nothing is sent and nothing changes.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class TranslatedPagesTest(DemoFactory factory)
{
    [Fact]
    public void TheDemo_RegistersNoTranslator_SoNoTextIsSentAnywhere()
    {
        factory.Services.GetService<ITranslator>().Should().BeNull();
        factory.Services.GetService<TranslationWorker>().Should().BeNull();
        factory.Services.CreateScope().ServiceProvider.GetService<ITranslationLookup>().Should().NotBeNull("pages read translations whether or not a city translates");
    }

    [Fact]
    public async Task WithATranslator_AnIdeaAndItsComment_AreShownTranslatedToEnglishReaders_WithTheOriginalOneClickAway()
    {
        await using var translating = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddParticipatoryGovernanceTranslation<PrefixTranslator>(new TranslationOptions { PollInterval = TimeSpan.FromMilliseconds(200) })));
        var resident = translating.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await using (var scope = translating.Services.CreateAsyncScope())
        {
            // The worker places its cursor when it starts; placing it here first makes sure the idea below comes after it.
            await scope.ServiceProvider.GetRequiredService<TranslationRequests>().StartFromLatestAsync();
        }

        await SignInAsync(resident, "resident1@demo.rafsanjan");
        var title = "نیمکت برای ایستگاه " + Guid.NewGuid().ToString("N")[..6];
        var form = await HtmlPage.GetAsync(resident, "/Ideas/Submit");
        var submitted = await HtmlPage.SubmitAsync(resident, form, "#submit-form", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Description"] = "سالمندان در ایستگاه جایی برای نشستن ندارند.",
            ["Field"] = "traffic",
            ["Neighbourhood"] = string.Empty,
        });
        submitted.StatusCode.Should().Be(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
        var ideaUrl = submitted.Headers.Location!.OriginalString.Split('?')[0];
        var ideaPage = await HtmlPage.GetAsync(resident, ideaUrl);
        (await HtmlPage.SubmitAsync(resident, ideaPage, "form[data-new-comment]", new Dictionary<string, string> { ["Body"] = "با این ایده موافقم.", ["Stance"] = "for" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var reader = translating.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var english = await UntilAsync(reader, ideaUrl + "?culture=en", page =>
            page.QuerySelector("h1[data-translated]") is not null && page.QuerySelector("#comments [data-body][data-translated]") is not null);

        english.QuerySelector("h1")!.TextContent.Should().Be("[en] " + title);
        english.QuerySelector("h1")!.GetAttribute("lang").Should().Be("en");
        english.QuerySelector("#idea-description")!.TextContent.Should().Be("[en] سالمندان در ایستگاه جایی برای نشستن ندارند.");
        var note = english.QuerySelector("#idea [data-translation-note]")!;
        note.QuerySelector("[data-translated-label]")!.TextContent.Should().Contain("Machine translation").And.Contain("Test translator");
        var original = note.QuerySelector("details[data-original]")!;
        original.QuerySelector("summary")!.TextContent.Should().Be("Show the original");
        original.QuerySelector("p")!.GetAttribute("lang").Should().Be("fa");
        original.QuerySelector("p")!.TextContent.Should().Contain(title).And.Contain("سالمندان در ایستگاه");
        var comment = english.QuerySelector("#comments [data-body][data-translated]")!;
        comment.TextContent.Should().Be("[en] با این ایده موافقم.");
        comment.ParentElement!.QuerySelector("details[data-original] p")!.TextContent.Should().Be("با این ایده موافقم.");

        var persian = await HtmlPage.GetAsync(reader, ideaUrl + "?culture=fa");
        persian.QuerySelector("h1")!.TextContent.Should().Be(title, "a Persian reader reads the Persian original");
        persian.QuerySelectorAll("[data-translation-note]").Should().BeEmpty();
    }

    private static async Task<IDocument> UntilAsync(HttpClient client, string url, Func<IDocument, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var page = await HtmlPage.GetAsync(client, url);
            if (done(page) || waited.Elapsed > TimeSpan.FromSeconds(90))
            {
                return page;
            }

            await Task.Delay(250);
        }
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var page = await HtmlPage.GetAsync(client, "/Account/Login");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = email;
        fields["Password"] = DemoAccounts.Password;
        (await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields))).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    /// <summary>The translator's test double: "[target] text", from Persian; Persian into Persian is "not needed".</summary>
    internal sealed class PrefixTranslator : ITranslator
    {
        public string Name => "Test translator";

        public Task<MachineTranslation?> TranslateAsync(string text, string targetLanguage, CancellationToken cancellationToken = default) =>
            Task.FromResult<MachineTranslation?>(new($"[{targetLanguage}] {text}", "fa"));
    }
}
