using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Import;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Import;

/// <summary>Files built to break the importer (issue 15): every one is refused with a report, never an exception.</summary>
public partial class CityDataImporterTest
{
    [Theory]
    [InlineData(ImportMode.WholeFile)]
    [InlineData(ImportMode.ValidRows)]
    public async Task ImportResidentsAsync_ReportsTheHeaderAndWritesNothing_WhenAColumnNameIsRepeated(ImportMode mode)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        var report = await city.ResidentsAsync("neighbourhood,given_name,family_name,gender,gender,birth_date\n1,زهرا,احمدی,female,female,1360/05/10\n", mode);

        report.Errors.Should().ContainSingle().Which.ShouldBe(1, "gender", ImportRules.DuplicateColumn, "The column 'gender' appears twice");
        (await city.CountsAsync()).Residents.Should().Be(0);
    }

    [Theory]
    [InlineData(ImportMode.WholeFile)]
    [InlineData(ImportMode.ValidRows)]
    public async Task ImportResidentsAsync_ReportsTheHeaderAndWritesNothing_WhenColumnNamesAreEmpty(ImportMode mode)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        var report = await city.ResidentsAsync("neighbourhood,,given_name,family_name,,gender,birth_date\n1,x,زهرا,احمدی,y,female,1360/05/10\n", mode);

        report.Errors.Should().HaveCount(2);
        report.Errors[0].ShouldBe(1, string.Empty, ImportRules.UnnamedColumn, "Column 2 of the header has no name");
        report.Errors[1].ShouldBe(1, string.Empty, ImportRules.UnnamedColumn, "Column 5 of the header has no name");
        (await city.CountsAsync()).Residents.Should().Be(0);
    }

    [Theory]
    [InlineData(ImportMode.WholeFile)]
    [InlineData(ImportMode.ValidRows)]
    public async Task ImportNeighbourhoodsAsync_RefusesTextLongerThanItsColumn(ImportMode mode)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        var longName = new string('ب', 5000);
        var csv = string.Join('\n',
            Files.NeighbourhoodsHeader,
            $"1,{longName},Long,school,مدرسه,School,,,,,",
            $"2,باغ,Garden,mosque,مسجد,{new string('M', 401)},,,,,",
            $"3,کوی,Lane,school,مدرسه,School,{new string('م', 101)},کاظمی,,,",
            "4,چهارراه,Chaharrah,school,دبیرستان سعدی,Saadi High School,,,,,");

        var report = await city.NeighbourhoodsAsync(csv, mode);

        report.Errors.Should().HaveCount(3);
        report.Errors[0].ShouldBe(2, "name_fa", InputRuleIds.TooLong, "The value of 'name_fa' holds at most 400 characters; this text has 5000.");
        report.Errors[1].ShouldBe(3, "anchor_name_en", InputRuleIds.TooLong, "holds at most 400 characters");
        report.Errors[2].ShouldBe(4, "leader_given_name", InputRuleIds.TooLong, "holds at most 100 characters");
        await using var db = city.Database.CreateContext();
        (await db.Neighbourhoods.Select(n => n.Number).ToListAsync()).Should().Equal(mode == ImportMode.ValidRows ? [4] : []);
    }

    [Theory]
    [InlineData("1500/01/01", "The birth date 1 Farvardin 1500 is not accepted")]
    [InlineData("1260/05/10", "The birth date 10 Mordad 1260 is not accepted")]
    [InlineData("1403/02/10", "The birth date 10 Ordibehesht 1403 is not accepted")]
    public async Task ImportResidentsAsync_RefusesABirthDateInTheFutureOrMoreThan130YearsAgo(string birthDate, string english)
    {
        // The test clock's today is 9 Ordibehesht 1403.
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        var report = await city.ResidentsAsync($"{Files.ResidentsHeader}\n1,زهرا,احمدی,female,1360/05/10\n1,نرگس,باقری,female,{birthDate}\n");

        report.Errors.Should().ContainSingle().Which.ShouldBe(3, "birth_date", ResidentRuleIds.BirthDateOutOfRange, english);
        (await city.CountsAsync()).Residents.Should().Be(0);
    }

    [Theory]
    [InlineData("\u200B\u200C\u200D", "given_name", InputRuleIds.InvisibleOnly, "holds only invisible characters")]
    [InlineData("\uFEFF\u200F", "given_name", InputRuleIds.InvisibleOnly, "holds only invisible characters")]
    [InlineData("\u202Eیلع", "given_name", InputRuleIds.BidiControl, "holds a text-direction control character")]
    [InlineData("علی\u2066", "given_name", InputRuleIds.BidiControl, "text-direction control character")]
    [InlineData("علی\u0007", "given_name", InputRuleIds.ControlCharacter, "holds a control character (U+0007)")]
    [InlineData("\"علی\nرضا\"", "given_name", InputRuleIds.ControlCharacter, "holds a control character (U+000A)")]
    public async Task ImportResidentsAsync_RefusesHostileText_AsARowError(string givenName, string column, string rule, string english)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        var report = await city.ResidentsAsync($"{Files.ResidentsHeader}\n1,زهرا,احمدی,female,1360/05/10\n1,{givenName},رضایی,male,1358/11/02\n");

        report.Errors.Should().ContainSingle().Which.ShouldBe(3, column, rule, english);
        (await city.CountsAsync()).Residents.Should().Be(0);
    }

    [Theory]
    [InlineData("123456789012345678901234567890", "neighbourhood", InputRuleIds.NumberOutOfRange, "is too large; the largest number accepted is 2147483647")]
    [InlineData("۲۱۴۷۴۸۳۶۴۸", "neighbourhood", InputRuleIds.NumberOutOfRange, "is too large")]
    [InlineData("-3", "neighbourhood", ImportRules.UnknownNeighbourhood, "no neighbourhood number -3")]
    [InlineData("--3", "neighbourhood", ImportRules.NotANumber, "is not a whole number")]
    public async Task ImportResidentsAsync_RefusesNumbersOutOfRange_AsARowError(string number, string column, string rule, string english)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        var report = await city.ResidentsAsync($"{Files.ResidentsHeader}\n{number},زهرا,احمدی,female,1360/05/10\n");

        report.Errors.Should().ContainSingle().Which.ShouldBe(2, column, rule, english);
        (await city.CountsAsync()).Residents.Should().Be(0);
    }

    [Fact]
    public async Task ImportNeighbourhoodsAsync_RefusesANegativeNumber()
    {
        var city = await ImportScenario.CreateAsync(fixture);

        var report = await city.NeighbourhoodsAsync(string.Join('\n', Files.NeighbourhoodsHeader, "-7,باغ,Garden,school,مدرسه,School,,,,,"));

        report.Errors.Should().ContainSingle().Which.ShouldBe(2, "number", ImportRules.ValueRefused, "neighbourhood numbers start at 1");
        (await city.CountsAsync()).Neighbourhoods.Should().Be(0);
    }

    [Fact]
    public async Task ImportNeighbourhoodsAsync_StoresFormulaLikeTextAsTyped()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        var csv = string.Join('\n', Files.NeighbourhoodsHeader, "1,\"=HYPERLINK(\"\"http://example.com\"\",\"\"باغ\"\")\",+Garden,school,@مدرسه,-School,,,,,");

        var report = await city.NeighbourhoodsAsync(csv);

        report.IsComplete.Should().BeTrue(report.ToString());
        await using var db = city.Database.CreateContext();
        var stored = await db.Neighbourhoods.SingleAsync();
        stored.Name.Should().Be(new LocalizedText("=HYPERLINK(\"http://example.com\",\"باغ\")", "+Garden"));
        stored.Anchor.Name.Should().Be(new LocalizedText("@مدرسه", "-School"));
    }

    [Theory]
    [InlineData(ImportMode.WholeFile, 0)]
    [InlineData(ImportMode.ValidRows, 2)]
    public async Task ImportResidentsAsync_WritesOnlyWhatTheModeAllows_WhenHostileRowsAreMixedIn(ImportMode mode, int written)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        var csv = string.Join('\n',
            Files.ResidentsHeader,
            "1,زهرا,احمدی,female,1360/05/10",
            $"1,{new string('ز', 5000)},احمدی,female,1361/05/10",
            "1,نرگس,باقری,female,1500/01/01",
            "99999999999999999999999999999,مریم,کریمی,female,1365/01/20",
            "1,سارا,محمدی,female,1404/12/30",
            "1,\u200B,رضایی,male,1358/11/02",
            "2,حسین,جعفری,male,1370/09/09");

        var report = await city.ResidentsAsync(csv, mode);

        report.RowsRead.Should().Be(7);
        report.RowsWritten.Should().Be(written);
        report.Errors.Select(e => (e.Line, e.Column, e.Violation.Rule)).Should().Equal(
            (3, "given_name", InputRuleIds.TooLong),
            (4, "birth_date", ResidentRuleIds.BirthDateOutOfRange),
            (5, "neighbourhood", InputRuleIds.NumberOutOfRange),
            (6, "birth_date", ImportRules.NotADate),
            (7, "given_name", InputRuleIds.InvisibleOnly));
        (await city.CountsAsync()).Residents.Should().Be(written);
    }
}
