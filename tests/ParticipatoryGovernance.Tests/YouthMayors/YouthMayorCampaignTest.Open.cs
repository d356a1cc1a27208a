using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Events;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public partial class YouthMayorCampaignTest
{
    private static readonly LocalizedText CampaignName = new("پویش شهردارشو", "Become a mayor");

    [Fact]
    public void Open_StartsAtTheApplicationStage_OnTheDayTheCallOpens()
    {
        var city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        var id = YouthMayorCampaignId.New();

        var campaign = YouthMayorCampaign.Open(id, city, CampaignName, Make.Solar(1402, 11, 1), Make.Solar(1402, 11, 30)).Value;

        campaign.Stage.Should().Be(CampaignStage.Application);
        campaign.Stages.Should().Equal(new CampaignStageStart(CampaignStage.Application, Make.Solar(1402, 11, 1)));
        campaign.MunicipalityId.Should().Be(city.Id);
        campaign.Charter.Should().Be(city.Charter);
        campaign.TermStartedOn.Should().BeNull();
        campaign.DomainEvents.Should().ContainSingle().Which.Should()
            .Be(new YouthMayorCampaignOpened(id, city.Id, Make.Solar(1402, 11, 1), Make.Solar(1402, 11, 30)));
    }

    [Fact]
    public void Open_KeepsTheCharterOfTheDayTheCallOpened_WhenTheCityLaterAdoptsAnother()
    {
        var scenario = new CampaignScenario();

        scenario.City.AdoptCharter(RafsanjanPreset.Charter with { YouthCohort = new BirthCohort(1390) }).ThrowIfFailed();

        scenario.Campaign.Charter.YouthCohort.Should().Be(new BirthCohort(1380));
    }

    [Fact]
    public void Open_Refuses_WhenTheCallClosesBeforeItOpens()
    {
        var city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());

        var result = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), city, CampaignName, Make.Solar(1402, 11, 1), Make.Solar(1402, 10, 30));

        result.ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.CallClosesBeforeOpening,
            "The call cannot close on 30 Dey 1402, before it opens on 1 Bahman 1402.");
    }

    [Fact]
    public void Open_Refuses_WhenNobodyOfTheCohortIsInsideTheAgeWindowOnTheOpeningDay()
    {
        // In 1415 the 1380s cohort is 25 to 35, above the 12-23 window.
        var city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());

        var result = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), city, CampaignName, Make.Solar(1415, 1, 15), Make.Solar(1415, 2, 15));

        result.ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.CohortOutsideAgeWindow,
            "On 15 Farvardin 1415 nobody born in the 1380s is aged 12 to 23; update the charter's YouthCohort or YouthAgeWindow.")
            .Message.Persian.Should().Contain("۱۴۱۵/۰۱/۱۵");
    }

    [Fact]
    public void Open_Throws_ForBrokenCallerContracts()
    {
        var city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        var opens = Make.Solar(1402, 11, 1);

        FluentActions.Invoking(() => YouthMayorCampaign.Open(default, city, CampaignName, opens, opens)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => YouthMayorCampaign.Open(YouthMayorCampaignId.New(), null!, CampaignName, opens, opens)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => YouthMayorCampaign.Open(YouthMayorCampaignId.New(), city, null!, opens, opens)).Should().Throw<ArgumentNullException>();
    }
}
