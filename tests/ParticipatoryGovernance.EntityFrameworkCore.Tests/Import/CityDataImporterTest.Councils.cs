using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore.Import;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Import;

public partial class CityDataImporterTest
{
    private const string RosterHeader = "neighbourhood,council,role,given_name,family_name,birth_date,seated_on,term_ends_on";

    private static readonly string SittingCouncil = string.Join('\n',
        RosterHeader,
        "1,neighbourhood,member,علی,رضایی,1358/11/02,1402/07/10,1406/06/31",
        "1,neighbourhood,chair,زهرا,احمدی,1360/05/10,1402/07/01,1406/06/31",
        "1,neighbourhood,secretary,مریم,کریمی,1365/01/20,1402/07/01,1406/06/31",
        "1,women,chair,زهرا,احمدی,1360/05/10,1402/08/01,1406/06/31",
        string.Empty);

    [Fact]
    public async Task ImportCouncilRostersAsync_FormsCouncilsSeatsMembersAndActivatesThoseReady()
    {
        var city = await ImportScenario.CreateAsync(fixture, RafsanjanPreset.Charter with { CouncilMembersFromActiveCitizens = false, CouncilSeats = 5 });
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        await city.ResidentsAsync(Files.FiveResidents);

        var report = await city.CouncilsAsync(SittingCouncil);

        report.IsComplete.Should().BeTrue(report.ToString());
        report.RowsWritten.Should().Be(4);
        await using var db = city.Database.CreateContext();
        var councils = await db.Councils.OrderBy(c => c.Kind).ToListAsync();
        councils.Should().HaveCount(2);
        var council = councils[0];
        council.Kind.Should().Be(CouncilKind.Neighbourhood);
        council.FormedOn.Should().Be(PersianDates.FromSolarHijri(1402, 7, 1), "a council is formed on its earliest seat date");
        council.CurrentTerm.EndsOn.Should().Be(PersianDates.FromSolarHijri(1406, 6, 31));
        council.CurrentMembers.Select(m => m.Role).Should().BeEquivalentTo([CouncilRole.Chair, CouncilRole.Secretary, CouncilRole.Member]);
        council.Status.Should().Be(CouncilStatus.Active, "a chair and 3 of 5 seats are more than half");
        councils[1].Kind.Should().Be(CouncilKind.Women);
        councils[1].Status.Should().Be(CouncilStatus.Forming, "one of 7 seats is not enough to act");
        var coverage = CouncilCoverage.Compute(await db.Neighbourhoods.ToListAsync(), councils, PersianDates.FromSolarHijri(1403, 1, 1));
        (coverage.NeighbourhoodCount, coverage.WithActiveCouncil, coverage.WithWomensCouncil, coverage.CouncilMembers, coverage.WomensCouncilMembers)
            .Should().Be((3, 1, 0, 3, 1));
    }

    [Fact]
    public async Task ImportCouncilRostersAsync_AddsSeatsToACouncilAlreadyStored()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        await city.ResidentsAsync(Files.FiveResidents);
        (await city.CouncilsAsync(SittingCouncil)).IsComplete.Should().BeTrue();

        var report = await city.CouncilsAsync(RosterHeader + "\n1,محله,عضو,سارا,محمدی,۱۳۸۰/۰۳/۰۳,۱۴۰۳/۰۱/۱۵,۱۴۰۶/۰۶/۳۱\n");

        report.IsComplete.Should().BeTrue(report.ToString());
        await using var db = city.Database.CreateContext();
        (await db.Councils.CountAsync()).Should().Be(2);
        var council = await db.Councils.SingleAsync(c => c.Kind == CouncilKind.Neighbourhood);
        council.CurrentMembers.Should().HaveCount(4);
    }

    [Fact]
    public async Task ImportCouncilRostersAsync_ReportsTheModelsRefusal_AndWritesNothing()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        await city.ResidentsAsync(Files.FiveResidents);
        var roster = SittingCouncil + "1,بانوان,عضو,علی,رضایی,1358/11/02,1402/08/01,1406/06/31\n";

        var report = await city.CouncilsAsync(roster);

        report.Errors.Should().ContainSingle().Which.ShouldBe(6, null, "council.womens-council-members-are-women", "cannot sit on a women's council: its members are women");
        (await city.CountsAsync()).Councils.Should().Be(0);
    }

    [Fact]
    public async Task ImportCouncilRostersAsync_ReportsAMemberWhoIsNotAnActiveCitizen_WhenTheCharterNeedsOne()
    {
        var city = await ImportScenario.CreateAsync(fixture, RafsanjanPreset.Charter);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        await city.ResidentsAsync(Files.FiveResidents);

        var report = await city.CouncilsAsync(RosterHeader + "\n1,neighbourhood,chair,زهرا,احمدی,1360/05/10,1402/07/01,1406/06/31\n");

        report.Errors.Should().ContainSingle().Which.ShouldBe(2, null, "council.member-not-active-citizen", "is not among the neighbourhood's active citizens");
        (await city.CountsAsync()).Councils.Should().Be(0);
    }

    [Theory]
    [InlineData("1,neighbourhood,chair,زهرا,احمدی,1361/05/10,1402/07/01,1406/06/31", null, ImportRules.UnknownResident, "No resident named زهرا احمدی born 1361/05/10 is recorded in neighbourhood 1")]
    [InlineData("1,city,chair,زهرا,احمدی,1360/05/10,1402/07/01,1406/06/31", "council", ImportRules.UnknownValue, "write one of: neighbourhood, women")]
    [InlineData("1,neighbourhood,president,زهرا,احمدی,1360/05/10,1402/07/01,1406/06/31", "role", ImportRules.UnknownValue, "write one of: chair, deputy, secretary, member")]
    [InlineData("1,neighbourhood,member,علی,رضایی,1358/11/02,1402/07/10,1407/06/31", "term_ends_on", ImportRules.InconsistentTerm, "Line 2 gives this council's term another end")]
    [InlineData("1,neighbourhood,chair,علی,رضایی,1358/11/02,1402/07/10,1406/06/31", null, "council.one-chair", "The council already has a chair")]
    public async Task ImportCouncilRostersAsync_ReportsTheBadRow(string row, string? column, string rule, string english)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        await city.ResidentsAsync(Files.FiveResidents);
        var roster = RosterHeader + "\n1,neighbourhood,chair,مریم,کریمی,1365/01/20,1402/07/01,1406/06/31\n" + row + "\n";

        var report = await city.CouncilsAsync(roster);

        report.Errors.Should().ContainSingle().Which.ShouldBe(3, column, rule, english);
        (await city.CountsAsync()).Councils.Should().Be(0);
    }

    [Fact]
    public async Task ImportCouncilRostersAsync_WritesTheValidSeats_WhenAskedTo()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        await city.ResidentsAsync(Files.FiveResidents);
        var roster = SittingCouncil + "1,women,member,علی,رضایی,1358/11/02,1402/08/01,1406/06/31\n2,women,chair,نرگس,باقری,1370/01/01,1402/08/01,1406/06/31\n";

        var report = await city.CouncilsAsync(roster, ImportMode.ValidRows);

        report.RowsRead.Should().Be(6);
        report.RowsWritten.Should().Be(4);
        report.Errors.Select(e => (e.Line, e.Violation.Rule)).Should().Equal((6, "council.womens-council-members-are-women"), (7, ImportRules.UnknownResident));
        await using var db = city.Database.CreateContext();
        (await db.Councils.CountAsync()).Should().Be(2, "no council is formed for neighbourhood 2, whose only row was refused");
    }
}
