using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.UseCases;
using RazorDemo.Data;

namespace RazorDemo.Channels;

/// <summary>The phone channels' acts through <see cref="DemoCommands"/>: the registered (observed) handlers, then the cached pages' eviction.</summary>
public sealed class DemoChannelActs(DemoCommands commands) : IChannelActs
{
    /// <inheritdoc />
    public Task<Result<BallotsCast>> CastBallotsAsync(CastBudgetBallots command, CancellationToken cancellationToken = default) =>
        commands.RunAsync(commands.Get<ICommandHandler<CastBudgetBallots, BallotsCast>>().HandleAsync(command, cancellationToken));

    /// <inheritdoc />
    public Task<Result<Changed>> EndorseIdeaAsync(EndorseIdea command, CancellationToken cancellationToken = default) =>
        commands.RunAsync(commands.Get<ICommandHandler<EndorseIdea, Changed>>().HandleAsync(command, cancellationToken));
}
