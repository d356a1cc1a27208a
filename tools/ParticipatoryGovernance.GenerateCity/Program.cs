using System.Globalization;
using ParticipatoryGovernance.Workload;

// dotnet run -c Release --project tools/ParticipatoryGovernance.GenerateCity -- \
//     --size rafsanjan|large|<factor> --seed N --provider sqlite|postgres --connection "..."
const string Usage = """
    Generates a city into an empty database, deterministically from the seed.
      --size        rafsanjan | large | a factor of the large city (0.1 = a tenth)   default rafsanjan
      --seed        an integer                                                   default 1403
      --provider    sqlite | postgres                                            default sqlite
      --connection  the connection string (a SQLite file is created if missing; a PostgreSQL database must exist)
    """;

string? size = "rafsanjan", provider = "sqlite", connection = null;
var seed = 1403;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--size": size = value; i++; break;
        case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed): i++; break;
        case "--provider": provider = value; i++; break;
        case "--connection": connection = value; i++; break;
        case "-h" or "--help": Console.WriteLine(Usage); return 0;
        default: return Fail($"Unknown or malformed argument '{args[i]}'.");
    }
}

CityStorage storage;
switch (provider)
{
    case "sqlite": storage = CityStorage.Sqlite; break;
    case "postgres": storage = CityStorage.Postgres; break;
    default: return Fail($"Unknown provider '{provider}'.");
}

if (string.IsNullOrWhiteSpace(connection))
{
    return Fail("--connection is required.");
}

CityProfile profile;
try
{
    profile = CityProfile.ForSize(size ?? string.Empty);
}
catch (ArgumentException e)
{
    return Fail(e.Message);
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Generating {profile.Key} (seed {seed}): {profile.Neighbourhoods:N0} neighbourhoods, {profile.Residents:N0} residents, {profile.Ideas:N0} ideas, {profile.Endorsements:N0} endorsements into {storage}."));
var bar = new ConsoleProgressBar();
var report = await CityDatabase.LoadAsync(storage, connection, profile, seed, bar, cancel.Token);
bar.Complete();
Console.WriteLine(report.Counts);
foreach (var (table, rows) in report.Rows)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-32} {rows,12:N0}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{report.TotalRows:N0} rows in {report.Elapsed.TotalSeconds:N1} s: {report.RowsPerSecond:N0} rows/s (generation included)."));
return 0;

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    Console.Error.WriteLine(Usage);
    return 2;
}
