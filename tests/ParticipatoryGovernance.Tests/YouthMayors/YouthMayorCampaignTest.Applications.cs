using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Events;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public partial class YouthMayorCampaignTest
{
    [Fact]
    public void Apply_AcceptsAResidentOfTheCohort_AndRecordsTheGuardiansConsentOfAMinor()
    {
        var scenario = new CampaignScenario();
        var girl = scenario.Resident(scenario.North, Gender.Female, 1385, 6, 15); // 17 when the call opens
        var consent = Consent(ApplyOn);

        var id = scenario.Campaign.Apply(girl, scenario.North, ApplyOn, consent).Value;

        var application = scenario.Campaign.Applications.Should().ContainSingle().Subject;
        application.Id.Should().Be(id);
        application.ResidentId.Should().Be(girl.Id);
        application.NeighbourhoodId.Should().Be(scenario.North.Id);
        application.Gender.Should().Be(Gender.Female);
        application.AppliedOn.Should().Be(ApplyOn);
        application.IsMinorAtCall.Should().BeTrue();
        application.GuardianConsent.Should().Be(consent);
        application.IsShortlisted.Should().BeFalse();
        scenario.Campaign.FindApplicationOf(girl.Id).Should().BeSameAs(application);
        scenario.Campaign.DomainEvents.OfType<YouthMayorApplicationAccepted>().Should().ContainSingle()
            .Which.Should().Be(new YouthMayorApplicationAccepted(scenario.Campaign.Id, id, girl.Id, scenario.North.Id));
    }

    [Fact]
    public void Apply_AcceptsAnAdultWithoutConsent_AndRecordsNoGuardianDataForThem()
    {
        var scenario = new CampaignScenario();
        var adult = scenario.Resident(scenario.North, Gender.Male, 1381, 3, 1); // 21 when the call opens

        scenario.Campaign.Apply(adult, scenario.North, ApplyOn, Consent()).IsSuccess.Should().BeTrue();

        var application = scenario.Campaign.Applications.Single();
        application.IsMinorAtCall.Should().BeFalse();
        application.GuardianConsent.Should().BeNull("guardian data is kept only where the law asks for it");
    }

    [Fact]
    public void Apply_MeasuresMinorityOnTheDayTheCallOpened()
    {
        // 18 on 5 Bahman 1402, after the call opened on the 1st: still a minor at the call date.
        var scenario = new CampaignScenario();
        var applicant = scenario.Resident(scenario.North, Gender.Male, 1384, 11, 5);

        scenario.Campaign.Apply(applicant, scenario.North, ApplyOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.GuardianConsentRequired,
            "The applicant is under 18; record a parent's or guardian's consent.");
    }

    [Fact]
    public void Apply_Refuses_BeforeTheCallOpens()
    {
        var scenario = new CampaignScenario();
        var applicant = scenario.Resident(scenario.North, Gender.Male);

        scenario.Campaign.Apply(applicant, scenario.North, CallOpens.PlusDays(-1), Consent(CallOpens.PlusDays(-1))).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.CallNotOpen,
            "The call opens on 1 Bahman 1402; applications are accepted from then until 30 Bahman 1402.");
    }

    [Fact]
    public void Apply_Refuses_AfterTheCallCloses()
    {
        var scenario = new CampaignScenario();
        var applicant = scenario.Resident(scenario.North, Gender.Male);

        var result = scenario.Campaign.Apply(applicant, scenario.North, CallCloses.PlusDays(1), Consent());

        result.ShouldBeRefusedWith(YouthMayorCampaignRuleIds.CallClosed, "The call closed on 30 Bahman 1402; no more applications are accepted.")
            .Message.Persian.Should().Contain("۱۴۰۲/۱۱/۳۰");
        scenario.Campaign.Applications.Should().BeEmpty();
    }

    [Fact]
    public void Apply_Refuses_OnceShortlistingHasStarted_EvenWithAnEarlierDate()
    {
        var scenario = new CampaignScenario();
        scenario.Apply(scenario.Resident(scenario.North, Gender.Male));
        scenario.Advance(CampaignStage.Shortlisting, ShortlistOn);

        scenario.Campaign.Apply(scenario.Resident(scenario.North, Gender.Female), scenario.North, CallCloses, Consent()).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.CallClosed, "The call closed on 30 Bahman 1402; no more applications are accepted.");
    }

    [Fact]
    public void Apply_Refuses_AResidentOfAnotherMunicipality()
    {
        var scenario = new CampaignScenario();
        var elsewhere = Make.Neighbourhood(1, MunicipalityId.New());
        var outsider = Make.Resident(elsewhere.Id, "سارا", "رضایی", Gender.Female, 1385, 6, 15);

        scenario.Campaign.Apply(outsider, elsewhere, ApplyOn, Consent()).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.OtherMunicipality,
            "Neighbourhood 1 belongs to another municipality; this campaign is for its own municipality's neighbourhoods.");
    }

    [Fact]
    public void Apply_Refuses_ASecondApplication()
    {
        var scenario = new CampaignScenario();
        var applicant = scenario.Resident(scenario.North, Gender.Female);
        scenario.Apply(applicant);
        scenario.Campaign.ClearDomainEvents();

        var again = scenario.Campaign.Apply(applicant, scenario.North, ApplyOn.PlusDays(3), Consent());

        again.ShouldBeRefusedWith(YouthMayorCampaignRuleIds.AlreadyApplied, "This resident already applied on 10 Bahman 1402; each resident applies once.");
        scenario.Campaign.Applications.Should().ContainSingle();
        scenario.Campaign.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void Apply_Refuses_AResidentBornOutsideTheCohort_WithoutStatingTheirBirthDate()
    {
        var scenario = new CampaignScenario();
        var tooYoung = scenario.Resident(scenario.North, Gender.Male, 1390, 1, 1);

        var violation = scenario.Campaign.Apply(tooYoung, scenario.North, ApplyOn, Consent()).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.OutsideCohort,
            "The call is for residents born in the 1380s (1380–1389); this resident was not born in those years.");
        violation.Message.Persian.Should().Contain("دهه هشتادی").And.NotContain("۱۳۹۰/");
    }

    [Fact]
    public void Apply_Refuses_AResidentOfTheCohortOutsideTheAgeWindow()
    {
        // A 14-23 window: someone born in Esfand 1389 is 12 when the call opens.
        var scenario = new CampaignScenario(RafsanjanPreset.Charter with { YouthAgeWindow = new AgeWindow(14, 23) });
        var applicant = scenario.Resident(scenario.North, Gender.Female, 1389, 12, 1);

        scenario.Campaign.Apply(applicant, scenario.North, ApplyOn, Consent()).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.OutsideAgeWindow,
            "Applicants must be 14 to 23 years old on the day the call opened (1 Bahman 1402); this applicant is not.");
    }

    [Fact]
    public void Apply_Refuses_AMinorWithoutTheGuardiansConsent()
    {
        var scenario = new CampaignScenario();
        var minor = scenario.Resident(scenario.North, Gender.Female, 1387, 1, 1);

        var result = scenario.Campaign.Apply(minor, scenario.North, ApplyOn);

        result.ShouldBeRefusedWith(YouthMayorCampaignRuleIds.GuardianConsentRequired, "The applicant is under 18; record a parent's or guardian's consent.")
            .Message.Persian.Should().Contain("۱۸");
        scenario.Campaign.Applications.Should().BeEmpty();
    }

    [Fact]
    public void Apply_Refuses_AConsentDatedAfterTheApplication()
    {
        var scenario = new CampaignScenario();
        var minor = scenario.Resident(scenario.North, Gender.Female, 1387, 1, 1);

        scenario.Campaign.Apply(minor, scenario.North, ApplyOn, Consent(ApplyOn.PlusDays(1))).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.ConsentDatedLater,
            "The guardian's consent is dated 11 Bahman 1402, after 10 Bahman 1402; consent must come first.");
    }

    [Fact]
    public void Apply_Throws_ForBrokenCallerContracts()
    {
        var scenario = new CampaignScenario();
        var applicant = scenario.Resident(scenario.North, Gender.Female);

        FluentActions.Invoking(() => scenario.Campaign.Apply(null!, scenario.North, ApplyOn)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => scenario.Campaign.Apply(applicant, null!, ApplyOn)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => scenario.Campaign.Apply(applicant, scenario.South, ApplyOn)).Should().Throw<ArgumentException>()
            .WithMessage("Pass the neighbourhood the applicant lives in.*");
    }

    [Fact]
    public void Shortlist_PutsTheApplicantOnTheShortlist_OnceOnly()
    {
        var scenario = new CampaignScenario();
        var id = scenario.Apply(scenario.Resident(scenario.North, Gender.Female));
        scenario.Advance(CampaignStage.Shortlisting, ShortlistOn);

        scenario.Campaign.Shortlist(id, ShortlistOn).IsSuccess.Should().BeTrue();
        scenario.Campaign.Shortlist(id, ShortlistOn.PlusDays(2)).IsSuccess.Should().BeTrue();

        scenario.Campaign.Applications.Single().ShortlistedOn.Should().Be(ShortlistOn);
        scenario.Campaign.DomainEvents.OfType<YouthMayorApplicantShortlisted>().Should().ContainSingle();
    }

    [Fact]
    public void Shortlist_Refuses_WhileTheCallIsOpen()
    {
        var scenario = new CampaignScenario();
        var id = scenario.Apply(scenario.Resident(scenario.North, Gender.Female));

        scenario.Campaign.Shortlist(id, ApplyOn).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.NotShortlisting,
            "Shortlisting belongs to the shortlisting stage; the campaign has been at the call and applications stage since 1 Bahman 1402.");
        scenario.Campaign.Applications.Single().IsShortlisted.Should().BeFalse();
    }

    [Fact]
    public void Shortlist_Refuses_ADateBeforeTheStageStarted()
    {
        var scenario = new CampaignScenario();
        var id = scenario.Apply(scenario.Resident(scenario.North, Gender.Female));
        scenario.Advance(CampaignStage.Shortlisting, ShortlistOn);

        scenario.Campaign.Shortlist(id, ShortlistOn.PlusDays(-1)).ShouldBeRefusedWith(
            YouthMayorCampaignRuleIds.DateBeforeStage,
            "Shortlisting is dated 4 Esfand 1402, before the shortlisting stage started on 5 Esfand 1402.");
    }

    [Fact]
    public void Shortlist_Throws_ForAnApplicationOfAnotherCampaign()
    {
        var scenario = new CampaignScenario();

        FluentActions.Invoking(() => scenario.Campaign.Shortlist(YouthMayorApplicationId.New(), ShortlistOn)).Should().Throw<ArgumentException>();
    }
}
