using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Workload;

/// <summary>The generator's database load (<see cref="CityDatabase"/>): the requested counts end up as rows, on both databases.</summary>
[Collection(DatabaseTests.Name)]
public class CityDatabaseTest(DatabaseFixture fixture)
{
    private static readonly CityProfile Town = CityProfile.Rafsanjan with
    {
        Key = "town",
        Neighbourhoods = 4,
        Residents = 700,
        NeighbourhoodCouncils = 3,
        WomensCouncils = 2,
        MeetingsBeforeCouncils = 4,
        MeetingsAfterCouncils = 2,
        AgendaItemsPerMeeting = 2,
        Ideas = 130,
        Endorsements = 1_300,
        IdeaBatchSize = 50,
        Campaign = new YouthCampaignProfile { Applicants = 30, Shortlisted = 20, InterviewSessions = 6, BoyYouthMayors = 3, GirlYouthMayors = 2 },
    };

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task LoadAsync_StoresTheRequestedCounts_ForASmallCity(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider, migrate: false);

        var report = await CityDatabase.LoadAsync(Storage(provider), database.ConnectionString, Town, seed: 7);

        report.Rows["neighbourhoods"].Should().Be(4);
        report.Rows["residents"].Should().Be(700);
        report.Rows["councils"].Should().Be(3 + 2);
        report.Rows["idea_endorsements"].Should().Be(1_300);
        report.Rows["neighbourhood_meetings"].Should().Be(4 * 6);
        report.Rows["youth_mayor_applications"].Should().Be(30);
        report.Rows["youth_interview_sessions"].Should().Be(6);
        report.Rows["youth_mayors"].Should().Be(3 + 2);
        report.Rows["citizen_ideas"].Should().Be(report.Counts.IdeaVersions);
        report.Rows["meeting_votes"].Should().Be(report.Counts.Votes);
        report.TotalRows.Should().Be(report.Rows.Values.Sum()).And.BeGreaterThan(700 + 1_300);
        await using var context = database.CreateContext();
        (await context.Set<CitizenIdea>().IgnoreAutoIncludes().CountAsync(i => i.Version == 1)).Should().Be(130);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task LoadAsync_Refuses_WhenTheDatabaseAlreadyHoldsAMunicipality(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var small = Town with { Ideas = 10, Endorsements = 20, Campaign = null, Residents = 200 };
        await CityDatabase.LoadAsync(Storage(provider), database.ConnectionString, small, seed: 7);

        var again = () => CityDatabase.LoadAsync(Storage(provider), database.ConnectionString, small, seed: 8);

        await again.Should().ThrowAsync<InvalidOperationException>().WithMessage("*already holds a municipality*");
        await using var context = database.CreateContext();
        (await context.Residents.CountAsync()).Should().Be(200);
    }

    private static CityStorage Storage(Provider provider) => provider == Provider.Sqlite ? CityStorage.Sqlite : CityStorage.Postgres;
}
