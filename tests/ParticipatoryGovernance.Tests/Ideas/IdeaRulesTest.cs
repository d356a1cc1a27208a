using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Tests.Ideas;

public class IdeaRulesTest
{
    [Fact]
    public void Defaults_AreRafsanjansSettings_AndTheCharterCarriesThem()
    {
        var rules = new IdeaRules();

        rules.SupportThreshold.Should().Be(100);
        rules.SupportWindowDays.Should().Be(90);
        rules.SupportWindow.Should().Be(Duration.FromDays(90));
        rules.ReportsToHide.Should().Be(3, "Decidim hides content after three reports");
        RafsanjanPreset.Charter.Ideas.Should().Be(rules);
        RafsanjanPreset.Charter.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Validate_NamesEachBrokenSettingUnderCharterIdeas()
    {
        var errors = new List<RuleViolation>();

        new IdeaRules { SupportThreshold = 0, SupportWindowDays = 731, ReportsToHide = 0 }.Validate(errors);

        errors.Select(e => e.Rule).Should().Equal("charter.Ideas.SupportThreshold", "charter.Ideas.SupportWindowDays", "charter.Ideas.ReportsToHide");
        errors[0].Message.English.Should().Be("Ideas.SupportThreshold (endorsements that move an idea to review) must be from 1 to 1000000; it is 0.");
        errors[1].Message.English.Should().Be("Ideas.SupportWindowDays (days in the support window) must be from 1 to 730; it is 731.");
        errors[2].Message.English.Should().Be("Ideas.ReportsToHide (reports that hide an idea) must be from 1 to 100; it is 0.");
        errors[1].Message.Persian.Should().Contain("۷۳۱");
        errors.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Message.Persian));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1_000_000, 730, 100)]
    public void Validate_AcceptsTheBoundsOfEachRange(int threshold, int days, int reports)
    {
        var errors = new List<RuleViolation>();

        new IdeaRules { SupportThreshold = threshold, SupportWindowDays = days, ReportsToHide = reports }.Validate(errors);

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Charter_ReportsBrokenIdeaRules_AndMunicipalityCreationRefusesThem()
    {
        var charter = RafsanjanPreset.Charter with { Ideas = new IdeaRules { ReportsToHide = 101 } };

        charter.Validate().Should().ContainSingle().Which.Rule.Should().Be("charter.Ideas.ReportsToHide");
        Municipality.Create(MunicipalityId.New(), RafsanjanPreset.Name, charter).IsFailure.Should().BeTrue();
    }

    [Fact]
    public void Charter_ComparesIdeaRules_AndRefusesNone()
    {
        var stricter = RafsanjanPreset.Charter with { Ideas = new IdeaRules { SupportThreshold = 500 } };

        stricter.Should().NotBe(RafsanjanPreset.Charter);
        (RafsanjanPreset.Charter with { Ideas = new IdeaRules() }).Should().Be(RafsanjanPreset.Charter);
        FluentActions.Invoking(() => RafsanjanPreset.Charter with { Ideas = null! }).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Validate_Throws_WithoutAListToAddTo()
    {
        FluentActions.Invoking(() => new IdeaRules().Validate(null!)).Should().Throw<ArgumentNullException>();
    }
}
