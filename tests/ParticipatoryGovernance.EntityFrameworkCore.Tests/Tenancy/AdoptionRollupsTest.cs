using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore.Reporting;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using static ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport.YouthMayorScenario;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Tenancy;

/// <summary>
/// The national roll-up of adoption progress read from the database, on both databases: each city's progress equals
/// what <see cref="AdoptionProgress.Compute(Municipality, IEnumerable{Neighbourhood}, IEnumerable{Council}, IEnumerable{YouthMayorCampaign}, LocalDate)"/>
/// gives from its loaded records, and the province and national totals are their sums.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed class AdoptionRollupsTest(DatabaseFixture fixture)
{
    private static readonly LocalDate AsOf = PersianDates.FromSolarHijri(1403, 3, 1);
    private static readonly LocalizedText Kerman = new("کرمان", "Kerman");
    private static readonly LocalizedText Yazd = new("یزد", "Yazd");

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Rollup_GivesEachCitysProgressAsComputedFromItsRecords_AndSumsThemByProvinceAndNationally(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var cities = new List<StoredCity>
        {
            await StoreCityAsync(database, "Rafsanjan", Kerman, neighbourhoods: 3, mayors: 3, councils: 2, womensCouncils: 1, youthMayors: true),
            await StoreCityAsync(database, "Baghestan", Kerman, neighbourhoods: 4, mayors: 1, councils: 0, womensCouncils: 0, youthMayors: false),
            await StoreCityAsync(database, "Ardakan", Yazd, neighbourhoods: 2, mayors: 2, councils: 2, womensCouncils: 2, youthMayors: true),
            await StoreCityAsync(database, "Nowhere", null, neighbourhoods: 1, mayors: 0, councils: 0, womensCouncils: 0, youthMayors: false),
        };

        await using var db = database.CreateContext();
        var rollup = await new AdoptionRollups(db).ReadAsync(AsOf);

        rollup.AsOf.Should().Be(AsOf);
        rollup.Provinces.Select(p => p.Province?.English).Should().Equal("Kerman", "Yazd", null);
        var byId = rollup.Provinces.SelectMany(p => p.Cities).ToDictionary(c => c.MunicipalityId);
        byId.Should().HaveCount(4);
        foreach (var city in cities)
        {
            var expected = AdoptionProgress.Compute(city.Municipality, city.Neighbourhoods, city.Councils, city.Campaigns, AsOf);
            byId[city.Municipality.Id].Progress.Shares.Should().BeEquivalentTo(expected.Shares, o => o.WithStrictOrdering(), city.Municipality.Name.English);
            byId[city.Municipality.Id].Progress.Launched.Should().BeEquivalentTo(expected.Launched);
        }

        var kerman = rollup.Provinces[0];
        kerman.Cities.Select(c => c.Name.English).Should().Equal("Baghestan", "Rafsanjan");
        kerman.Totals.Cities.Should().Be(2);
        kerman.Totals[AdoptionMeasure.NeighbourhoodMayors].Should().Be(new AdoptionShare(AdoptionMeasure.NeighbourhoodMayors, 4, 7, true));
        kerman.Totals[AdoptionMeasure.NeighbourhoodCouncils].Should().Be(new AdoptionShare(AdoptionMeasure.NeighbourhoodCouncils, 2, 7, true));
        kerman.Totals[AdoptionMeasure.WomensCouncils].Should().Be(new AdoptionShare(AdoptionMeasure.WomensCouncils, 1, 7, true));
        kerman.Totals[AdoptionMeasure.YouthMayors].Should().Be(new AdoptionShare(AdoptionMeasure.YouthMayors, 1, 7, true), "Rafsanjan's North has both its youth mayors");
        kerman.Totals[AdoptionMeasure.PhasesLaunched].Should().Be(new AdoptionShare(AdoptionMeasure.PhasesLaunched, 10, 10, true));
        rollup.Provinces[1].Totals.CompleteCities.Should().Be(0, "Ardakan's youth mayors are in one neighbourhood of two");
        rollup.National.Cities.Should().Be(4);
        rollup.National[AdoptionMeasure.NeighbourhoodMayors].Should().Be(new AdoptionShare(AdoptionMeasure.NeighbourhoodMayors, 6, 10, true));
        rollup.National[AdoptionMeasure.NeighbourhoodCouncils].Should().Be(new AdoptionShare(AdoptionMeasure.NeighbourhoodCouncils, 4, 10, true));
        rollup.National[AdoptionMeasure.PhasesLaunched].Should().Be(new AdoptionShare(AdoptionMeasure.PhasesLaunched, 20, 20, true));
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task Rollup_OfAnEmptyDatabase_HasNoProvincesAndZeroTotals(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        await using var db = database.CreateContext();

        var rollup = await new AdoptionRollups(db).ReadAsync(AsOf);

        rollup.Provinces.Should().BeEmpty();
        rollup.National.Cities.Should().Be(0);
        rollup.National.Shares.Should().OnlyContain(s => s.Done == 0 && s.Of == 0);
    }

    private static async Task<StoredCity> StoreCityAsync(TestDatabase database, string name, LocalizedText? province, int neighbourhoods, int mayors, int councils, int womensCouncils, bool youthMayors)
    {
        var charter = RafsanjanPreset.Charter with { YouthMayorSelection = YouthMayorSelection.Election };
        var municipality = Municipality.Create(MunicipalityId.New(), new LocalizedText(name, name), charter, province).Value;
        foreach (var phase in ProgrammePhases.All)
        {
            municipality.LaunchPhase(phase, PersianDates.FromSolarHijri(1401, 1, 1)).ThrowIfFailed();
        }

        var list = Enumerable.Range(1, neighbourhoods).Select(n => Build.Neighbourhood(municipality.Id, n)).ToList();
        foreach (var neighbourhood in list.Take(mayors))
        {
            neighbourhood.AppointMayor(World.MayorOf(neighbourhood.Number)).ThrowIfFailed();
        }

        var residents = new List<Resident>();
        var formed = new List<Council>();
        var formedOn = PersianDates.FromSolarHijri(1402, 6, 1);
        foreach (var (kind, count) in new[] { (CouncilKind.Neighbourhood, councils), (CouncilKind.Women, womensCouncils) })
        {
            foreach (var neighbourhood in list.Take(count))
            {
                var members = Enumerable.Range(0, 5).Select(i => Build.Resident(neighbourhood.Id, "عضو", $"{kind} {i}", Gender.Female, 1360, 1, 1)).ToList();
                residents.AddRange(members);
                var assessor = new ActiveCitizenAssessor(municipality.Charter);
                var held = Enumerable.Range(1, 6).Select(i => new HeldMeeting(Guid.CreateVersion7(), formedOn.PlusMonths(-i))).ToList();
                assessor.AssessNeighbourhood(members, members.SelectMany(m => held.Take(3).Select(h => new Participation(m.Id, neighbourhood.Id, ParticipationKind.MeetingAttended, h.HeldOn, h.MeetingId))), held, formedOn);
                var council = Council.Form(CouncilId.New(), municipality, neighbourhood, kind, formedOn, formedOn.PlusYears(4).PlusDays(-1), formed).Value;
                council.Appoint(members[0], CouncilRole.Chair, formedOn).ThrowIfFailed();
                council.Appoint(members[1], CouncilRole.Secretary, formedOn).ThrowIfFailed();
                foreach (var member in members.Skip(2))
                {
                    council.Appoint(member, CouncilRole.Member, formedOn).ThrowIfFailed();
                }

                council.Activate(formedOn.PlusDays(1)).ThrowIfFailed();
                formed.Add(council);
            }
        }

        var campaigns = new List<YouthMayorCampaign>();
        if (youthMayors)
        {
            // The first neighbourhood's boy and girl youth mayors, chosen by election in a campaign with a mayor appointed.
            var campaign = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), municipality, new LocalizedText("شهردارشو", "Become a mayor"), CallOpens, CallCloses).Value;
            var north = list[0];
            var boy = Build.Resident(north.Id, "پسر", "نامزد", Gender.Male, 1385, 6, 15);
            var girl = Build.Resident(north.Id, "دختر", "نامزد", Gender.Female, 1386, 6, 15);
            residents.AddRange([boy, girl]);
            var boyApplication = campaign.Apply(boy, north, ApplyOn, Consent(CallOpens)).Value;
            var girlApplication = campaign.Apply(girl, north, ApplyOn, Consent(CallOpens)).Value;
            campaign.AdvanceTo(CampaignStage.Shortlisting, ShortlistOn).ThrowIfFailed();
            campaign.Shortlist(boyApplication, ShortlistOn).ThrowIfFailed();
            campaign.Shortlist(girlApplication, ShortlistOn).ThrowIfFailed();
            campaign.AdvanceTo(CampaignStage.Selection, SelectionOn).ThrowIfFailed();
            foreach (var (seat, candidate) in new[] { (Gender.Male, boy), (Gender.Female, girl) })
            {
                var election = campaign.CallElection(YouthMayorElectionId.New(), north, seat, SelectionOn, SelectionOn.PlusDays(1)).Value;
                election.CastBallot(candidate, candidate.Id, null, SelectionOn).ThrowIfFailed();
                election.Count(SelectionOn.PlusDays(1)).ThrowIfFailed();
                campaign.DeclareElected(election, SelectionOn.PlusDays(1)).ThrowIfFailed();
            }

            campaigns.Add(campaign);
        }

        await using var db = database.CreateContext();
        db.Add(municipality);
        db.AddRange(list);
        db.AddRange(residents);
        db.AddRange(formed);
        db.AddRange(campaigns);
        await db.SaveChangesAsync();
        return new StoredCity(municipality, list, formed, campaigns);
    }

    private sealed record StoredCity(Municipality Municipality, List<Neighbourhood> Neighbourhoods, List<Council> Councils, List<YouthMayorCampaign> Campaigns);
}
