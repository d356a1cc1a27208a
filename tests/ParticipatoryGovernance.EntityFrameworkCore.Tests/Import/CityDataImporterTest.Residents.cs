using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Import;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Import;

public partial class CityDataImporterTest
{
    [Fact]
    public async Task ImportResidentsAsync_StoresResidentsInTheirNeighbourhoods_WithPersianHeadersAndDigits()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        var csv = string.Join('\n', "محله,نام,نام خانوادگی,جنسیت,تاریخ تولد", "۳,فاطمه,حسینی,زن,۱۳۸۵/۰۴/۱۲", "3,امیر,کاظمی,مرد,12 Tir 1362");

        var report = await city.ResidentsAsync(csv);

        report.IsComplete.Should().BeTrue(report.ToString());
        await using var db = city.Database.CreateContext();
        var third = await db.Neighbourhoods.SingleAsync(n => n.Number == 3);
        var stored = await db.Residents.OrderBy(r => r.Gender).ToListAsync();
        stored.Should().OnlyContain(r => r.NeighbourhoodId == third.Id);
        stored[0].Name.ToString().Should().Be("فاطمه حسینی");
        stored[0].Gender.Should().Be(Gender.Female);
        stored[0].DiscloseBirthDate().Should().Be(PersianDates.FromSolarHijri(1385, 4, 12));
        stored[1].DiscloseBirthDate().Should().Be(PersianDates.FromSolarHijri(1362, 4, 12));
    }

    [Theory]
    [InlineData("1,زهرا,احمدی,female,1360/05/10\n1,علی,رضایی,male,1358/1l/02\n1,مریم,کریمی,female,1365/01/20", 3, "birth_date", ImportRules.NotADate, "'1358/1l/02' in 'birth_date' is not a Solar Hijri date: ")]
    [InlineData("1x,زهرا,احمدی,female,1360/05/10", 2, "neighbourhood", ImportRules.NotANumber, "'1x' in 'neighbourhood' is not a whole number")]
    [InlineData("١٢٣٤٥٦٧٨٩٠١٢,زهرا,احمدی,female,1360/05/10", 2, "neighbourhood", InputRuleIds.NumberOutOfRange, "'١٢٣٤٥٦٧٨٩٠١٢' in 'neighbourhood' is too large")]
    [InlineData("1,زهرا,احمدی,female,1404/12/30", 2, "birth_date", ImportRules.NotADate, "'1404/12/30' in 'birth_date' is not a Solar Hijri date: day 30 does not exist; Esfand 1404 has 29 days")]
    [InlineData("1,زهرا,احمدی,female,1360/13/01", 2, "birth_date", ImportRules.NotADate, "month 13 does not exist")]
    [InlineData("1,زهرا,احمدی,female,", 2, "birth_date", ImportRules.Required, "'birth_date' is empty")]
    [InlineData("1,زهرا,احمدی,woman?,1360/05/10", 2, "gender", ImportRules.UnknownValue, "'woman?' in 'gender' is not accepted; write one of: female, male")]
    [InlineData("9,زهرا,احمدی,female,1360/05/10", 2, "neighbourhood", ImportRules.UnknownNeighbourhood, "no neighbourhood number 9")]
    [InlineData("1,زهرا,احمدی,female", 2, null, ImportRules.FieldCount, "This row has 4 fields and the header 5")]
    [InlineData("1,زهرا,احمدی,female,1360/05/10,extra", 2, null, ImportRules.FieldCount, "This row has 6 fields and the header 5")]
    public async Task ImportResidentsAsync_ReportsTheBadRowAndWritesNothing_WhenOneRowIsBroken(string rows, int line, string? column, string rule, string english)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        var report = await city.ResidentsAsync(Files.ResidentsHeader + "\n" + rows + "\n");

        report.RowsWritten.Should().Be(0);
        report.Errors.Should().ContainSingle().Which.ShouldBe(line, column, rule, english);
        (await city.CountsAsync()).Residents.Should().Be(0);
    }

    [Fact]
    public async Task ImportResidentsAsync_ReportsBothLines_WhenARowRepeatsAnother()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        var csv = Files.FiveResidents + "1,زهرا,احمدی,زن,۱۳۶۰/۰۵/۱۰\n";

        var report = await city.ResidentsAsync(csv);

        report.Errors.Should().ContainSingle().Which.ShouldBe(7, null, ImportRules.Duplicate, "The resident زهرا احمدی born 10 Mordad 1360 also appears on line 2");
        (await city.CountsAsync()).Residents.Should().Be(0);
    }

    [Fact]
    public async Task ImportResidentsAsync_RefusesResidentsAlreadyStored_WhenTheFileIsImportedTwice()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        (await city.ResidentsAsync(Files.FiveResidents)).IsComplete.Should().BeTrue();

        var report = await city.ResidentsAsync(Files.FiveResidents);

        report.Errors.Should().HaveCount(5).And.OnlyContain(e => e.Violation.Rule == ImportRules.Duplicate && e.Violation.Message.English.EndsWith("is already stored; remove this row.", StringComparison.Ordinal));
        (await city.CountsAsync()).Residents.Should().Be(5);
    }

    [Fact]
    public async Task ImportResidentsAsync_WritesTheValidRowsAndReportsTheRest_WhenAskedTo()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        var csv = Files.FiveResidents + "7,نرگس,باقری,female,1370/01/01\n2,رضا,,male,1371/01/01\n";

        var report = await city.ResidentsAsync(csv, ImportMode.ValidRows);

        report.Mode.Should().Be(ImportMode.ValidRows);
        report.RowsRead.Should().Be(7);
        report.RowsWritten.Should().Be(5);
        report.IsComplete.Should().BeFalse();
        report.Errors.Should().HaveCount(2);
        report.Errors[0].ShouldBe(7, "neighbourhood", ImportRules.UnknownNeighbourhood, "no neighbourhood number 7");
        report.Errors[1].ShouldBe(8, "family_name", ImportRules.Required, "'family_name' is empty");
        report.ToString().Should().StartWith("residents: 5 of 7 rows written").And.Contain("line 8, column family_name (import.required)");
        (await city.CountsAsync()).Residents.Should().Be(5);
    }

    [Fact]
    public async Task ImportResidentsAsync_ReportsEveryProblemOfARow()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        var report = await city.ResidentsAsync(Files.ResidentsHeader + "\nx,زهرا,احمدی,?,1360/00/01\n");

        report.Errors.Select(e => (e.Column, e.Violation.Rule)).Should().Equal(
            ("neighbourhood", ImportRules.NotANumber), ("gender", ImportRules.UnknownValue), ("birth_date", ImportRules.NotADate));
    }
}
