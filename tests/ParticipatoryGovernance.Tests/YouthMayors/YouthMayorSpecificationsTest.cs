using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Specifications;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.YouthMayors;

/// <summary>The youth-mayor specifications, evaluated in memory with <c>spec.Evaluate(list)</c>.</summary>
public class YouthMayorSpecificationsTest
{
    [Fact]
    public void YouthMayorCampaignsOfMunicipalitySpec_ReturnsTheCitysCampaigns_LatestCallFirst()
    {
        var city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        var other = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        var name = new ParticipatoryGovernance.Common.LocalizedText("پویش", "Campaign");
        var older = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), city, name, Make.Solar(1402, 11, 1), Make.Solar(1402, 11, 30)).Value;
        var newer = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), city, name, Make.Solar(1403, 11, 1), Make.Solar(1403, 11, 30)).Value;
        var elsewhere = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), other, name, Make.Solar(1403, 1, 1), Make.Solar(1403, 1, 30)).Value;

        new YouthMayorCampaignsOfMunicipalitySpec(city.Id).Evaluate([older, elsewhere, newer]).Should().Equal(newer, older);
    }

    [Fact]
    public void YouthMayorElectionsOfCampaignSpec_FiltersByNeighbourhoodAndSeat_WhenGiven()
    {
        var scenario = new CampaignScenario(RafsanjanPreset.Charter with { YouthMayorSelection = YouthMayorSelection.Election });
        scenario.Shortlisted(
            scenario.Resident(scenario.North, Gender.Male), scenario.Resident(scenario.North, Gender.Female), scenario.Resident(scenario.South, Gender.Male));
        scenario.Advance(CampaignStage.Selection, SelectionOn);
        YouthMayorElection Call(int neighbourhood, Gender seat, int day) =>
            scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.Neighbourhoods[neighbourhood], seat, SelectionOn.PlusDays(day), SelectionOn.PlusDays(day + 2)).Value;
        var northGirls = Call(0, Gender.Female, 3);
        var northBoys = Call(0, Gender.Male, 1);
        var southBoys = Call(1, Gender.Male, 2);
        var otherCampaign = new CampaignScenario(scenario.Campaign.Charter);
        otherCampaign.Shortlisted(otherCampaign.Resident(otherCampaign.North, Gender.Male));
        otherCampaign.Advance(CampaignStage.Selection, SelectionOn);
        var foreign = otherCampaign.Campaign.CallElection(YouthMayorElectionId.New(), otherCampaign.North, Gender.Male, SelectionOn, SelectionOn).Value;
        List<YouthMayorElection> all = [northGirls, foreign, southBoys, northBoys];

        new YouthMayorElectionsOfCampaignSpec(scenario.Campaign.Id).Evaluate(all).Should().Equal(northBoys, southBoys, northGirls);
        new YouthMayorElectionsOfCampaignSpec(scenario.Campaign.Id, scenario.North.Id).Evaluate(all).Should().Equal(northBoys, northGirls);
        new YouthMayorElectionsOfCampaignSpec(scenario.Campaign.Id, seat: Gender.Male).Evaluate(all).Should().Equal(northBoys, southBoys);
        new YouthMayorElectionsOfCampaignSpec(scenario.Campaign.Id, scenario.North.Id, Gender.Female).Evaluate(all).Should().Equal(northGirls);
    }

    [Fact]
    public void YouthMayorSpecs_BreakTiesByIdentifier_WhenDatesAreEqual()
    {
        var scenario = new CampaignScenario(RafsanjanPreset.Charter with { YouthMayorSelection = YouthMayorSelection.Election });
        scenario.Shortlisted(scenario.Resident(scenario.North, Gender.Male), scenario.Resident(scenario.South, Gender.Male));
        scenario.Advance(CampaignStage.Selection, SelectionOn);
        var high = scenario.Campaign.CallElection(new YouthMayorElectionId(Guid.Parse("00000000-0000-7000-8000-000000000002")), scenario.North, Gender.Male, SelectionOn, SelectionOn).Value;
        var low = scenario.Campaign.CallElection(new YouthMayorElectionId(Guid.Parse("00000000-0000-7000-8000-000000000001")), scenario.South, Gender.Male, SelectionOn, SelectionOn).Value;
        var name = new ParticipatoryGovernance.Common.LocalizedText("پویش", "Campaign");
        var second = YouthMayorCampaign.Open(new YouthMayorCampaignId(Guid.Parse("00000000-0000-7000-8000-00000000000b")), scenario.City, name, CallOpens, CallCloses).Value;
        var first = YouthMayorCampaign.Open(new YouthMayorCampaignId(Guid.Parse("00000000-0000-7000-8000-00000000000a")), scenario.City, name, CallOpens, CallCloses).Value;

        new YouthMayorElectionsOfCampaignSpec(scenario.Campaign.Id).Evaluate([high, low]).Should().Equal(low, high);
        new YouthMayorCampaignsOfMunicipalitySpec(scenario.City.Id).Evaluate([second, first]).Should().Equal(first, second);
    }
}
