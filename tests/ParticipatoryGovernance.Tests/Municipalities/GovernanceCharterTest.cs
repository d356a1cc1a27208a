using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Tests.Municipalities;

public class GovernanceCharterTest
{
    [Fact]
    public void RafsanjanPreset_MatchesTheReport()
    {
        var charter = RafsanjanPreset.Charter;

        charter.Validate().Should().BeEmpty();
        charter.CouncilSeats.Should().Be(7, "350 members in 50 councils");
        charter.HasWomensCouncils.Should().BeTrue();
        charter.YouthCohort.Should().Be(new BirthCohort(1380, 10), "teenagers born in the 1380s");
        charter.BoyYouthMayorsPerNeighbourhood.Should().Be(1);
        charter.GirlYouthMayorsPerNeighbourhood.Should().Be(1);
        charter.YouthTeamSize.Should().Be(9);
        charter.YouthMayorSelection.Should().Be(YouthMayorSelection.InterviewByNeighbourhoodMayor);
        charter.UrbanFields.Select(f => f.Key).Should().Equal(
            "environment", "traffic", "culture", "sport", "health", "social-affairs", "urban-services", "media");
        charter.Languages.Should().Equal("fa", "en");
        charter.DefaultLanguage.Should().Be("fa");
        RafsanjanPreset.NeighbourhoodCount.Should().Be(50);
        RafsanjanPreset.UnveiledOn.Should().Be(new NodaTime.LocalDate(2024, 4, 28));
    }

    [Fact]
    public void Validate_NamesEveryBrokenFieldAndRule_WhenManySettingsAreWrong()
    {
        var charter = RafsanjanPreset.Charter with
        {
            CouncilSeats = 0,
            CouncilTermYears = 11,
            WomensCouncilSeats = 2,
            YouthAgeWindow = new AgeWindow(20, 14),
            BoyYouthMayorsPerNeighbourhood = 0,
            GirlYouthMayorsPerNeighbourhood = 0,
            YouthTeamSize = 31,
            Languages = ["fa", "de_DE"],
            DefaultLanguage = "en",
        };

        var errors = charter.Validate();

        errors.Select(e => e.Rule).Should().BeEquivalentTo(
            "charter.CouncilSeats",
            "charter.CouncilTermYears",
            "charter.WomensCouncilSeats",
            "charter.YouthAgeWindow",
            "charter.BoyYouthMayorsPerNeighbourhood",
            "charter.YouthTeamSize",
            "charter.Languages",
            "charter.DefaultLanguage");
        errors.Single(e => e.Rule == "charter.CouncilSeats").Message.English
            .Should().Be("CouncilSeats (council seats) must be from 3 to 51; it is 0.");
        errors.Single(e => e.Rule == "charter.CouncilSeats").Message.Persian.Should().Contain("۰");
        errors.Single(e => e.Rule == "charter.Languages").Message.English.Should().Contain("'de_DE'");
        errors.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Message.Persian));
    }

    [Fact]
    public void Validate_IgnoresWomensCouncilSeats_WhenTheCityHasNoWomensCouncils()
    {
        var charter = RafsanjanPreset.Charter with { HasWomensCouncils = false, WomensCouncilSeats = 0 };

        charter.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Validate_RejectsDuplicateAndMissingUrbanFields()
    {
        var duplicate = RafsanjanPreset.Charter with
        {
            UrbanFields = [new UrbanField("sport", new LocalizedText("ورزش", "Sport")), new UrbanField("sport", new LocalizedText("ورزش", "Sport"))],
        };
        var none = RafsanjanPreset.Charter with { UrbanFields = [] };

        duplicate.Validate().Should().ContainSingle().Which.Message.English.Should().Contain("'sport' more than once");
        none.Validate().Should().ContainSingle().Which.Rule.Should().Be("charter.UrbanFields");
    }

    [Fact]
    public void EnsureValid_Throws_WithEveryBrokenRuleInTheMessage()
    {
        var charter = RafsanjanPreset.Charter with { CouncilSeats = 100, YouthTeamSize = 0 };

        var act = () => charter.EnsureValid();

        act.Should().Throw<RuleViolationException>()
            .Which.Message.Should().Contain("CouncilSeats").And.Contain("YouthTeamSize");
    }

    [Fact]
    public void Equals_ComparesListsItemByItem()
    {
        var copy = RafsanjanPreset.Charter with { UrbanFields = [.. RafsanjanPreset.UrbanFields], Languages = ["fa", "en"] };
        var other = copy with { Languages = ["fa"], DefaultLanguage = "fa" };

        copy.Should().Be(RafsanjanPreset.Charter);
        copy.GetHashCode().Should().Be(RafsanjanPreset.Charter.GetHashCode());
        other.Should().NotBe(RafsanjanPreset.Charter);
    }

    [Fact]
    public void FindUrbanField_IgnoresCase_AndReturnsNullForUnknownKeys()
    {
        RafsanjanPreset.Charter.FindUrbanField("Traffic")!.Name.Persian.Should().Be("ترافیک");
        RafsanjanPreset.Charter.FindUrbanField("astronomy").Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sport")]
    [InlineData("social affairs")]
    public void UrbanField_Throws_WhenTheKeyIsNotLowerCaseLatin(string key)
    {
        var act = () => new UrbanField(key, new LocalizedText("ورزش", "Sport"));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Validate_AcceptsAnyWellFormedLanguage_InTheCitysOrder()
    {
        var charter = RafsanjanPreset.Charter with { Languages = ["ckb", "fa", "en", "azb", "ar", "ku-arab"], DefaultLanguage = "ckb" };

        charter.Validate().Should().BeEmpty();
    }

    [Theory]
    [InlineData("CKB", "'CKB'")]
    [InlineData("ckb_IQ", "'ckb_IQ'")]
    [InlineData("", "''")]
    public void Validate_RefusesAMalformedLanguageTag_NamingIt(string tag, string named)
    {
        var errors = (RafsanjanPreset.Charter with { Languages = ["fa", tag] }).Validate();

        errors.Should().ContainSingle().Which.Rule.Should().Be("charter.Languages");
        errors[0].Message.English.Should().Contain(named);
    }

    [Fact]
    public void Validate_RefusesADuplicateLanguage_NamingIt()
    {
        var errors = (RafsanjanPreset.Charter with { Languages = ["fa", "ckb", "en", "ckb"] }).Validate();

        errors.Should().ContainSingle().Which.Message.English.Should().Be("Languages lists 'ckb' more than once; each language must appear once.");
        errors[0].Rule.Should().Be("charter.Languages");
    }

    [Fact]
    public void Validate_RefusesAnEmptyLanguageList()
    {
        var errors = (RafsanjanPreset.Charter with { Languages = [] }).Validate();

        errors.Should().ContainSingle().Which.Rule.Should().Be("charter.Languages");
    }

    [Fact]
    public void FallbackFor_IsTheReadersLanguage_ThenTheCitysLanguages_ThenPersianAndEnglish_WithoutDuplicates()
    {
        var charter = RafsanjanPreset.Charter with { Languages = ["ckb", "ar", "fa"], DefaultLanguage = "ckb" };

        charter.FallbackFor("azb").Should().Equal("azb", "ckb", "ar", "fa", "en");
        charter.FallbackFor("AR").Should().Equal("ar", "ckb", "fa", "en");
        charter.FallbackFor("en").Should().Equal("en", "ckb", "ar", "fa");
    }

    [Fact]
    public void SupportedLanguages_AreTheLanguagesTheLibraryShipsTextsFor() =>
        GovernanceCharter.SupportedLanguages.Should().Equal("fa", "en", "ckb", "azb", "ar");
}
