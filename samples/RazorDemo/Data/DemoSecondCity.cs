using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Reporting;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Workload;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Identity;

namespace RazorDemo.Data;

/// <summary>
/// The demo's second city, Baghestan (the fictional city of docs/adopting.md), beside Rafsanjan in the same database: a
/// small city generated on the first run on Baghestan's charter, which elects its youth mayors (the supplementary vote)
/// instead of having them chosen after interview. Its current campaign is at the selection stage with one election
/// decided (counted, the winner seated) and two whose polls are open now, so that the young residents of the demo's
/// accounts can vote. Dates are set from the city's today, as for Rafsanjan's current campaign.
/// </summary>
public static class DemoSecondCity
{
    /// <summary>The seed of the generated city: the same people on every machine.</summary>
    public const int Seed = 1390_07_01;

    /// <summary>The municipality's name, by which the demo tells it from the first city.</summary>
    public static LocalizedText Name { get; } = new("شهرداری باغستان", "Baghestan Municipality");

    /// <summary>Baghestan's charter, as docs/examples/baghestan/charter.json writes it: youth mayors elected by young residents.</summary>
    public const string CharterJson = """
        {
          "councilSeats": 5,
          "councilTermYears": 4,
          "councilMembersFromActiveCitizens": false,
          "hasWomensCouncils": true,
          "womensCouncilSeats": 5,
          "youthCohort": { "firstYear": 1390, "years": 10 },
          "youthAgeWindow": { "minimumAge": 12, "maximumAge": 18 },
          "youthMayorSelection": "election",
          "youthTeamSize": 5,
          "urbanFields": [
            { "key": "environment", "name": { "fa": "محیط زیست", "en": "Environment" } },
            { "key": "traffic", "name": { "fa": "ترافیک", "en": "Traffic" } },
            { "key": "education", "name": { "fa": "آموزش", "en": "Education" } },
            { "key": "water", "name": { "fa": "آب و قنات", "en": "Water and qanats" } }
          ],
          "ideas": { "supportThreshold": 50, "supportWindowDays": 60, "reportsToHide": 3 }
        }
        """;

    /// <summary>Neighbourhoods of the generated city.</summary>
    public const int Neighbourhoods = 3;

    /// <summary>Candidates who stand for each seat, at most.</summary>
    public const int CandidatesPerSeat = 3;

    /// <summary>The young voter accounts: residents of neighbourhood 1 inside the voter age window who have not voted yet.</summary>
    public static readonly string[] YoungVoterEmails = ["voter1@demo.baghestan", "voter2@demo.baghestan"];

    /// <summary>An adult resident of Baghestan: too old to vote for a youth mayor.</summary>
    public const string AdultEmail = "resident@demo.baghestan";

    /// <summary>Baghestan's municipal staff.</summary>
    public const string StaffEmail = "staff@demo.baghestan";

    /// <summary>Whether a municipality is this city.</summary>
    public static bool IsSecondCity(Municipality municipality) => municipality.Name == Name;

    /// <summary>Generates the city and its campaign on the first run, then links its demo accounts (once each).</summary>
    public static async Task PrepareAsync(IServiceProvider services, TextWriter log)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var today = PersianDates.TodayInCity(scope.ServiceProvider.GetRequiredService<IClock>());
        var city = await FindAsync(context);
        if (city is null)
        {
            await log.WriteLineAsync("First run: generating Baghestan, the second city, whose young residents elect their youth mayors…");
            var counts = await CityGenerator.GenerateAsync(Profile(today), Seed, new EntityFrameworkCityWriter(services));
            await log.WriteLineAsync($"Seeded Baghestan: {counts}.");
            city = (await FindAsync(context))!;
        }

        await SeedCampaignAsync(context, city, today, log);
        await LinkAccountsAsync(scope.ServiceProvider, context, city, today);
    }

    /// <summary>The generated city's shape: three neighbourhoods on Baghestan's charter, its records dated up to today.</summary>
    public static CityProfile Profile(LocalDate today) => new()
    {
        Key = "baghestan",
        Name = Name,
        Province = new LocalizedText("کرمان", "Kerman"),
        Charter = GovernanceCharterJson.Deserialize(CharterJson).Value,
        PhaseLaunches =
        [
            new(ProgrammePhase.CitizenIdeas, PersianDates.FromSolarHijri(1403, 1, 1)),
            new(ProgrammePhase.NeighbourhoodCentredManagement, PersianDates.FromSolarHijri(1403, 1, 1)),
            new(ProgrammePhase.NeighbourhoodCouncils, PersianDates.FromSolarHijri(1403, 7, 1)),
            new(ProgrammePhase.WomensCouncils, PersianDates.FromSolarHijri(1403, 7, 1)),
            new(ProgrammePhase.YouthMayors, PersianDates.FromSolarHijri(1404, 1, 1)),
        ],
        AsOf = today,
        NeighbourhoodMayorsAppointedOn = PersianDates.FromSolarHijri(1403, 1, 15),
        Neighbourhoods = Neighbourhoods,
        Residents = 600,
        NeighbourhoodCouncils = Neighbourhoods,
        WomensCouncils = Neighbourhoods - 1,
        CouncilsFormedOn = PersianDates.FromSolarHijri(1403, 7, 1),
        CouncilTermEndsOn = PersianDates.FromSolarHijri(1407, 6, 31),
        Ideas = 24,
        Endorsements = 120,
        FirstIdeaMonth = new SolarHijriMonth(1403, 1),
        LastIdeaMonth = SolarHijriMonth.Of(today),
    };

    private static async Task<Municipality?> FindAsync(GovernanceDbContext context) =>
        (await context.Municipalities.AsNoTracking().ToListAsync()).Find(IsSecondCity);

    /// <summary>
    /// The campaign, once: the call, the shortlist (the candidates who stand), then the selection stage with a decided
    /// election for neighbourhood 1's boy seat (no majority in the first round, so the second preferences decide) and open
    /// polls for neighbourhood 1's girl seat and neighbourhood 2's boy seat.
    /// </summary>
    private static async Task SeedCampaignAsync(GovernanceDbContext context, Municipality municipality, LocalDate today, TextWriter log)
    {
        if (await context.YouthMayorCampaigns.IgnoreAutoIncludes().AnyAsync(c => c.MunicipalityId == municipality.Id))
        {
            return;
        }

        var charter = municipality.Charter;
        var callOpensOn = today.PlusDays(-60);
        var neighbourhoods = await context.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == municipality.Id).OrderBy(n => n.Number).ToListAsync();
        var ids = neighbourhoods.Select(n => n.Id).ToList();
        var residents = await context.Residents.AsNoTracking().Where(r => ids.Contains(r.NeighbourhoodId)).OrderBy(r => r.Id).ToListAsync();
        var year = PersianDates.ToSolarHijri(callOpensOn).Year;
        var campaign = YouthMayorCampaign.Open(
            YouthMayorCampaignId.New(),
            municipality,
            new LocalizedText($"انتخابات شهردار نوجوان باغستان {PersianDigits.Format(year)}", $"Baghestan youth mayor elections {year}"),
            callOpensOn,
            today.PlusDays(-45)).Value;

        // The candidates: teenagers of the cohort inside the age window on the day the call opened, a few of each gender
        // in the first two neighbourhoods. The young voters of the demo's accounts do not stand.
        var reserved = YoungVoters(residents, neighbourhoods[0], charter, today).Take(YoungVoterEmails.Length).Select(r => r.Id).ToHashSet();
        var applied = new List<YouthMayorApplicationId>();
        var i = 0;
        foreach (var neighbourhood in neighbourhoods.Take(2))
        {
            var applicants = residents
                .Where(r => r.NeighbourhoodId == neighbourhood.Id && !reserved.Contains(r.Id)
                    && r.BelongsTo(charter.YouthCohort) && charter.YouthAgeWindow.Contains(r.AgeOn(callOpensOn)))
                .GroupBy(r => r.Gender)
                .SelectMany(g => g.Take(CandidatesPerSeat));
            foreach (var applicant in applicants)
            {
                var on = callOpensOn.PlusDays(1 + (i % 10));
                var consent = applicant.IsMinorOn(callOpensOn, charter.AgeOfMajority)
                    ? new GuardianConsent(new PersonName(GuardianNames[i % GuardianNames.Length], applicant.Name.FamilyName), GuardianRelationship.Parent, on.PlusDays(-1))
                    : null;
                applied.Add(campaign.Apply(applicant, neighbourhood, on, consent).Value);
                i++;
            }
        }

        campaign.AdvanceTo(CampaignStage.Shortlisting, today.PlusDays(-40)).ThrowIfFailed();
        foreach (var id in applied)
        {
            campaign.Shortlist(id, today.PlusDays(-38)).ThrowIfFailed();
        }

        campaign.AdvanceTo(CampaignStage.Selection, today.PlusDays(-30)).ThrowIfFailed();

        // Decided: neighbourhood 1's boy seat, polled three weeks ago, counted and its winner seated.
        var decided = campaign.CallElection(YouthMayorElectionId.New(), neighbourhoods[0], Gender.Male, today.PlusDays(-25), today.PlusDays(-18)).Value;
        var voters = Voters(residents, neighbourhoods[0], decided).ToList();
        var candidates = decided.Candidates.Select(c => c.ResidentId).ToList();
        for (var v = 0; v < voters.Count; v++)
        {
            var (first, second) = DecidedBallot(v * 20 / voters.Count, candidates);
            decided.CastBallot(voters[v], first, second, today.PlusDays(-20)).ThrowIfFailed();
        }

        decided.Count(today.PlusDays(-17)).ThrowIfFailed();
        campaign.DeclareElected(decided, today.PlusDays(-16)).ThrowIfFailed();

        // Open now: neighbourhood 1's girl seat, half its voters have voted (never the demo's young voters), and
        // neighbourhood 2's boy seat, with a few ballots.
        var open = campaign.CallElection(YouthMayorElectionId.New(), neighbourhoods[0], Gender.Female, today.PlusDays(-3), today.PlusDays(10)).Value;
        var girls = open.Candidates.Select(c => c.ResidentId).ToList();
        var early = Voters(residents, neighbourhoods[0], open).Where(r => !reserved.Contains(r.Id)).ToList();
        for (var v = 0; v < early.Count / 2; v++)
        {
            open.CastBallot(early[v], girls[v % girls.Count], girls.Count > 1 ? girls[(v + 1) % girls.Count] : null, today.PlusDays(-2)).ThrowIfFailed();
        }

        var other = campaign.CallElection(YouthMayorElectionId.New(), neighbourhoods[1], Gender.Male, today.PlusDays(-3), today.PlusDays(10)).Value;
        var boys = other.Candidates.Select(c => c.ResidentId).ToList();
        var secondVoters = Voters(residents, neighbourhoods[1], other).ToList();
        for (var v = 0; v < secondVoters.Count / 3; v++)
        {
            other.CastBallot(secondVoters[v], boys[v % boys.Count], null, today.PlusDays(-1)).ThrowIfFailed();
        }

        campaign.ClearDomainEvents();
        foreach (var election in new[] { decided, open, other })
        {
            election.ClearDomainEvents();
            context.Add(election);
        }

        context.YouthMayorCampaigns.Add(campaign);
        await context.SaveChangesAsync();
        await log.WriteLineAsync(
            $"Seeded Baghestan's youth-mayor elections: {applied.Count} candidates, one election decided ({decided.BallotsCast} ballots), two polls open until {PersianDates.FormatLatin(open.PollClosesOn)}.");
    }

    /// <summary>
    /// A ballot of the decided election, by the voter's place in twentieths of the voters: of every 20, 8 put the first candidate first, 7 the second
    /// and 5 the third, whose second preferences go 3 to the second candidate, 1 to the first and 1 nowhere; so nobody has
    /// a majority, and the transfers decide.
    /// </summary>
    private static (ResidentId First, ResidentId? Second) DecidedBallot(int twentieth, List<ResidentId> candidates)
    {
        if (candidates.Count == 1)
        {
            return (candidates[0], null);
        }

        var a = candidates[0];
        var b = candidates[1];
        var c = candidates.Count > 2 ? candidates[2] : candidates[1];
        return twentieth switch
        {
            < 8 => (a, twentieth % 2 == 0 ? b : null),
            < 15 => (b, a),
            < 18 when c != b => (c, b),
            18 when c != b => (c, a),
            _ when c != b => (c, null),
            _ => (b, null),
        };
    }

    /// <summary>The residents of the neighbourhood who may vote in the election: inside its voter age window on the day the poll opens.</summary>
    private static IEnumerable<Resident> Voters(IEnumerable<Resident> residents, Neighbourhood neighbourhood, YouthMayorElection election) =>
        residents.Where(r => r.NeighbourhoodId == neighbourhood.Id && election.VoterAgeWindow.Contains(r.AgeOn(election.PollOpensOn)));

    /// <summary>Young voters for the demo's accounts: teenagers of neighbourhood 1 (under 18), by id.</summary>
    private static IEnumerable<Resident> YoungVoters(IEnumerable<Resident> residents, Neighbourhood neighbourhood, GovernanceCharter charter, LocalDate today) =>
        residents.Where(r => r.NeighbourhoodId == neighbourhood.Id
            && charter.YouthMayors.VoterAgeWindow.Contains(r.AgeOn(today.PlusDays(-3)))
            && r.AgeOn(today) is >= 13 and < 18
            && !(r.BelongsTo(charter.YouthCohort) && charter.YouthAgeWindow.Contains(r.AgeOn(today.PlusDays(-60)))));

    /// <summary>
    /// Links the city's demo accounts, once: the young voters and the adult to residents of neighbourhood 1, and every
    /// account of the city to it by a claim (<see cref="DemoCity.MunicipalityClaim"/>), which is how an account with no
    /// resident, such as the city's staff, belongs to it.
    /// </summary>
    private static async Task LinkAccountsAsync(IServiceProvider services, GovernanceDbContext context, Municipality municipality, LocalDate today)
    {
        var users = services.GetRequiredService<UserManager<DemoUser>>();
        var first = await context.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == municipality.Id).OrderBy(n => n.Number).FirstAsync();
        var residents = await context.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == first.Id).OrderBy(r => r.Id).ToListAsync();
        var young = YoungVoters(residents, first, municipality.Charter, today).ToList();
        var adult = residents.First(r => r.AgeOn(today) > municipality.Charter.YouthMayors.VoterAgeWindow.MaximumAge + 2);
        var links = new Dictionary<string, Resident?>(StringComparer.OrdinalIgnoreCase) { [AdultEmail] = adult, [StaffEmail] = null };
        for (var i = 0; i < YoungVoterEmails.Length && i < young.Count; i++)
        {
            links[YoungVoterEmails[i]] = young[i];
        }

        var claim = municipality.Id.Value.ToString();
        foreach (var (email, resident) in links)
        {
            if (await users.FindByEmailAsync(email) is not { } user)
            {
                continue;
            }

            if (resident is not null && user.ResidentId is null)
            {
                user.ResidentId = resident.Id.Value;
                user.DisplayName = resident.Name.ToString();
                Check(await users.UpdateAsync(user), email);
            }

            var claims = await users.GetClaimsAsync(user);
            if (!claims.Any(c => c.Type == DemoCity.MunicipalityClaim))
            {
                Check(await users.AddClaimAsync(user, new Claim(DemoCity.MunicipalityClaim, claim)), email);
            }
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not link the demo's {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static readonly string[] GuardianNames = ["رضا", "سمیه", "مهدی", "نرگس", "جواد", "لیلا"];
}
