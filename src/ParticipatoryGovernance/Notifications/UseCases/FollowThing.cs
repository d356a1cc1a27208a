using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Notifications.UseCases;

/// <summary>A resident follows an idea, a meeting or a neighbourhood of their own city, to hear of what happens to it.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Resident">The resident; one of the municipality's.</param>
/// <param name="Kind">What is followed.</param>
/// <param name="Thing">The idea's, meeting's or neighbourhood's identifier; one of the municipality's (another city's is "not found").</param>
public sealed record FollowThing(MunicipalityId Municipality, ResidentId Resident, FollowKind Kind, Guid Thing) : ICommand<Changed>;

/// <summary>A resident stops following an idea, a meeting or a neighbourhood.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Resident">The resident; one of the municipality's.</param>
/// <param name="Kind">What was followed.</param>
/// <param name="Thing">The identifier; unfollowing what is not followed is not an error.</param>
public sealed record UnfollowThing(MunicipalityId Municipality, ResidentId Resident, FollowKind Kind, Guid Thing) : ICommand<Changed>;

/// <summary>Handles <see cref="FollowThing"/>: checks that the resident and the thing are the city's, then stores the follow.</summary>
/// <param name="store">The storage port of the model.</param>
/// <param name="follows">The storage port of follows.</param>
public sealed class FollowThingHandler(IGovernanceStore store, INotificationStore follows) : ICommandHandler<FollowThing, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(FollowThing command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var refusal = await FollowChecks.RefusalAsync(store, command.Municipality, command.Resident, command.Kind, command.Thing, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await follows.FollowAsync(command.Resident, command.Kind, command.Thing, cancellationToken);
        return Result.Success(new Changed([]));
    }
}

/// <summary>Handles <see cref="UnfollowThing"/>: checks the resident is the city's, then removes the follow if there is one.</summary>
/// <param name="store">The storage port of the model.</param>
/// <param name="follows">The storage port of follows.</param>
public sealed class UnfollowThingHandler(IGovernanceStore store, INotificationStore follows) : ICommandHandler<UnfollowThing, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(UnfollowThing command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Enum.IsDefined(command.Kind))
        {
            return Result.Failure<Changed>(UseCaseRules.Unknown(FollowChecks.What).AtField(nameof(command.Kind)));
        }

        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var resident = await store.ResidentAsync(command.Municipality, command.Resident, cancellationToken);
        if (resident.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(resident);
        }

        // Unfollowing needs no check of the thing: a resident may drop a follow of a thing since removed.
        await follows.UnfollowAsync(command.Resident, command.Kind, command.Thing, cancellationToken);
        return Result.Success(new Changed([]));
    }
}

/// <summary>The checks a follow shares: the city, the resident, and the thing, all of one municipality.</summary>
internal static class FollowChecks
{
    public static readonly LocalizedText What = new("چیزی که دنبال می‌شود", "thing to follow");

    public static async Task<Result<Changed>?> RefusalAsync(IGovernanceStore store, MunicipalityId city, ResidentId residentId, FollowKind kind, Guid thing, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(kind))
        {
            return Result.Failure<Changed>(UseCaseRules.Unknown(What).AtField(nameof(FollowThing.Kind)));
        }

        var municipality = await store.MunicipalityAsync(city, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var resident = await store.ResidentAsync(city, residentId, cancellationToken);
        if (resident.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(resident);
        }

        var found = kind switch
        {
            FollowKind.Idea => await store.FindAsync(new CitizenIdeaByIdSpec(new CitizenIdeaId(thing)), cancellationToken) is { } idea
                && idea.MunicipalityId == city && idea.Visibility == IdeaVisibility.Visible,
            FollowKind.Meeting => await store.FindAsync(new NeighbourhoodMeetingByIdSpec(new MeetingId(thing)), cancellationToken) is { } meeting
                && (await store.NeighbourhoodAsync(city, meeting.NeighbourhoodId, cancellationToken)).IsSuccess,
            _ => (await store.NeighbourhoodAsync(city, new NeighbourhoodId(thing), cancellationToken)).IsSuccess,
        };
        var thingName = kind switch
        {
            FollowKind.Idea => UseCaseRules.Things.Idea,
            FollowKind.Meeting => UseCaseRules.Things.Meeting,
            _ => UseCaseRules.Things.Neighbourhood,
        };
        return found ? null : Result.Failure<Changed>(UseCaseRules.Missing(thingName).AtField(nameof(FollowThing.Thing)));
    }
}
