using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Import;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Import;

/// <summary>Columns for the charter's other languages: <c>name_ckb</c>, <c>نام_کانون_ar</c>…</summary>
public partial class CityDataImporterTest
{
    private static readonly GovernanceCharter KurdishCity = RafsanjanPreset.Charter with
    {
        CouncilMembersFromActiveCitizens = false,
        Languages = ["ckb", "fa", "en", "ar"],
        DefaultLanguage = "ckb",
    };

    [Fact]
    public async Task ImportNeighbourhoodsAsync_ReadsTheCharterLanguagesColumns_InEnglishOrPersianHeaders()
    {
        var city = await ImportScenario.CreateAsync(fixture, KurdishCity);
        var csv = string.Join('\n',
            "number,name_fa,name_en,name_ckb,name_ar,anchor_kind,anchor_name_fa,anchor_name_en,نام_کانون_ckb,leader_title_fa,leader_title_en,leader_title_ckb",
            "1,باغ نو,Bagh-e No,باخی نوێ,الحديقة الجديدة,school,دبستان فردوسی,Ferdowsi Primary School,قوتابخانەی فیردەوسی,,,",
            "2,بازار,Bazaar,,السوق,other,کاروانسرا,Caravanserai,,متولی,Custodian,سەرپەرشتیار",
            string.Empty);

        var report = await city.NeighbourhoodsAsync(csv);

        report.IsComplete.Should().BeTrue(report.ToString());
        await using var db = city.Database.CreateContext();
        var stored = await db.Neighbourhoods.OrderBy(n => n.Number).ToListAsync();
        stored[0].Name.In("ckb").Should().Be("باخی نوێ");
        stored[0].Name.In("ar").Should().Be("الحديقة الجديدة");
        stored[0].Anchor.Name.In("ckb").Should().Be("قوتابخانەی فیردەوسی", "the anchor is stored in a JSON document, which keeps other forms too");
        stored[1].Name.Has("ckb").Should().BeFalse("an empty cell leaves that language out");
        stored[1].Name.In("ar").Should().Be("السوق");
        stored[1].Anchor.LeaderTitle.In("ckb").Should().Be("سەرپەرشتیار");
    }

    [Fact]
    public async Task ImportNeighbourhoodsAsync_RefusesALanguageColumnTheCharterDoesNotList_AndAnUnknownOne()
    {
        var city = await ImportScenario.CreateAsync(fixture, KurdishCity);
        var csv = string.Join('\n',
            "number,name_fa,name_en,name_azb,name_kurdish,anchor_kind,anchor_name_fa,anchor_name_en",
            "1,باغ نو,Bagh-e No,باغ نو,Bagh,school,دبستان فردوسی,Ferdowsi Primary School",
            string.Empty);

        var report = await city.NeighbourhoodsAsync(csv);

        report.RowsWritten.Should().Be(0);
        report.Errors.Should().HaveCount(2);
        report.Errors[0].ShouldBe(1, "name_azb", ImportRules.UnknownLanguageColumn, "The column 'name_azb' is for the language azb, which the city's charter does not list (ckb, fa, en, ar)");
        report.Errors[1].ShouldBe(1, "name_kurdish", ImportRules.UnknownColumn, "The column 'name_kurdish' is not known");
    }

    [Fact]
    public async Task ImportNeighbourhoodsAsync_RefusesAnOtherLanguageCellThatIsTooLong_NamingItsColumn()
    {
        var city = await ImportScenario.CreateAsync(fixture, KurdishCity);
        var csv = string.Join('\n',
            "number,name_fa,name_en,name_ckb,anchor_kind,anchor_name_fa,anchor_name_en",
            $"1,باغ نو,Bagh-e No,{new string('ب', 500)},school,دبستان فردوسی,Ferdowsi Primary School",
            string.Empty);

        var report = await city.NeighbourhoodsAsync(csv);

        report.RowsWritten.Should().Be(0);
        report.Errors.Should().ContainSingle().Which.Column.Should().Be("name_ckb");
    }
}
