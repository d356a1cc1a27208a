using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Data;

namespace RazorDemo.Pages.Elections;

/// <summary>Where a youth-mayor election stands on a day: before its poll, polling, closed awaiting the count, or counted.</summary>
public enum ElectionState
{
    Upcoming = 1,
    Polling = 2,
    AwaitingCount = 3,
    Counted = 4,
}

/// <summary>Reads the reader's city's youth-mayor elections for the elections pages: untracked, with their candidates.</summary>
public static class ElectionRecords
{
    public static ElectionState StateOf(YouthMayorElection election, LocalDate today) =>
        election.CountedOn is not null ? ElectionState.Counted
        : today < election.PollOpensOn ? ElectionState.Upcoming
        : today <= election.PollClosesOn ? ElectionState.Polling
        : ElectionState.AwaitingCount;

    public static LocalizedText NameOf(ElectionState state) => state switch
    {
        ElectionState.Upcoming => new("پیش از گشایش صندوق", "Poll not yet open"),
        ElectionState.Polling => new("صندوق باز است", "Poll open"),
        ElectionState.AwaitingCount => new("صندوق بسته شد؛ در انتظار شمارش", "Poll closed; awaiting the count"),
        ElectionState.Counted => new("شمرده شد", "Counted"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a defined state."),
    };

    public static LocalizedText SeatName(Gender seat) => seat == Gender.Male
        ? new("شهردار نوجوان پسر", "Boy youth mayor")
        : new("شهردار نوجوان دختر", "Girl youth mayor");

    /// <summary>The city's elections, newest poll first.</summary>
    public static async Task<List<YouthMayorElection>> OfCityAsync(GovernanceDbContext context, CitySnapshot city, CancellationToken cancellationToken)
    {
        var ids = city.NeighbourhoodIds;
        var elections = await context.Set<YouthMayorElection>().AsNoTracking().Where(e => ids.Contains(e.NeighbourhoodId)).ToListAsync(cancellationToken);
        return elections.OrderByDescending(e => e.PollOpensOn).ThenBy(e => city.Find(e.NeighbourhoodId)?.Number).ThenBy(e => e.Seat).ToList();
    }

    /// <summary>One election of the city, or null when there is none with that id in the city.</summary>
    public static async Task<YouthMayorElection?> FindAsync(GovernanceDbContext context, CitySnapshot city, Guid id, CancellationToken cancellationToken)
    {
        var electionId = new YouthMayorElectionId(id);
        var election = await context.Set<YouthMayorElection>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == electionId, cancellationToken);
        return election is not null && city.Has(election.NeighbourhoodId) ? election : null;
    }

    /// <summary>Public profiles of the candidates (display names only; a minor's given name and initial), by resident.</summary>
    public static async Task<Dictionary<ResidentId, ResidentPublicProfile>> ProfilesAsync(
        GovernanceDbContext context, IEnumerable<ResidentId> ids, CitySnapshot city, LocalDate today, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var residents = await context.Residents.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToListAsync(cancellationToken);
        return residents.ToDictionary(r => r.Id, r => r.ToPublicProfile(today, city.Charter.AgeOfMajority));
    }
}
