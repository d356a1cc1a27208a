using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Channels;

/// <summary>
/// The acts the phone channels perform, as the library's commands: a host may run them through its own pipeline (to
/// evict cached pages, to observe them) by registering its own implementation. The rules are the commands'.
/// </summary>
public interface IChannelActs
{
    /// <summary>Casts ballots (a phone ballot is a batch of one with <see cref="Budgeting.BallotChannel.Ussd"/>).</summary>
    /// <param name="command">The command.</param>
    /// <param name="cancellationToken">Cancels the act.</param>
    /// <returns>The handler's result.</returns>
    Task<Result<BallotsCast>> CastBallotsAsync(CastBudgetBallots command, CancellationToken cancellationToken = default);

    /// <summary>Endorses an idea.</summary>
    /// <param name="command">The command.</param>
    /// <param name="cancellationToken">Cancels the act.</param>
    /// <returns>The handler's result.</returns>
    Task<Result<Changed>> EndorseIdeaAsync(EndorseIdea command, CancellationToken cancellationToken = default);
}

/// <summary>The acts run by the registered command handlers, as they are.</summary>
/// <param name="cast">The ballots' handler.</param>
/// <param name="endorse">The endorsement's handler.</param>
public sealed class HandlerChannelActs(ICommandHandler<CastBudgetBallots, BallotsCast> cast, ICommandHandler<EndorseIdea, Changed> endorse) : IChannelActs
{
    /// <inheritdoc />
    public Task<Result<BallotsCast>> CastBallotsAsync(CastBudgetBallots command, CancellationToken cancellationToken = default) =>
        cast.HandleAsync(command, cancellationToken);

    /// <inheritdoc />
    public Task<Result<Changed>> EndorseIdeaAsync(EndorseIdea command, CancellationToken cancellationToken = default) =>
        endorse.HandleAsync(command, cancellationToken);
}
