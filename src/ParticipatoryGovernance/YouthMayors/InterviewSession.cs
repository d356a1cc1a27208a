using NodaTime;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// An interview session (جلسهٔ مصاحبه) of a neighbourhood: its date, its panel, led by the neighbourhood mayor, and the
/// shortlisted applicants of that neighbourhood it interviewed. Rafsanjan held 56 sessions for 350 applicants.
/// </summary>
/// <remarks>Part of the campaign aggregate; recorded through <see cref="YouthMayorCampaign.HoldInterviewSession"/>. Not thread-safe.</remarks>
public sealed class InterviewSession
{
    private readonly List<PanelMember> _otherPanelMembers = [];
    private readonly List<Interview> _interviews = [];

    internal InterviewSession(
        InterviewSessionId id,
        NeighbourhoodId neighbourhoodId,
        LocalDate heldOn,
        NeighbourhoodMayor lead,
        IEnumerable<PanelMember> otherPanelMembers,
        IEnumerable<Interview> interviews)
    {
        Id = id;
        NeighbourhoodId = neighbourhoodId;
        HeldOn = heldOn;
        Lead = lead;
        _otherPanelMembers.AddRange(otherPanelMembers);
        _interviews.AddRange(interviews);
    }

    // For object-relational mappers.
    private InterviewSession() => Lead = null!;

    /// <summary>The session's identifier.</summary>
    public InterviewSessionId Id { get; private set; }

    /// <summary>The neighbourhood whose applicants were interviewed.</summary>
    public NeighbourhoodId NeighbourhoodId { get; private set; }

    /// <summary>The ISO-calendar date of the session.</summary>
    public LocalDate HeldOn { get; private set; }

    /// <summary>The neighbourhood mayor who led the panel.</summary>
    public NeighbourhoodMayor Lead { get; private set; }

    /// <summary>The panel's other members, if any.</summary>
    public IReadOnlyList<PanelMember> OtherPanelMembers => _otherPanelMembers;

    /// <summary>The applicants interviewed, with the panel's score or notes for each.</summary>
    public IReadOnlyList<Interview> Interviews => _interviews;
}
