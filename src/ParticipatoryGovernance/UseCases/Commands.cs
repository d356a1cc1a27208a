using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.UseCases;

/// <summary>
/// An act a person performs, as its raw input: what the host received from a form, an API call or a phone menu,
/// before any rule has looked at it.
/// </summary>
/// <typeparam name="TResult">What the act produces when the rules allow it.</typeparam>
/// <remarks>
/// Every command names the municipality it acts in; its handler reads the charter from that stored municipality and
/// refuses to touch a record of another one. Commands are immutable records.
/// </remarks>
public interface ICommand<TResult>
{
    /// <summary>The municipality the act happens in.</summary>
    MunicipalityId Municipality { get; }
}

/// <summary>Performs one kind of act: checks the raw input, loads, calls the aggregate, saves the one safe way.</summary>
/// <typeparam name="TCommand">The act.</typeparam>
/// <typeparam name="TResult">What it produces.</typeparam>
/// <remarks>
/// A handler never throws for anything a person typed or chose: every refusal is a failed <see cref="Result"/> whose
/// <see cref="RuleViolation"/> says which rule and why, in Persian and English. It throws only for caller bugs (a null
/// command) and for storage failures that are nobody's input (the database is gone). Handlers are scoped services.
/// </remarks>
public interface ICommandHandler<in TCommand, TResult>
    where TCommand : ICommand<TResult>
{
    /// <summary>Performs the act.</summary>
    /// <param name="command">The raw input.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the act produced with the events it stored, or the refusal (nothing stored).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    Task<Result<TResult>> HandleAsync(TCommand command, CancellationToken cancellationToken = default);
}

/// <summary>What an act that changed records produced: the domain events it stored.</summary>
/// <param name="Events">The events, in the order raised; hosts evict caches and notify from them.</param>
public sealed record Changed(IReadOnlyList<IDomainEvent> Events);

/// <summary>What an act that created a record produced: its identifier and the domain events it stored.</summary>
/// <typeparam name="TId">The new record's identifier type.</typeparam>
/// <param name="Id">The new record's identifier.</param>
/// <param name="Events">The events, in the order raised.</param>
public sealed record Created<TId>(TId Id, IReadOnlyList<IDomainEvent> Events);
