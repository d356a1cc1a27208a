using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Meetings.UseCases;

/// <summary>Staff schedule a meeting of a neighbourhood's residents, with its first agenda items.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Neighbourhood">The neighbourhood whose residents meet.</param>
/// <param name="Place">Where it is held, as typed (such as the neighbourhood's mosque); stored as both its Persian and English form.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="AgendaItems">The agenda item titles as typed, in order; null or empty for none yet.</param>
public sealed record ScheduleMeeting(
    MunicipalityId Municipality,
    NeighbourhoodId Neighbourhood,
    string? Place,
    Instant StartsAt,
    IReadOnlyList<string?>? AgendaItems = null) : ICommand<Created<MeetingId>>;

/// <summary>Handles <see cref="ScheduleMeeting"/>: the quorum and majority come from the stored municipality's charter.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock, for the window of acceptable dates.</param>
public sealed class ScheduleMeetingHandler(IGovernanceStore store, IClock clock) : ICommandHandler<ScheduleMeeting, Created<MeetingId>>
{
    /// <inheritdoc />
    public async Task<Result<Created<MeetingId>>> HandleAsync(ScheduleMeeting command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Created<MeetingId>>(municipality);
        }

        var neighbourhood = await store.NeighbourhoodAsync(command.Municipality, command.Neighbourhood, cancellationToken);
        var items = command.AgendaItems ?? [];
        var refusals = new List<RuleViolation?>(neighbourhood.Violations)
        {
            UserText.Check(command.Place, MeetingInput.MaxPlaceLength, MeetingInput.Place)?.AtField(nameof(ScheduleMeeting.Place)),
            DateInput.Check(command.StartsAt, clock, MeetingInput.StartsAt)?.AtField(nameof(ScheduleMeeting.StartsAt)),
        };
        if (items.Count > MeetingInput.MaxAgendaItems)
        {
            refusals.Add(UseCaseRules.TooManyOf(MeetingInput.AgendaItems, MeetingInput.MaxAgendaItems).AtField(nameof(ScheduleMeeting.AgendaItems)));
        }
        else
        {
            // One refusal per kind is enough for the person to fix the list; the first bad title says which rule.
            refusals.Add(items.Select(title => UserText.Check(title, NeighbourhoodMeeting.MaxTitleLength, MeetingInput.AgendaTitle)).FirstOrDefault(v => v is not null)?.AtField(nameof(ScheduleMeeting.AgendaItems)));
        }

        if (refusals.Any(r => r is not null))
        {
            return HandlerSteps.Fail<Created<MeetingId>>(refusals);
        }

        var place = UserText.Clean(command.Place!);
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), neighbourhood.Value, new LocalizedText(place, place), command.StartsAt, municipality.Value.Charter.Meetings);
        foreach (var title in items)
        {
            var added = meeting.AddAgendaItem(UserText.Clean(title!));
            if (added.IsFailure)
            {
                return HandlerSteps.Fail<Created<MeetingId>>(added);
            }
        }

        var stored = await store.AddAsync(meeting, cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new Created<MeetingId>(meeting.Id, stored.Value))
            : HandlerSteps.Fail<Created<MeetingId>>(stored);
    }
}
