using ParticipatoryGovernance.Common;
using RazorDemo.Caching;

namespace RazorDemo.Data;

/// <summary>
/// The library's command handlers as a page asks for them: a page with many acts resolves only the handler of the act
/// posted, instead of taking every handler in its constructor. <see cref="RunAsync{T}"/> evicts the cached pages the
/// act's events reach once it is stored (ADR 0032).
/// </summary>
public sealed class DemoCommands(IServiceProvider services)
{
    /// <summary>The handler, as registered by <c>AddParticipatoryGovernance</c>.</summary>
    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>
    /// Awaits an act and, when it succeeded, evicts the cached pages its events reach (<see cref="PageEviction"/>), so the
    /// next reader sees the change. A refusal stored nothing and evicts nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The act's result carries no events (a query, not an act).</exception>
    public async Task<Result<T>> RunAsync<T>(Task<Result<T>> act)
    {
        ArgumentNullException.ThrowIfNull(act);
        var result = await act;
        if (result.IsSuccess)
        {
            var events = PageEviction.EventsOf(result.Value)
                ?? throw new InvalidOperationException($"{typeof(T).Name} carries no events; RunAsync is for acts that change records.");
            await services.GetRequiredService<PageEviction>().ChangedAsync(events);
        }

        return result;
    }
}
