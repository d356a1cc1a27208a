using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using RazorDemo.Identity;

namespace RazorDemo.Channels;

/// <summary>
/// The demo residents' phone numbers (only with <c>Demo:Accounts</c> = <c>demo</c>): the two resident accounts and
/// twenty adults of the first neighbourhood, so that the phone page has residents to be.
/// </summary>
public static class DemoPhones
{
    /// <summary>The first resident account's phone (Persian screens).</summary>
    public const string Resident1 = "+989130000001";

    /// <summary>The second resident account's phone (English screens).</summary>
    public const string Resident2 = "+989130000002";

    /// <summary>How many neighbours of the first neighbourhood get a number.</summary>
    public const int Neighbours = 20;

    /// <summary>The numbers the phone page offers: the two accounts' first, then the neighbours' (when the neighbourhood has that many adults).</summary>
    public static IReadOnlyList<string> All { get; } = [Resident1, Resident2, .. Enumerable.Range(0, Neighbours).Select(Neighbour)];

    /// <summary>The number of the neighbour at a position, from 0.</summary>
    public static string Neighbour(int i) => $"+9891300001{i:D2}";

    /// <summary>Registers the numbers, once; called when the demo database is prepared.</summary>
    public static async Task SeedAsync(IServiceProvider services, MunicipalityId home, Resident resident1, Resident resident2, ParticipatoryGovernance.Neighbourhoods.NeighbourhoodId neighbourhood, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(resident1);
        ArgumentNullException.ThrowIfNull(resident2);
        ArgumentNullException.ThrowIfNull(log);
        await using var scope = services.CreateAsyncScope();
        if (!scope.ServiceProvider.GetRequiredService<DemoAccountOptions>().OffersDemoAccounts)
        {
            return;
        }

        var directory = scope.ServiceProvider.GetRequiredService<IPhoneDirectory>();
        var phones = new List<PhoneResident>
        {
            new(Resident1, home, resident1.Id, "fa"),
            new(Resident2, home, resident2.Id, "en"),
        };
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var others = await context.Set<Resident>().AsNoTracking()
            .Where(r => r.NeighbourhoodId == neighbourhood && r.IsActiveCitizen && r.Id != resident1.Id && r.Id != resident2.Id)
            .OrderBy(r => r.Id).Take(Neighbours).ToListAsync();
        phones.AddRange(others.Select((r, i) => new PhoneResident(Neighbour(i), home, r.Id, "fa")));

        var added = 0;
        foreach (var entry in phones)
        {
            if (await directory.FindAsync(entry.PhoneNumber) is null)
            {
                await directory.SetAsync(entry);
                added++;
            }
        }

        if (added > 0)
        {
            await log.WriteLineAsync($"Registered {added} demo phone numbers for the USSD and SMS simulator (/Phone).");
        }
    }
}
