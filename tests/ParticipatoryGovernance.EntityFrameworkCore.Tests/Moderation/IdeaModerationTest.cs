using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Moderation;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.EntityFrameworkCore.UseCases;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Moderation;

/// <summary>
/// The moderators' queries on both databases: every report waiting for a decision across the city's ideas (not only
/// hidden ideas), leaving the queue when a moderator restores or removes the idea, and the log of moderation steps.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class IdeaModerationTest(DatabaseFixture fixture)
{
    private static readonly MunicipalOfficial Moderator = new("staff-42", "علی رضایی، ناظر");

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task PendingReports_ListEveryReportOldestFirst_UntilAModeratorDecides_AndTheLogRecordsEachStep(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        world.ResidentsOf(world.North, 4);
        await world.SaveAsync(database);
        var clock = new FakeClock(Instant.FromUtc(2024, 6, 1, 8, 0));
        var city = world.City.Id;
        var proposer = world.Residents[0].Id;
        var benches = await SubmitAsync(database, clock, city, proposer, "نیمکت برای پارک");
        var lights = await SubmitAsync(database, clock, city, proposer, "چراغ برای کوچه");

        // Two reports of one idea (below the charter's three) and three of the other, which hides it.
        var reports = new[] { (benches, 1, "تبلیغ است"), (lights, 1, "تکراری"), (benches, 2, "توهین‌آمیز"), (lights, 2, "نامربوط"), (lights, 3, "اسپم") };
        foreach (var (idea, reporter, reason) in reports)
        {
            await ChangeAsync(database, clock, store => new ReportIdeaHandler(store, clock).HandleAsync(new ReportIdea(city, idea, world.Residents[reporter].Id, reason)));
        }

        var queue = await ReadAsync(database, m => m.PendingReportsAsync(city, 0, 50));
        var page = await ReadAsync(database, m => m.PendingReportsAsync(city, 1, 2));
        var count = await ReadAsync(database, m => m.CountPendingReportsAsync(city));
        var logAfterReports = await ReadAsync(database, m => m.LogAsync(city, 0, 50));

        queue.Select(r => (r.IdeaId, r.Report.ReporterId, r.Report.Reason)).Should().Equal(reports.Select(r => (r.Item1, world.Residents[r.Item2].Id, r.Item3)));
        queue.Should().OnlyContain(r => r.IdeaStatus == IdeaStatus.Submitted);
        queue.Where(r => r.IdeaId == lights).Should().OnlyContain(r => r.Visibility == IdeaVisibility.Hidden && r.IdeaTitle == "چراغ برای کوچه");
        queue.Where(r => r.IdeaId == benches).Should().OnlyContain(r => r.Visibility == IdeaVisibility.Visible);
        page.Should().Equal(queue.Skip(1).Take(2));
        count.Should().Be(5);
        var hidden = logAfterReports.Should().ContainSingle().Subject;
        (hidden.IdeaId, hidden.IdeaTitle, hidden.Change.To, hidden.Change.By.Kind).Should().Be((lights, "چراغ برای کوچه", IdeaVisibility.Hidden, ActorKind.Charter));

        await ChangeAsync(database, clock, store => new RestoreIdeaHandler(store, clock).HandleAsync(new RestoreIdea(city, lights, Moderator, "گزارش‌ها نادرست بود.")));
        var afterRestore = await ReadAsync(database, m => m.PendingReportsAsync(city, 0, 50));
        await ChangeAsync(database, clock, store => new RemoveIdeaHandler(store, clock).HandleAsync(new RemoveIdea(city, benches, Moderator, "تبلیغ تجاری.")));
        var afterRemove = await ReadAsync(database, m => m.CountPendingReportsAsync(city));
        var log = await ReadAsync(database, m => m.LogAsync(city, 0, 50));
        var logCount = await ReadAsync(database, m => m.CountLogAsync(city));
        var oldest = await ReadAsync(database, m => m.LogAsync(city, 2, 1));

        afterRestore.Select(r => r.IdeaId).Should().Equal([benches, benches], "the restoration answered the hidden idea's reports");
        afterRemove.Should().Be(0, "a removed idea's reports are answered");
        log.Select(s => (s.IdeaId, s.Change.From, s.Change.To, s.Change.By.OfficialName, s.Change.Reason)).Should().Equal(
            (benches, IdeaVisibility.Visible, IdeaVisibility.Removed, Moderator.Name, "تبلیغ تجاری."),
            (lights, IdeaVisibility.Hidden, IdeaVisibility.Visible, Moderator.Name, "گزارش‌ها نادرست بود."),
            (lights, IdeaVisibility.Visible, IdeaVisibility.Hidden, null, hidden.Change.Reason));
        log.Select(s => s.Change.At).Should().BeInDescendingOrder();
        logCount.Should().Be(3);
        oldest.Should().Equal(log[2]);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Queries_SeeOnlyTheirMunicipality_AndRefuseABadPage(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        world.ResidentsOf(world.North, 2);
        await world.SaveAsync(database);
        var clock = new FakeClock(Instant.FromUtc(2024, 6, 1, 8, 0));
        var idea = await SubmitAsync(database, clock, world.City.Id, world.Residents[0].Id, "سایه‌بان");
        await ChangeAsync(database, clock, store => new ReportIdeaHandler(store, clock).HandleAsync(new ReportIdea(world.City.Id, idea, world.Residents[1].Id, "نامربوط")));
        var elsewhere = new MunicipalityId(Guid.NewGuid());

        (await ReadAsync(database, m => m.CountPendingReportsAsync(world.City.Id))).Should().Be(1);
        (await ReadAsync(database, m => m.CountPendingReportsAsync(elsewhere))).Should().Be(0);
        (await ReadAsync(database, m => m.PendingReportsAsync(elsewhere, 0, 10))).Should().BeEmpty();
        (await ReadAsync(database, m => m.CountLogAsync(elsewhere))).Should().Be(0);
        await using var db = database.CreateContext();
        var moderation = new IdeaModeration(db);
        await FluentActions.Awaiting(() => moderation.PendingReportsAsync(world.City.Id, -1, 10)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => moderation.LogAsync(world.City.Id, 0, 0)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => moderation.LogAsync(world.City.Id, 0, 501)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => moderation.CountPendingReportsAsync(default)).Should().ThrowAsync<ArgumentException>();
    }

    private static async Task<T> ReadAsync<T>(TestDatabase database, Func<IdeaModeration, Task<T>> read)
    {
        await using var db = database.CreateContext();
        return await read(new IdeaModeration(db));
    }

    private static async Task<CitizenIdeaId> SubmitAsync(TestDatabase database, FakeClock clock, MunicipalityId city, ParticipatoryGovernance.Residents.ResidentId proposer, string title)
    {
        await using var db = database.CreateContext();
        var result = await new SubmitIdeaHandler(new GovernanceStore(db), clock).HandleAsync(
            new SubmitIdea(city, proposer, title, "شرح ایده برای آزمون.", "environment"));
        clock.Advance(Duration.FromMinutes(1));
        return result.Value.Id;
    }

    private static async Task ChangeAsync(TestDatabase database, FakeClock clock, Func<IGovernanceStore, Task<Result<Changed>>> act)
    {
        await using var db = database.CreateContext();
        (await act(new GovernanceStore(db))).ThrowIfFailed();
        clock.Advance(Duration.FromMinutes(1));
    }
}
