using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Reporting;

/// <summary>
/// The dashboard's idea figures are read from counts kept by every save (ADR 0026): after each kind of change they equal
/// the library's in-memory count of the stored ideas and a recount from the ideas themselves.
/// </summary>
[Collection(DatabaseTests.Name)]
public class KeptIdeaCountsTest(DatabaseFixture fixture)
{
    private static readonly MunicipalOfficial Reviewer = new("staff-17", "زهرا کاظمی، کارشناس طرح‌ها");
    private static readonly MunicipalOfficial Moderator = new("staff-42", "علی رضایی، ناظر");
    private static readonly IdeaRules Rules = new() { SupportThreshold = 3, SupportWindowDays = 30, ReportsToHide = 2 };

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task IdeasAsync_FollowsEverySave_WhenIdeasAreReviewedResubmittedHiddenRemovedAndDeleted(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World(RafsanjanPreset.Charter with { Ideas = Rules });
        var people = world.ResidentsOf(world.North, 6);
        await world.SaveAsync(database);
        var accepted = Submit(world, people[0], At(1, 3), world.North.Id);
        var rejected = Submit(world, people[1], At(1, 3), world.South.Id);
        var reported = Submit(world, people[2], At(31, 3), null);
        var removed = Submit(world, people[3], At(1, 4), world.North.Id);
        var deleted = Submit(world, people[4], At(2, 4), world.South.Id);
        await SaveAsync(database, db => db.AddRange(accepted, rejected, reported, removed, deleted));
        await ShouldAgreeAsync(database, world.City.Id, registered: 5);

        await ChangeAsync(database, accepted.Id, idea =>
        {
            idea.StartReview(Reviewer, At(2, 3), "بررسی آغاز شد.").ThrowIfFailed();
            idea.Accept(Reviewer, At(3, 3), "پذیرفته شد.").ThrowIfFailed();
        });
        await ShouldAgreeAsync(database, world.City.Id, registered: 5);

        CitizenIdea? secondVersion = null;
        await ChangeAsync(database, rejected.Id, (idea, db) =>
        {
            idea.StartReview(Reviewer, At(2, 3), "بررسی آغاز شد.").ThrowIfFailed();
            idea.Reject(Reviewer, At(3, 3), "با هزینهٔ کمتر دوباره بفرستید.").ThrowIfFailed();
            secondVersion = idea.Resubmit(CitizenIdeaId.New(), world.City, people[1].Id, Draft(world, world.South.Id), At(5, 3)).Value;
            db.Add(secondVersion);
        });
        await ShouldAgreeAsync(database, world.City.Id, registered: 5);

        await ChangeAsync(database, reported.Id, idea =>
        {
            idea.Report(people[0].Id, At(2, 4), "تبلیغ است.", Rules).ThrowIfFailed();
            idea.Report(people[1].Id, At(2, 4, 11), "توهین‌آمیز است.", Rules).ThrowIfFailed();
        });
        (await ShouldAgreeAsync(database, world.City.Id, registered: 5)).Hidden.Should().Be(1);

        await ChangeAsync(database, removed.Id, idea =>
        {
            idea.Report(people[0].Id, At(3, 4), "ناسزا دارد.", Rules).ThrowIfFailed();
            idea.Remove(Moderator, At(4, 4), "ناسزا به همسایه‌ها.").ThrowIfFailed();
        });
        (await ShouldAgreeAsync(database, world.City.Id, registered: 4)).Removed.Should().Be(1);

        await ChangeAsync(database, deleted.Id, (idea, db) => db.Remove(idea));
        await ShouldAgreeAsync(database, world.City.Id, registered: 3);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task IdeasAsync_CountsEverySubmission_WhenResidentsSubmitAtTheSameTime(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World(RafsanjanPreset.Charter with { Ideas = Rules });
        var people = world.ResidentsOf(world.North, 16);
        await world.SaveAsync(database);

        // Sixteen writers add to the same group (neighbourhood, month, status, visibility) at once.
        await Task.WhenAll(people.Select(person => Task.Run(() => SaveAsync(database, db => db.Add(Submit(world, person, At(1, 3), world.North.Id))))));

        var figures = await ShouldAgreeAsync(database, world.City.Id, registered: 16);
        figures.ByNeighbourhood[world.North.Id].Submitted.Should().Be(16);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task MigrateParticipatoryGovernanceDatabaseAsync_CreatesTheKeptCountsWithTheIdeas_SoEveryIdeaIsCounted(Provider provider)
    {
        // One migration creates the ideas and their counts together (nothing has shipped, ADR 0026): a new database has
        // no idea that predates the counts, and the first saves are counted.
        var database = await fixture.CreateDatabaseAsync(provider, migrate: false);
        var services = new ServiceCollection().AddParticipatoryGovernance().AddSingleton<IClock>(fixture.Clock);
        _ = provider == Provider.Sqlite
            ? services.AddParticipatoryGovernanceSqlite(database.ConnectionString)
            : services.AddParticipatoryGovernancePostgres(database.ConnectionString);
        await using var provided = services.BuildServiceProvider();

        var applied = await provided.MigrateParticipatoryGovernanceDatabaseAsync();

        applied[0].Should().EndWith("_Initial", "the kept counts come with the first migration; later ones (Comments) follow it");
        var world = new World(RafsanjanPreset.Charter with { Ideas = Rules });
        var people = world.ResidentsOf(world.North, 3);
        await world.SaveAsync(database);
        await SaveAsync(database, db => db.AddRange(people.Select((p, i) => Submit(world, p, At(1 + i, 3 + i), i == 2 ? null : world.North.Id))));
        var figures = await ShouldAgreeAsync(database, world.City.Id, registered: 3);
        figures.ByMonth.Should().HaveCount(3);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task RebuildIdeaCountsAsync_LeavesOtherMunicipalitiesAlone_WhenGivenOne(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var first = new World(RafsanjanPreset.Charter with { Ideas = Rules });
        var second = new World(RafsanjanPreset.Charter with { Ideas = Rules });
        var a = first.ResidentsOf(first.North, 2);
        var b = second.ResidentsOf(second.South, 1);
        await first.SaveAsync(database);
        await second.SaveAsync(database);
        await SaveAsync(database, db => db.AddRange(a.Select(p => Submit(first, p, At(1, 3), first.North.Id)).Append(Submit(second, b[0], At(1, 3), null))));

        await using (var db = database.CreateContext())
        {
            (await new GovernanceFigures(db).RebuildIdeaCountsAsync(first.City.Id)).Should().Be(2);
        }

        await ShouldAgreeAsync(database, first.City.Id, registered: 2);
        await ShouldAgreeAsync(database, second.City.Id, registered: 1);
    }

    /// <summary>The kept figures equal the in-memory count of every stored version, and stay the same after a recount.</summary>
    private static async Task<IdeaStatusFigures> ShouldAgreeAsync(TestDatabase database, MunicipalityId city, int registered)
    {
        await using var db = database.CreateContext();
        var stored = await db.CitizenIdeas.AsNoTracking().Where(i => i.MunicipalityId == city).ToListAsync();
        var expected = IdeaFigures.From(stored);
        var figures = new GovernanceFigures(db);

        var kept = await figures.IdeasAsync(city);

        kept.Total.Should().Be(expected.Total);
        kept.Total.Registered.Should().Be(registered);
        kept.ByMonth.Should().Equal(expected.ByMonth);
        kept.ByNeighbourhood.Should().Equal(expected.ByNeighbourhood);
        kept.Hidden.Should().Be(expected.Hidden);
        kept.Removed.Should().Be(expected.Removed);

        await figures.RebuildIdeaCountsAsync(city);
        var recounted = await figures.IdeasAsync(city);
        recounted.Total.Should().Be(kept.Total);
        recounted.ByMonth.Should().Equal(kept.ByMonth);
        recounted.ByNeighbourhood.Should().Equal(kept.ByNeighbourhood);
        (recounted.Hidden, recounted.Removed).Should().Be((kept.Hidden, kept.Removed));
        return kept;
    }

    private static async Task SaveAsync(TestDatabase database, Action<GovernanceDbContext> change)
    {
        await using var db = database.CreateContext();
        change(db);
        await db.SaveChangesAsync();
    }

    private static Task ChangeAsync(TestDatabase database, CitizenIdeaId id, Action<CitizenIdea> change) =>
        ChangeAsync(database, id, (idea, _) => change(idea));

    private static async Task ChangeAsync(TestDatabase database, CitizenIdeaId id, Action<CitizenIdea, GovernanceDbContext> change)
    {
        await using var db = database.CreateContext();
        var idea = await db.CitizenIdeas.SingleAsync(i => i.Id == id);
        change(idea, db);
        await db.SaveChangesAsync();
    }

    private static IdeaDraft Draft(World world, NeighbourhoodId? neighbourhood) =>
        new("کاشت درخت در کوچه‌ها", "در کوچه‌های بی‌سایهٔ محله درخت پسته و توت بکاریم.", world.City.Charter.FindUrbanField("environment")!, neighbourhood, null);

    private static CitizenIdea Submit(World world, Resident proposer, Instant at, NeighbourhoodId? neighbourhood) =>
        CitizenIdea.Submit(CitizenIdeaId.New(), world.City, proposer.Id, Draft(world, neighbourhood), at).Value;

    /// <summary>An instant on a day of a month of 1403, Tehran time.</summary>
    private static Instant At(int day, int month, int hour = 10) =>
        PersianDates.FromSolarHijri(1403, month, day).At(new LocalTime(hour, 0)).InZoneStrictly(PersianDates.TimeZone).ToInstant();
}
