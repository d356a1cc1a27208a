using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Caching;

/// <summary>
/// A demo of its own for the page-cache tests: they hold interview sessions, schedule meetings and record resignations,
/// which the shared demo's tests do not expect (the interviews test is the only one that moves the seeded campaign on).
/// </summary>
public sealed class PageCacheDemo : IDisposable
{
    public DemoFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PageCacheCollection : ICollectionFixture<PageCacheDemo>
{
    public const string Name = "Page cache";
}
