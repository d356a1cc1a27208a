using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Ideas.UseCases;

/// <summary>A resident endorses an idea; enough endorsements in the charter's window move it to review.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Resident">The resident acting.</param>
public sealed record EndorseIdea(MunicipalityId Municipality, CitizenIdeaId Idea, ResidentId Resident) : ICommand<Changed>;

/// <summary>Handles <see cref="EndorseIdea"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class EndorseIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<EndorseIdea, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(EndorseIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, command.Resident, null, (idea, municipality) => idea.Endorse(command.Resident, clock.Now(), municipality.Charter.Ideas), cancellationToken);
    }
}

/// <summary>A resident takes back their endorsement.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Resident">The resident acting.</param>
public sealed record WithdrawIdeaEndorsement(MunicipalityId Municipality, CitizenIdeaId Idea, ResidentId Resident) : ICommand<Changed>;

/// <summary>Handles <see cref="WithdrawIdeaEndorsement"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class WithdrawIdeaEndorsementHandler(IGovernanceStore store, IClock clock) : ICommandHandler<WithdrawIdeaEndorsement, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(WithdrawIdeaEndorsement command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, command.Resident, null, (idea, municipality) => idea.WithdrawEndorsement(command.Resident, clock.Now()), cancellationToken);
    }
}

/// <summary>The proposer withdraws their idea, saying why.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Resident">The resident acting.</param>
/// <param name="Reason">Why, as typed.</param>
public sealed record WithdrawIdea(MunicipalityId Municipality, CitizenIdeaId Idea, ResidentId Resident, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="WithdrawIdea"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class WithdrawIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<WithdrawIdea, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(WithdrawIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, command.Resident, UserText.Check(command.Reason, CitizenIdea.MaxReasonLength, IdeaInput.Reason)?.AtField("Reason"), (idea, municipality) => idea.Withdraw(command.Resident, clock.Now(), UserText.Clean(command.Reason!)), cancellationToken);
    }
}

/// <summary>A resident reports an idea to the moderators, saying why; enough reports hide it until a moderator decides.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Resident">The resident acting.</param>
/// <param name="Reason">Why, as typed.</param>
public sealed record ReportIdea(MunicipalityId Municipality, CitizenIdeaId Idea, ResidentId Resident, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="ReportIdea"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class ReportIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ReportIdea, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(ReportIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, command.Resident, UserText.Check(command.Reason, CitizenIdea.MaxReasonLength, IdeaInput.ReportReason)?.AtField("Reason"), (idea, municipality) => idea.Report(command.Resident, clock.Now(), UserText.Clean(command.Reason!), municipality.Charter.Ideas), cancellationToken);
    }
}
