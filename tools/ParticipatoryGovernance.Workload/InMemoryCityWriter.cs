using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Workload;

/// <summary>
/// Keeps every aggregate the generator writes, in the order written: for tests, and for small cities (Rafsanjan) that
/// fit in memory. Not thread-safe; the generator calls it from one flow.
/// </summary>
public sealed class InMemoryCityWriter : ICityWriter
{
    private readonly List<Neighbourhood> _neighbourhoods = [];
    private readonly List<Resident> _residents = [];
    private readonly List<NeighbourhoodMeeting> _meetings = [];
    private readonly List<Council> _councils = [];
    private readonly List<CitizenIdea> _ideas = [];
    private readonly Dictionary<string, int> _batches = new(StringComparer.Ordinal);

    /// <summary>The municipality, once written.</summary>
    public Municipality? Municipality { get; private set; }

    /// <summary>The neighbourhoods, by number.</summary>
    public IReadOnlyList<Neighbourhood> Neighbourhoods => _neighbourhoods;

    /// <summary>Every resident.</summary>
    public IReadOnlyList<Resident> Residents => _residents;

    /// <summary>Every meeting.</summary>
    public IReadOnlyList<NeighbourhoodMeeting> Meetings => _meetings;

    /// <summary>Every council, of both kinds.</summary>
    public IReadOnlyList<Council> Councils => _councils;

    /// <summary>The youth-mayor campaign, once written.</summary>
    public YouthMayorCampaign? Campaign { get; private set; }

    /// <summary>Every idea record, each resubmitted version included, in order of the first version's submission.</summary>
    public IReadOnlyList<CitizenIdea> Ideas => _ideas;

    /// <summary>The counts the generator reported on completion, or <see langword="null"/> before it completed.</summary>
    public CityCounts? Counts { get; private set; }

    /// <summary>How many batches of each kind arrived, keyed by the method's name without "Write" and "Async".</summary>
    public IReadOnlyDictionary<string, int> Batches => _batches;

    /// <inheritdoc />
    public Task WriteMunicipalityAsync(Municipality municipality, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        Municipality = municipality;
        return Counted("Municipality");
    }

    /// <inheritdoc />
    public Task WriteNeighbourhoodsAsync(IReadOnlyList<Neighbourhood> neighbourhoods, CancellationToken cancellationToken) =>
        Add(_neighbourhoods, neighbourhoods, "Neighbourhoods");

    /// <inheritdoc />
    public Task WriteResidentsAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken) =>
        Add(_residents, residents, "Residents");

    /// <inheritdoc />
    public Task WriteMeetingsAsync(IReadOnlyList<NeighbourhoodMeeting> meetings, CancellationToken cancellationToken) =>
        Add(_meetings, meetings, "Meetings");

    /// <inheritdoc />
    public Task WriteCouncilsAsync(IReadOnlyList<Council> councils, CancellationToken cancellationToken) =>
        Add(_councils, councils, "Councils");

    /// <inheritdoc />
    public Task WriteCampaignAsync(YouthMayorCampaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        Campaign = campaign;
        return Counted("Campaign");
    }

    /// <inheritdoc />
    public Task WriteIdeasAsync(IReadOnlyList<CitizenIdea> ideas, CancellationToken cancellationToken) =>
        Add(_ideas, ideas, "Ideas");

    /// <inheritdoc />
    public Task CompleteAsync(CityCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Counts = counts;
        return Task.CompletedTask;
    }

    private Task Add<T>(List<T> into, IReadOnlyList<T> batch, string kind)
    {
        ArgumentNullException.ThrowIfNull(batch);
        into.AddRange(batch);
        return Counted(kind);
    }

    private Task Counted(string kind)
    {
        _batches[kind] = _batches.GetValueOrDefault(kind) + 1;
        return Task.CompletedTask;
    }
}
