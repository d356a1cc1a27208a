using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.Import;
using ParticipatoryGovernance.Municipalities;

// The city's rules, read and validated from JSON; then storage in a SQLite file, its schema brought up to date.
var charter = GovernanceCharterJson.Deserialize(File.ReadAllText("charter.json")).Value;
await using var services = new ServiceCollection().AddParticipatoryGovernance(o => o.Charter = charter)
    .AddParticipatoryGovernanceSqlite("Data Source=baghestan.db").BuildServiceProvider();
await services.MigrateParticipatoryGovernanceDatabaseAsync();
await using var scope = services.CreateAsyncScope();
var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();

// The municipality, then its own records from CSV: each file is written whole or not at all.
var city = Municipality.Create(MunicipalityId.New(), new LocalizedText("شهرداری باغستان", "Baghestan Municipality"), charter).Value;
db.Add(city);
await db.SaveChangesAsync();
var importer = new CityDataImporter(db);
Console.WriteLine(await importer.ImportNeighbourhoodsFromFileAsync(city.Id, "neighbourhoods.csv"));
Console.WriteLine(await importer.ImportResidentsFromFileAsync(city.Id, "residents.csv"));
Console.WriteLine(await importer.ImportCouncilRostersFromFileAsync(city.Id, "councils.csv"));
// Council coverage on National Councils Day 1403, computed from the stored records.
var c = CouncilCoverage.Compute(await db.Neighbourhoods.ToListAsync(), await db.Councils.ToListAsync(), PersianDates.FromSolarHijri(1403, 2, 9));
Console.WriteLine($"{c.NeighbourhoodCount} neighbourhoods, {c.WithActiveCouncil} with an active council, {c.WithWomensCouncil} with a women's council, {c.CouncilMembers + c.WomensCouncilMembers} members, {c.SeatsVacant} seats vacant");
