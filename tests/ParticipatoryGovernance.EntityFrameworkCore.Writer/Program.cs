// Writes batches of aggregates with their events until it is killed; the durability test kills it mid-run and then
// checks that every batch in the database is whole. Usage: Writer sqlite|postgres "<connection string>"
// Each batch is one SaveChanges: a municipality with two phase launches, three neighbourhoods with mayors, and three
// residents who each move once: 8 aggregate rows (+2 launch rows) and 8 events, all or nothing.
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Postgres;
using ParticipatoryGovernance.EntityFrameworkCore.Sqlite;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

// The notification dispatcher's kill test runs this process in its other mode (Notifications/DispatchRun.cs).
if (args.Length == 4 && args[0] == "dispatch")
{
    return await ParticipatoryGovernance.EntityFrameworkCore.Writer.Notifications.DispatchRun.RunAsync(args[1], args[2], args[3]);
}

// The webhook dispatcher's kill test runs this process in a third mode (Webhooks/WebhookDispatchRun.cs).
if (args.Length == 3 && args[0] == "webhooks")
{
    return await ParticipatoryGovernance.EntityFrameworkCore.Writer.Webhooks.WebhookDispatchRun.RunAsync(args[1], args[2]);
}

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Writer sqlite|postgres \"<connection string>\"");
    return 2;
}

// The writer is its own composition root: it reads the real clock.
#pragma warning disable RS0030
IClock clock = SystemClock.Instance;
#pragma warning restore RS0030

GovernanceDbContext Open() => args[0] switch
{
    "sqlite" => new SqliteGovernanceDbContext(
        new DbContextOptionsBuilder<SqliteGovernanceDbContext>().UseSqlite(args[1]).AddInterceptors(new SqliteConnectionSettings()).Options, clock),
    "postgres" => new PostgresGovernanceDbContext(
        new DbContextOptionsBuilder<PostgresGovernanceDbContext>().UseNpgsql(args[1], o => o.UseNodaTime()).Options, clock),
    _ => throw new ArgumentException($"Unknown provider '{args[0]}'."),
};

for (var batch = 1; ; batch++)
{
    await using var db = Open();
    var municipality = Municipality.Create(MunicipalityId.New(), new LocalizedText($"شهرداری {batch}", $"Municipality {batch}"), RafsanjanPreset.Charter).Value;
    municipality.LaunchPhase(ProgrammePhase.CitizenIdeas, new LocalDate(2021, 12, 22)).ThrowIfFailed();
    municipality.LaunchPhase(ProgrammePhase.NeighbourhoodCentredManagement, new LocalDate(2022, 3, 21)).ThrowIfFailed();
    db.Add(municipality);
    var neighbourhoods = new List<Neighbourhood>();
    for (var number = 1; number <= 3; number++)
    {
        var neighbourhood = new Neighbourhood(NeighbourhoodId.New(), municipality.Id, number, new LocalizedText($"محله {number}", $"Neighbourhood {number}"),
            CommunityAnchor.Mosque(new LocalizedText("مسجد جامع", "Friday Mosque")));
        neighbourhood.AppointMayor(new NeighbourhoodMayor(new PersonName("علی", "کاظمی"), new LocalDate(2023, 1, 1))).ThrowIfFailed();
        neighbourhoods.Add(neighbourhood);
        db.Add(neighbourhood);
    }

    for (var i = 0; i < 3; i++)
    {
        var resident = new Resident(ResidentId.New(), neighbourhoods[i].Id, new PersonName("زهرا", "احمدی"), Gender.Female, new LocalDate(2005, 6, 1));
        resident.MoveTo(neighbourhoods[(i + 1) % 3].Id);
        db.Add(resident);
    }

    await db.SaveChangesAsync();
    // Only after the commit returned: the test holds the database to every batch reported here.
    Console.Out.WriteLine($"committed {batch}");
    Console.Out.Flush();
}
