using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.AspNetCore;

/// <summary>An act the API stored: which one, in which municipality, and the domain events the handler returned.</summary>
/// <param name="Name">The act, as the command's name (such as <c>SubmitIdea</c>).</param>
/// <param name="Municipality">The municipality it happened in.</param>
/// <param name="Events">The events stored, in the order raised.</param>
public sealed record ApiAct(string Name, MunicipalityId Municipality, IReadOnlyList<IDomainEvent> Events);

/// <summary>
/// The host's hook for acts stored through the API: evict cached pages, notify. Register any number of them as
/// services; each is called, in registration order, after a successful act and before the response is written. A
/// refusal stored nothing and calls nothing.
/// </summary>
public interface IApiActObserver
{
    /// <summary>An act was stored.</summary>
    /// <param name="act">The act and its events.</param>
    /// <param name="cancellationToken">Not the request's: the change is stored and the host should finish reacting to it.</param>
    /// <returns>A task that completes when the host has reacted.</returns>
    Task ActedAsync(ApiAct act, CancellationToken cancellationToken);
}
