using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.EntityFrameworkCore.Moderation;

/// <summary>
/// What a municipality's moderators work from, read across its ideas in the database: every report still waiting for
/// a decision (not only those of ideas already hidden), and the log of moderation steps (ideas hidden by the charter
/// after reports, restored or removed by a moderator), each with who, when and why, as the ideas record them.
/// </summary>
/// <remarks>
/// <para>
/// A report waits while it belongs to its idea's current <see cref="CitizenIdea.ModerationRound"/> and the idea has not
/// been removed: a restoration answers the round's reports, a removal every report. The queries read the report and
/// step rows joined with their idea's row, a page at a time, without loading the ideas.
/// </para>
/// <para>Registered scoped by the storage registration. Not thread-safe, like the <see cref="GovernanceDbContext"/> it uses.</para>
/// </remarks>
/// <param name="context">The context to query; its change tracker is not used.</param>
public sealed class IdeaModeration(GovernanceDbContext context)
{
    private const string IdeaKey = "IdeaId";
    private const string Position = "Position";

    private readonly GovernanceDbContext _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>How many reports of the municipality's ideas wait for a moderator.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The count; 0 for a municipality without reports.</returns>
    /// <exception cref="ArgumentException"><paramref name="municipalityId"/> is empty.</exception>
    public Task<int> CountPendingReportsAsync(MunicipalityId municipalityId, CancellationToken cancellationToken = default)
    {
        Require(municipalityId);
        return PendingReports(municipalityId).CountAsync(cancellationToken);
    }

    /// <summary>The reports of the municipality's ideas that wait for a moderator, oldest first, a page at a time.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="skip">How many to skip, from 0.</param>
    /// <param name="take">How many to read, 1–500.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Each report with its idea's title, status and visibility.</returns>
    /// <exception cref="ArgumentException"><paramref name="municipalityId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> out of range.</exception>
    public async Task<IReadOnlyList<PendingIdeaReport>> PendingReportsAsync(MunicipalityId municipalityId, int skip, int take, CancellationToken cancellationToken = default)
    {
        Require(municipalityId);
        CheckPage(skip, take);
        return await PendingReports(municipalityId)
            .OrderBy(x => x.Report.At)
            .ThenBy(x => x.Idea.Id)
            .ThenBy(x => EF.Property<int>(x.Report, Position))
            .Skip(skip)
            .Take(take)
            .Select(x => new PendingIdeaReport(x.Idea.Id, x.Idea.Title, x.Idea.Status, x.Idea.Visibility, x.Report))
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many moderation steps the municipality's ideas record.</summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The count; 0 for a municipality without moderation.</returns>
    /// <exception cref="ArgumentException"><paramref name="municipalityId"/> is empty.</exception>
    public Task<int> CountLogAsync(MunicipalityId municipalityId, CancellationToken cancellationToken = default)
    {
        Require(municipalityId);
        return Steps(municipalityId).CountAsync(cancellationToken);
    }

    /// <summary>
    /// The moderation log: the municipality's ideas hidden after reports, restored or removed, newest first, a page at a
    /// time, each with who acted, when and why.
    /// </summary>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="skip">How many to skip, from 0.</param>
    /// <param name="take">How many to read, 1–500.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Each step with its idea's title.</returns>
    /// <exception cref="ArgumentException"><paramref name="municipalityId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skip"/> is negative or <paramref name="take"/> out of range.</exception>
    public async Task<IReadOnlyList<IdeaModerationStep>> LogAsync(MunicipalityId municipalityId, int skip, int take, CancellationToken cancellationToken = default)
    {
        Require(municipalityId);
        CheckPage(skip, take);
        return await Steps(municipalityId)
            .OrderByDescending(x => x.Change.At)
            .ThenByDescending(x => x.Idea.Id)
            .ThenByDescending(x => EF.Property<int>(x.Change, Position))
            .Skip(skip)
            .Take(take)
            .Select(x => new IdeaModerationStep(x.Idea.Id, x.Idea.Title, x.Change))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<ReportRow> PendingReports(MunicipalityId municipalityId) =>
        from report in _context.Set<IdeaReport>().AsNoTracking()
        join idea in _context.CitizenIdeas.IgnoreAutoIncludes().AsNoTracking() on EF.Property<CitizenIdeaId>(report, IdeaKey) equals idea.Id
        where idea.MunicipalityId == municipalityId && idea.Visibility != IdeaVisibility.Removed && report.Round == idea.ModerationRound
        select new ReportRow { Report = report, Idea = idea };

    private IQueryable<StepRow> Steps(MunicipalityId municipalityId) =>
        from change in _context.Set<IdeaVisibilityChange>().AsNoTracking()
        join idea in _context.CitizenIdeas.IgnoreAutoIncludes().AsNoTracking() on EF.Property<CitizenIdeaId>(change, IdeaKey) equals idea.Id
        where idea.MunicipalityId == municipalityId
        select new StepRow { Change = change, Idea = idea };

    private static void Require(MunicipalityId municipalityId)
    {
        if (municipalityId.Value == Guid.Empty)
        {
            throw new ArgumentException("The municipality id must not be empty.", nameof(municipalityId));
        }
    }

    private static void CheckPage(int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, 500);
    }

    // Classes set by member initialisation, which EF Core can see through in the ordering and projection that follow.
    private sealed class ReportRow
    {
        public required IdeaReport Report { get; init; }

        public required CitizenIdea Idea { get; init; }
    }

    private sealed class StepRow
    {
        public required IdeaVisibilityChange Change { get; init; }

        public required CitizenIdea Idea { get; init; }
    }
}

/// <summary>A report waiting for a moderator, with the idea it is about.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="IdeaTitle">The idea's title.</param>
/// <param name="IdeaStatus">The idea's status.</param>
/// <param name="Visibility">Whether the idea is visible or already hidden after reports.</param>
/// <param name="Report">The report: who, when, why, and its moderation round.</param>
public sealed record PendingIdeaReport(CitizenIdeaId IdeaId, string IdeaTitle, IdeaStatus IdeaStatus, IdeaVisibility Visibility, IdeaReport Report);

/// <summary>A step of the moderation log, with the idea it changed.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="IdeaTitle">The idea's title.</param>
/// <param name="Change">The step: from and to which visibility, by whom (the charter or a moderator), when and why.</param>
public sealed record IdeaModerationStep(CitizenIdeaId IdeaId, string IdeaTitle, IdeaVisibilityChange Change);
