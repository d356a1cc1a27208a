using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Events;
using ParticipatoryGovernance.Residents.UseCases;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.UseCases;

/// <summary>The active-citizen assessment as a command, and the gathering of a neighbourhood's participation it rests on.</summary>
public sealed class ActiveCitizenUseCasesTest
{
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000c3"));
    private readonly FakeClock _clock = new(At(1403, 3, 1));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly Municipality _city = City();
    private readonly Municipality _otherCity = RafsanjanPreset.CreateMunicipality(Other);
    private readonly Neighbourhood _north = Make.Neighbourhood(1);
    private readonly Neighbourhood _south = Make.Neighbourhood(2);
    private readonly Neighbourhood _elsewhere = Make.Neighbourhood(1, Other);
    private readonly Resident _proposer;
    private readonly Resident _quiet;
    private readonly Resident _neighbour;

    public ActiveCitizenUseCasesTest()
    {
        _proposer = Make.Resident(_north.Id, "سارا", "پیشنهاددهنده", Gender.Female, 1370, 1, 1);
        _quiet = Make.Resident(_north.Id, "علی", "آرام", Gender.Male, 1370, 1, 2);
        _neighbour = Make.Resident(_south.Id, "رضا", "همسایه", Gender.Male, 1370, 1, 3);
        var field = _city.Charter.UrbanFields[0];
        var first = CitizenIdea.Submit(CitizenIdeaId.New(), _city, _proposer.Id, new IdeaDraft("نیمکت پارک", "چند نیمکت در پارک", field, _south.Id), At(1403, 1, 20)).Value;
        var second = CitizenIdea.Submit(CitizenIdeaId.New(), _city, _proposer.Id, new IdeaDraft("دوچرخهٔ اشتراکی", "ایستگاه دوچرخه", field, null), At(1403, 2, 2)).Value;
        var neighbours = CitizenIdea.Submit(CitizenIdeaId.New(), _city, _neighbour.Id, new IdeaDraft("سایه‌بان", "ایستگاه سایه ندارد", field, _south.Id), At(1403, 2, 3)).Value;
        var neighboursSecond = CitizenIdea.Submit(CitizenIdeaId.New(), _city, _neighbour.Id, new IdeaDraft("آب‌خوری", "پارک آب‌خوری ندارد", field, _south.Id), At(1403, 2, 4)).Value;
        _store.With([_city, _otherCity, _north, _south, _elsewhere, _proposer, _quiet, _neighbour, first, second, neighbours, neighboursSecond]);
    }

    private Task<Result<Changed>> Assess(MunicipalityId city, NeighbourhoodId neighbourhood) =>
        new AssessActiveCitizensHandler(_store, _clock).HandleAsync(new AssessActiveCitizens(city, neighbourhood));

    [Fact]
    public async Task Assess_RecordsEachResidentOfTheNeighbourhood_AsTheModelDoes_AndNoOneElse()
    {
        var result = await Assess(_city.Id, _north.Id);

        result.IsSuccess.Should().BeTrue(result.ToString());
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<ActiveCitizenStatusChanged>().Which.ResidentId.Should().Be(_proposer.Id);
        var today = Make.Solar(1403, 3, 1);
        _proposer.IsActiveCitizen.Should().BeTrue();
        _proposer.ActiveCitizenship.Should().BeEquivalentTo(new ActiveCitizenship(today, [ActiveCitizenRules.IdeasSubmittedRuleId]));
        _quiet.IsActiveCitizen.Should().BeFalse();
        _quiet.ActiveCitizenship!.AssessedOn.Should().Be(today);
        _neighbour.ActiveCitizenship.Should().BeNull("South is not assessed");
    }

    [Fact]
    public async Task Assess_TwiceInADay_StoresNothingTheSecondTime()
    {
        (await Assess(_city.Id, _north.Id)).IsSuccess.Should().BeTrue();
        var writes = _store.Writes;

        var again = await Assess(_city.Id, _north.Id);

        again.IsSuccess.Should().BeTrue();
        again.Value.Events.Should().BeEmpty();
        _store.Writes.Should().Be(writes);
    }

    [Fact]
    public async Task Assess_AnotherCitysNeighbourhood_OrAnUnknownCity_IsRefusedAndChangesNothing()
    {
        var crossed = await Assess(_city.Id, _elsewhere.Id);
        var unknown = await Assess(MunicipalityId.New(), _north.Id);

        crossed.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        unknown.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.MunicipalityNotFound);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public void Gather_KeepsTheNeighbourhoodsResidentsAndTheirRecordsOnly_AndAssessChangesNothing()
    {
        var ideas = _store.All<CitizenIdea>().ToList();

        var gathered = NeighbourhoodParticipation.Gather(_north.Id, [_proposer, _quiet, _neighbour], [], ideas, [], []);
        var assessments = gathered.Assess(new ActiveCitizenAssessor(_city.Charter), Make.Solar(1403, 3, 1));

        gathered.Residents.Should().BeEquivalentTo([_proposer, _quiet]);
        gathered.Participations.Should().HaveCount(2).And.OnlyContain(p => p.ResidentId == _proposer.Id && p.Kind == ParticipationKind.IdeaSubmitted);
        gathered.HeldMeetings.Should().BeEmpty();
        assessments.Single(a => a.ResidentId == _proposer.Id).IsActive.Should().BeTrue();
        _proposer.ActiveCitizenship.Should().BeNull("assessing for a view records nothing");
    }
}
