using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using RazorDemo.Identity;

namespace RazorDemo.Data;

/// <summary>
/// Accounts for load runs (issue #18, eng/load.cs): <c>Demo:LoadAccounts=N</c> creates load1..loadN@demo.rafsanjan, each a
/// resident account with the demo password linked to a different adult resident of the home city, so that N signed-in
/// residents can endorse ideas and cast ballots at once. Only where the demo accounts exist (<c>Demo:Accounts=demo</c>,
/// the default outside Production): a site without published accounts gets no load accounts either.
/// </summary>
public static class DemoLoadAccounts
{
    /// <summary>The most accounts one start creates; a larger number is refused rather than silently cut.</summary>
    public const int Maximum = 100_000;

    /// <summary>The email of load account <paramref name="number"/> (1-based).</summary>
    public static string Email(int number) => $"load{number}@demo.rafsanjan";

    /// <summary>
    /// How many load accounts the configuration asks for: Demo:LoadAccounts, or 0 when it is absent or the demo accounts are
    /// off (Demo:Accounts other than demo; its default is none in Production, demo elsewhere).
    /// </summary>
    /// <exception cref="InvalidOperationException">Demo:LoadAccounts is not a number from 0 to <see cref="Maximum"/>.</exception>
    public static int Requested(IConfiguration configuration, IHostEnvironment environment)
    {
        var text = configuration["Demo:LoadAccounts"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count > Maximum)
        {
            throw new InvalidOperationException($"Demo:LoadAccounts '{text}' is not a number of accounts from 0 to {Maximum}.");
        }

        var accounts = configuration["Demo:Accounts"] ?? (environment.IsProduction() ? "none" : "demo");
        return string.Equals(accounts.Trim(), "demo", StringComparison.OrdinalIgnoreCase) ? count : 0;
    }

    /// <summary>Creates the configured load accounts that do not exist yet (<see cref="Requested"/>); nothing when none are asked for.</summary>
    public static async Task EnsureCreatedAsync(IServiceProvider services, MunicipalityId home, TextWriter log)
    {
        var count = Requested(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
        if (count > 0)
        {
            await CreateAsync(services, home, count, log);
        }
    }

    /// <summary>Creates load1..load<paramref name="count"/> where missing; returns how many were created.</summary>
    public static async Task<int> CreateAsync(IServiceProvider services, MunicipalityId home, int count, TextWriter log)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>();
        var missing = new List<int>();
        for (var number = 1; number <= count; number++)
        {
            if (await users.FindByEmailAsync(Email(number)) is null)
            {
                missing.Add(number);
            }
        }

        if (missing.Count == 0)
        {
            return 0;
        }

        // Residents no account is linked to yet, adults today, in a stable order (the same people on every run).
        var identity = scope.ServiceProvider.GetRequiredService<DemoIdentityDbContext>();
        var linked = (await identity.Users.Where(u => u.ResidentId != null).Select(u => u.ResidentId!.Value).ToListAsync()).ToHashSet();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var neighbourhoods = await context.Set<Neighbourhood>().Where(n => n.MunicipalityId == home).Select(n => n.Id).ToListAsync();
        var today = ParticipatoryGovernance.Calendar.PersianDates.TodayInCity(scope.ServiceProvider.GetRequiredService<NodaTime.IClock>());
        var residents = new List<Resident>();
        var skip = 0;
        while (residents.Count < missing.Count)
        {
            var page = await context.Set<Resident>().AsNoTracking()
                .Where(r => neighbourhoods.Contains(r.NeighbourhoodId))
                .OrderBy(r => r.Id)
                .Skip(skip)
                .Take(1000)
                .ToListAsync();
            if (page.Count == 0)
            {
                throw new InvalidOperationException($"Demo:LoadAccounts={count}: the home city has only {residents.Count} adult residents without an account for {missing.Count} new load accounts.");
            }

            skip += page.Count;
            residents.AddRange(page.Where(r => !r.IsMinorOn(today) && !linked.Contains(r.Id.Value)).Take(missing.Count - residents.Count));
        }

        // One password hash for all: hashing is deliberately slow, and the hasher's output verifies for any account.
        var hash = users.PasswordHasher.HashPassword(new DemoUser(), DemoAccounts.Password);
        await log.WriteLineAsync($"Creating {missing.Count} load accounts ({Email(missing[0])} …)…");
        for (var i = 0; i < missing.Count; i++)
        {
            var email = Email(missing[i]);
            var user = new DemoUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = residents[i].Name.ToString(),
                ResidentId = residents[i].Id.Value,
                PasswordHash = hash,
            };
            Check(await users.CreateAsync(user), email);
            Check(await users.AddToRoleAsync(user, DemoRoles.Resident), email);
        }

        return missing.Count;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the load account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
