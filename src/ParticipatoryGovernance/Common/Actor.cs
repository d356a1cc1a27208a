using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Common;

/// <summary>Who did something that the model records.</summary>
public enum ActorKind
{
    /// <summary>A resident: a proposer, an endorser, a reporter.</summary>
    Resident = 1,

    /// <summary>A municipal official: a reviewer, a moderator.</summary>
    Official = 2,

    /// <summary>
    /// The municipality's charter itself, when one of its rules acted without a person: an idea moved to review on
    /// reaching the support threshold, or hidden after enough reports.
    /// </summary>
    Charter = 3,
}

/// <summary>
/// Who performed a recorded act, kept on every transition with the instant and the reason: a resident, a municipal
/// official, or a rule of the charter.
/// </summary>
/// <remarks>
/// A resident is recorded by identifier only: many residents are minors, and their names belong to the resident
/// record, not copied into public histories. An official is recorded with a name, as the answer they sign is public.
/// Immutable and thread-safe.
/// </remarks>
public sealed record Actor
{
    private Actor(ActorKind kind, ResidentId? residentId, string? officialId, string? officialName)
    {
        Kind = kind;
        ResidentId = residentId;
        OfficialId = officialId;
        OfficialName = officialName;
    }

    /// <summary>The charter's rules, acting without a person.</summary>
    public static Actor Charter { get; } = new(ActorKind.Charter, null, null, null);

    /// <summary>What kind of actor this is.</summary>
    public ActorKind Kind { get; }

    /// <summary>The resident, when <see cref="Kind"/> is <see cref="ActorKind.Resident"/>; otherwise <see langword="null"/>.</summary>
    public ResidentId? ResidentId { get; }

    /// <summary>The official's identifier, when <see cref="Kind"/> is <see cref="ActorKind.Official"/>; otherwise <see langword="null"/>.</summary>
    public string? OfficialId { get; }

    /// <summary>The official's name, when <see cref="Kind"/> is <see cref="ActorKind.Official"/>; otherwise <see langword="null"/>.</summary>
    public string? OfficialName { get; }

    /// <summary>A resident as the actor.</summary>
    /// <param name="residentId">The resident; not the empty GUID.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentException"><paramref name="residentId"/> is empty.</exception>
    public static Actor Resident(ResidentId residentId)
    {
        Guard.NotEmpty(residentId.Value, nameof(residentId));
        return new Actor(ActorKind.Resident, residentId, null, null);
    }

    /// <summary>A municipal official as the actor.</summary>
    /// <param name="official">The official.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="official"/> is null.</exception>
    public static Actor Official(MunicipalOfficial official)
    {
        ArgumentNullException.ThrowIfNull(official);
        return new Actor(ActorKind.Official, null, official.Id, official.Name);
    }

    /// <summary>Whether this actor is a given resident.</summary>
    /// <param name="residentId">The resident.</param>
    /// <returns><see langword="true"/> when the actor is that resident.</returns>
    public bool Is(ResidentId residentId) => Kind == ActorKind.Resident && ResidentId == residentId;

    /// <summary>A short description for logs: <c>resident {id}</c>, <c>official {name}</c> or <c>charter</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        ActorKind.Resident => $"resident {ResidentId}",
        ActorKind.Official => $"official {OfficialName}",
        _ => "charter",
    };
}
