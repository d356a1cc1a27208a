using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Api;

/// <summary>
/// The API tests' own demo (its own database): they submit and comment on many ideas, which would move the "n-th newest
/// submitted idea" other collections' tests pick in the shared demo.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<DemoFactory>
{
    public const string Name = "Api";
}
