using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using RazorDemo.Dashboard;

namespace RazorDemo.Tests.Dashboard;

/// <summary>Counts kept until the records change, without keeping one that may predate a change.</summary>
public sealed class RecordCountsTest : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider();

    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    private RecordCounts NewCounts() => new(_cache, _services.GetRequiredService<IOutputCacheStore>());

    public void Dispose()
    {
        _cache.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task GetOrCountAsync_KeepsTheCount_UntilTheRecordsChange()
    {
        using var counts = NewCounts();
        var counted = 0;
        Task<int> Count(CancellationToken _) => Task.FromResult(++counted);

        var first = await counts.GetOrCountAsync("ideas", Count, CancellationToken.None);
        var kept = await counts.GetOrCountAsync("ideas", Count, CancellationToken.None);
        await counts.RecordsChangedAsync();
        var recounted = await counts.GetOrCountAsync("ideas", Count, CancellationToken.None);

        (first, kept, recounted).Should().Be((1, 1, 2));
        counts.Changes.Should().Be(1);
    }

    [Fact]
    public async Task GetOrCountAsync_DoesNotKeepACount_WhenTheRecordsChangedWhileItRan()
    {
        using var counts = NewCounts();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        var running = counts.GetOrCountAsync("ideas", _ => release.Task, CancellationToken.None);
        await counts.RecordsChangedAsync();
        release.SetResult(41);
        var returned = await running;
        var next = await counts.GetOrCountAsync("ideas", _ => Task.FromResult(42), CancellationToken.None);

        returned.Should().Be(41, "its reader gets what was counted");
        next.Should().Be(42, "a count that may predate the change is not kept");
    }

    [Fact]
    public async Task GetOrCountAsync_CountsOnce_ForReadersAskingAtTheSameTime()
    {
        using var counts = NewCounts();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var counted = 0;

        var readers = Enumerable.Range(0, 8)
            .Select(_ => counts.GetOrCountAsync("ideas", _ => { Interlocked.Increment(ref counted); return release.Task; }, CancellationToken.None))
            .ToList();
        release.SetResult(7);
        var answers = await Task.WhenAll(readers);

        answers.Should().OnlyContain(a => a == 7);
        counted.Should().Be(1);
    }

    [Fact]
    public async Task RecordsChangedAsync_EvictsTheCachedDashboardPages()
    {
        using var counts = NewCounts();
        var store = _services.GetRequiredService<IOutputCacheStore>();
        await store.SetAsync("dashboard-page", [1, 2, 3], [DashboardPage.Tag], TimeSpan.FromMinutes(1), CancellationToken.None);
        await store.SetAsync("other-page", [4], ["other"], TimeSpan.FromMinutes(1), CancellationToken.None);

        await counts.RecordsChangedAsync();

        (await store.GetAsync("dashboard-page", CancellationToken.None)).Should().BeNull();
        (await store.GetAsync("other-page", CancellationToken.None)).Should().Equal(4);
    }

    private readonly Microsoft.AspNetCore.Http.HttpContextAccessor _http = new();

    private RecordCounts NewRefreshingCounts(TimeSpan freshWait) => new(
        _cache,
        _services.GetRequiredService<IOutputCacheStore>(),
        channel: null,
        scopes: _services.GetRequiredService<IServiceScopeFactory>(),
        options: Microsoft.Extensions.Options.Options.Create(new RecordCountsOptions { FreshWait = freshWait }),
        http: _http);

    private Microsoft.AspNetCore.Http.DefaultHttpContext NewRequest() => (Microsoft.AspNetCore.Http.DefaultHttpContext)(_http.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext());

    private sealed record Figures(int Value);

    [Fact]
    public async Task GetOrRefreshAsync_CountsOnceWhenNothingIsKept_ThenReturnsTheKeptFigures()
    {
        using var counts = NewRefreshingCounts(TimeSpan.FromSeconds(30));
        var counted = 0;
        Task<Figures> Count(IServiceProvider services, CancellationToken _)
        {
            services.Should().NotBeSameAs(_services, "the count runs in a scope of its own");
            return Task.FromResult(new Figures(Interlocked.Increment(ref counted)));
        }

        var first = await counts.GetOrRefreshAsync("dashboard", Count, null, CancellationToken.None);
        var kept = await counts.GetOrRefreshAsync("dashboard", Count, null, CancellationToken.None);

        (first.Value, kept.Value, counted).Should().Be((1, 1, 1));
    }

    [Fact]
    public async Task GetOrRefreshAsync_AfterAChange_AQuickRecountIsWaitedFor_AndItsPageMayBeStored()
    {
        using var counts = NewRefreshingCounts(TimeSpan.FromSeconds(30));
        var store = _services.GetRequiredService<IOutputCacheStore>();
        var counted = 0;
        Task<Figures> Count(IServiceProvider _, CancellationToken __) => Task.FromResult(new Figures(Interlocked.Increment(ref counted)));
        await counts.GetOrRefreshAsync("dashboard", Count, DashboardPage.Tag, CancellationToken.None);
        await counts.RecordsChangedAsync();
        await store.SetAsync("dashboard-page", [1], [DashboardPage.Tag], TimeSpan.FromMinutes(1), CancellationToken.None);
        var request = NewRequest();

        var after = await counts.GetOrRefreshAsync("dashboard", Count, DashboardPage.Tag, CancellationToken.None);

        after.Value.Should().Be(2, "the reader after the change sees it when the recount is quick");
        request.Items.ContainsKey(RecordCounts.StaleFiguresKey).Should().BeFalse("the page shows current figures and may be stored");
        (await store.GetAsync("dashboard-page", CancellationToken.None)).Should().BeNull("a page stored before the recount finished is evicted");
    }

    [Fact]
    public async Task GetOrRefreshAsync_AfterAChange_ReadersGetTheKeptFigures_WhileOneSlowRecountRuns()
    {
        using var counts = NewRefreshingCounts(TimeSpan.FromMilliseconds(50));
        await counts.GetOrRefreshAsync("dashboard", (_, _) => Task.FromResult(new Figures(1)), null, CancellationToken.None);
        var release = new TaskCompletionSource<Figures>(TaskCreationOptions.RunContinuationsAsynchronously);
        var recounts = 0;
        Task<Figures> Slow(IServiceProvider _, CancellationToken __)
        {
            Interlocked.Increment(ref recounts);
            return release.Task;
        }

        // A stream of writes and readers while the recount runs: every reader answered with the figures from before, on a
        // page that is not stored for the next reader.
        var answers = new List<int>();
        var unstored = 0;
        for (var i = 0; i < 20; i++)
        {
            await counts.RecordsChangedAsync();
            var request = NewRequest();
            answers.Add((await counts.GetOrRefreshAsync("dashboard", Slow, null, CancellationToken.None)).Value);
            unstored += request.Items.ContainsKey(RecordCounts.StaleFiguresKey) ? 1 : 0;
        }

        answers.Should().OnlyContain(a => a == 1);
        unstored.Should().Be(20);
        recounts.Should().Be(1, "one recount at a time, however many changes and readers");

        release.SetResult(new Figures(2));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int latest;
        do
        {
            // The recount started before the last changes, so one more runs for them; the readers meanwhile get its result.
            latest = (await counts.GetOrRefreshAsync("dashboard", (_, _) => Task.FromResult(new Figures(3)), null, CancellationToken.None)).Value;
        }
        while (latest != 3 && watch.Elapsed < TimeSpan.FromSeconds(30));

        latest.Should().Be(3, "the changes made while the slow recount ran are counted by the next one");
    }

    [Fact]
    public async Task GetOrRefreshAsync_WhenTheRecountFails_ReadersKeepTheFiguresFromBefore_AndTheNextReaderTriesAgain()
    {
        using var counts = NewRefreshingCounts(TimeSpan.FromSeconds(30));
        await counts.GetOrRefreshAsync("dashboard", (_, _) => Task.FromResult(new Figures(1)), null, CancellationToken.None);
        await counts.RecordsChangedAsync();

        var during = await counts.GetOrRefreshAsync<Figures>("dashboard", (_, _) => throw new TimeoutException("the database is out of reach"), null, CancellationToken.None);
        var after = await counts.GetOrRefreshAsync("dashboard", (_, _) => Task.FromResult(new Figures(2)), null, CancellationToken.None);

        during.Value.Should().Be(1);
        after.Value.Should().Be(2);
    }

    [Fact]
    public async Task GetOrRefreshAsync_WithNothingKept_AFailedCountFailsTheReader()
    {
        using var counts = NewRefreshingCounts(TimeSpan.FromSeconds(30));

        var reading = () => counts.GetOrRefreshAsync<Figures>("dashboard", (_, _) => throw new TimeoutException("the database is out of reach"), null, CancellationToken.None);

        await reading.Should().ThrowAsync<TimeoutException>("there is nothing to show instead");
    }
}
