using NodaTime;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Councils;

/// <summary>
/// One resident's seat on a council in one role, from a start date until it ended. History is kept: a resignation,
/// a role change or the end of a term closes the membership; it is never overwritten.
/// </summary>
/// <remarks>Part of the <see cref="Council"/> aggregate; change it only through the council.</remarks>
public sealed class CouncilMembership
{
    internal CouncilMembership(Guid id, ResidentId residentId, CouncilRole role, int termNumber, LocalDate startedOn, LocalDate termEndsOn)
    {
        Id = id;
        ResidentId = residentId;
        Role = role;
        TermNumber = termNumber;
        StartedOn = startedOn;
        TermEndsOn = termEndsOn;
    }

    // For object-relational mappers.
    private CouncilMembership()
    {
    }

    /// <summary>The membership's identifier.</summary>
    public Guid Id { get; private set; }

    /// <summary>The member.</summary>
    public ResidentId ResidentId { get; private set; }

    /// <summary>The member's role.</summary>
    public CouncilRole Role { get; private set; }

    /// <summary>The number of the term the seat belongs to.</summary>
    public int TermNumber { get; private set; }

    /// <summary>The first day in the seat.</summary>
    public LocalDate StartedOn { get; private set; }

    /// <summary>The last day of the term the seat belongs to.</summary>
    public LocalDate TermEndsOn { get; private set; }

    /// <summary>The last day in the seat, once the membership has ended.</summary>
    public LocalDate? EndedOn { get; private set; }

    /// <summary>Why the membership ended, once it has.</summary>
    public MembershipEnd? EndReason { get; private set; }

    /// <summary>Why the member resigned, when given.</summary>
    public string? EndNote { get; private set; }

    /// <summary>Whether the member still holds the seat.</summary>
    public bool IsCurrent => EndedOn is null;

    /// <summary>Whether the member held the seat on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> from <see cref="StartedOn"/> to the end (or the term's end while current).</returns>
    public bool HeldOn(LocalDate date) => date >= StartedOn && date <= (EndedOn ?? TermEndsOn);

    internal void End(LocalDate on, MembershipEnd reason, string? note)
    {
        EndedOn = on;
        EndReason = reason;
        EndNote = note;
    }
}
