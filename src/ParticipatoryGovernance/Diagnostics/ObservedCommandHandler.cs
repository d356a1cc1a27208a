using Microsoft.Extensions.Logging;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Diagnostics;

/// <summary>
/// A handler that reports what another does (<see cref="CommandTelemetry"/>): what the container that
/// <c>AddParticipatoryGovernance</c> filled returns for <see cref="ICommandHandler{TCommand, TResult}"/>. The concrete
/// handler types resolve undecorated.
/// </summary>
/// <typeparam name="TCommand">The act.</typeparam>
/// <typeparam name="TResult">What it produces.</typeparam>
public sealed class ObservedCommandHandler<TCommand, TResult> : ICommandHandler<TCommand, TResult>
    where TCommand : ICommand<TResult>
{
    private readonly ICommandHandler<TCommand, TResult> _inner;
    private readonly ILogger? _logger;

    /// <summary>Wraps a handler.</summary>
    /// <param name="inner">The handler that does the work.</param>
    /// <param name="logger">The logger whose scope the command runs in; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inner"/> is null.</exception>
    public ObservedCommandHandler(ICommandHandler<TCommand, TResult> inner, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _logger = logger;
    }

    /// <inheritdoc />
    public Task<Result<TResult>> HandleAsync(TCommand command, CancellationToken cancellationToken = default) =>
        _inner.HandleObservedAsync(command, _logger, cancellationToken);
}
