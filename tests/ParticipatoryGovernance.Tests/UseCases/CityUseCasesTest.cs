using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Events;
using ParticipatoryGovernance.Municipalities.UseCases;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Events;
using ParticipatoryGovernance.Neighbourhoods.UseCases;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Events;
using ParticipatoryGovernance.Residents.UseCases;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.UseCases;

/// <summary>The acts on the city itself, its neighbourhoods and residents: raw input refused by rule id, the change stored with its events.</summary>
public sealed class CityUseCasesTest
{
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000b2"));
    private static readonly LocalDate Today = Make.Solar(1403, 3, 1);
    private readonly FakeClock _clock = new(At(1403, 3, 1));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly Municipality _city = Municipality.Create(Make.Rafsanjan, RafsanjanPreset.Name, RafsanjanPreset.Charter).Value;
    private readonly Neighbourhood _north = Make.Neighbourhood(1);
    private readonly Neighbourhood _south = Make.Neighbourhood(2);
    private readonly Neighbourhood _elsewhere = Make.Neighbourhood(1, Other);
    private readonly Resident _sara;
    private readonly Resident _stranger;

    public CityUseCasesTest()
    {
        _sara = Make.Resident(_north.Id, "سارا", "رضایی", Gender.Female, 1370, 1, 1);
        _stranger = Make.Resident(_elsewhere.Id, "رضا", "نوری", Gender.Male, 1360, 2, 2);
        _store.With(_city, RafsanjanPreset.CreateMunicipality(Other), _north, _south, _elsewhere, _sara, _stranger);
    }

    private Task<Result<Changed>> Launch(LaunchPhase command) => new LaunchPhaseHandler(_store, _clock).HandleAsync(command);

    private Task<Result<Changed>> AppointMayor(AppointNeighbourhoodMayor command) => new AppointNeighbourhoodMayorHandler(_store, _clock).HandleAsync(command);

    [Fact]
    public async Task LaunchPhase_StoresTheLaunch_WhenTheInputIsGood()
    {
        var result = await Launch(new LaunchPhase(_city.Id, ProgrammePhase.CitizenIdeas, Today));

        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<PhaseLaunched>();
        _city.HasLaunched(ProgrammePhase.CitizenIdeas).Should().BeTrue();
        _store.Stored.Should().Equal(result.Value.Events);
    }

    [Fact]
    public async Task LaunchPhase_RefusesBadInputByRule_InsteadOfThrowing()
    {
        var phase = await Launch(new LaunchPhase(_city.Id, (ProgrammePhase)99, Today));
        var precision = await Launch(new LaunchPhase(_city.Id, ProgrammePhase.CitizenIdeas, Today, (DatePrecision)0));
        var ancient = await Launch(new LaunchPhase(_city.Id, ProgrammePhase.CitizenIdeas, Make.Solar(1200, 1, 1)));
        var future = await Launch(new LaunchPhase(_city.Id, ProgrammePhase.CitizenIdeas, Today.PlusYears(6)));
        var noCity = await Launch(new LaunchPhase(MunicipalityId.New(), ProgrammePhase.CitizenIdeas, Today));

        phase.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.UnknownChoice);
        precision.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.UnknownChoice);
        ancient.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.DateOutOfRange);
        future.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.DateOutOfRange);
        noCity.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.MunicipalityNotFound);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task LaunchPhase_RefusesCouncilsBeforeNeighbourhoodCentredManagement_ByTheMunicipalitysRule()
    {
        var result = await Launch(new LaunchPhase(_city.Id, ProgrammePhase.NeighbourhoodCouncils, Today));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be("municipality.councils-need-neighbourhood-centred-management");
    }

    [Fact]
    public async Task AdoptCharter_StoresTheNewCharter_WhenItIsValid()
    {
        var charter = RafsanjanPreset.Charter with { CouncilSeats = 9 };

        var result = await new AdoptCharterHandler(_store).HandleAsync(new AdoptCharter(_city.Id, charter));

        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CharterAdopted>();
        _city.Charter.CouncilSeats.Should().Be(9);
    }

    [Fact]
    public async Task AdoptCharter_ReturnsEveryBrokenRule_AndKeepsTheOldCharter()
    {
        var charter = RafsanjanPreset.Charter with { CouncilSeats = -1, Meetings = new() { MinimumVoters = 0 } };

        var result = await new AdoptCharterHandler(_store).HandleAsync(new AdoptCharter(_city.Id, charter));
        var missing = await new AdoptCharterHandler(_store).HandleAsync(new AdoptCharter(_city.Id, null));

        result.Violations.Select(v => v.Rule).Should().Contain(["charter.CouncilSeats", "charter.Meetings.MinimumVoters"]);
        missing.Violations.Should().ContainSingle().Which.Rule.Should().Be("input.required");
        _city.Charter.Should().Be(RafsanjanPreset.Charter);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task AppointMayor_StoresTheMayor_WhenTheInputIsGood()
    {
        var result = await AppointMayor(new AppointNeighbourhoodMayor(_city.Id, _north.Id, " محمد ", " کرمانی ", Today));

        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<NeighbourhoodMayorAppointed>();
        _north.Mayor.Should().Be(new NeighbourhoodMayor(new PersonName("محمد", "کرمانی"), Today));
    }

    [Theory]
    [InlineData(null, "کرمانی", "input.required")]
    [InlineData("محمد", "  ", "input.required")]
    [InlineData(5_000, "کرمانی", "input.too-long")]
    public async Task AppointMayor_RefusesTheName_InsteadOfThrowing(object? given, string? family, string rule)
    {
        var result = await AppointMayor(new AppointNeighbourhoodMayor(_city.Id, _north.Id, given is int length ? new string('م', length) : (string?)given, family, Today));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
        _north.Mayor.Should().BeNull();
    }

    [Fact]
    public async Task AppointMayor_RefusesAnotherCitysNeighbourhoodAndAFarDate()
    {
        var theirs = await AppointMayor(new AppointNeighbourhoodMayor(_city.Id, _elsewhere.Id, "محمد", "کرمانی", Today));
        var far = await AppointMayor(new AppointNeighbourhoodMayor(_city.Id, _north.Id, "محمد", "کرمانی", new LocalDate(9000, 1, 1)));

        theirs.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        far.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.DateOutOfRange);
        _elsewhere.Mayor.Should().BeNull();
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task AppointMayor_RefusesANameOverTwoLines_InsteadOfThrowing()
    {
        var result = await AppointMayor(new AppointNeighbourhoodMayor(_city.Id, _north.Id, "محمد\nعلی", "کرمانی", Today));

        result.Violations.Should().ContainSingle().Which.Rule.Should().StartWith("input.");
        _north.Mayor.Should().BeNull();
    }

    [Fact]
    public async Task MoveResident_StoresTheMove_WithinTheCity()
    {
        var result = await new MoveResidentHandler(_store, _clock).HandleAsync(new MoveResident(_city.Id, _sara.Id, _south.Id));

        result.Value.Events.Should().ContainSingle().Which.Should().Be(new ResidentMoved(_sara.Id, _north.Id, _south.Id));
        _sara.NeighbourhoodId.Should().Be(_south.Id);
    }

    [Fact]
    public async Task MoveResident_RefusesAsNotFound_AMoveToAnotherCityOrOfAnotherCitysResident()
    {
        var handler = new MoveResidentHandler(_store, _clock);

        var toElsewhere = await handler.HandleAsync(new MoveResident(_city.Id, _sara.Id, _elsewhere.Id));
        var stranger = await handler.HandleAsync(new MoveResident(_city.Id, _stranger.Id, _south.Id));
        var empty = await handler.HandleAsync(new MoveResident(_city.Id, _sara.Id, default));

        toElsewhere.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        stranger.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        empty.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        _sara.NeighbourhoodId.Should().Be(_north.Id);
        _stranger.NeighbourhoodId.Should().Be(_elsewhere.Id);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Handle_Throws_WhenTheCommandIsNull()
    {
        var act = () => new MoveResidentHandler(_store, _clock).HandleAsync(null!);

        await act.Should().ThrowAsync<ArgumentNullException>();
    }
}
