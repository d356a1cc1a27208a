using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.EntityFrameworkCore.Reporting;

/// <summary>
/// The changes one save makes to the kept idea counts (<see cref="IdeaCountByMonth"/> and
/// <see cref="IdeaCountByNeighbourhood"/>, ADR 0026): a latest idea version
/// added counts one in its group, a latest version that changes status or visibility, or is replaced by a new version,
/// moves out of its old group. The save adds them in its own transaction with one atomic add per group
/// (<c>INSERT … ON CONFLICT DO UPDATE</c>), so concurrent writers never lose a count, in key order, so that they never
/// wait on each other in a circle.
/// </summary>
internal sealed class KeptIdeaCounts
{
    /// <summary>Rows per statement: 5 parameters a row stays far under every provider's limit.</summary>
    private const int RowsPerStatement = 100;

    private readonly SortedDictionary<MonthKey, long> _byMonth = [];
    private readonly SortedDictionary<NeighbourhoodKey, long> _byNeighbourhood = [];

    private KeptIdeaCounts()
    {
    }

    /// <summary>Whether the save changes no count.</summary>
    public bool IsEmpty => _byMonth.Count == 0 && _byNeighbourhood.Count == 0;

    /// <summary>The count changes of the tracked ideas, read once the changes have been detected.</summary>
    public static KeptIdeaCounts Of(ChangeTracker tracker)
    {
        var counts = new KeptIdeaCounts();
        foreach (var entry in tracker.Entries<CitizenIdea>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    counts.Add(entry.CurrentValues, +1);
                    break;
                case EntityState.Modified:
                    counts.Add(entry.OriginalValues, -1);
                    counts.Add(entry.CurrentValues, +1);
                    break;
                case EntityState.Deleted:
                    counts.Add(entry.OriginalValues, -1);
                    break;
                default:
                    break;
            }
        }

        foreach (var key in counts._byMonth.Where(c => c.Value == 0).Select(c => c.Key).ToList())
        {
            counts._byMonth.Remove(key);
        }

        foreach (var key in counts._byNeighbourhood.Where(c => c.Value == 0).Select(c => c.Key).ToList())
        {
            counts._byNeighbourhood.Remove(key);
        }

        return counts;
    }

    /// <summary>Adds the changes to the stored counts; call inside the save's transaction.</summary>
    public void Apply(GovernanceDbContext context)
    {
        foreach (var (sql, parameters) in Statements(context))
        {
            context.Database.ExecuteSqlRaw(sql, parameters);
        }
    }

    /// <summary>Adds the changes to the stored counts; call inside the save's transaction.</summary>
    public async Task ApplyAsync(GovernanceDbContext context, CancellationToken cancellationToken)
    {
        foreach (var (sql, parameters) in Statements(context))
        {
            await context.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
    }

    /// <summary>Counts to add, for a rebuild from the ideas themselves.</summary>
    public static KeptIdeaCounts From(IEnumerable<(MunicipalityId Municipality, NeighbourhoodId? Neighbourhood, SolarHijriMonth Month, IdeaStatus Status, IdeaVisibility Visibility, long Ideas)> groups)
    {
        var counts = new KeptIdeaCounts();
        foreach (var g in groups)
        {
            counts.Add(g.Municipality.Value, g.Neighbourhood?.Value, MonthKeyOf(g.Month), (int)g.Status, (int)g.Visibility, g.Ideas);
        }

        return counts;
    }

    /// <summary>A month as the counts store it: year × 100 + month.</summary>
    public static int MonthKeyOf(SolarHijriMonth month) => (month.Year * 100) + month.Month;

    /// <summary>The month a stored key names.</summary>
    public static SolarHijriMonth MonthOf(int key) => new(key / 100, key % 100);

    private void Add(PropertyValues idea, long change)
    {
        if (idea.GetValue<CitizenIdeaId?>(nameof(CitizenIdea.NextVersionId)) is not null)
        {
            return; // an earlier version: only the latest counts
        }

        var month = SolarHijriMonth.Of(idea.GetValue<NodaTime.Instant>(nameof(CitizenIdea.FirstSubmittedAt)));
        Add(
            idea.GetValue<MunicipalityId>(nameof(CitizenIdea.MunicipalityId)).Value,
            idea.GetValue<NeighbourhoodId?>(nameof(CitizenIdea.NeighbourhoodId))?.Value,
            MonthKeyOf(month),
            (int)idea.GetValue<IdeaStatus>(nameof(CitizenIdea.Status)),
            (int)idea.GetValue<IdeaVisibility>(nameof(CitizenIdea.Visibility)),
            change);
    }

    private void Add(Guid municipality, Guid? neighbourhood, int month, int status, int visibility, long change)
    {
        var byMonth = new MonthKey(municipality, month, status, visibility);
        _byMonth[byMonth] = _byMonth.GetValueOrDefault(byMonth) + change;
        if (neighbourhood is { } id)
        {
            var byNeighbourhood = new NeighbourhoodKey(municipality, id, status, visibility);
            _byNeighbourhood[byNeighbourhood] = _byNeighbourhood.GetValueOrDefault(byNeighbourhood) + change;
        }
    }

    private IEnumerable<(string Sql, object[] Parameters)> Statements(GovernanceDbContext context) =>
        Statements(
                context,
                typeof(IdeaCountByMonth),
                [nameof(IdeaCountByMonth.MunicipalityId), nameof(IdeaCountByMonth.Month), nameof(IdeaCountByMonth.Status), nameof(IdeaCountByMonth.Visibility)],
                _byMonth.Select(c => (new object[] { c.Key.Municipality, c.Key.Month, c.Key.Status, c.Key.Visibility }, c.Value)))
            .Concat(Statements(
                context,
                typeof(IdeaCountByNeighbourhood),
                [nameof(IdeaCountByNeighbourhood.MunicipalityId), nameof(IdeaCountByNeighbourhood.NeighbourhoodId), nameof(IdeaCountByNeighbourhood.Status), nameof(IdeaCountByNeighbourhood.Visibility)],
                _byNeighbourhood.Select(c => (new object[] { c.Key.Municipality, c.Key.Neighbourhood, c.Key.Status, c.Key.Visibility }, c.Value))));

    private static IEnumerable<(string Sql, object[] Parameters)> Statements(GovernanceDbContext context, Type table, string[] keys, IEnumerable<(object[] Key, long Change)> changes)
    {
        var entity = context.Model.FindEntityType(table)!;
        string Column(string property) => '"' + entity.FindProperty(property)!.GetColumnName() + '"';
        var name = '"' + entity.GetTableName() + '"';
        var keyColumns = string.Join(", ", keys.Select(Column));
        var ideas = Column(nameof(IdeaCountByMonth.Ideas));
        foreach (var chunk in changes.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {name} ({keyColumns}, {ideas}) VALUES ");
            var parameters = new List<object>(chunk.Length * (keys.Length + 1));
            for (var i = 0; i < chunk.Length; i++)
            {
                var (key, change) = chunk[i];
                var first = parameters.Count;
                parameters.AddRange(key);
                parameters.Add(change);
                sql.Append(i == 0 ? "(" : ", (")
                    .AppendJoin(", ", Enumerable.Range(first, key.Length + 1).Select(p => string.Create(CultureInfo.InvariantCulture, $"{{{p}}}")))
                    .Append(')');
            }

            sql.Append(CultureInfo.InvariantCulture, $" ON CONFLICT ({keyColumns}) DO UPDATE SET {ideas} = {name}.{ideas} + excluded.{ideas}");
            yield return (sql.ToString(), parameters.ToArray());
        }
    }

    /// <summary>A monthly group, ordered so that every writer adds to groups in the same order.</summary>
    private readonly record struct MonthKey(Guid Municipality, int Month, int Status, int Visibility) : IComparable<MonthKey>
    {
        public int CompareTo(MonthKey other)
        {
            var c = Municipality.CompareTo(other.Municipality);
            c = c != 0 ? c : Month.CompareTo(other.Month);
            c = c != 0 ? c : Status.CompareTo(other.Status);
            return c != 0 ? c : Visibility.CompareTo(other.Visibility);
        }
    }

    /// <summary>A neighbourhood's group, ordered likewise; the monthly groups are always written first.</summary>
    private readonly record struct NeighbourhoodKey(Guid Municipality, Guid Neighbourhood, int Status, int Visibility) : IComparable<NeighbourhoodKey>
    {
        public int CompareTo(NeighbourhoodKey other)
        {
            var c = Municipality.CompareTo(other.Municipality);
            c = c != 0 ? c : Neighbourhood.CompareTo(other.Neighbourhood);
            c = c != 0 ? c : Status.CompareTo(other.Status);
            return c != 0 ? c : Visibility.CompareTo(other.Visibility);
        }
    }
}
