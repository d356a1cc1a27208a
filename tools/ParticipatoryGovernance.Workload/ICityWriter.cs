using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Workload;

/// <summary>
/// Where <see cref="CityGenerator"/> puts a city, one batch at a time, so a large city never has to sit in memory.
/// </summary>
/// <remarks>
/// <para>
/// Each call hands over a batch that a writer can save in one transaction. Every aggregate comes in exactly one batch,
/// already in its final state and with its domain events cleared (seeding a city is not a series of user actions for
/// handlers to react to); the generator never touches it again, so the writer may keep it or let it go.
/// </para>
/// <para>
/// Batches come in an order that respects references: the municipality, then all neighbourhoods; then, neighbourhood
/// by neighbourhood, its residents, its meetings and its councils; then the youth-mayor campaign (one aggregate holding
/// applications, sessions, youth mayors and teams); then the ideas in order of submission, each idea's versions in the
/// same batch. Last, <see cref="CompleteAsync"/> with the counts of what was written.
/// </para>
/// <para>Calls are sequential: the generator awaits each before making the next batch.</para>
/// </remarks>
public interface ICityWriter
{
    /// <summary>Saves the municipality; called once, first.</summary>
    Task WriteMunicipalityAsync(Municipality municipality, CancellationToken cancellationToken);

    /// <summary>Saves every neighbourhood, each with its anchor and neighbourhood mayor; called once.</summary>
    Task WriteNeighbourhoodsAsync(IReadOnlyList<Neighbourhood> neighbourhoods, CancellationToken cancellationToken);

    /// <summary>Saves a batch of residents (one neighbourhood's), with their active-citizen assessment recorded.</summary>
    Task WriteResidentsAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken);

    /// <summary>Saves a batch of meetings (one neighbourhood's) with agendas, attendance, votes and decisions.</summary>
    Task WriteMeetingsAsync(IReadOnlyList<NeighbourhoodMeeting> meetings, CancellationToken cancellationToken);

    /// <summary>Saves a batch of councils (one neighbourhood's) with terms and memberships; may be empty.</summary>
    Task WriteCouncilsAsync(IReadOnlyList<Council> councils, CancellationToken cancellationToken);

    /// <summary>Saves the youth-mayor campaign; called at most once, after every resident it refers to.</summary>
    Task WriteCampaignAsync(YouthMayorCampaign campaign, CancellationToken cancellationToken);

    /// <summary>Saves a batch of citizen ideas (every version), with endorsements, reports, milestones and implementers.</summary>
    Task WriteIdeasAsync(IReadOnlyList<CitizenIdea> ideas, CancellationToken cancellationToken);

    /// <summary>Called once after the last batch, with the counts of everything written.</summary>
    Task CompleteAsync(CityCounts counts, CancellationToken cancellationToken);
}
