using Ardalis.Specification;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Specifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Specifications;

/// <summary>
/// The evaluator parts this package writes (Include/ThenInclude, tracking, query options, Search, Select/SelectMany),
/// on a small model with navigations, since today's aggregates reference each other by id only.
/// </summary>
public sealed class QueryableSpecificationEvaluatorTest : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly StreetContext _db;

    public QueryableSpecificationEvaluatorTest()
    {
        _connection.Open();
        _db = new StreetContext(new DbContextOptionsBuilder<StreetContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
        var zahra = new Person { Name = "Zahra" };
        var ali = new Person { Name = "Ali" };
        _db.Streets.AddRange(
            new Street { Name = "Imam", Houses = [new House { Number = 1, Owner = zahra }, new House { Number = 2, Owner = ali }] },
            new Street { Name = "Azadi", Houses = [new House { Number = 7, Owner = ali }] });
        _db.SaveChanges();
        _db.ChangeTracker.Clear();
    }

    [Fact]
    public void Include_LoadsCollectionsAndThenIncludedReferences_InOneQuery()
    {
        var spec = new StreetsSpec(s => s.Query.Include(x => x.Houses).ThenInclude(h => h.Owner).OrderBy(x => x.Name));

        var streets = QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, spec).ToList();

        streets.Select(s => s.Name).Should().Equal("Azadi", "Imam");
        streets[1].Houses.Select(h => h.Owner!.Name).Should().BeEquivalentTo("Zahra", "Ali");
        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, spec).ToQueryString().Should().Contain("JOIN");
    }

    [Fact]
    public void Include_FollowsReferencesAndStringPaths()
    {
        var byReference = new HousesSpec(s => s.Query.Include(h => h.Street).Include(h => h.Owner).Where(h => h.Number == 7));
        var byString = new StreetsSpec(s => s.Query.Include("Houses.Owner").Where(x => x.Name == "Azadi"));

        var house = QueryableSpecificationEvaluator.Default.GetQuery(_db.Houses, byReference).Single();
        var street = QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, byString).Single();

        house.Street!.Name.Should().Be("Azadi");
        house.Owner!.Name.Should().Be("Ali");
        street.Houses.Should().ContainSingle().Which.Owner!.Name.Should().Be("Ali");
    }

    [Fact]
    public void TrackingFlags_DecideWhetherTheContextTracksTheResult()
    {
        _ = QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, new StreetsSpec(s => s.Query.AsNoTracking())).ToList();
        _db.ChangeTracker.Entries().Should().BeEmpty();

        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, new StreetsSpec(s => s.Query.AsNoTrackingWithIdentityResolution().Include(x => x.Houses).ThenInclude(h => h.Owner))).ToList()
            .SelectMany(x => x.Houses).Where(h => h.Owner!.Name == "Ali").Select(h => h.Owner).Distinct().Should().ContainSingle("identity resolution shares one Ali");
        _db.ChangeTracker.Entries().Should().BeEmpty();

        _db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        _ = QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, new StreetsSpec(s => s.Query.AsTracking())).ToList();
        _db.ChangeTracker.Entries().Should().HaveCount(2);
    }

    [Fact]
    public void QueryOptions_IgnoreFilters_TagAndSplit()
    {
        var all = new StreetsSpec(s => s.Query.IgnoreQueryFilters().TagWith("every street").AsSplitQuery().Include(x => x.Houses));

        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, new StreetsSpec(_ => { })).Count().Should().Be(2);
        _db.HideAzadi = true;
        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, new StreetsSpec(_ => { })).Count().Should().Be(1);
        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, all).ToList().Should().HaveCount(2);
        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, all).ToQueryString().Should().Contain("-- every street");
    }

    [Fact]
    public void Search_BecomesLike_OrWithinAGroupAndAcrossGroups()
    {
        var spec = new StreetsSpec(s => s.Query.Search(x => x.Name, "%ma%", 1).Search(x => x.Name, "Az%", 1).Search(x => x.Name, "%i", 2));

        var query = QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, spec);

        query.ToQueryString().Should().Contain("LIKE");
        query.Select(x => x.Name).ToList().Should().BeEquivalentTo("Azadi");
        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, spec, evaluateCriteriaOnly: true).Count().Should().Be(1);
    }

    [Fact]
    public void Select_AndSelectMany_ProjectInTheDatabase()
    {
        var names = new StreetNamesSpec(s => s.Query.Select(x => x.Name));
        var owners = new StreetNamesSpec(s => s.Query.SelectMany(x => x.Houses.Select(h => h.Owner!.Name)));

        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, names).ToList().Should().BeEquivalentTo("Imam", "Azadi");
        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, owners).ToList().Should().BeEquivalentTo("Zahra", "Ali", "Ali");
        var none = () => QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, new StreetNamesSpec(_ => { }));
        none.Should().Throw<SelectorNotFoundException>();
    }

    [Fact]
    public void Tracking_FollowsTheLastChoice_WhenASpecificationChangesIt()
    {
        var spec = new StreetsSpec(s => s.Query.AsNoTracking().AsTracking());

        // Ardalis' builder keeps only the last tracking choice, so the evaluator sees one.
        QueryableSpecificationEvaluator.Default.GetQuery(_db.Streets, spec).ToList().Should().HaveCount(2);
        _db.ChangeTracker.Entries().Should().HaveCount(2);
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private sealed class StreetsSpec : Specification<Street>
    {
        public StreetsSpec(Action<StreetsSpec> build) => build(this);
    }

    private sealed class HousesSpec : Specification<House>
    {
        public HousesSpec(Action<HousesSpec> build) => build(this);
    }

    private sealed class StreetNamesSpec : Specification<Street, string>
    {
        public StreetNamesSpec(Action<StreetNamesSpec> build) => build(this);
    }
}

public sealed class Street
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<House> Houses { get; set; } = [];
}

public sealed class House
{
    public int Id { get; set; }

    public int Number { get; set; }

    public Street? Street { get; set; }

    public Person? Owner { get; set; }
}

public sealed class Person
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

public sealed class StreetContext(DbContextOptions<StreetContext> options) : DbContext(options)
{
    public bool HideAzadi { get; set; }

    public DbSet<Street> Streets => Set<Street>();

    public DbSet<House> Houses => Set<House>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Street>().HasQueryFilter(s => !HideAzadi || s.Name != "Azadi");
}
