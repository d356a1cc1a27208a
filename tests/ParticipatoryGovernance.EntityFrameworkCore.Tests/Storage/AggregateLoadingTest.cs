using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>
/// Every query of an aggregate root loads its parts, each list in the order the model built it, whatever order the
/// database keeps the rows in; a query that ignores auto-includes gets the root alone.
/// </summary>
[Collection(DatabaseTests.Name)]
public class AggregateLoadingTest(DatabaseFixture fixture)
{
    private static readonly LocalDate FormedOn = PersianDates.FromSolarHijri(1402, 7, 1);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Query_OrdersEveryPartByItsPosition_InTheSql(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        await world.SaveAsync(database);
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, new LocalizedText("مسجد", "Mosque"), Instant.FromUtc(2024, 5, 2, 14, 30), world.City.Charter.Meetings);
        meeting.AddAgendaItem("بند").ThrowIfFailed();
        await using (var seed = database.CreateContext())
        {
            seed.Add(meeting);
            await seed.SaveChangesAsync();
        }

        var sql = new List<string>();
        await using var db = database.CreateContext(o => o.LogTo(sql.Add, [RelationalEventId.CommandExecuted]));

        _ = await db.NeighbourhoodMeetings.ToListAsync();

        var statements = sql.Select(s => s.Replace("\"", string.Empty, StringComparison.Ordinal)).ToList();
        statements.Should().HaveCount(4, "the meetings, their agenda items, the items' votes and the attendees, one query each");
        statements.Single(s => s.Contains("JOIN meeting_votes", StringComparison.Ordinal)).Should().MatchRegex(@"ORDER BY [^\n]*\.position\s*$");
        statements.Single(s => s.Contains("JOIN meeting_attendees", StringComparison.Ordinal)).Should().MatchRegex(@"ORDER BY [^\n]*\.position\s*$");
        statements.Single(s => s.Contains("JOIN meeting_agenda_items", StringComparison.Ordinal) && !s.Contains("meeting_votes", StringComparison.Ordinal))
            .Should().MatchRegex(@"ORDER BY [^\n]*\.number");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Query_KeepsTheListOrder_AfterPartsAreUpdatedInAnotherOrder(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var people = world.ResidentsOf(world.North, 7);
        world.MakeActiveCitizens(people, FormedOn);
        await world.SaveAsync(database);
        var council = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, FormedOn, FormedOn.PlusYears(4), []).Value;
        people.ForEach(p => council.Appoint(p, p == people[0] ? CouncilRole.Chair : CouncilRole.Member, FormedOn).ThrowIfFailed());
        var order = council.Memberships.Select(m => m.Id).ToList();
        await using (var db = database.CreateContext())
        {
            db.Add(council);
            await db.SaveChangesAsync();
        }

        // Updating rows rewrites them elsewhere in PostgreSQL's heap: the last members resign first.
        await using (var db = database.CreateContext())
        {
            var stored = await db.Councils.SingleAsync();
            foreach (var member in Enumerable.Reverse(people).Take(4))
            {
                stored.Resign(member.Id, FormedOn.PlusMonths(1)).ThrowIfFailed();
                await db.SaveChangesAsync();
            }
        }

        await using (var db = database.CreateContext())
        {
            (await db.Councils.AsNoTracking().SingleAsync()).Memberships.Select(m => m.Id).Should().Equal(order);
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Query_LoadsTheRootAlone_WhenItIgnoresAutoIncludes(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var people = world.ResidentsOf(world.North, 2);
        world.MakeActiveCitizens(people, FormedOn);
        await world.SaveAsync(database);
        var council = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, FormedOn, FormedOn.PlusYears(4), []).Value;
        council.Appoint(people[0], CouncilRole.Chair, FormedOn).ThrowIfFailed();
        await using (var db = database.CreateContext())
        {
            db.Add(council);
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var alone = await check.Councils.AsNoTracking().IgnoreAutoIncludes().SingleAsync();
        var whole = await check.Councils.AsNoTracking().SingleAsync();

        alone.Memberships.Should().BeEmpty();
        alone.Terms.Should().BeEmpty();
        whole.Memberships.Should().ContainSingle();
        whole.Terms.Should().ContainSingle();
    }
}
