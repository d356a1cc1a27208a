using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Residents;
using RazorDemo.Caching;
using RazorDemo.Dashboard;

namespace RazorDemo.Tests.Caching;

/// <summary>Which cached pages a command's events evict (ADR 0032).</summary>
public sealed class PageEvictionTest : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider();

    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    public void Dispose()
    {
        _cache.Dispose();
        _services.Dispose();
    }

    public static TheoryData<string> EventTypes() =>
        [.. typeof(IDomainEvent).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t)).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void TagsOf_EveryEventOfTheLibrary_NamesOnlyKnownPages_AndTheAreaItChanges(string typeName)
    {
        var type = typeof(IDomainEvent).Assembly.GetType(typeName)!;
        var domainEvent = (IDomainEvent)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);

        var tags = PageEviction.TagsOf(domainEvent);

        tags.Should().NotBeEmpty().And.OnlyHaveUniqueItems().And.BeSubsetOf(PublicPages.All);
        var area = type.Namespace!.Split('.')[1];
        var expected = area switch
        {
            "Ideas" => PublicPages.Ideas,
            "Councils" => PublicPages.Councils,
            "Meetings" => PublicPages.Meetings,
            "YouthMayors" => PublicPages.YouthMayors,
            "Budgeting" => PublicPages.Budgeting,
            "Comments" => PublicPages.Ideas,
            _ => null,
        };
        if (expected is null)
        {
            tags.Should().BeEquivalentTo(PublicPages.All, $"{type.Name} reaches further than one area, so every page goes");
        }
        else
        {
            tags.Should().Contain(expected).And.NotContain(PublicPages.Adopt, "no command changes the preset charter");
            if (area == "Comments")
            {
                tags.Should().Contain(PublicPages.Meetings, "comments are shown on meeting pages too");
            }
        }
    }

    [Fact]
    public async Task ChangedAsync_EvictsThePagesTheEventsReach_AndNoOther()
    {
        var store = _services.GetRequiredService<IOutputCacheStore>();
        using var counts = new RecordCounts(_cache, store);
        var eviction = new PageEviction(counts, store);
        foreach (var tag in PublicPages.All)
        {
            await store.SetAsync(tag, [1], [tag], TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        await eviction.ChangedAsync([new IdeaEndorsementWithdrawn(new CitizenIdeaId(Guid.NewGuid()), new ResidentId(Guid.NewGuid()), NodaTime.Instant.FromUnixTimeSeconds(0))]);

        foreach (var tag in PublicPages.All)
        {
            var evicted = tag is PublicPages.Ideas or PublicPages.Neighbourhoods or PublicPages.Dashboard;
            (await store.GetAsync(tag, CancellationToken.None) is null).Should().Be(evicted, tag);
        }

        counts.Changes.Should().Be(1);
    }

    [Fact]
    public async Task ChangedAsync_WithNoEvents_EvictsNothing()
    {
        var store = _services.GetRequiredService<IOutputCacheStore>();
        using var counts = new RecordCounts(_cache, store);
        await store.SetAsync("ideas-page", [1], [PublicPages.Ideas], TimeSpan.FromMinutes(1), CancellationToken.None);

        await new PageEviction(counts, store).ChangedAsync([]);

        (await store.GetAsync("ideas-page", CancellationToken.None)).Should().Equal(1);
        counts.Changes.Should().Be(0);
    }
}
