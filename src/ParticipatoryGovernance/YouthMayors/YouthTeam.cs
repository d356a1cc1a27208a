namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// The team (تیم) a youth mayor leads: a fixed number of seats (the charter's <c>YouthTeamSize</c>; 9 in Rafsanjan), each
/// filled by a member of the cohort working in one urban field.
/// </summary>
/// <remarks>Part of the campaign aggregate; members join through <see cref="YouthMayorCampaign.AddTeamMember"/>. Not thread-safe.</remarks>
public sealed class YouthTeam
{
    private readonly List<YouthTeamMember> _members = [];

    internal YouthTeam(int seats) => Seats = seats;

    // For object-relational mappers.
    private YouthTeam()
    {
    }

    /// <summary>The number of seats, fixed by the charter when the call opened.</summary>
    public int Seats { get; private set; }

    /// <summary>The members, in the order they joined.</summary>
    public IReadOnlyList<YouthTeamMember> Members => _members;

    /// <summary>The seats still empty.</summary>
    public int FreeSeats => Seats - _members.Count;

    /// <summary>Whether every seat is filled.</summary>
    public bool IsComplete => _members.Count == Seats;

    internal void Add(YouthTeamMember member) => _members.Add(member);
}
