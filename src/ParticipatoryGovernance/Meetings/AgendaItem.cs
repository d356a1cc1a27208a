using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Meetings;

/// <summary>An item on a neighbourhood meeting's agenda, its votes and, once decided, its decision.</summary>
/// <remarks>Part of the <see cref="NeighbourhoodMeeting"/> aggregate; change it only through the meeting.</remarks>
public sealed class AgendaItem
{
    private readonly List<Vote> _votes = [];

    internal AgendaItem(int number, string title, string? description)
    {
        Number = number;
        Title = title;
        Description = description;
        Status = AgendaItemStatus.Pending;
    }

    // For object-relational mappers.
    private AgendaItem()
    {
        Title = string.Empty;
    }

    /// <summary>The item's number in the meeting, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>The question or proposal, as put to the residents.</summary>
    public string Title { get; private set; }

    /// <summary>More detail, when given.</summary>
    public string? Description { get; private set; }

    /// <summary>Pending, voting or decided.</summary>
    public AgendaItemStatus Status { get; private set; }

    /// <summary>The votes cast, one per attending resident at most.</summary>
    public IReadOnlyList<Vote> Votes => _votes;

    /// <summary>The decision, once the item is decided.</summary>
    public NeighbourhoodDecision? Decision { get; private set; }

    internal bool HasVoted(ResidentId residentId) => _votes.Exists(v => v.ResidentId == residentId);

    internal void OpenVoting() => Status = AgendaItemStatus.Voting;

    internal void Add(Vote vote) => _votes.Add(vote);

    internal void Record(NeighbourhoodDecision decision)
    {
        Decision = decision;
        Status = AgendaItemStatus.Decided;
    }
}
