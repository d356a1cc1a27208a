using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Workload;
using RazorDemo.Identity;

namespace RazorDemo.Data;

/// <summary>
/// Prepares the demo's databases at start-up: the model's schema is migrated (the demo asks for it; the library never
/// migrates on its own), Rafsanjan is generated on the first run, and the demo accounts are created and linked to the
/// generated people.
/// </summary>
public static class DemoDatabase
{
    /// <summary>The seed of the generated city: the same people and records on every machine.</summary>
    public const int Seed = 1403_02_09;

    public static async Task PrepareAsync(IServiceProvider services, TextWriter log)
    {
        // On PostgreSQL, nodes starting together take turns: one generates the city, the others find it (issue #18).
        await using var exclusive = await RazorDemo.Hosting.DemoStorage.PrepareExclusivelyAsync(services);
        await services.MigrateParticipatoryGovernanceDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        if (!await context.Set<Municipality>().AnyAsync())
        {
            await log.WriteLineAsync("First run: generating Rafsanjan's model (50 neighbourhoods, 2,140 ideas, the youth-mayor campaign)…");
            var bar = new ConsoleProgressBar(log);
            var counts = await CityGenerator.GenerateAsync(CityProfile.Rafsanjan, Seed, new EntityFrameworkCityWriter(services), bar);
            bar.Complete();
            await log.WriteLineAsync($"Seeded {counts}.");
        }

        await DemoYouthCampaign.PrepareAsync(services, log);
        await DemoBudgetingRound.PrepareAsync(services, log);
        var identity = scope.ServiceProvider.GetRequiredService<DemoIdentityDbContext>();
        await RazorDemo.Hosting.DemoStorage.EnsureAccountsCreatedAsync(identity);
        var home = (await context.Set<Municipality>().AsNoTracking().ToListAsync()).First(m => !DemoSecondCity.IsSecondCity(m)).Id;
        var firstNeighbourhood = await context.Set<Neighbourhood>().Where(n => n.MunicipalityId == home).OrderBy(n => n.Number).FirstAsync();
        var adults = await context.Set<Resident>()
            .Where(r => r.NeighbourhoodId == firstNeighbourhood.Id && r.IsActiveCitizen)
            .OrderBy(r => r.Id)
            .Take(20)
            .ToListAsync();
        var today = RafsanjanPreset.UnveiledOn;
        var woman = adults.First(r => r.Gender == Gender.Female && !r.IsMinorOn(today));
        var man = adults.First(r => r.Gender == Gender.Male && !r.IsMinorOn(today));
        var teen = await DemoYouthCampaign.TeenagerAsync(context) is { } teenId ? await context.Set<Resident>().FindAsync(teenId) : null;
        var youthMayor = await DemoYouthCampaign.YouthMayorAsync(context) is { } mayorId ? await context.Set<Resident>().FindAsync(mayorId) : null;
        // The demo accounts only with Demo:Accounts=demo, and the configured administrator (DemoAccountOptions, issue #18).
        await DemoAccounts.EnsureCreatedAsync(
            scope.ServiceProvider,
            (account, user) =>
            {
                if (account.Email == DemoAccounts.All[0].Email)
                {
                    user.ResidentId = woman.Id.Value;
                    user.DisplayName = woman.Name.ToString();
                }
                else if (account.Email == DemoAccounts.All[1].Email)
                {
                    user.ResidentId = man.Id.Value;
                    user.DisplayName = man.Name.ToString();
                }
                else if (account.Email == "teen@demo.rafsanjan" && teen is not null)
                {
                    user.ResidentId = teen.Id.Value;
                    user.DisplayName = teen.Name.ToString();
                }
                else if (account.Role is DemoRoles.YouthMayor && youthMayor is not null)
                {
                    user.ResidentId = youthMayor.Id.Value;
                    user.DisplayName = youthMayor.Name.ToString();
                }
                else if (account.Role is DemoRoles.NeighbourhoodMayor or DemoRoles.MeetingSecretary)
                {
                    user.NeighbourhoodId = firstNeighbourhood.Id.Value;
                }

                return Task.CompletedTask;
            });
        await DemoLoadAccounts.EnsureCreatedAsync(services, home, log);
        await RazorDemo.Channels.DemoPhones.SeedAsync(services, home, woman, man, firstNeighbourhood.Id, log);

        // The second city, which elects its youth mayors, and its accounts' links (DemoAccounts lists them).
        await DemoSecondCity.PrepareAsync(services, log);
    }
}
