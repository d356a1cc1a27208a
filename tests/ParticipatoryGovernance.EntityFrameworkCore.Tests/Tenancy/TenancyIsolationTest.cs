using System.Reflection;
using Ardalis.Specification;
using ParticipatoryGovernance.Budgeting.Specifications;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.Specifications;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Moderation;
using ParticipatoryGovernance.EntityFrameworkCore.OpenData;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;
using ParticipatoryGovernance.EntityFrameworkCore.Repositories;
using ParticipatoryGovernance.EntityFrameworkCore.Residents;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Specifications;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Specifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Tenancy;

/// <summary>
/// Many municipalities in one database (issue #18): every scoped query of the library, run for city A, returns the same
/// before and after city B (built alike, on the same dates) is stored beside it, and returns something, on both databases.
/// A query that forgot its municipality would return B's records too. A reflection check fails when a specification or
/// a storage query is added without a row here (or a stated reason why it takes no municipality).
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class TenancyIsolationTest(DatabaseFixture fixture)
{
    /// <summary>The queries that take no municipality, and why that is safe (docs/tenancy.md).</summary>
    public static readonly IReadOnlyDictionary<string, string> NotScoped = new Dictionary<string, string>
    {
        [nameof(MunicipalityByIdSpec)] = "by id: the municipality itself",
        [nameof(NeighbourhoodByIdSpec)] = "by id: the handler checks its municipality (HandlerSteps.NeighbourhoodAsync)",
        [nameof(ResidentByIdSpec)] = "by id: the handler checks the resident's neighbourhood is the city's (HandlerSteps.ResidentAsync)",
        [nameof(NeighbourhoodMeetingByIdSpec)] = "by id: the handler checks the meeting's neighbourhood (MeetingInput.ChangeAsync)",
        [nameof(CouncilByIdSpec)] = "by id: the handler checks its municipality (CouncilInput.ChangeAsync)",
        [nameof(CurrentMembersOfCouncilSpec)] = "by council id: a council found in the city",
        [nameof(YouthMayorCampaignByIdSpec)] = "by id: the handler checks its municipality (YouthMayorInput.ChangeAsync)",
        [nameof(YouthMayorElectionByIdSpec)] = "by id: the handler checks its campaign's municipality (ElectionSteps.FindAsync)",
        [nameof(BudgetingRoundByIdSpec)] = "by id: the handler checks its municipality (BallotSteps.RoundAsync)",
        [nameof(BudgetingVotersSpec)] = "by ids: the handler keeps only voters living in the city's neighbourhoods",
        [nameof(CitizenIdeaByIdSpec)] = "by id: the handler checks its municipality (IdeaChanges.ChangeAsync)",
        [nameof(ParticipatoryGovernance.Comments.Specifications.CommentByIdSpec)] = "by id: the handler checks its municipality (CommentInput)",
        [nameof(ParticipatoryGovernance.Comments.Specifications.CommentsOnSubjectSpec)] = "by an idea's or agenda item's id: a subject the caller found in the city",
        [nameof(ParticipatoryGovernance.Comments.Specifications.CommentsOnMeetingSpec)] = "by meeting id: a meeting the caller found in the city",
        [nameof(ParticipatoryGovernance.Comments.Specifications.CommentsOfResidentSpec)] = "by resident id: a resident lives in one city's neighbourhood",
        ["BudgetingBallots.FindRoundAsync"] = "by round id: the handler checks the round's municipality",
        ["BudgetingBallots.ReadTypesAsync"] = "by round id: a round found in the city",
        ["BudgetingBallots.WatermarkAsync"] = "by round id: a round found in the city",
        ["BudgetingBallots.CountAsync"] = "by round id: the round is changed only within its municipality",
        ["BudgetingBallots.FindAsync"] = "by round id: a round found in the city",
        ["BudgetingBallots.ListAsync"] = "by round id: a round found in the city",
        ["BudgetingBallots.ListByChannelAsync"] = "by round id: a round found in the city",
        ["BudgetingBallots.StoreAsync"] = "a write of a ballot the handler checked",
        ["BudgetingBallots.CastAsync"] = "a write of a ballot the handler checked",
        ["BudgetingBallots.StoreAllAsync"] = "a write of ballots the handler checked",
        ["BudgetingResults.ReadAsync"] = "by round id: the handler checks the round's municipality (ReadBudgetingResults)",
        ["BudgetingResults.StoreAsync"] = "a write by the outcome worker",
        ["BudgetingOutcomeWorker.RunAsync"] = "the background worker over every city's closed rounds, not a reader's query",
        ["BudgetingOutcomeWorker.RecountAsync"] = "by round id: recounts a round the caller found",
        ["GovernanceFigures.RebuildIdeaCountsAsync"] = "an operator's rebuild: one city's counts, or every city's with null",
        ["AdoptionRollups.ReadAsync"] = "national by design: public adoption figures of every city (Tenancy/AdoptionRollupsTest)",
    };

    /// <summary>Every scoped query, run for a city; its results are compared before and after the other city exists.</summary>
    private static readonly (string Name, Func<GovernanceDbContext, TenantCity, Task<object>> Run)[] Scoped =
    [
        (nameof(NeighbourhoodByNumberSpec), async (db, c) => Ids(await List(db, new NeighbourhoodByNumberSpec(c.World.City.Id, 1)))),
        (nameof(NeighbourhoodsOfMunicipalitySpec), async (db, c) => Ids(await List(db, new NeighbourhoodsOfMunicipalitySpec(c.World.City.Id)))),
        (nameof(NeighbourhoodsWithoutMayorSpec), async (db, c) => Ids(await List(db, new NeighbourhoodsWithoutMayorSpec(c.World.City.Id)))),
        (nameof(ResidentsOfNeighbourhoodSpec), async (db, c) => Ids(await List(db, new ResidentsOfNeighbourhoodSpec(c.World.North.Id)))),
        (nameof(ResidentsInCohortSpec), async (db, c) => Ids(await List(db, new ResidentsInCohortSpec(new BirthCohort(1380), c.World.Neighbourhoods.Select(n => n.Id), null)))),
        (nameof(ActiveCitizensOfNeighbourhoodSpec), async (db, c) => Ids(await List(db, new ActiveCitizensOfNeighbourhoodSpec(c.World.North.Id)))),
        (nameof(ActiveCouncilsOfMunicipalitySpec), async (db, c) => Ids(await List(db, new ActiveCouncilsOfMunicipalitySpec(c.World.City.Id)))),
        (nameof(CouncilsOfNeighbourhoodSpec), async (db, c) => Ids(await List(db, new CouncilsOfNeighbourhoodSpec(c.World.North.Id)))),
        (nameof(NeighbourhoodsWithCouncilSpec), async (db, c) => (await List(db, new NeighbourhoodsWithCouncilSpec(c.World.City.Id, CouncilKind.Neighbourhood))).Select(n => n.Value).ToList()),
        (nameof(NeighbourhoodsWithoutCouncilSpec), async (db, c) => Ids(await List(db, new NeighbourhoodsWithoutCouncilSpec(c.World.City.Id, [c.World.North.Id])))),
        (nameof(MembersWithTermEndingBeforeSpec), async (db, c) => (await List(db, new MembersWithTermEndingBeforeSpec(c.World.City.Id, TenantCity.FormedOn.PlusYears(10)))).Select(m => m.ResidentId.Value).ToList()),
        (nameof(CitizenIdeasAwaitingModerationSpec), async (db, c) => Ids(await List(db, new CitizenIdeasAwaitingModerationSpec(c.World.City.Id)))),
        (nameof(CitizenIdeasAwaitingReviewSpec), async (db, c) => Ids(await List(db, new CitizenIdeasAwaitingReviewSpec(c.World.City.Id, TenantCity.SubmittedAt + NodaTime.Duration.FromDays(60), 30)))),
        (nameof(CitizenIdeasByFieldSpec), async (db, c) => Ids(await List(db, new CitizenIdeasByFieldSpec(c.World.City.Id, c.World.City.Charter.FindUrbanField("environment")!)))),
        (nameof(CitizenIdeasByStatusSpec), async (db, c) => Ids(await List(db, new CitizenIdeasByStatusSpec(c.World.City.Id, IdeaStatus.Accepted)))),
        (nameof(CitizenIdeasMatchingSpec), async (db, c) => Ids(await List(db, new CitizenIdeasMatchingSpec(c.World.City.Id)))),
        (nameof(CitizenIdeasOfNeighbourhoodSpec), async (db, c) => Ids(await List(db, new CitizenIdeasOfNeighbourhoodSpec(c.World.North.Id)))),
        (nameof(CitizenIdeasOfResidentSpec), async (db, c) => Ids(await List(db, new CitizenIdeasOfResidentSpec(c.People[0].Id)))),
        (nameof(CitizenIdeasTrendingSpec), async (db, c) => Ids(await List(db, new CitizenIdeasTrendingSpec(c.World.City.Id, TenantCity.SubmittedAt + NodaTime.Duration.FromDays(30), 30)))),
        (nameof(ParticipatoryGovernance.Comments.Specifications.CommentsOfResidentsSpec), async (db, c) => (await List(db, new ParticipatoryGovernance.Comments.Specifications.CommentsOfResidentsSpec(c.World.City.Id, c.People.Select(p => p.Id)))).Select(x => x.Id.Value).ToList()),
        (nameof(ParticipatoryGovernance.Comments.Specifications.CommentsAwaitingModerationSpec), async (db, c) => (await List(db, new ParticipatoryGovernance.Comments.Specifications.CommentsAwaitingModerationSpec(c.World.City.Id))).Select(x => x.Id.Value).ToList()),
        (nameof(MeetingsOfNeighbourhoodSpec), async (db, c) => Ids(await List(db, new MeetingsOfNeighbourhoodSpec(c.World.North.Id)))),
        (nameof(YouthMayorCampaignsOfMunicipalitySpec), async (db, c) => Ids(await List(db, new YouthMayorCampaignsOfMunicipalitySpec(c.World.City.Id)))),
        (nameof(YouthMayorElectionsOfCampaignSpec), async (db, c) => Ids(await List(db, new YouthMayorElectionsOfCampaignSpec(c.Campaign.Id)))),
        ("GovernanceFigures.ComputeAsync", async (db, c) => await new GovernanceFigures(db).ComputeAsync(c.World.City.Id, TenantCity.AsOf)),
        ("GovernanceFigures.CouncilCoverageAsync", async (db, c) => await new GovernanceFigures(db).CouncilCoverageAsync(c.World.City.Id, TenantCity.AsOf)),
        ("GovernanceFigures.IdeasAsync", async (db, c) => await new GovernanceFigures(db).IdeasAsync(c.World.City.Id)),
        ("GovernanceFigures.CampaignAsync", async (db, c) => (await new GovernanceFigures(db).CampaignAsync(c.World.City.Id, c.Campaign.Id))!),
        ("IdeaModeration.CountPendingReportsAsync", async (db, c) => await new IdeaModeration(db).CountPendingReportsAsync(c.World.City.Id)),
        ("IdeaModeration.PendingReportsAsync", async (db, c) => await new IdeaModeration(db).PendingReportsAsync(c.World.City.Id, 0, 100)),
        ("IdeaModeration.CountLogAsync", async (db, c) => await new IdeaModeration(db).CountLogAsync(c.World.City.Id)),
        ("IdeaModeration.LogAsync", async (db, c) => await new IdeaModeration(db).LogAsync(c.World.City.Id, 0, 100)),
        ("OpenDataExporter.ReadAsync", async (db, c) =>
        {
            var tables = new List<object>();
            foreach (var set in Enum.GetValues<OpenDataSet>())
            {
                tables.Add((await new OpenDataExporter(db).ReadAsync(set, c.World.City.Id, TenantCity.AsOf)).Rows);
            }

            return tables;
        }),
        ("ParticipationRecords.ReadNeighbourhoodAsync", async (db, c) => (await new ParticipationRecords(db).ReadNeighbourhoodAsync(c.World.City.Id, c.World.North.Id))!.Participations),
    ];

    public static TheoryData<Provider, string> Cases()
    {
        var data = new TheoryData<Provider, string>();
        foreach (var provider in new[] { Provider.Sqlite, Provider.Postgres })
        {
            foreach (var (name, _) in Scoped)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    [Fact]
    public void EverySpecificationAndStorageQuery_IsScopedHere_OrSaysWhyNot()
    {
        var specifications = typeof(Municipality).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpecification<>)))
            .Select(t => t.Name);
        string[] queryNamespaces = ["Reporting", "Moderation", "OpenData", "Residents", "Budgeting"];
        var storageQueries = typeof(GovernanceDbContext).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && queryNamespaces.Contains(t.Namespace![(t.Namespace!.LastIndexOf('.') + 1)..]))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
                .Select(m => $"{t.Name}.{m.Name}"));
        var listed = Scoped.Select(s => s.Name).Concat(NotScoped.Keys).ToHashSet();

        specifications.Concat(storageQueries).Distinct().Where(q => !listed.Contains(q))
            .Should().BeEmpty("a new query must be run for two cities here, or say in NotScoped why it takes no municipality (and docs/tenancy.md list it)");
        listed.Except(specifications.Concat(storageQueries)).Should().BeEmpty("a row for a query that no longer exists is stale");
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task ScopedQuery_ReturnsTheSameForACity_WhenAnotherCityIsStoredBesideIt(Provider provider, string query)
    {
        var run = Scoped.Single(s => s.Name == query).Run;
        var database = await fixture.CreateDatabaseAsync(provider);
        var a = await TenantCity.StoreAsync(database);
        var alone = await RunAsync(database, run, a);

        var b = await TenantCity.StoreAsync(database);
        var beside = await RunAsync(database, run, a);
        var other = await RunAsync(database, run, b);

        IsEmpty(alone).Should().BeFalse("the seeded city has records this query returns, so a leak would show");
        beside.Should().BeEquivalentTo(alone, o => o.WithStrictOrdering(), "city B's records must not reach city A's query");
        IsEmpty(other).Should().BeFalse("city B sees its own records");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task TheCheck_CatchesAQueryThatForgetsItsMunicipality(Provider provider)
    {
        Func<GovernanceDbContext, TenantCity, Task<object>> unscoped = async (db, c) => Ids(await List(db, new EveryNeighbourhoodSpec()));
        var database = await fixture.CreateDatabaseAsync(provider);
        var a = await TenantCity.StoreAsync(database);
        var alone = await RunAsync(database, unscoped, a);
        await TenantCity.StoreAsync(database);

        var beside = await RunAsync(database, unscoped, a);

        ((List<Guid>)beside).Should().HaveCount(((List<Guid>)alone).Count * 2, "the table's comparison would fail for such a query");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CampaignFigures_OfAnotherCitysCampaign_AreNotCounted(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var a = await TenantCity.StoreAsync(database);
        var b = await TenantCity.StoreAsync(database);
        await using var db = database.CreateContext();
        var figures = new GovernanceFigures(db);

        (await figures.CampaignAsync(a.World.City.Id, b.Campaign.Id)).Should().BeNull();
        (await figures.ComputeAsync(a.World.City.Id, TenantCity.AsOf, b.Campaign.Id)).Youth.Should().BeNull();
        (await figures.CampaignAsync(b.World.City.Id, b.Campaign.Id)).Should().NotBeNull();
    }

    private static async Task<object> RunAsync(TestDatabase database, Func<GovernanceDbContext, TenantCity, Task<object>> run, TenantCity city)
    {
        await using var db = database.CreateContext();
        return await run(db, city);
    }

    private static bool IsEmpty(object result) => result switch
    {
        int count => count == 0,
        System.Collections.IEnumerable items => !items.Cast<object?>().Any(i => i is not System.Collections.IEnumerable inner || inner.Cast<object?>().Any()),
        _ => false,
    };

    private static Task<List<T>> List<T>(GovernanceDbContext db, ISpecification<T> specification)
        where T : class, Common.IAggregateRoot => new GovernanceRepository<T>(db).ListAsync(specification, CancellationToken.None);

    private static Task<List<TResult>> List<T, TResult>(GovernanceDbContext db, ISpecification<T, TResult> specification)
        where T : class, Common.IAggregateRoot => new GovernanceRepository<T>(db).ListAsync(specification, CancellationToken.None);

    private static List<Guid> Ids<T>(IEnumerable<T> aggregates) =>
        [.. aggregates.Select(a =>
        {
            var id = a!.GetType().GetProperty("Id")!.GetValue(a)!;
            return (Guid)id.GetType().GetProperty("Value")!.GetValue(id)!;
        })];

    private sealed class EveryNeighbourhoodSpec : Specification<Neighbourhood>
    {
        public EveryNeighbourhoodSpec() => Query.OrderBy(n => n.Number);
    }
}
