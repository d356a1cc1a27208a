using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Comments.UseCases;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.Translation;
using ParticipatoryGovernance.EntityFrameworkCore.UseCases;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Translation;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Translation;

/// <summary>
/// Translations of what people write: requested once per text and language when the text is stored, filled in by the
/// host's translator (a test double here) outside the request, retried when it fails, and read by pages; nothing is
/// sent when no translator is registered.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class TranslationRequestsTest(DatabaseFixture fixture)
{
    private readonly FakeClock _clock = new(fixture.Clock.GetCurrentInstant() + Duration.FromHours(1));

    private sealed class Setup : IAsyncDisposable
    {
        public required TestDatabase Database { get; init; }

        public required World World { get; init; }

        public required ServiceProvider Services { get; init; }

        public ValueTask DisposeAsync() => Services.DisposeAsync();
    }

    private async Task<Setup> CreateAsync(Provider provider, DoubleTranslator? translator)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        world.ResidentsOf(world.North, 3);
        await world.SaveAsync(database);
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(_clock);
        services.AddParticipatoryGovernance();
        if (provider == Provider.Sqlite)
        {
            services.AddParticipatoryGovernanceSqlite(database.ConnectionString);
        }
        else
        {
            services.AddParticipatoryGovernancePostgres(database.ConnectionString);
        }

        if (translator is not null)
        {
            services.AddSingleton(translator);
            services.AddSingleton<ITranslationObserver>(translator);
            services.AddParticipatoryGovernanceTranslation<DoubleTranslatorProxy>(new TranslationOptions { FirstRetryDelay = Duration.FromMinutes(1), MaxAttempts = 3 });
        }

        var provided = services.BuildServiceProvider();
        if (translator is not null)
        {
            await using var scope = provided.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TranslationRequests>().StartFromLatestAsync();
        }

        return new Setup { Database = database, World = world, Services = provided };
    }

    private async Task<CitizenIdeaId> SubmitAsync(Setup s, string title, string description)
    {
        await using var db = s.Database.CreateContext();
        var result = await new SubmitIdeaHandler(new GovernanceStore(db), _clock).HandleAsync(
            new SubmitIdea(s.World.City.Id, s.World.Residents[0].Id, title, description, "traffic", s.World.North.Id));
        return result.Value.Id;
    }

    private static async Task<IReadOnlyDictionary<string, TextTranslation>> LookAsync(Setup s, string language, params string[] texts)
    {
        await using var scope = s.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITranslationLookup>().FindAsync(texts, language);
    }

    private static async Task<List<StoredTranslation>> RowsAsync(Setup s)
    {
        await using var db = s.Database.CreateContext();
        return await db.Set<StoredTranslation>().AsNoTracking().OrderBy(t => t.Id).ToListAsync();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AnIdea_IsTranslatedIntoTheCitysOtherLanguage_Once_AndPagesFindIt(Provider provider)
    {
        var translator = new DoubleTranslator();
        await using var s = await CreateAsync(provider, translator);
        var idea = await SubmitAsync(s, "سایه‌بان ایستگاه", "ایستگاه اتوبوس سایه ندارد.");
        var worker = s.Services.GetRequiredService<TranslationWorker>();

        await worker.RunOnceAsync();
        await worker.RunOnceAsync();

        translator.Calls.Select(c => (c.Text, c.Target)).Should().BeEquivalentTo(
            [("سایه‌بان ایستگاه", "fa"), ("سایه‌بان ایستگاه", "en"), ("ایستگاه اتوبوس سایه ندارد.", "fa"), ("ایستگاه اتوبوس سایه ندارد.", "en")],
            "each text once per language of the charter, however many passes run");
        var english = await LookAsync(s, "en", "سایه‌بان ایستگاه", "ایستگاه اتوبوس سایه ندارد.", "not stored");
        english.Should().HaveCount(2);
        english["سایه‌بان ایستگاه"].Should().Be(new TextTranslation("[en] سایه‌بان ایستگاه", "fa", "Test translator"));
        (await LookAsync(s, "fa", "سایه‌بان ایستگاه")).Should().BeEmpty("a Persian text is not shown translated to Persian readers");
        (await RowsAsync(s)).Should().OnlyContain(r => r.ThingKind == "idea" && r.ThingId == idea.Value);
        translator.Observed.Should().Contain(("idea", idea.Value));
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AComment_AndItsEdit_AreTranslated_AndTheSameTextTwice_OnlyOnce(Provider provider)
    {
        var translator = new DoubleTranslator();
        await using var s = await CreateAsync(provider, translator);
        var idea = await SubmitAsync(s, "سایه‌بان", "ایستگاه.");
        var worker = s.Services.GetRequiredService<TranslationWorker>();
        await worker.RunOnceAsync();
        translator.Calls.Clear();
        await using (var db = s.Database.CreateContext())
        {
            var store = new GovernanceStore(db);
            var comment = (await new CommentOnIdeaHandler(store, _clock).HandleAsync(new CommentOnIdea(s.World.City.Id, idea, s.World.Residents[1].Id, "موافقم.", "for"))).Value.Id;
            await new CommentOnIdeaHandler(store, _clock).HandleAsync(new CommentOnIdea(s.World.City.Id, idea, s.World.Residents[2].Id, "موافقم.", "for"));
            (await new EditCommentHandler(store, _clock).HandleAsync(new EditComment(s.World.City.Id, comment, s.World.Residents[1].Id, "کاملاً موافقم.", "for"))).IsSuccess.Should().BeTrue();
        }

        await worker.RunOnceAsync();

        translator.Calls.Where(c => c.Target == "en").Select(c => c.Text).Should().BeEquivalentTo(["موافقم.", "کاملاً موافقم."], "the same words by two people are translated once");
        (await LookAsync(s, "en", "کاملاً موافقم.")).Should().ContainKey("کاملاً موافقم.");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AFailingTranslator_IsTriedAgainAfterItsDelay_ThenMarkedFailed_AndNothingIsShown(Provider provider)
    {
        var translator = new DoubleTranslator { FailuresLeft = 4 };
        await using var s = await CreateAsync(provider, translator);
        await SubmitAsync(s, "پارک", "پارک محله.");
        var worker = s.Services.GetRequiredService<TranslationWorker>();

        await worker.RunOnceAsync();
        var afterFirst = await RowsAsync(s);
        afterFirst.Where(r => r.Attempts == 1 && r.State == TranslationState.Pending).Should().HaveCount(4, "the four requests failed once, and wait");
        afterFirst.Should().OnlyContain(r => r.LastError!.Contains("down", StringComparison.Ordinal));
        await worker.RunOnceAsync();
        translator.Calls.Should().HaveCount(4, "nothing is tried again before its delay");

        _clock.Advance(Duration.FromMinutes(1));
        await worker.RunOnceAsync();
        (await LookAsync(s, "en", "پارک")).Should().ContainKey("پارک", "the second attempt succeeded");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task WithoutATranslator_NothingIsRequestedOrSent_AndPagesFindNothing(Provider provider)
    {
        await using var s = await CreateAsync(provider, translator: null);
        await SubmitAsync(s, "سایه‌بان", "ایستگاه.");

        s.Services.GetService<TranslationWorker>().Should().BeNull("the worker exists only when a host registers a translator");
        s.Services.GetService<ITranslator>().Should().BeNull();
        (await LookAsync(s, "en", "سایه‌بان")).Should().BeEmpty();
        (await RowsAsync(s)).Should().BeEmpty();
    }

    /// <summary>The translator's test double: "[en] text", Persian source unless the text is Latin; records every call.</summary>
    internal sealed class DoubleTranslator : ITranslationObserver
    {
        public ConcurrentQueue<(string Text, string Target)> Calls { get; } = new();

        public ConcurrentQueue<(string, Guid)> Observed { get; } = new();

        public int FailuresLeft { get; set; }

        public Task<MachineTranslation?> TranslateAsync(string text, string targetLanguage)
        {
            Calls.Enqueue((text, targetLanguage));
            if (FailuresLeft-- > 0)
            {
                throw new HttpRequestException("The translation service is down.");
            }

            var source = text.Any(char.IsAsciiLetter) ? "en" : "fa";
            return Task.FromResult<MachineTranslation?>(new($"[{targetLanguage}] {text}", source));
        }

        public Task TranslatedAsync(IReadOnlyCollection<(string ThingKind, Guid ThingId)> things, CancellationToken cancellationToken = default)
        {
            foreach (var thing in things)
            {
                Observed.Enqueue(thing);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Registered as the host's translator; hands each call to the test's double.</summary>
    internal sealed class DoubleTranslatorProxy(DoubleTranslator inner) : ITranslator
    {
        public string Name => "Test translator";

        public Task<MachineTranslation?> TranslateAsync(string text, string targetLanguage, CancellationToken cancellationToken = default) =>
            inner.TranslateAsync(text, targetLanguage);
    }
}
