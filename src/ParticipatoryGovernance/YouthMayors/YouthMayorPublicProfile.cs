using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// What a public page may show of a youth mayor and their team: display names, age bands, gender, neighbourhood and
/// urban fields. It holds no birth date and no other date about a person.
/// </summary>
/// <param name="Id">The youth mayor.</param>
/// <param name="NeighbourhoodId">The neighbourhood they are youth mayor of.</param>
/// <param name="Person">The youth mayor's public profile (given name and initial for minors, age band).</param>
/// <param name="Team">The team members' public profiles, in the order they joined.</param>
/// <param name="TeamSeats">The number of seats on the team.</param>
/// <remarks>Two profiles are equal when every member is equal, the team compared member by member in order.</remarks>
public sealed record YouthMayorPublicProfile(
    YouthMayorId Id,
    NeighbourhoodId NeighbourhoodId,
    ResidentPublicProfile Person,
    IReadOnlyList<YouthTeamMemberPublicProfile> Team,
    int TeamSeats)
{
    /// <summary>Whether every seat on the team is filled.</summary>
    public bool IsTeamComplete => Team.Count == TeamSeats;

    /// <inheritdoc />
    public bool Equals(YouthMayorPublicProfile? other) =>
        other is not null
        && Id == other.Id
        && NeighbourhoodId == other.NeighbourhoodId
        && Equals(Person, other.Person)
        && TeamSeats == other.TeamSeats
        && (Team ?? []).SequenceEqual(other.Team ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, NeighbourhoodId, Person, TeamSeats, Team?.Count ?? 0);
}
