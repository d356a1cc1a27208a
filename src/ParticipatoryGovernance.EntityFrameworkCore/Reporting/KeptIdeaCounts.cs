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
/// The changes one save makes to the kept idea counts (<see cref="IdeaCount"/>, ADR 0026): a latest idea version
/// added counts one in its group, a latest version that changes status or visibility, or is replaced by a new version,
/// moves out of its old group. The save adds them in its own transaction with one atomic add per group
/// (<c>INSERT … ON CONFLICT DO UPDATE</c>), so concurrent writers never lose a count, in key order, so that they never
/// wait on each other in a circle.
/// </summary>
internal sealed class KeptIdeaCounts
{
    /// <summary>Rows per statement: 6 parameters a row stays far under every provider's limit.</summary>
    private const int RowsPerStatement = 100;

    private readonly SortedDictionary<Key, long> _changes = [];

    private KeptIdeaCounts()
    {
    }

    /// <summary>Whether the save changes no count.</summary>
    public bool IsEmpty => _changes.Count == 0;

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

        foreach (var (key, change) in counts._changes.Where(c => c.Value == 0).ToList())
        {
            counts._changes.Remove(key);
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
            counts.Add(new Key(g.Municipality.Value, (g.Neighbourhood ?? IdeaCount.CityWide).Value, MonthKey(g.Month), (int)g.Status, (int)g.Visibility), g.Ideas);
        }

        return counts;
    }

    /// <summary>A month as the counts store it: year × 100 + month.</summary>
    public static int MonthKey(SolarHijriMonth month) => (month.Year * 100) + month.Month;

    /// <summary>The month a stored key names.</summary>
    public static SolarHijriMonth MonthOf(int key) => new(key / 100, key % 100);

    private void Add(PropertyValues idea, long change)
    {
        if (idea.GetValue<CitizenIdeaId?>(nameof(CitizenIdea.NextVersionId)) is not null)
        {
            return; // an earlier version: only the latest counts
        }

        var neighbourhood = idea.GetValue<NeighbourhoodId?>(nameof(CitizenIdea.NeighbourhoodId)) ?? IdeaCount.CityWide;
        var month = SolarHijriMonth.Of(idea.GetValue<NodaTime.Instant>(nameof(CitizenIdea.FirstSubmittedAt)));
        Add(
            new Key(
                idea.GetValue<MunicipalityId>(nameof(CitizenIdea.MunicipalityId)).Value,
                neighbourhood.Value,
                MonthKey(month),
                (int)idea.GetValue<IdeaStatus>(nameof(CitizenIdea.Status)),
                (int)idea.GetValue<IdeaVisibility>(nameof(CitizenIdea.Visibility))),
            change);
    }

    private void Add(Key key, long change) => _changes[key] = _changes.GetValueOrDefault(key) + change;

    private IEnumerable<(string Sql, object[] Parameters)> Statements(GovernanceDbContext context)
    {
        var entity = context.Model.FindEntityType(typeof(IdeaCount))!;
        string Column(string property) => '"' + entity.FindProperty(property)!.GetColumnName() + '"';
        var table = '"' + entity.GetTableName() + '"';
        var keyColumns = string.Join(", ", new[] { nameof(IdeaCount.MunicipalityId), nameof(IdeaCount.NeighbourhoodId), nameof(IdeaCount.Month), nameof(IdeaCount.Status), nameof(IdeaCount.Visibility) }.Select(Column));
        var ideas = Column(nameof(IdeaCount.Ideas));
        foreach (var chunk in _changes.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {table} ({keyColumns}, {ideas}) VALUES ");
            var parameters = new List<object>(chunk.Length * 6);
            for (var i = 0; i < chunk.Length; i++)
            {
                var p = parameters.Count;
                sql.Append(i == 0 ? string.Empty : ", ")
                    .Append(CultureInfo.InvariantCulture, $"({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}}, {{{p + 5}}})");
                var (key, change) = chunk[i];
                parameters.AddRange([key.Municipality, key.Neighbourhood, key.Month, key.Status, key.Visibility, change]);
            }

            sql.Append(CultureInfo.InvariantCulture, $" ON CONFLICT ({keyColumns}) DO UPDATE SET {ideas} = {table}.{ideas} + excluded.{ideas}");
            yield return (sql.ToString(), parameters.ToArray());
        }
    }

    /// <summary>A group of the counts, ordered so that every writer adds to groups in the same order.</summary>
    private readonly record struct Key(Guid Municipality, Guid Neighbourhood, int Month, int Status, int Visibility) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var c = Municipality.CompareTo(other.Municipality);
            c = c != 0 ? c : Neighbourhood.CompareTo(other.Neighbourhood);
            c = c != 0 ? c : Month.CompareTo(other.Month);
            c = c != 0 ? c : Status.CompareTo(other.Status);
            return c != 0 ? c : Visibility.CompareTo(other.Visibility);
        }
    }
}
