using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public class YouthMayorRulesTest
{
    [Fact]
    public void Defaults_AreRafsanjans_AndPartOfTheCharter()
    {
        var rules = RafsanjanPreset.Charter.YouthMayors;

        rules.TeamMembersFromOwnNeighbourhood.Should().BeTrue();
        rules.VoterAgeWindow.Should().Be(new AgeWindow(12, 23));
        RafsanjanPreset.Charter.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Charter_Equals_ComparesTheYouthMayorRules()
    {
        var changed = RafsanjanPreset.Charter with { YouthMayors = new YouthMayorRules { TeamMembersFromOwnNeighbourhood = false } };
        var same = RafsanjanPreset.Charter with { YouthMayors = new YouthMayorRules() };

        changed.Should().NotBe(RafsanjanPreset.Charter);
        same.Should().Be(RafsanjanPreset.Charter);
    }

    [Fact]
    public void CharterValidate_NamesTheBrokenVoterAgeSettings()
    {
        var charter = RafsanjanPreset.Charter with { YouthMayors = new YouthMayorRules { VoterAgeWindow = new AgeWindow(30, 5) } };

        var errors = charter.Validate();

        errors.Select(e => e.Rule).Should().Equal(
            "charter.YouthMayors.VoterAgeWindow.MinimumAge",
            "charter.YouthMayors.VoterAgeWindow.MaximumAge",
            "charter.YouthMayors.VoterAgeWindow");
        errors[0].Message.English.Should().Be("YouthMayors.VoterAgeWindow.MinimumAge must be from 6 to 29; it is 30.");
        errors[0].Message.Persian.Should().Contain("۳۰");
        errors[2].Message.English.Should().Be("YouthMayors.VoterAgeWindow must not start after it ends; it runs from 30 to 5.");
        errors.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Message.Persian));
    }

    [Fact]
    public void CharterValidate_RequiresTheRulesAndTheVoterAgeWindow()
    {
        var noRules = RafsanjanPreset.Charter with { YouthMayors = null! };
        var noWindow = RafsanjanPreset.Charter with { YouthMayors = new YouthMayorRules { VoterAgeWindow = null! } };

        noRules.Validate().Should().ContainSingle().Which.Message.English.Should().Be("YouthMayors is required; start from new YouthMayorRules() for Rafsanjan's settings.");
        noRules.Validate()[0].Rule.Should().Be("charter.YouthMayors");
        noWindow.Validate().Should().ContainSingle().Which.Rule.Should().Be("charter.YouthMayors.VoterAgeWindow");
        noWindow.Validate()[0].Message.English.Should().Be("YouthMayors.VoterAgeWindow is required.");
    }
}
