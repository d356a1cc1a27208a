namespace RazorDemo.Data;

/// <summary>
/// The library's command handlers as a page asks for them: a page with many acts resolves only the handler of the act
/// posted, instead of taking every handler in its constructor.
/// </summary>
public sealed class DemoCommands(IServiceProvider services)
{
    /// <summary>The handler, as registered by <c>AddParticipatoryGovernance</c>.</summary>
    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();
}
