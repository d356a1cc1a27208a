using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Ideas.UseCases;

/// <summary>Staff start reviewing an idea, with a note the proposer sees.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Official">The member of staff acting.</param>
/// <param name="Reason">The answer or reason, as typed; the proposer sees it.</param>
public sealed record StartIdeaReview(MunicipalityId Municipality, CitizenIdeaId Idea, MunicipalOfficial Official, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="StartIdeaReview"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class StartIdeaReviewHandler(IGovernanceStore store, IClock clock) : ICommandHandler<StartIdeaReview, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(StartIdeaReview command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, null, UserText.Check(command.Reason, CitizenIdea.MaxReasonLength, IdeaInput.Reason)?.AtField("Reason"), (idea, municipality) => idea.StartReview(command.Official, clock.Now(), UserText.Clean(command.Reason!)), cancellationToken);
    }
}

/// <summary>Staff accept an idea, with the official answer.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Official">The member of staff acting.</param>
/// <param name="Reason">The answer or reason, as typed; the proposer sees it.</param>
public sealed record AcceptIdea(MunicipalityId Municipality, CitizenIdeaId Idea, MunicipalOfficial Official, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="AcceptIdea"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class AcceptIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<AcceptIdea, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(AcceptIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, null, UserText.Check(command.Reason, CitizenIdea.MaxReasonLength, IdeaInput.Reason)?.AtField("Reason"), (idea, municipality) => idea.Accept(command.Official, clock.Now(), UserText.Clean(command.Reason!)), cancellationToken);
    }
}

/// <summary>Staff reject an idea, with the official answer.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Official">The member of staff acting.</param>
/// <param name="Reason">The answer or reason, as typed; the proposer sees it.</param>
public sealed record RejectIdea(MunicipalityId Municipality, CitizenIdeaId Idea, MunicipalOfficial Official, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="RejectIdea"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class RejectIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<RejectIdea, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(RejectIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, null, UserText.Check(command.Reason, CitizenIdea.MaxReasonLength, IdeaInput.Reason)?.AtField("Reason"), (idea, municipality) => idea.Reject(command.Official, clock.Now(), UserText.Clean(command.Reason!)), cancellationToken);
    }
}

/// <summary>A moderator shows a hidden idea again, saying why.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Official">The member of staff acting.</param>
/// <param name="Reason">The answer or reason, as typed; the proposer sees it.</param>
public sealed record RestoreIdea(MunicipalityId Municipality, CitizenIdeaId Idea, MunicipalOfficial Official, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="RestoreIdea"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class RestoreIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<RestoreIdea, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(RestoreIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, null, UserText.Check(command.Reason, CitizenIdea.MaxReasonLength, IdeaInput.Reason)?.AtField("Reason"), (idea, municipality) => idea.Restore(command.Official, clock.Now(), UserText.Clean(command.Reason!)), cancellationToken);
    }
}

/// <summary>A moderator removes an idea, saying why.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Official">The member of staff acting.</param>
/// <param name="Reason">The answer or reason, as typed; the proposer sees it.</param>
public sealed record RemoveIdea(MunicipalityId Municipality, CitizenIdeaId Idea, MunicipalOfficial Official, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="RemoveIdea"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class RemoveIdeaHandler(IGovernanceStore store, IClock clock) : ICommandHandler<RemoveIdea, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(RemoveIdea command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, null, UserText.Check(command.Reason, CitizenIdea.MaxReasonLength, IdeaInput.Reason)?.AtField("Reason"), (idea, municipality) => idea.Remove(command.Official, clock.Now(), UserText.Clean(command.Reason!)), cancellationToken);
    }
}

/// <summary>Staff start carrying out an accepted idea.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Official">The member of staff acting.</param>
/// <param name="Reason">The answer or reason, as typed; the proposer sees it.</param>
public sealed record StartIdeaImplementation(MunicipalityId Municipality, CitizenIdeaId Idea, MunicipalOfficial Official, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="StartIdeaImplementation"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class StartIdeaImplementationHandler(IGovernanceStore store, IClock clock) : ICommandHandler<StartIdeaImplementation, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(StartIdeaImplementation command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, null, UserText.Check(command.Reason, CitizenIdea.MaxReasonLength, IdeaInput.Reason)?.AtField("Reason"), (idea, municipality) => idea.StartImplementation(command.Official, clock.Now(), UserText.Clean(command.Reason!)), cancellationToken);
    }
}

/// <summary>Staff record that an idea has been carried out.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Official">The member of staff acting.</param>
/// <param name="Reason">The answer or reason, as typed; the proposer sees it.</param>
public sealed record MarkIdeaImplemented(MunicipalityId Municipality, CitizenIdeaId Idea, MunicipalOfficial Official, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="MarkIdeaImplemented"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class MarkIdeaImplementedHandler(IGovernanceStore store, IClock clock) : ICommandHandler<MarkIdeaImplemented, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(MarkIdeaImplemented command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, null, UserText.Check(command.Reason, CitizenIdea.MaxReasonLength, IdeaInput.Reason)?.AtField("Reason"), (idea, municipality) => idea.Implement(command.Official, clock.Now(), UserText.Clean(command.Reason!)), cancellationToken);
    }
}

/// <summary>Staff record how far an idea's implementation has come.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Official">The member of staff acting.</param>
/// <param name="Percent">How much is done, 0–100.</param>
/// <param name="ReachedOn">The day that point was reached.</param>
/// <param name="Description">What was done, as typed.</param>
public sealed record RecordIdeaProgress(MunicipalityId Municipality, CitizenIdeaId Idea, MunicipalOfficial Official, int Percent, LocalDate ReachedOn, string? Description) : ICommand<Changed>;

/// <summary>Handles <see cref="RecordIdeaProgress"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class RecordIdeaProgressHandler(IGovernanceStore store, IClock clock) : ICommandHandler<RecordIdeaProgress, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(RecordIdeaProgress command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(
            store,
            command.Municipality,
            command.Idea,
            null,
            UserText.Check(command.Description, CitizenIdea.MaxReasonLength, IdeaInput.Progress)?.AtField("Description"),
            (idea, _) => idea.ReportProgress(command.Official, clock.Now(), command.Percent, command.ReachedOn, UserText.Clean(command.Description!)),
            cancellationToken);
    }
}

/// <summary>Staff record a resident who helps carry out an idea.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Idea">The idea.</param>
/// <param name="Official">The member of staff acting.</param>
/// <param name="Implementer">The resident who helps carry it out.</param>
public sealed record RecordIdeaImplementer(MunicipalityId Municipality, CitizenIdeaId Idea, MunicipalOfficial Official, ResidentId Implementer) : ICommand<Changed>;

/// <summary>Handles <see cref="RecordIdeaImplementer"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class RecordIdeaImplementerHandler(IGovernanceStore store, IClock clock) : ICommandHandler<RecordIdeaImplementer, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(RecordIdeaImplementer command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return IdeaChanges.ChangeAsync(store, command.Municipality, command.Idea, command.Implementer, null, (idea, _) => idea.RecordImplementer(command.Official, command.Implementer, clock.Now()), cancellationToken);
    }
}
