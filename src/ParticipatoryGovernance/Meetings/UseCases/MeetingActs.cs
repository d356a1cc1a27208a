using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Meetings.UseCases;

/// <summary>Staff add an item to a meeting's agenda, before or during the meeting.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="Title">The question or proposal, as typed.</param>
/// <param name="Description">More detail as typed, or null.</param>
public sealed record AddAgendaItem(MunicipalityId Municipality, MeetingId Meeting, string? Title, string? Description = null) : ICommand<Changed>;

/// <summary>Handles <see cref="AddAgendaItem"/>.</summary>
/// <param name="store">The storage port.</param>
public sealed class AddAgendaItemHandler(IGovernanceStore store) : ICommandHandler<AddAgendaItem, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(AddAgendaItem command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var description = string.IsNullOrWhiteSpace(command.Description) ? null : UserText.Clean(command.Description);
        return MeetingInput.ChangeAsync(
            store,
            command.Municipality,
            command.Meeting,
            [
                UserText.Check(command.Title, NeighbourhoodMeeting.MaxTitleLength, MeetingInput.AgendaTitle)?.AtField(nameof(AddAgendaItem.Title)),
                UserText.Check(command.Description, MeetingInput.MaxNoteLength, MeetingInput.AgendaDescription, required: false)?.AtField(nameof(AddAgendaItem.Description)),
            ],
            meeting => meeting.AddAgendaItem(UserText.Clean(command.Title!), description),
            cancellationToken);
    }
}

/// <summary>Staff open a scheduled meeting, so that attendance is recorded and items voted on.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting.</param>
public sealed record OpenMeeting(MunicipalityId Municipality, MeetingId Meeting) : ICommand<Changed>;

/// <summary>Handles <see cref="OpenMeeting"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class OpenMeetingHandler(IGovernanceStore store, IClock clock) : ICommandHandler<OpenMeeting, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(OpenMeeting command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return MeetingInput.ChangeAsync(store, command.Municipality, command.Meeting, [], meeting => meeting.Open(clock.GetCurrentInstant()), cancellationToken);
    }
}

/// <summary>Staff record a resident of the neighbourhood as present at an open meeting.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="Resident">The resident present; a resident of the municipality (the meeting checks the neighbourhood).</param>
public sealed record RecordAttendance(MunicipalityId Municipality, MeetingId Meeting, ResidentId Resident) : ICommand<Changed>;

/// <summary>Handles <see cref="RecordAttendance"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class RecordAttendanceHandler(IGovernanceStore store, IClock clock) : ICommandHandler<RecordAttendance, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(RecordAttendance command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var resident = await store.ResidentAsync(command.Municipality, command.Resident, cancellationToken);
        return await MeetingInput.ChangeAsync(
            store,
            command.Municipality,
            command.Meeting,
            resident.Violations,
            meeting => meeting.RecordAttendance(resident.Value.Resident, clock.GetCurrentInstant()),
            cancellationToken);
    }
}

/// <summary>The chair puts an agenda item to the residents present.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="ItemNumber">The item's number on the agenda.</param>
public sealed record PutItemToVote(MunicipalityId Municipality, MeetingId Meeting, int ItemNumber) : ICommand<Changed>;

/// <summary>Handles <see cref="PutItemToVote"/>.</summary>
/// <param name="store">The storage port.</param>
public sealed class PutItemToVoteHandler(IGovernanceStore store) : ICommandHandler<PutItemToVote, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(PutItemToVote command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return MeetingInput.ChangeAsync(store, command.Municipality, command.Meeting, [], meeting => meeting.PutToVote(command.ItemNumber), cancellationToken);
    }
}

/// <summary>A resident present votes on the item under vote.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="ItemNumber">The item's number on the agenda.</param>
/// <param name="Voter">The resident voting.</param>
/// <param name="Choice">For, against or abstain, as posted; any other value is refused.</param>
public sealed record CastMeetingVote(MunicipalityId Municipality, MeetingId Meeting, int ItemNumber, ResidentId Voter, VoteChoice Choice) : ICommand<Changed>;

/// <summary>Handles <see cref="CastMeetingVote"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CastMeetingVoteHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CastMeetingVote, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(CastMeetingVote command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return MeetingInput.ChangeAsync(
            store,
            command.Municipality,
            command.Meeting,
            [MeetingInput.Check(command.Choice)],
            meeting => meeting.CastVote(command.ItemNumber, command.Voter, command.Choice, clock.GetCurrentInstant()),
            cancellationToken);
    }
}

/// <summary>The chair closes the vote on an item; the meeting's rules decide it.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="ItemNumber">The item's number on the agenda.</param>
public sealed record DecideItem(MunicipalityId Municipality, MeetingId Meeting, int ItemNumber) : ICommand<Changed>;

/// <summary>Handles <see cref="DecideItem"/>; the decision is in the <see cref="Events.NeighbourhoodDecisionTaken"/> event.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class DecideItemHandler(IGovernanceStore store, IClock clock) : ICommandHandler<DecideItem, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(DecideItem command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return MeetingInput.ChangeAsync(store, command.Municipality, command.Meeting, [], meeting => meeting.Decide(command.ItemNumber, clock.GetCurrentInstant()), cancellationToken);
    }
}

/// <summary>Staff close an open meeting with its minutes; after this nothing changes.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="Minutes">The minutes, as typed.</param>
public sealed record CloseMeeting(MunicipalityId Municipality, MeetingId Meeting, string? Minutes) : ICommand<Changed>;

/// <summary>Handles <see cref="CloseMeeting"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CloseMeetingHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CloseMeeting, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(CloseMeeting command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return MeetingInput.ChangeAsync(
            store,
            command.Municipality,
            command.Meeting,
            [UserText.Check(command.Minutes, MeetingInput.MaxMinutesLength, MeetingInput.Minutes)?.AtField(nameof(CloseMeeting.Minutes))],
            meeting => meeting.Close(UserText.Clean(command.Minutes!), clock.GetCurrentInstant()),
            cancellationToken);
    }
}

/// <summary>Staff call off a meeting that has taken no decision, saying why.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="Reason">Why, as typed; residents see it.</param>
public sealed record CancelMeeting(MunicipalityId Municipality, MeetingId Meeting, string? Reason) : ICommand<Changed>;

/// <summary>Handles <see cref="CancelMeeting"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CancelMeetingHandler(IGovernanceStore store, IClock clock) : ICommandHandler<CancelMeeting, Changed>
{
    /// <inheritdoc />
    public Task<Result<Changed>> HandleAsync(CancelMeeting command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return MeetingInput.ChangeAsync(
            store,
            command.Municipality,
            command.Meeting,
            [UserText.Check(command.Reason, MeetingInput.MaxNoteLength, MeetingInput.CancellationReason)?.AtField(nameof(CancelMeeting.Reason))],
            meeting => meeting.Cancel(UserText.Clean(command.Reason!), clock.GetCurrentInstant()),
            cancellationToken);
    }
}
