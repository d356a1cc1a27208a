using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.EntityFrameworkCore.Import;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Import;

/// <summary>Imports of CSV files into a real SQLite database: what is written, and what is refused and why.</summary>
[Collection(DatabaseTests.Name)]
public partial class CityDataImporterTest(DatabaseFixture fixture)
{
    [Fact]
    public async Task ImportNeighbourhoodsAsync_StoresAnchorsLeadersAndMayors_WhenEveryRowIsValid()
    {
        var city = await ImportScenario.CreateAsync(fixture);

        var report = await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        report.IsComplete.Should().BeTrue(report.ToString());
        report.RowsRead.Should().Be(3);
        report.RowsWritten.Should().Be(3);
        await using var db = city.Database.CreateContext();
        var stored = await db.Neighbourhoods.OrderBy(n => n.Number).ToListAsync();
        stored.Select(n => n.Number).Should().Equal(1, 2, 3);
        stored.Should().OnlyContain(n => n.MunicipalityId == city.City.Id);
        stored[0].Name.Persian.Should().Be("باغ نو");
        stored[0].Anchor.Should().Be(CommunityAnchor.School(new("دبستان فردوسی", "Ferdowsi Primary School"), new("مینا", "کاظمی")));
        stored[0].Mayor!.Name.ToString().Should().Be("رضا نادری");
        stored[0].Mayor!.AppointedOn.Should().Be(PersianDates.FromSolarHijri(1402, 7, 1));
        stored[1].Mayor.Should().BeNull();
        stored[1].Anchor.LeaderName.Should().BeNull();
        stored[2].Anchor.Kind.Should().Be(AnchorKind.Mosque);
        stored[2].Anchor.LeaderTitle.English.Should().Be("Neighbourhood imam");
    }

    [Fact]
    public async Task ImportNeighbourhoodsAsync_ReadsPersianHeadersDigitsAndValues_WithByteOrderMarkAndQuotedFields()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        var csv = "\uFEFF" + string.Join("\r\n",
            "شماره,نام محله,نام‌انگلیسی‌محله,نوع_کانون,نام_کانون,نام_انگلیسی_کانون,عنوان_سرپرست,عنوان_انگلیسی_سرپرست,نام_شهردار_محله,نام_خانوادگی_شهردار_محله,تاریخ_انتصاب_شهردار_محله",
            "۱۲,\"شهرک «ولیعصر»، فاز ۲\",\"Valiasr, phase 2\",سرای محله,سرای محله ولیعصر,\"Valiasr \"\"Community\"\" Centre\",,,نرگس,باقری,۱۴۰۲/۰۷/۰۱",
            "13,بازار,Bazaar,دیگر,کاروانسرای گنجعلی‌خان,Ganjali Khan Caravanserai,متولی,Custodian,,,",
            string.Empty);

        var report = await city.NeighbourhoodsAsync(csv);

        report.IsComplete.Should().BeTrue(report.ToString());
        await using var db = city.Database.CreateContext();
        var stored = await db.Neighbourhoods.OrderBy(n => n.Number).ToListAsync();
        stored.Select(n => n.Number).Should().Equal(12, 13);
        stored[0].Name.Should().Be(new ParticipatoryGovernance.Common.LocalizedText("شهرک «ولیعصر»، فاز ۲", "Valiasr, phase 2"));
        stored[0].Anchor.Kind.Should().Be(AnchorKind.CommunityCentre);
        stored[0].Anchor.Name.English.Should().Be("Valiasr \"Community\" Centre");
        stored[0].Mayor!.AppointedOn.Should().Be(PersianDates.FromSolarHijri(1402, 7, 1));
        stored[1].Anchor.Kind.Should().Be(AnchorKind.Other);
        stored[1].Anchor.LeaderTitle.Should().Be(new ParticipatoryGovernance.Common.LocalizedText("متولی", "Custodian"));
    }

    [Fact]
    public async Task ImportNeighbourhoodsAsync_RefusesANumberAlreadyStored_AndWritesNothing()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        (await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods)).IsComplete.Should().BeTrue();
        var again = string.Join('\n', Files.NeighbourhoodsHeader, "4,نو,New,school,مدرسه,School,,,,,", "2,دوباره,Again,school,مدرسه,School,,,,,");

        var report = await city.NeighbourhoodsAsync(again);

        report.RowsWritten.Should().Be(0);
        report.Errors.Should().ContainSingle().Which.ShouldBe(3, "number", ImportRules.Duplicate, "Neighbourhood number 2 is already stored");
        (await city.CountsAsync()).Neighbourhoods.Should().Be(3);
    }

    [Fact]
    public async Task ImportNeighbourhoodsAsync_NeedsTheLeadersTitle_WhenTheAnchorIsOther()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        var csv = string.Join('\n', Files.NeighbourhoodsHeader, "1,بازار,Bazaar,other,کاروانسرا,Caravanserai,,,,,");

        var report = await city.NeighbourhoodsAsync(csv);

        report.Errors.Should().HaveCount(2);
        report.Errors[0].ShouldBe(2, "leader_title_fa", ImportRules.Required, "'leader_title_fa' is empty");
        report.Errors[1].ShouldBe(2, "leader_title_en", ImportRules.Required, "'leader_title_en' is empty");
        (await city.CountsAsync()).Neighbourhoods.Should().Be(0);
    }

    [Fact]
    public async Task ImportNeighbourhoodsAsync_NeedsTheMayorsAppointmentDate_WhenAMayorIsNamed()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        var csv = string.Join('\n', Files.NeighbourhoodsHeader, "1,باغ,Garden,school,مدرسه,School,,,رضا,نادری,");

        var report = await city.NeighbourhoodsAsync(csv);

        report.Errors.Should().ContainSingle().Which.ShouldBe(2, "mayor_appointed_on", ImportRules.Required, "'mayor_appointed_on' is empty");
    }

    [Fact]
    public async Task ImportNeighbourhoodsAsync_RefusesNumberZero()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        var csv = string.Join('\n', Files.NeighbourhoodsHeader, "0,باغ,Garden,school,مدرسه,School,,,,,");

        var report = await city.NeighbourhoodsAsync(csv);

        report.Errors.Should().ContainSingle().Which.ShouldBe(2, "number", ImportRules.ValueRefused, "neighbourhood numbers start at 1");
    }
}
