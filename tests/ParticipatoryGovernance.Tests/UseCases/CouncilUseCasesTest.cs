using ParticipatoryGovernance.Residents.Events;
using ParticipatoryGovernance.Residents.UseCases;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.Events;
using ParticipatoryGovernance.Councils.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.UseCases;

/// <summary>The council acts through their handlers: raw input refused by rule id, the change stored with its events.</summary>
public sealed class CouncilUseCasesTest
{
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000b2"));
    private static readonly LocalDate FormedOn = Make.Solar(1403, 1, 15);
    private readonly FakeClock _clock = new(At(1403, 3, 1));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly Municipality _city = City();
    private readonly Municipality _otherCity = RafsanjanPreset.CreateMunicipality(Other);
    private readonly Neighbourhood _north = Make.Neighbourhood(1);
    private readonly Neighbourhood _elsewhere = Make.Neighbourhood(1, Other);
    private readonly Resident[] _members;
    private readonly Resident _stranger;

    public CouncilUseCasesTest()
    {
        _members = [.. Enumerable.Range(1, 5).Select(i => Active(Make.Resident(_north.Id, "مریم", $"عضو {i}", Gender.Female, 1360, 1, i)))];
        _stranger = Active(Make.Resident(_elsewhere.Id, "رضا", "بیگانه", Gender.Male, 1360, 2, 2));
        _store.With([_city, _otherCity, _north, _elsewhere, _stranger, .. _members]);
    }

    private Resident Active(Resident resident)
    {
        resident.RecordActiveCitizenship(new ActiveCitizenAssessor(_city.Charter).Assess(
            resident.Id,
            [new Participation(resident.Id, resident.NeighbourhoodId, ParticipationKind.IdeaCarriedOut, FormedOn.PlusDays(-30), Guid.CreateVersion7())],
            [],
            FormedOn));
        return resident;
    }

    private Task<Result<Created<CouncilId>>> Form(FormCouncil command) => new FormCouncilHandler(_store, _clock).HandleAsync(command);

    private async Task<CouncilId> Formed()
    {
        var result = await Form(new FormCouncil(_city.Id, _north.Id, CouncilKind.Neighbourhood, FormedOn));
        result.IsSuccess.Should().BeTrue(result.ToString());
        return result.Value.Id;
    }

    private Task<Result<Changed>> Appoint(CouncilId council, ResidentId resident, CouncilRole role, LocalDate? on = null) =>
        new AppointCouncilMemberHandler(_store, _clock).HandleAsync(new AppointCouncilMember(_city.Id, council, resident, role, on ?? FormedOn));

    private Council Stored => _store.All<Council>().Single(c => c.MunicipalityId == _city.Id);

    [Fact]
    public async Task Form_StoresTheCouncilWithTheChartersSeatsAndTerm_WhenTheInputIsGood()
    {
        var result = await Form(new FormCouncil(_city.Id, _north.Id, CouncilKind.Neighbourhood, FormedOn));

        result.IsSuccess.Should().BeTrue(result.ToString());
        Stored.Id.Should().Be(result.Value.Id);
        Stored.Seats.Should().Be(_city.Charter.CouncilSeats);
        Stored.CurrentTerm.EndsOn.Should().Be(FormedOn.PlusYears(_city.Charter.CouncilTermYears).PlusDays(-1));
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CouncilFormed>();
        _store.Stored.Should().Equal(result.Value.Events);
    }

    [Fact]
    public async Task Form_RefusesBadInputByRule_InsteadOfThrowing()
    {
        var undefined = await Form(new FormCouncil(_city.Id, _north.Id, (CouncilKind)99, FormedOn));
        var ancient = await Form(new FormCouncil(_city.Id, _north.Id, CouncilKind.Neighbourhood, new LocalDate(1500, 1, 1)));
        var farTermEnd = await Form(new FormCouncil(_city.Id, _north.Id, CouncilKind.Neighbourhood, FormedOn, new LocalDate(9999, 1, 1)));
        var theirs = await Form(new FormCouncil(_city.Id, _elsewhere.Id, CouncilKind.Neighbourhood, FormedOn));
        var noCity = await Form(new FormCouncil(MunicipalityId.New(), _north.Id, CouncilKind.Neighbourhood, FormedOn));

        undefined.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.UnknownChoice);
        ancient.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.DateOutOfRange);
        farTermEnd.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.DateOutOfRange);
        theirs.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        noCity.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.MunicipalityNotFound);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Form_RefusesASecondCouncilOfAKind_ByTheAggregatesRule()
    {
        await Formed();

        var second = await Form(new FormCouncil(_city.Id, _north.Id, CouncilKind.Neighbourhood, FormedOn));

        second.Violations.Should().ContainSingle().Which.Rule.Should().Be("council.already-exists");
    }

    [Fact]
    public async Task Appoint_RefusesAMinorWithTheCharterAgeOfMajority_WithoutNamingThem()
    {
        var council = await Formed();
        var minor = Active(Make.Resident(_north.Id, "نگار", "نوجوان‌زاده", Gender.Female, 1388, 1, 1));
        _store.With(minor);

        var result = await Appoint(council, minor.Id, CouncilRole.Member);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(CouncilRuleIds.MemberUnderAge);
        violation.Message.Persian.Should().NotContain("نوجوان‌زاده");
        violation.Message.English.Should().NotContain("نوجوان‌زاده");
        Stored.CurrentMembers.Should().BeEmpty();
    }

    [Fact]
    public async Task MoveResident_EndsTheSeat_OfAMemberWhoLeavesTheNeighbourhood()
    {
        var council = await Formed();
        (await Appoint(council, _members[0].Id, CouncilRole.Member)).ThrowIfFailed();
        var south = Make.Neighbourhood(2);
        _store.With(south);

        var moved = await new MoveResidentHandler(_store, _clock).HandleAsync(new MoveResident(_city.Id, _members[0].Id, south.Id));

        moved.IsSuccess.Should().BeTrue(moved.ToString());
        moved.Value.Events.Should().Contain(e => e is ResidentMoved).And.Contain(e => e is CouncilMemberLeft);
        Stored.CurrentMembers.Should().BeEmpty();
        Stored.Memberships.Should().ContainSingle().Which.EndReason.Should().Be(MembershipEnd.Moved);
    }

    [Fact]
    public async Task Appoint_StoresTheSeat_WhenTheResidentIsOfTheNeighbourhood()
    {
        var council = await Formed();

        var result = await Appoint(council, _members[0].Id, CouncilRole.Chair);

        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CouncilMemberAppointed>();
        Stored.CurrentMembers.Should().ContainSingle().Which.ResidentId.Should().Be(_members[0].Id);
    }

    [Fact]
    public async Task Appoint_RefusesAResidentOfAnotherCityAsNotFound_WithoutNamingThem()
    {
        var council = await Formed();

        var result = await Appoint(council, _stranger.Id, CouncilRole.Member);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        result.Violations[0].Message.Persian.Should().NotContain(_stranger.Name.FamilyName);
        result.Violations[0].Message.English.Should().NotContain(_stranger.Name.FamilyName);
        Stored.CurrentMembers.Should().BeEmpty();
    }

    [Fact]
    public async Task Appoint_RefusesBadInputByRule_InsteadOfThrowing()
    {
        var council = await Formed();

        var role = await Appoint(council, _members[0].Id, (CouncilRole)99);
        var zero = await Appoint(council, _members[0].Id, default);
        var date = await Appoint(council, _members[0].Id, CouncilRole.Member, Make.Solar(1299, 12, 29));
        var noResident = await Appoint(council, ResidentId.New(), CouncilRole.Member);

        role.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.UnknownChoice);
        zero.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.UnknownChoice);
        date.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.DateOutOfRange);
        noResident.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        Stored.CurrentMembers.Should().BeEmpty();
    }

    [Fact]
    public async Task Change_RefusesAsNotFound_WhenTheCouncilIsOfAnotherCityOrMissing()
    {
        var theirs = Council.Form(CouncilId.New(), _otherCity, _elsewhere, CouncilKind.Neighbourhood, FormedOn, FormedOn.PlusYears(4), []).Value;
        _store.With(theirs);

        var other = await new DissolveCouncilHandler(_store, _clock).HandleAsync(new DissolveCouncil(_city.Id, theirs.Id, FormedOn));
        var missing = await new DissolveCouncilHandler(_store, _clock).HandleAsync(new DissolveCouncil(_city.Id, CouncilId.New(), FormedOn));
        var appoint = await Appoint(theirs.Id, _members[0].Id, CouncilRole.Member);

        other.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        missing.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        appoint.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        theirs.Status.Should().Be(CouncilStatus.Forming);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Resign_StoresTheBoundedNote_AndRefusesAnOverlongOne()
    {
        var council = await Formed();
        await Appoint(council, _members[0].Id, CouncilRole.Member);
        var handler = new ResignFromCouncilHandler(_store, _clock);

        var tooLong = await handler.HandleAsync(new ResignFromCouncil(_city.Id, council, _members[0].Id, FormedOn.PlusDays(10), new string('ی', 1_000_000)));
        var resigned = await handler.HandleAsync(new ResignFromCouncil(_city.Id, council, _members[0].Id, FormedOn.PlusDays(10), "  مهاجرت  "));

        tooLong.Violations.Should().ContainSingle().Which.Rule.Should().Be("input.too-long");
        resigned.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CouncilMemberLeft>();
        Stored.Memberships.Single().EndNote.Should().Be("مهاجرت");
    }

    [Fact]
    public async Task Resign_StoresNoNote_WhenNoneIsGiven()
    {
        var council = await Formed();
        await Appoint(council, _members[0].Id, CouncilRole.Member);

        var resigned = await new ResignFromCouncilHandler(_store, _clock).HandleAsync(new ResignFromCouncil(_city.Id, council, _members[0].Id, FormedOn.PlusDays(1), "   "));

        resigned.IsSuccess.Should().BeTrue(resigned.ToString());
        Stored.Memberships.Single().EndNote.Should().BeNull();
    }

    [Fact]
    public async Task ChangeRole_MovesTheMember_AndRefusesAnUndefinedRole()
    {
        var council = await Formed();
        await Appoint(council, _members[0].Id, CouncilRole.Member);
        var handler = new ChangeCouncilRoleHandler(_store, _clock);

        var undefined = await handler.HandleAsync(new ChangeCouncilRole(_city.Id, council, _members[0].Id, (CouncilRole)(-1), FormedOn.PlusDays(5)));
        var changed = await handler.HandleAsync(new ChangeCouncilRole(_city.Id, council, _members[0].Id, CouncilRole.Secretary, FormedOn.PlusDays(5)));

        undefined.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.UnknownChoice);
        changed.IsSuccess.Should().BeTrue(changed.ToString());
        Stored.CurrentMembers.Single().Role.Should().Be(CouncilRole.Secretary);
    }

    [Fact]
    public async Task Activate_RefusesByTheAggregatesRule_UntilTheCouncilHasAChairAndAMajorityOfSeats()
    {
        var council = await Formed();
        var handler = new ActivateCouncilHandler(_store, _clock);

        var early = await handler.HandleAsync(new ActivateCouncil(_city.Id, council, FormedOn.PlusDays(20)));
        await Appoint(council, _members[0].Id, CouncilRole.Chair);
        foreach (var member in _members.Skip(1))
        {
            (await Appoint(council, member.Id, CouncilRole.Member)).IsSuccess.Should().BeTrue();
        }

        var ready = await handler.HandleAsync(new ActivateCouncil(_city.Id, council, FormedOn.PlusDays(20)));

        early.Violations.Should().ContainSingle().Which.Rule.Should().Be("council.not-ready");
        ready.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CouncilActivated>();
        Stored.Status.Should().Be(CouncilStatus.Active);
    }

    [Fact]
    public async Task StartNextTerm_StartsIt_AndRefusesAnEndFarOutOfRange()
    {
        var council = await Formed();
        var handler = new StartNextCouncilTermHandler(_store, _clock);

        var far = await handler.HandleAsync(new StartNextCouncilTerm(_city.Id, council, FormedOn.PlusYears(40)));
        var next = await handler.HandleAsync(new StartNextCouncilTerm(_city.Id, council, Stored.CurrentTerm.EndsOn.PlusYears(1)));

        far.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.DateOutOfRange);
        next.IsSuccess.Should().BeTrue(next.ToString());
        Stored.Terms.Should().HaveCount(2);
    }

    [Fact]
    public async Task Dissolve_StoresTheDissolution_AndRefusesADateBeforeFormation()
    {
        var council = await Formed();
        var handler = new DissolveCouncilHandler(_store, _clock);

        var early = await handler.HandleAsync(new DissolveCouncil(_city.Id, council, FormedOn.PlusDays(-1)));
        var dissolved = await handler.HandleAsync(new DissolveCouncil(_city.Id, council, FormedOn.PlusDays(30)));

        early.Violations.Should().ContainSingle().Which.Rule.Should().Be("council.dissolved-before-formed");
        dissolved.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CouncilDissolved>();
        Stored.Status.Should().Be(CouncilStatus.Dissolved);
    }

    [Fact]
    public async Task Handle_Throws_WhenTheCommandIsNull()
    {
        var act = () => new AppointCouncilMemberHandler(_store, _clock).HandleAsync(null!);

        await act.Should().ThrowAsync<ArgumentNullException>();
    }
}
