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
}
