using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.EntityFrameworkCore.Reporting;

/// <summary>
/// Counts a municipality's dashboard figures in the database, with aggregate queries (GROUP BY, COUNT, correlated
/// sub-queries) that return one row per group rather than the records, and reads the idea figures from the counts every
/// save keeps: what <see cref="CouncilCoverage.Compute"/>, <see cref="IdeaFigures.From"/> and
/// <see cref="YouthMayorFigures.From"/> compute from loaded aggregates, for a city too large to load (ADR 0022; the
/// idea half amended by ADR 0026).
/// </summary>
/// <remarks>
/// <para>
/// A few short queries on one context: the neighbourhoods' numbers, the live councils with their members on the date,
/// the kept idea counts by month and by neighbourhood, and a campaign's counts. The Solar Hijri month of an instant (in
/// city time) is not something SQL knows: where ideas are counted from their rows (<see cref="RebuildIdeaCountsAsync"/>),
/// the month boundaries are computed here and sent as a <c>CASE</c> that compares the registration instant with them,
/// so the database groups by month index.
/// </para>
/// <para>Registered scoped by the storage registration. Not thread-safe, like the <see cref="GovernanceDbContext"/> it uses.</para>
/// </remarks>
/// <param name="context">The context to query; its change tracker is not used.</param>
public sealed class GovernanceFigures(GovernanceDbContext context)
{
    private readonly GovernanceDbContext _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>Every dashboard figure of a municipality.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="asOf">The date council members are counted on (usually today in the city).</param>
    /// <param name="campaignId">
    /// The youth-mayor campaign to count; default <see langword="null"/>: the municipality's latest by call date. Another
    /// city's campaign is not counted (the figures then have no campaign).
    /// </param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The figures; zeros and empty groups for a municipality without records.</returns>
    /// <exception cref="ArgumentException"><paramref name="municipalityId"/> is empty.</exception>
    public async Task<MunicipalityFigures> ComputeAsync(
        MunicipalityId municipalityId,
        LocalDate asOf,
        YouthMayorCampaignId? campaignId = null,
        CancellationToken cancellationToken = default)
    {
        var coverage = await CouncilCoverageAsync(municipalityId, asOf, cancellationToken);
        var ideas = await IdeasAsync(municipalityId, cancellationToken);
        campaignId ??= await _context.YouthMayorCampaigns.IgnoreAutoIncludes()
            .Where(c => c.MunicipalityId == municipalityId)
            .OrderByDescending(c => c.CallOpensOn)
            .Select(c => (YouthMayorCampaignId?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var youth = campaignId is { } id ? await CampaignAsync(municipalityId, id, cancellationToken) : null;
        return new MunicipalityFigures(municipalityId, asOf, coverage.NeighbourhoodCount, coverage, ideas, youth);
    }

    /// <summary>Council coverage by neighbourhood on a date, as <see cref="CouncilCoverage.Compute"/> gives it from the records.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="asOf">The date: councils formed by then and not yet dissolved, members holding a seat that day.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>One row per neighbourhood, by number.</returns>
    /// <exception cref="ArgumentException"><paramref name="municipalityId"/> is empty.</exception>
    public async Task<CouncilCoverage> CouncilCoverageAsync(MunicipalityId municipalityId, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Require(municipalityId);
        var neighbourhoods = await _context.Neighbourhoods.IgnoreAutoIncludes()
            .Where(n => n.MunicipalityId == municipalityId)
            .OrderBy(n => n.Number)
            .Select(n => new { n.Id, n.Number })
            .ToListAsync(cancellationToken);
        var councils = await _context.Councils.IgnoreAutoIncludes()
            .Where(c => c.MunicipalityId == municipalityId && c.FormedOn <= asOf && (c.DissolvedOn == null || c.DissolvedOn > asOf))
            .Select(c => new
            {
                c.NeighbourhoodId,
                c.Kind,
                c.Status,
                c.Seats,
                Members = c.Memberships
                    .Where(m => m.StartedOn <= asOf && (m.EndedOn ?? m.TermEndsOn) >= asOf)
                    .Select(m => m.ResidentId)
                    .Distinct()
                    .Count(),
            })
            .ToListAsync(cancellationToken);

        // Only one council of a kind is live in a neighbourhood (the database keeps one undissolved); the first wins,
        // as in CouncilCoverage.Compute.
        var live = councils.ToLookup(c => (c.NeighbourhoodId, c.Kind));
        var rows = neighbourhoods.Select(n =>
        {
            var council = live[(n.Id, CouncilKind.Neighbourhood)].FirstOrDefault();
            var women = live[(n.Id, CouncilKind.Women)].FirstOrDefault();
            return new NeighbourhoodCouncilCoverage(
                n.Id,
                n.Number,
                council?.Status == CouncilStatus.Active,
                council?.Members ?? 0,
                council is null ? 0 : council.Seats - council.Members,
                women?.Status == CouncilStatus.Active,
                women?.Members ?? 0,
                women is null ? 0 : women.Seats - women.Members);
        }).ToList();
        return new CouncilCoverage(asOf, rows);
    }

    /// <summary>Ideas by status and by Solar Hijri month of registration, as <see cref="IdeaFigures.From"/> counts them.</summary>
    /// <remarks>
    /// Read from the kept counts (two tables: one row per month, status and visibility, and one per neighbourhood, status
    /// and visibility, kept in step by every save that changes an idea; ADR 0026) rather than counted from the ideas: for
    /// the generated large city of 300,000 ideas, 600 monthly rows and 7,000 by neighbourhood. They are created with the
    /// ideas' table, so every idea saved through the package is counted.
    /// </remarks>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="municipalityId"/> is empty.</exception>
    public async Task<IdeaStatusFigures> IdeasAsync(MunicipalityId municipalityId, CancellationToken cancellationToken = default)
    {
        Require(municipalityId);
        var monthly = await _context.Set<IdeaCountByMonth>()
            .Where(c => c.MunicipalityId == municipalityId && c.Ideas > 0)
            .Select(c => new { c.Month, c.Status, c.Visibility, c.Ideas })
            .ToListAsync(cancellationToken);
        var local = await _context.Set<IdeaCountByNeighbourhood>()
            .Where(c => c.MunicipalityId == municipalityId && c.Ideas > 0 && c.Visibility != IdeaVisibility.Removed)
            .Select(c => new { c.NeighbourhoodId, c.Status, c.Ideas })
            .ToListAsync(cancellationToken);

        var total = new int[IdeaStatusCount];
        var byMonth = new SortedDictionary<SolarHijriMonth, int[]>();
        var neighbourhoods = new Dictionary<NeighbourhoodId, int[]>();
        int hidden = 0, removed = 0;
        foreach (var group in monthly)
        {
            var count = checked((int)group.Ideas);
            if (group.Visibility == IdeaVisibility.Removed)
            {
                removed += count;
                continue;
            }

            hidden += group.Visibility == IdeaVisibility.Hidden ? count : 0;
            total[(int)group.Status] += count;
            Tally(byMonth, KeptIdeaCounts.MonthOf(group.Month), group.Status, count);
        }

        foreach (var group in local)
        {
            Tally(neighbourhoods, group.NeighbourhoodId, group.Status, checked((int)group.Ideas));
        }

        return new IdeaStatusFigures(
            Counts(total),
            byMonth.ToDictionary(m => m.Key, m => Counts(m.Value)).AsReadOnly(),
            neighbourhoods.ToDictionary(n => n.Key, n => Counts(n.Value)).AsReadOnly(),
            hidden,
            removed);
    }

    /// <summary>
    /// Counts a municipality's ideas again from the ideas themselves, with one grouped scan, and replaces its kept
    /// counts (ADR 0026). Needed only for a database whose ideas were written outside the package; safe to run at any
    /// time.
    /// </summary>
    /// <param name="municipalityId">The municipality; default <see langword="null"/>: every municipality.</param>
    /// <param name="cancellationToken">Cancels the rebuild, which then leaves the counts as they were.</param>
    /// <returns>The number of latest idea versions counted.</returns>
    public async Task<long> RebuildIdeaCountsAsync(MunicipalityId? municipalityId = null, CancellationToken cancellationToken = default)
    {
        if (municipalityId is { } given)
        {
            Require(given);
        }

        var ideas = _context.CitizenIdeas.IgnoreAutoIncludes().Where(i => i.NextVersionId == null);
        var monthly = _context.Set<IdeaCountByMonth>().AsQueryable();
        var local = _context.Set<IdeaCountByNeighbourhood>().AsQueryable();
        if (municipalityId is { } id)
        {
            ideas = ideas.Where(i => i.MunicipalityId == id);
            monthly = monthly.Where(c => c.MunicipalityId == id);
            local = local.Where(c => c.MunicipalityId == id);
        }

        var own = _context.Database.CurrentTransaction is null ? await _context.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Saves that change ideas add to the counts before they write the ideas, in their own transaction. Holding
            // the count tables against them from before the ideas are read means that a save either finished before the
            // recount (which sees its ideas) or adds to the recounted rows after it; SQLite's transaction already
            // excludes every other writer.
            if (_context is Postgres.PostgresGovernanceDbContext)
            {
                foreach (var table in new[] { typeof(IdeaCountByMonth), typeof(IdeaCountByNeighbourhood) })
                {
#pragma warning disable EF1002 // The table names come from the model, not from input.
                    await _context.Database.ExecuteSqlRawAsync($"LOCK TABLE \"{_context.Model.FindEntityType(table)!.GetTableName()}\" IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
#pragma warning restore EF1002
                }
            }

            var first = await ideas.OrderBy(i => i.FirstSubmittedAt).Select(i => (Instant?)i.FirstSubmittedAt).FirstOrDefaultAsync(cancellationToken);
            var last = await ideas.OrderByDescending(i => i.FirstSubmittedAt).Select(i => (Instant?)i.FirstSubmittedAt).FirstOrDefaultAsync(cancellationToken);
            var months = first is null || last is null ? [] : MonthsBetween(SolarHijriMonth.Of(first.Value), SolarHijriMonth.Of(last.Value));
            var groups = months.Count == 0
                ? []
                : await ideas
                    .Select(MonthRow(months))
                    .GroupBy(r => new { r.MunicipalityId, r.NeighbourhoodId, r.Month, r.Status, r.Visibility })
                    .Select(g => new { g.Key.MunicipalityId, g.Key.NeighbourhoodId, g.Key.Month, g.Key.Status, g.Key.Visibility, Count = g.LongCount() })
                    .ToListAsync(cancellationToken);

            var counts = KeptIdeaCounts.From(groups.Select(g => (g.MunicipalityId, g.NeighbourhoodId, months[g.Month], g.Status, g.Visibility, g.Count)));

            await monthly.ExecuteDeleteAsync(cancellationToken);
            await local.ExecuteDeleteAsync(cancellationToken);
            await counts.ApplyAsync(_context, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return groups.Sum(g => g.Count);
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>A youth-mayor campaign's figures, as <see cref="YouthMayorFigures.From"/> counts them.</summary>
    /// <param name="municipalityId">The municipality the campaign must belong to: one city's reader never counts another's campaign.</param>
    /// <param name="campaignId">The campaign.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The figures, or <see langword="null"/> when the municipality has no such campaign.</returns>
    public async Task<CampaignFigures?> CampaignAsync(MunicipalityId municipalityId, YouthMayorCampaignId campaignId, CancellationToken cancellationToken = default)
    {
        var row = await _context.YouthMayorCampaigns.IgnoreAutoIncludes()
            .Where(c => c.Id == campaignId && c.MunicipalityId == municipalityId)
            .Select(c => new
            {
                Applicants = c.Applications.Count,
                Shortlisted = c.Applications.Count(a => a.ShortlistedOn != null),
                Interviewed = c.InterviewSessions.SelectMany(s => s.Interviews).Select(i => i.ApplicationId).Distinct().Count(),
                InterviewSessions = c.InterviewSessions.Count,
                BoyMayors = c.YouthMayors.Count(m => m.Gender == Gender.Male),
                GirlMayors = c.YouthMayors.Count(m => m.Gender == Gender.Female),
                TeamMembers = c.YouthMayors.SelectMany(m => m.Team.Members).Count(),
                CompleteTeams = c.YouthMayors.Count(m => m.Team.Members.Count == m.Team.Seats),
                TeenagersEngaged = c.YouthMayors.Select(m => m.ResidentId)
                    .Union(c.YouthMayors.SelectMany(m => m.Team.Members).Select(t => t.ResidentId))
                    .Count(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new CampaignFigures(
                row.Applicants,
                row.Shortlisted,
                row.Interviewed,
                row.InterviewSessions,
                row.BoyMayors,
                row.GirlMayors,
                row.TeamMembers,
                row.CompleteTeams,
                row.TeenagersEngaged);
    }

    private static readonly int IdeaStatusCount = Enum.GetValues<IdeaStatus>().Max(s => (int)s) + 1;

    private static void Require(MunicipalityId municipalityId)
    {
        if (municipalityId.Value == Guid.Empty)
        {
            throw new ArgumentException("The municipality id must not be empty.", nameof(municipalityId));
        }
    }

    private static void Tally<TKey>(IDictionary<TKey, int[]> counts, TKey key, IdeaStatus status, int count)
    {
        if (!counts.TryGetValue(key, out var byStatus))
        {
            counts[key] = byStatus = new int[IdeaStatusCount];
        }

        byStatus[(int)status] += count;
    }

    private static IdeaCounts Counts(int[] byStatus) => new(
        byStatus[(int)IdeaStatus.Submitted],
        byStatus[(int)IdeaStatus.UnderReview],
        byStatus[(int)IdeaStatus.Accepted],
        byStatus[(int)IdeaStatus.Rejected],
        byStatus[(int)IdeaStatus.InProgress],
        byStatus[(int)IdeaStatus.Implemented],
        byStatus[(int)IdeaStatus.Withdrawn]);

    private static List<SolarHijriMonth> MonthsBetween(SolarHijriMonth first, SolarHijriMonth last)
    {
        var months = new List<SolarHijriMonth>();
        for (var month = first; month <= last; month = month.Month == 12 ? new SolarHijriMonth(month.Year + 1, 1) : new SolarHijriMonth(month.Year, month.Month + 1))
        {
            months.Add(month);
        }

        return months;
    }

    /// <summary>
    /// <c>i =&gt; new IdeaRow { Month = index of i's month, Status = i.Status, Visibility = i.Visibility }</c>, the index as
    /// a balanced tree of comparisons with the months' first instants in city time: a few comparisons a row rather than
    /// one per month.
    /// </summary>
    private static Expression<Func<CitizenIdea, IdeaRow>> MonthRow(List<SolarHijriMonth> months)
    {
        var starts = months.Select(m => m.FirstDay().AtStartOfDayInZone(PersianDates.TimeZone).ToInstant()).ToArray();
        var idea = Expression.Parameter(typeof(CitizenIdea), "i");
        var submitted = Expression.Property(idea, nameof(CitizenIdea.FirstSubmittedAt));
        var month = Index(submitted, starts, 0, starts.Length - 1);
        var row = Expression.MemberInit(
            Expression.New(typeof(IdeaRow)),
            Expression.Bind(typeof(IdeaRow).GetProperty(nameof(IdeaRow.MunicipalityId))!, Expression.Property(idea, nameof(CitizenIdea.MunicipalityId))),
            Expression.Bind(typeof(IdeaRow).GetProperty(nameof(IdeaRow.NeighbourhoodId))!, Expression.Property(idea, nameof(CitizenIdea.NeighbourhoodId))),
            Expression.Bind(typeof(IdeaRow).GetProperty(nameof(IdeaRow.Month))!, month),
            Expression.Bind(typeof(IdeaRow).GetProperty(nameof(IdeaRow.Status))!, Expression.Property(idea, nameof(CitizenIdea.Status))),
            Expression.Bind(typeof(IdeaRow).GetProperty(nameof(IdeaRow.Visibility))!, Expression.Property(idea, nameof(CitizenIdea.Visibility))));
        return Expression.Lambda<Func<CitizenIdea, IdeaRow>>(row, idea);
    }

    // The index of the month, from low to high, an instant falls in; instants before the first start count in the first.
    private static Expression Index(Expression at, Instant[] starts, int low, int high)
    {
        if (low == high)
        {
            return Expression.Constant(low);
        }

        var middle = (low + high + 1) / 2;
        return Expression.Condition(
            Expression.LessThan(at, Expression.Constant(starts[middle])),
            Index(at, starts, low, middle - 1),
            Index(at, starts, middle, high));
    }

    /// <summary>An idea reduced to what the figures group it by.</summary>
    private sealed class IdeaRow
    {
        public MunicipalityId MunicipalityId { get; init; }

        public NeighbourhoodId? NeighbourhoodId { get; init; }

        public int Month { get; init; }

        public IdeaStatus Status { get; init; }

        public IdeaVisibility Visibility { get; init; }
    }
}
