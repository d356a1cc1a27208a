using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.Tests.YouthMayors;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Events;
using ParticipatoryGovernance.YouthMayors.UseCases;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.UseCases;

/// <summary>The youth-mayor acts through their handlers: raw input refused by rule id, the change stored with its events.</summary>
public sealed class YouthMayorUseCasesTest
{
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000b3"));
    private static readonly GovernanceCharter ElectionCharter = RafsanjanPreset.Charter with { YouthMayorSelection = YouthMayorSelection.Election };
    private static readonly LocalDate PollOpens = Make.Solar(1403, 1, 25);
    private static readonly LocalDate PollCloses = Make.Solar(1403, 1, 27);
    private readonly FakeClock _clock = new(Instant.FromUtc(2024, 1, 1, 0, 0));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly Neighbourhood _elsewhere = Make.Neighbourhood(1, Other);
    private readonly Resident _stranger;
    private readonly YouthMayorCampaign _otherCampaign;

    public YouthMayorUseCasesTest()
    {
        var otherCity = RafsanjanPreset.CreateMunicipality(Other);
        _stranger = Make.Resident(_elsewhere.Id, "رضا", "نوری", Gender.Male, 1385, 6, 15);
        _otherCampaign = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), otherCity, new LocalizedText("دیگر", "Other"), CallOpens, CallCloses).Value;
        _store.With(otherCity, _elsewhere, _stranger, _otherCampaign);
    }

    [Fact]
    public async Task Open_StoresTheCampaignAndReturnsItsEvents_WhenTheInputIsGood()
    {
        var scenario = Stored(new CampaignScenario());
        On(CallOpens);

        var result = await new OpenYouthMayorCampaignHandler(_store, _clock).HandleAsync(
            new OpenYouthMayorCampaign(scenario.City.Id, "  پویش شهردارشو ۱۴۰۳ ", null, CallOpens, CallCloses));

        result.IsSuccess.Should().BeTrue(result.ToString());
        var campaign = _store.All<YouthMayorCampaign>().Should().ContainSingle(c => c.Id == result.Value.Id).Subject;
        campaign.Name.Should().Be(new LocalizedText("پویش شهردارشو ۱۴۰۳", "پویش شهردارشو ۱۴۰۳"));
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<YouthMayorCampaignOpened>();
        _store.Stored.Should().Equal(result.Value.Events);
    }

    [Theory]
    [InlineData(5_000, 0, "input.too-long")]
    [InlineData(0, 0, "input.required")]
    [InlineData(10, 7_000, UseCaseRules.DateOutOfRange)]
    [InlineData(10, -3_000, UseCaseRules.DateOutOfRange)]
    public async Task Open_RefusesByRule_WhenAFieldIsBad(int nameLength, int yearsAway, string rule)
    {
        var scenario = Stored(new CampaignScenario());
        On(CallOpens);

        var result = await new OpenYouthMayorCampaignHandler(_store, _clock).HandleAsync(
            new OpenYouthMayorCampaign(scenario.City.Id, new string('پ', nameLength), new string('x', nameLength), CallOpens, CallCloses.PlusYears(yearsAway)));

        result.Violations.Select(v => v.Rule).Should().Contain(rule);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Open_RefusesAsMunicipalityNotFound_WhenTheCityIsNotStored()
    {
        var result = await new OpenYouthMayorCampaignHandler(_store, _clock).HandleAsync(
            new OpenYouthMayorCampaign(MunicipalityId.New(), "پویش", null, CallOpens, CallCloses));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.MunicipalityNotFound);
    }

    [Fact]
    public async Task Advance_StoresTheNextStage_WhenTheCampaignMayMoveOn()
    {
        var scenario = new CampaignScenario();
        scenario.Apply(scenario.Resident(scenario.North, Gender.Male));
        Stored(scenario);
        On(ShortlistOn);

        var result = await Advance(scenario, CampaignStage.Shortlisting);

        result.IsSuccess.Should().BeTrue(result.ToString());
        scenario.Campaign.Stage.Should().Be(CampaignStage.Shortlisting);
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<YouthMayorCampaignStageStarted>();
    }

    [Fact]
    public async Task Advance_RefusesAsUnknownChoice_WhenTheStageIsUndefined()
    {
        var scenario = Stored(new CampaignScenario());

        var result = await Advance(scenario, (CampaignStage)99);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.UnknownChoice);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Advance_RefusesAsNotFound_WhenTheCampaignBelongsToAnotherCity()
    {
        var scenario = Stored(new CampaignScenario());

        var result = await new AdvanceCampaignHandler(_store, _clock).HandleAsync(
            new AdvanceCampaign(scenario.City.Id, _otherCampaign.Id, CampaignStage.Shortlisting));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        _otherCampaign.Stage.Should().Be(CampaignStage.Application);
    }

    [Fact]
    public async Task Apply_RefusesAGuardianNameOverTwoLines_InsteadOfThrowing()
    {
        var scenario = new CampaignScenario();
        var minor = scenario.Resident(scenario.North, Gender.Female);
        Stored(scenario, minor);
        On(ApplyOn);

        var result = await Apply(scenario, minor, "مریم\r\nزهرا", "کریمی", GuardianRelationship.Parent, CallOpens);

        result.Violations.Should().ContainSingle().Which.Rule.Should().StartWith("input.");
        scenario.Campaign.Applications.Should().BeEmpty();
    }

    [Fact]
    public async Task Apply_StoresTheApplicationWithTheConsent_WhenAMinorHasIt()
    {
        var scenario = new CampaignScenario();
        var minor = scenario.Resident(scenario.North, Gender.Female);
        Stored(scenario, minor);
        On(ApplyOn);

        var result = await Apply(scenario, minor, " مریم ", "کریمی", GuardianRelationship.Parent, CallOpens);

        result.IsSuccess.Should().BeTrue(result.ToString());
        var application = scenario.Campaign.Applications.Should().ContainSingle().Subject;
        application.GuardianConsent.Should().Be(new GuardianConsent(new PersonName("مریم", "کریمی"), GuardianRelationship.Parent, CallOpens));
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<YouthMayorApplicationAccepted>();
    }

    [Theory]
    [InlineData(5_000, 1, 0, "input.too-long")]
    [InlineData(0, 1, 0, "input.required")]
    [InlineData(5, 7, 0, UseCaseRules.UnknownChoice)]
    [InlineData(5, 1, 7_000, UseCaseRules.DateOutOfRange)]
    public async Task Apply_RefusesByRule_WhenTheConsentIsBad(int nameLength, int relationship, int yearsAway, string rule)
    {
        var scenario = new CampaignScenario();
        var minor = scenario.Resident(scenario.North, Gender.Female);
        Stored(scenario, minor);
        On(ApplyOn);

        var result = await Apply(scenario, minor, new string('م', nameLength), "کریمی", (GuardianRelationship)relationship, CallOpens.PlusYears(yearsAway));

        result.Violations.Select(v => v.Rule).Should().Contain(rule);
        scenario.Campaign.Applications.Should().BeEmpty();
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Apply_RefusesAConsentWithoutItsDate_InsteadOfThrowing()
    {
        // A form that sends the guardian's name but leaves the date empty.
        var scenario = new CampaignScenario();
        var minor = scenario.Resident(scenario.North, Gender.Female);
        Stored(scenario, minor);
        On(ApplyOn);

        var result = await Apply(scenario, minor, "مریم", "کریمی", GuardianRelationship.Parent, null);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be("input.required");
        scenario.Campaign.Applications.Should().BeEmpty();
    }

    [Fact]
    public async Task Apply_ReturnsTheCampaignsRefusal_WhenAMinorHasNoConsent()
    {
        var scenario = new CampaignScenario();
        var minor = scenario.Resident(scenario.North, Gender.Female);
        Stored(scenario, minor);
        On(ApplyOn);

        var result = await Apply(scenario, minor, null, null, null, null);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be("youth-campaign.guardian-consent-required");
    }

    [Fact]
    public async Task Apply_RefusesAsNotFound_WhenTheApplicantLivesInAnotherCity()
    {
        var scenario = Stored(new CampaignScenario());
        On(ApplyOn);

        var result = await Apply(scenario, _stranger, "مریم", "کریمی", GuardianRelationship.Parent, CallOpens);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
    }

    [Fact]
    public async Task Shortlist_StoresTheShortlisting_WhenTheApplicationIsTheCampaigns()
    {
        var scenario = new CampaignScenario();
        var application = scenario.Apply(scenario.Resident(scenario.North, Gender.Male));
        scenario.Advance(CampaignStage.Shortlisting, ShortlistOn);
        Stored(scenario);
        On(ShortlistOn);

        var result = await Shortlist(scenario, application);

        result.IsSuccess.Should().BeTrue(result.ToString());
        scenario.Campaign.Applications.Single().IsShortlisted.Should().BeTrue();
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<YouthMayorApplicantShortlisted>();
    }

    [Fact]
    public async Task Shortlist_RefusesAsNotFound_WhenTheApplicationIsNotTheCampaigns()
    {
        var scenario = Stored(new CampaignScenario());

        var result = await Shortlist(scenario, YouthMayorApplicationId.New());

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
    }

    [Fact]
    public async Task HoldInterviewSession_StoresTheSession_LedByTheNeighbourhoodsMayor()
    {
        var (scenario, applications) = AtInterviews();
        On(InterviewsOn);

        var result = await Interview(scenario, scenario.North.Id, new InterviewInput(applications[0], 80, "  خوب  "), new InterviewInput(applications[1], null, "روشن"));

        result.IsSuccess.Should().BeTrue(result.ToString());
        var session = scenario.Campaign.InterviewSessions.Should().ContainSingle().Subject;
        session.Lead.Should().Be(scenario.North.Mayor);
        session.Interviews.Select(i => i.Notes).Should().Equal("خوب", "روشن");
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<InterviewSessionHeld>();
    }

    [Theory]
    [InlineData(-1, "یادداشت", InputRuleIds.NumberOutOfRange)]
    [InlineData(101, "یادداشت", InputRuleIds.NumberOutOfRange)]
    [InlineData(50, null, null)]
    [InlineData(null, "   ", "input.required")]
    [InlineData(null, null, "input.required")]
    public async Task HoldInterviewSession_RefusesByRule_WhenAnInterviewIsBad(int? score, string? notes, string? rule)
    {
        var (scenario, applications) = AtInterviews();
        On(InterviewsOn);

        var result = await Interview(scenario, scenario.North.Id, new InterviewInput(applications[0], score, notes));

        if (rule is null)
        {
            result.IsSuccess.Should().BeTrue(result.ToString());
            return;
        }

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
        scenario.Campaign.InterviewSessions.Should().BeEmpty();
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task HoldInterviewSession_RefusesEveryBadInterviewAtOnce_WhenTheNotesAreTooLongAndAnApplicantRepeats()
    {
        var (scenario, applications) = AtInterviews();
        On(InterviewsOn);

        var result = await Interview(scenario, scenario.North.Id, new InterviewInput(applications[0], 50, new string('x', 5_000)), new InterviewInput(applications[0], 60));

        result.Violations.Select(v => v.Rule).Should().BeEquivalentTo(["input.too-long", UseCaseRules.ChosenTwice]);
    }

    [Theory]
    [InlineData(2024, 5, 18)]
    [InlineData(1299, 12, 29)]
    public async Task HoldInterviewSession_RefusesADateOutsideTheWindow_AsNotASessionDate_NotAsNotYetHeld(int year, int month, int day)
    {
        // A Gregorian date typed into a Solar Hijri field reads as a Solar Hijri year centuries ahead.
        var (scenario, applications) = AtInterviews();
        On(InterviewsOn);
        var typed = Make.Solar(year, month, day);

        var result = await new HoldInterviewSessionHandler(_store, _clock).HandleAsync(
            new HoldInterviewSession(scenario.City.Id, scenario.Campaign.Id, scenario.North.Id, [new InterviewInput(applications[0], 70)], typed));

        var refusal = result.Violations.Should().ContainSingle().Subject;
        refusal.Rule.Should().Be(UseCaseRules.DateOutOfRange);
        refusal.Field.Should().Be(nameof(HoldInterviewSession.HeldOn));
        refusal.Message.English.Should().Contain("is not the Solar Hijri date of an interview session").And.Contain("a Gregorian date is not accepted").And.NotContain("once held");
        refusal.Message.Persian.Should().Contain("تاریخ میلادی پذیرفته نمی‌شود");
        scenario.Campaign.InterviewSessions.Should().BeEmpty();
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task HoldInterviewSession_RefusesTomorrow_AsNotYetHeld()
    {
        var (scenario, applications) = AtInterviews();
        On(InterviewsOn);

        var result = await new HoldInterviewSessionHandler(_store, _clock).HandleAsync(
            new HoldInterviewSession(scenario.City.Id, scenario.Campaign.Id, scenario.North.Id, [new InterviewInput(applications[0], 70)], InterviewsOn.PlusDays(1)));

        result.Violations.Should().ContainSingle().Which.Message.English.Should().StartWith("A session is recorded once held");
    }

    [Fact]
    public async Task HoldInterviewSession_RefusesByRule_WhenNoInterviewOrAnUnknownApplicationOrAnotherCitysNeighbourhood()
    {
        var (scenario, _) = AtInterviews();
        On(InterviewsOn);

        (await Interview(scenario, scenario.North.Id)).Violations.Single().Rule.Should().Be(UseCaseRules.NothingChosen);
        (await Interview(scenario, scenario.North.Id, new InterviewInput(YouthMayorApplicationId.New(), 50))).Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await Interview(scenario, scenario.North.Id, new InterviewInput(default, 50))).Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await Interview(scenario, _elsewhere.Id, new InterviewInput(YouthMayorApplicationId.New(), 50))).Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task SelectYouthMayors_StoresBothSeats_WhenTheBoyAndTheGirlMayTakeThem()
    {
        var (scenario, boy, girl) = AtSelection();
        On(SelectionOn);

        var result = await Select(scenario, boy, girl);

        result.IsSuccess.Should().BeTrue(result.ToString());
        scenario.Campaign.YouthMayors.Select(m => m.Gender).Should().BeEquivalentTo([Gender.Male, Gender.Female]);
        result.Value.Events.OfType<YouthMayorChosen>().Should().HaveCount(2);
        _store.Writes.Should().Be(1);
    }

    [Fact]
    public async Task SelectYouthMayors_StoresNeither_WhenTheGirlsSeatIsRefused()
    {
        var (scenario, boy, _) = AtSelection();
        var secondBoy = OtherApplicant(scenario, Gender.Male, boy);
        On(SelectionOn);

        var result = await Select(scenario, boy, secondBoy);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(YouthMayorCampaignRuleIds.WrongGenderForSeat);
        scenario.Campaign.YouthMayors.Should().BeEmpty();
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task SelectYouthMayors_StoresNeither_WhenTheBoysSeatIsRefused()
    {
        var (scenario, _, girl) = AtSelection();
        On(SelectionOn);

        (await Select(scenario, OtherApplicant(scenario, Gender.Female, girl), girl)).Violations.Should().ContainSingle().Which.Rule.Should().Be(YouthMayorCampaignRuleIds.WrongGenderForSeat);
        (await Select(scenario, girl, girl)).Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.ChosenTwice);
        scenario.Campaign.YouthMayors.Should().BeEmpty();
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task SelectYouthMayors_RefusesByRule_WhenNothingOrAnUnknownApplicationIsChosen()
    {
        var (scenario, boy, _) = AtSelection();
        On(SelectionOn);

        (await Select(scenario, null, null)).Violations.Single().Rule.Should().Be(UseCaseRules.NothingChosen);
        (await Select(scenario, boy, YouthMayorApplicationId.New())).Violations.Single().Rule.Should().Be(YouthMayorCampaignRuleIds.UnknownApplication);
        scenario.Campaign.YouthMayors.Should().BeEmpty();
    }

    [Fact]
    public async Task AddTeamMember_StoresTheMember_WhenTheFieldIsTheCharters()
    {
        var (scenario, mayor, member) = WithYouthMayor();
        On(SelectionOn);

        var result = await AddMember(scenario, mayor, member, " traffic ", consent: true);

        result.IsSuccess.Should().BeTrue(result.ToString());
        scenario.Campaign.FindYouthMayor(mayor)!.Team.Members.Should().ContainSingle().Which.UrbanFieldKey.Should().Be("traffic");
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<YouthTeamMemberJoined>();
    }

    [Fact]
    public async Task AddTeamMember_RefusesByRule_WhenTheFieldMemberOrYouthMayorIsUnknown()
    {
        var (scenario, mayor, member) = WithYouthMayor();
        On(SelectionOn);

        (await AddMember(scenario, mayor, member, "no-such-field", consent: true)).Violations.Single().Rule.Should().Be(UseCaseRules.UnknownChoice);
        (await AddMember(scenario, mayor, member, null, consent: true)).Violations.Single().Rule.Should().Be(UseCaseRules.UnknownChoice);
        (await AddMember(scenario, mayor, _stranger, "traffic", consent: true)).Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await AddMember(scenario, YouthMayorId.New(), member, "traffic", consent: true)).Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await AddMember(scenario, mayor, member, "traffic", consent: false)).Violations.Single().Rule.Should().Be("youth-campaign.guardian-consent-required");
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task ElectionActs_CallVoteCountAndDeclare_StoringEachChange()
    {
        var (scenario, candidate, voter) = ElectionAtSelection();
        On(SelectionOn);

        var called = await new CallYouthMayorElectionHandler(_store, _clock).HandleAsync(
            new CallYouthMayorElection(scenario.City.Id, scenario.Campaign.Id, scenario.North.Id, Gender.Male, PollOpens, PollCloses));
        called.IsSuccess.Should().BeTrue(called.ToString());
        called.Value.Events.Should().ContainSingle().Which.Should().BeOfType<YouthMayorElectionCalled>();
        _store.All<YouthMayorElection>().Should().ContainSingle(e => e.Id == called.Value.Id);

        On(PollOpens);
        var cast = await new CastYouthMayorBallotHandler(_store, _clock).HandleAsync(new CastYouthMayorBallot(scenario.City.Id, called.Value.Id, voter.Id, candidate.Id));
        cast.IsSuccess.Should().BeTrue(cast.ToString());

        On(PollCloses);
        var counted = await new CountYouthMayorElectionHandler(_store, _clock).HandleAsync(new CountYouthMayorElection(scenario.City.Id, called.Value.Id));
        counted.IsSuccess.Should().BeTrue(counted.ToString());
        counted.Value.Events.Should().ContainSingle().Which.Should().BeOfType<YouthMayorElectionCounted>();

        var declared = await new DeclareYouthMayorElectedHandler(_store, _clock).HandleAsync(new DeclareYouthMayorElected(scenario.City.Id, called.Value.Id));
        declared.IsSuccess.Should().BeTrue(declared.ToString());
        scenario.Campaign.YouthMayors.Should().ContainSingle().Which.ResidentId.Should().Be(candidate.Id);
    }

    [Fact]
    public async Task CallElection_RefusesByRule_WhenTheSeatOrDatesAreBad()
    {
        var (scenario, _, _) = ElectionAtSelection();
        On(SelectionOn);
        var handler = new CallYouthMayorElectionHandler(_store, _clock);

        (await handler.HandleAsync(new CallYouthMayorElection(scenario.City.Id, scenario.Campaign.Id, scenario.North.Id, (Gender)9, PollOpens, PollCloses)))
            .Violations.Single().Rule.Should().Be(UseCaseRules.UnknownChoice);
        (await handler.HandleAsync(new CallYouthMayorElection(scenario.City.Id, scenario.Campaign.Id, scenario.North.Id, Gender.Male, PollOpens, new LocalDate(9999, 12, 31))))
            .Violations.Single().Rule.Should().Be(UseCaseRules.DateOutOfRange);
        (await handler.HandleAsync(new CallYouthMayorElection(scenario.City.Id, scenario.Campaign.Id, _elsewhere.Id, Gender.Male, PollOpens, PollCloses)))
            .Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await handler.HandleAsync(new CallYouthMayorElection(scenario.City.Id, _otherCampaign.Id, scenario.North.Id, Gender.Male, PollOpens, PollCloses)))
            .Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        _store.All<YouthMayorElection>().Should().BeEmpty();
    }

    [Fact]
    public async Task CastBallot_RefusesAsNotFound_WhenTheVoterOrTheElectionBelongsToAnotherCity()
    {
        var (scenario, candidate, voter) = ElectionAtSelection();
        var election = scenario.Campaign.CallElection(YouthMayorElectionId.New(), scenario.North, Gender.Male, PollOpens, PollCloses).Value;
        _store.With(election);
        On(PollOpens);
        var handler = new CastYouthMayorBallotHandler(_store, _clock);

        (await handler.HandleAsync(new CastYouthMayorBallot(scenario.City.Id, election.Id, _stranger.Id, candidate.Id)))
            .Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await handler.HandleAsync(new CastYouthMayorBallot(Other, election.Id, _stranger.Id, candidate.Id)))
            .Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await handler.HandleAsync(new CastYouthMayorBallot(scenario.City.Id, election.Id, voter.Id, candidate.Id, candidate.Id)))
            .Violations.Single().Rule.Should().Be("youth-election.second-preference-repeats-first");
        election.BallotsCast.Should().Be(0);
    }

    private void On(LocalDate date) =>
        _clock.Reset(date.At(new LocalTime(10, 0)).InZoneStrictly(PersianDates.TimeZone).ToInstant());

    private CampaignScenario Stored(CampaignScenario scenario, params Resident[] residents)
    {
        _store.With([scenario.City, .. scenario.Neighbourhoods, scenario.Campaign, .. residents]);
        return scenario;
    }

    private (CampaignScenario Scenario, List<YouthMayorApplicationId> Applications) AtInterviews()
    {
        var scenario = new CampaignScenario();
        var ids = scenario.Shortlisted(scenario.Resident(scenario.North, Gender.Male), scenario.Resident(scenario.North, Gender.Female));
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);
        Stored(scenario);
        return (scenario, ids);
    }

    /// <summary>A boy and a girl interviewed for North, and a second boy shortlisted but not interviewed, at selection.</summary>
    private (CampaignScenario Scenario, YouthMayorApplicationId Boy, YouthMayorApplicationId Girl) AtSelection()
    {
        var scenario = new CampaignScenario();
        // Every shortlisted applicant of the neighbourhood is interviewed: its youth mayors are chosen only then.
        Resident[] applicants =
        [
            scenario.Resident(scenario.North, Gender.Male), scenario.Resident(scenario.North, Gender.Female),
            scenario.Resident(scenario.North, Gender.Male), scenario.Resident(scenario.North, Gender.Female),
        ];
        var ids = scenario.Shortlisted(applicants);
        scenario.Advance(CampaignStage.Interviews, InterviewsOn);
        scenario.Interview(applicants.Zip(ids));
        scenario.Advance(CampaignStage.Selection, SelectionOn);
        Stored(scenario);
        return (scenario, ids[0], ids[1]);
    }

    /// <summary>Another interviewed applicant of the neighbourhood, of the given gender.</summary>
    private static YouthMayorApplicationId OtherApplicant(CampaignScenario scenario, Gender gender, YouthMayorApplicationId not) =>
        scenario.Campaign.Applications.First(a => a.Gender == gender && a.Id != not).Id;

    private (CampaignScenario Scenario, YouthMayorId Mayor, Resident Member) WithYouthMayor()
    {
        var scenario = new CampaignScenario();
        var boy = scenario.Resident(scenario.North, Gender.Male);
        var ids = scenario.InterviewedAndSelecting(boy);
        var mayor = scenario.Select(boy, ids[0]);
        var member = scenario.Resident(scenario.North, Gender.Female, 1386, 3, 3);
        Stored(scenario, member);
        return (scenario, mayor, member);
    }

    private (CampaignScenario Scenario, Resident Candidate, Resident Voter) ElectionAtSelection()
    {
        var scenario = new CampaignScenario(ElectionCharter);
        var candidate = scenario.Resident(scenario.North, Gender.Male);
        var voter = scenario.Resident(scenario.North, Gender.Female, 1386);
        scenario.Shortlisted(candidate);
        scenario.Advance(CampaignStage.Selection, SelectionOn);
        Stored(scenario, candidate, voter);
        return (scenario, candidate, voter);
    }

    private Task<Result<Changed>> Advance(CampaignScenario scenario, CampaignStage stage) =>
        new AdvanceCampaignHandler(_store, _clock).HandleAsync(new AdvanceCampaign(scenario.City.Id, scenario.Campaign.Id, stage));

    private Task<Result<Changed>> Apply(CampaignScenario scenario, Resident applicant, string? given, string? family, GuardianRelationship? relationship, LocalDate? givenOn) =>
        new ApplyAsYouthMayorHandler(_store, _clock).HandleAsync(new ApplyAsYouthMayor(scenario.City.Id, scenario.Campaign.Id, applicant.Id, given, family, relationship, givenOn));

    private Task<Result<Changed>> Shortlist(CampaignScenario scenario, YouthMayorApplicationId application) =>
        new ShortlistApplicationHandler(_store, _clock).HandleAsync(new ShortlistApplication(scenario.City.Id, scenario.Campaign.Id, application));

    private Task<Result<Changed>> Interview(CampaignScenario scenario, NeighbourhoodId neighbourhood, params InterviewInput[] interviews) =>
        new HoldInterviewSessionHandler(_store, _clock).HandleAsync(new HoldInterviewSession(scenario.City.Id, scenario.Campaign.Id, neighbourhood, interviews));

    private Task<Result<Changed>> Select(CampaignScenario scenario, YouthMayorApplicationId? boy, YouthMayorApplicationId? girl) =>
        new SelectYouthMayorsHandler(_store, _clock).HandleAsync(new SelectYouthMayors(scenario.City.Id, scenario.Campaign.Id, scenario.North.Id, boy, girl));

    private Task<Result<Changed>> AddMember(CampaignScenario scenario, YouthMayorId mayor, Resident member, string? field, bool consent) =>
        new AddTeamMemberHandler(_store, _clock).HandleAsync(consent
            ? new AddTeamMember(scenario.City.Id, scenario.Campaign.Id, mayor, member.Id, field, "پدر", "عضو", GuardianRelationship.Parent, SelectionOn)
            : new AddTeamMember(scenario.City.Id, scenario.Campaign.Id, mayor, member.Id, field));
}
