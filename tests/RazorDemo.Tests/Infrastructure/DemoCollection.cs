namespace RazorDemo.Tests.Infrastructure;

/// <summary>The HTTP-level page tests share one seeded demo: generating Rafsanjan takes seconds, not milliseconds.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoFactory>
{
    public const string Name = "Demo";
}
