using ParticipatoryGovernance.EntityFrameworkCore.Import;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Import;

public partial class CityDataImporterTest
{
    [Theory]
    [InlineData(ImportMode.WholeFile)]
    [InlineData(ImportMode.ValidRows)]
    public async Task Import_WritesNothing_WhenTheFileIsEmpty(ImportMode mode)
    {
        var city = await ImportScenario.CreateAsync(fixture);

        var report = await city.NeighbourhoodsAsync(string.Empty, mode);

        report.RowsRead.Should().Be(0);
        report.Errors.Should().ContainSingle().Which.ShouldBe(0, null, ImportRules.EmptyFile, "The file is empty");
        (await city.CountsAsync()).Neighbourhoods.Should().Be(0);
    }

    [Theory]
    [InlineData("\uFEFF")]
    [InlineData("\n\n")]
    [InlineData(Files.ResidentsHeader + "\n")]
    [InlineData(Files.ResidentsHeader + "\n\n,,,,\n")]
    public async Task ImportResidentsAsync_ReportsAnEmptyFile_WhenNoDataRowFollowsTheHeader(string csv)
    {
        var city = await ImportScenario.CreateAsync(fixture);

        var report = await city.ResidentsAsync(csv);

        report.Errors.Should().ContainSingle().Which.ShouldBe(0, null, ImportRules.EmptyFile, "at least one data row must follow");
    }

    [Theory]
    [InlineData(ImportMode.WholeFile)]
    [InlineData(ImportMode.ValidRows)]
    public async Task ImportResidentsAsync_WritesNothing_WhenAColumnIsMissing(ImportMode mode)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        var report = await city.ResidentsAsync("neighbourhood,given_name,family_name,birth_date\n1,زهرا,احمدی,1360/05/10\n", mode);

        report.Errors.Should().ContainSingle().Which.ShouldBe(1, "gender", ImportRules.MissingColumn, "The header has no 'gender' column (or «جنسیت»)");
        (await city.CountsAsync()).Residents.Should().Be(0);
    }

    [Theory]
    [InlineData(ImportMode.WholeFile)]
    [InlineData(ImportMode.ValidRows)]
    public async Task ImportResidentsAsync_WritesNothing_WhenTheHeaderNamesAnUnknownColumn(ImportMode mode)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);

        var report = await city.ResidentsAsync("neighbourhood,given_name,family_name,gender,birthdate\n1,زهرا,احمدی,female,1360/05/10\n", mode);

        report.Errors.Should().HaveCount(2);
        report.Errors[0].ShouldBe(1, "birthdate", ImportRules.UnknownColumn, "The column 'birthdate' is not known. This file's columns are: neighbourhood, given_name, family_name, gender, birth_date.");
        report.Errors[1].ShouldBe(1, "birth_date", ImportRules.MissingColumn, "no 'birth_date' column");
        (await city.CountsAsync()).Residents.Should().Be(0);
    }

    [Fact]
    public async Task ImportResidentsAsync_RefusesAColumnNamedTwice_InPersianAndEnglish()
    {
        var city = await ImportScenario.CreateAsync(fixture);

        var report = await city.ResidentsAsync("neighbourhood,given_name,family_name,gender,birth_date,تاریخ تولد\n1,زهرا,احمدی,female,1360/05/10,1360/05/10\n");

        report.Errors.Should().ContainSingle().Which.ShouldBe(1, "تاریخ تولد", ImportRules.DuplicateColumn, "The column 'تاریخ تولد' appears twice");
    }

    [Theory]
    [InlineData(ImportMode.WholeFile, 0)]
    [InlineData(ImportMode.ValidRows, 4)]
    public async Task ImportResidentsAsync_WritesOnlyWhatTheModeAllows_WhenTheLastRowIsBroken(ImportMode mode, int written)
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await city.NeighbourhoodsAsync(Files.ThreeNeighbourhoods);
        var csv = string.Join('\n',
            Files.ResidentsHeader,
            "1,زهرا,احمدی,female,1360/05/10",
            "1,علی,رضایی,male,1358/11/02",
            "1,مریم,کریمی,female,1365/01/20",
            "2,حسین,جعفری,male,1370/09/09",
            "1,نرگس,باقری,female,1370/02/32");

        var report = await city.ResidentsAsync(csv, mode);

        report.RowsRead.Should().Be(5);
        report.RowsWritten.Should().Be(written);
        report.Errors.Should().ContainSingle().Which.ShouldBe(6, "birth_date", ImportRules.NotADate, "day 32 does not exist");
        (await city.CountsAsync()).Residents.Should().Be(written);
    }

    [Fact]
    public async Task Import_ReportsTheMunicipality_WhenItIsNotStored()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await using var db = city.Database.CreateContext();
        using var reader = new StringReader(Files.ThreeNeighbourhoods);

        var report = await new CityDataImporter(db).ImportNeighbourhoodsAsync(MunicipalityId.New(), reader);

        report.Errors.Should().ContainSingle().Which.ShouldBe(0, null, ImportRules.MunicipalityNotFound, "The municipality to import into is not stored");
        (await city.CountsAsync()).Neighbourhoods.Should().Be(0);
    }

    [Fact]
    public async Task Constructor_Throws_WhenTheContextIsNullOrTheModeUndefined()
    {
        var city = await ImportScenario.CreateAsync(fixture);
        await using var db = city.Database.CreateContext();

        FluentActions.Invoking(() => new CityDataImporter(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new CityDataImporter(db, new CsvImportOptions { Mode = (ImportMode)3 })).Should().Throw<ArgumentOutOfRangeException>();
    }
}
