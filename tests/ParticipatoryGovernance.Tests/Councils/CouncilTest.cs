using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.Events;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Councils;

public partial class CouncilTest
{
    private static readonly LocalDate FormedOn = Make.Solar(1402, 1, 15);
    private static readonly LocalDate TermEnds = Make.Solar(1406, 1, 14);

    private readonly Municipality _city = RafsanjanPreset.CreateMunicipality(Make.Rafsanjan);
    private readonly Neighbourhood _neighbourhood = Make.Neighbourhood(1);

    private Resident ActiveResident(Gender gender, int i, NeighbourhoodId? home = null)
    {
        var resident = Make.Resident(home ?? _neighbourhood.Id, gender == Gender.Female ? "مریم" : "حسین", $"عضو {i}", gender, 1360, 1, 1);
        var assessor = new ActiveCitizenAssessor(_city.Charter);
        resident.RecordActiveCitizenship(assessor.Assess(
            resident.Id,
            [new Participation(resident.Id, resident.NeighbourhoodId, ParticipationKind.IdeaCarriedOut, FormedOn.PlusDays(-30), Guid.CreateVersion7())],
            [],
            FormedOn));
        return resident;
    }

    private Council Form(CouncilKind kind = CouncilKind.Neighbourhood, Municipality? city = null) =>
        Council.Form(CouncilId.New(), city ?? _city, _neighbourhood, kind, FormedOn, TermEnds, []).Value;

    private static void Fill(Council council, IEnumerable<Resident> residents, LocalDate on)
    {
        var roles = new Queue<CouncilRole>([CouncilRole.Chair, CouncilRole.Deputy, CouncilRole.Secretary]);
        foreach (var resident in residents)
        {
            council.Appoint(resident, roles.Count > 0 ? roles.Dequeue() : CouncilRole.Member, on).ThrowIfFailed();
        }
    }

    [Fact]
    public void Form_TakesItsSeatsFromTheCharter_AndStartsTheFirstTerm()
    {
        var council = Form();

        council.Seats.Should().Be(7);
        council.Status.Should().Be(CouncilStatus.Forming);
        council.CurrentTerm.Should().Be(new CouncilTerm(1, FormedOn, TermEnds));
        council.MembersFromActiveCitizens.Should().BeTrue();
        council.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<CouncilFormed>();
    }

    [Fact]
    public void Form_RefusesAWomensCouncil_WhereTheCharterHasNone()
    {
        var city = Municipality.Create(Make.Rafsanjan, RafsanjanPreset.Name, RafsanjanPreset.Charter with { HasWomensCouncils = false }).Value;

        var result = Council.Form(CouncilId.New(), city, _neighbourhood, CouncilKind.Women, FormedOn, TermEnds, []);

        result.Violations.Single().Rule.Should().Be(CouncilRuleIds.NoWomensCouncils);
        result.Violations[0].Message.English.Should().Contain("charter has no women's councils");
    }

    [Fact]
    public void Form_RefusesASecondCouncilOfTheSameKind_ButNotAfterDissolution()
    {
        var first = Form();

        var second = Council.Form(CouncilId.New(), _city, _neighbourhood, CouncilKind.Neighbourhood, FormedOn, TermEnds, [first]);
        var women = Council.Form(CouncilId.New(), _city, _neighbourhood, CouncilKind.Women, FormedOn, TermEnds, [first]);
        first.Dissolve(FormedOn.PlusDays(10)).ThrowIfFailed();
        var replacement = Council.Form(CouncilId.New(), _city, _neighbourhood, CouncilKind.Neighbourhood, FormedOn.PlusDays(11), TermEnds, [first]);

        second.Violations.Single().Rule.Should().Be(CouncilRuleIds.AlreadyExists);
        second.Violations[0].Message.English.Should().Be("Neighbourhood 1 already has a neighbourhood council; a neighbourhood has one.");
        women.IsSuccess.Should().BeTrue();
        replacement.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Form_RefusesATermThatEndsBeforeItStarts()
    {
        var result = Council.Form(CouncilId.New(), _city, _neighbourhood, CouncilKind.Neighbourhood, FormedOn, FormedOn, []);

        result.Violations.Single().Rule.Should().Be(CouncilRuleIds.TermEndsBeforeStart);
        result.Violations[0].Message.English.Should().Be("A term must end after it starts (15 Farvardin 1402); 15 Farvardin 1402 does not.");
        result.Violations[0].Message.Persian.Should().Contain("۱۴۰۲/۰۱/۱۵");
    }

    [Fact]
    public void Form_Throws_ForANeighbourhoodOfAnotherMunicipality()
    {
        var elsewhere = Make.Neighbourhood(1, MunicipalityId.New());

        FluentActions.Invoking(() => Council.Form(CouncilId.New(), _city, elsewhere, CouncilKind.Neighbourhood, FormedOn, TermEnds, []))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Appoint_RefusesMoreMembersThanSeats()
    {
        var council = Form();
        Fill(council, Enumerable.Range(1, 7).Select(i => ActiveResident(Gender.Male, i)), FormedOn);

        var result = council.Appoint(ActiveResident(Gender.Female, 8), CouncilRole.Member, FormedOn);

        result.Violations.Single().Rule.Should().Be(CouncilRuleIds.Full);
        result.Violations[0].Message.English.Should().Be("All 7 seats on the council are taken.");
        council.CurrentMembers.Should().HaveCount(7);
        council.VacantSeats.Should().Be(0);
    }

    [Fact]
    public void Appoint_RefusesAResidentOfAnotherNeighbourhood()
    {
        var result = Form().Appoint(ActiveResident(Gender.Male, 1, NeighbourhoodId.New()), CouncilRole.Member, FormedOn);

        result.Violations.Single().Rule.Should().Be(CouncilRuleIds.MemberLivesElsewhere);
        result.Violations[0].Message.English.Should().Contain("does not live in this neighbourhood");
    }

    [Fact]
    public void Appoint_RefusesASecondSeatForTheSamePerson()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Member, FormedOn).ThrowIfFailed();

        var result = council.Appoint(member, CouncilRole.Secretary, FormedOn);

        result.Violations.Single().Rule.Should().Be(CouncilRuleIds.AlreadyAMember);
        result.Violations[0].Message.English.Should().Contain("one seat per person");
    }

    [Fact]
    public void Appoint_RefusesAManOnAWomensCouncil()
    {
        var council = Form(CouncilKind.Women);

        var result = council.Appoint(ActiveResident(Gender.Male, 1), CouncilRole.Member, FormedOn);

        result.Violations.Single().Rule.Should().Be(CouncilRuleIds.WomensCouncilMembersAreWomen);
        result.Violations[0].Message.English.Should().Contain("its members are women");
        council.Appoint(ActiveResident(Gender.Female, 2), CouncilRole.Chair, FormedOn).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Appoint_RefusesASecondChair_AndASecondSecretary()
    {
        var council = Form();
        council.Appoint(ActiveResident(Gender.Male, 1), CouncilRole.Chair, FormedOn).ThrowIfFailed();
        council.Appoint(ActiveResident(Gender.Male, 2), CouncilRole.Secretary, FormedOn).ThrowIfFailed();

        var chair = council.Appoint(ActiveResident(Gender.Female, 3), CouncilRole.Chair, FormedOn);
        var secretary = council.Appoint(ActiveResident(Gender.Female, 4), CouncilRole.Secretary, FormedOn);

        chair.Violations.Single().Rule.Should().Be(CouncilRuleIds.OneChair);
        chair.Violations[0].Message.English.Should().Be("The council already has a chair; it has only one.");
        secretary.Violations.Single().Rule.Should().Be(CouncilRuleIds.RoleTaken);
    }

    [Fact]
    public void Appoint_RefusesSomeoneWhoIsNotAnActiveCitizen_WhenTheCharterSaysSo()
    {
        var notActive = Make.Resident(_neighbourhood.Id, "رضا", "نوری", Gender.Male, 1360, 1, 1);
        var relaxed = Municipality.Create(Make.Rafsanjan, RafsanjanPreset.Name, RafsanjanPreset.Charter with { CouncilMembersFromActiveCitizens = false }).Value;

        var refused = Form().Appoint(notActive, CouncilRole.Member, FormedOn);
        var allowed = Form(city: relaxed).Appoint(notActive, CouncilRole.Member, FormedOn);

        refused.Violations.Single().Rule.Should().Be(CouncilRuleIds.MemberNotActiveCitizen);
        refused.Violations[0].Message.English.Should().Contain("not among the neighbourhood's active citizens");
        allowed.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Appoint_RefusesADateOutsideTheTerm()
    {
        var result = Form().Appoint(ActiveResident(Gender.Male, 1), CouncilRole.Member, TermEnds.PlusDays(1));

        result.Violations.Single().Rule.Should().Be(CouncilRuleIds.OutsideTerm);
        result.Violations[0].Message.English.Should().Contain("outside the council's current term (15 Farvardin 1402 to 14 Farvardin 1406)");
    }

    [Fact]
    public void Activate_NeedsAChairAndAMajorityOfSeats()
    {
        var council = Form();
        Fill(council, Enumerable.Range(1, 3).Select(i => ActiveResident(Gender.Male, i)), FormedOn);

        var early = council.Activate(FormedOn);
        council.Appoint(ActiveResident(Gender.Female, 4), CouncilRole.Member, FormedOn).ThrowIfFailed();
        var ready = council.Activate(FormedOn.PlusDays(7));

        early.Violations.Single().Rule.Should().Be(CouncilRuleIds.NotReady);
        early.Violations[0].Message.English.Should().Be("A council starts acting with a chair and more than half of its 7 seats filled; it has 3 member(s) with chair.");
        ready.IsSuccess.Should().BeTrue();
        council.Status.Should().Be(CouncilStatus.Active);
        council.DomainEvents.OfType<CouncilActivated>().Should().ContainSingle();
    }

    [Fact]
    public void Resign_KeepsTheMembershipAsHistory_AndFreesTheSeat()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Chair, FormedOn).ThrowIfFailed();

        council.Resign(member.Id, FormedOn.PlusDays(100), "مهاجرت").ThrowIfFailed();

        var history = council.Memberships.Should().ContainSingle().Subject;
        history.EndedOn.Should().Be(FormedOn.PlusDays(100));
        history.EndReason.Should().Be(MembershipEnd.Resigned);
        history.EndNote.Should().Be("مهاجرت");
        history.HeldOn(FormedOn.PlusDays(50)).Should().BeTrue();
        history.HeldOn(FormedOn.PlusDays(101)).Should().BeFalse();
        council.VacantSeats.Should().Be(7);
        council.Appoint(ActiveResident(Gender.Female, 2), CouncilRole.Chair, FormedOn.PlusDays(101)).IsSuccess.Should().BeTrue("the chair is free again");
        council.Resign(member.Id, FormedOn.PlusDays(200)).Violations.Single().Rule.Should().Be(CouncilRuleIds.NotAMember);
    }

    [Fact]
    public void Resign_RefusesADateBeforeTheSeatBegan()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Member, FormedOn.PlusDays(30)).ThrowIfFailed();

        council.Resign(member.Id, FormedOn).Violations.Single().Rule.Should().Be(CouncilRuleIds.ResignedBeforeStart);
    }

    [Fact]
    public void ChangeRole_EndsTheOldMembershipAndStartsANewOne()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Member, FormedOn).ThrowIfFailed();

        council.ChangeRole(member.Id, CouncilRole.Chair, FormedOn.PlusDays(60)).ThrowIfFailed();

        council.Memberships.Select(m => (m.Role, m.EndReason)).Should().Equal((CouncilRole.Member, MembershipEnd.RoleChanged), (CouncilRole.Chair, (MembershipEnd?)null));
        council.CurrentMembers.Should().ContainSingle().Which.Role.Should().Be(CouncilRole.Chair);
    }

    [Fact]
    public void StartNextTerm_FinishesEveryCurrentMembership_AndRefusesATermEndingTooSoon()
    {
        var council = Form();
        Fill(council, Enumerable.Range(1, 4).Select(i => ActiveResident(Gender.Male, i)), FormedOn);
        council.Activate(FormedOn).ThrowIfFailed();

        var tooSoon = council.StartNextTerm(TermEnds);
        council.StartNextTerm(Make.Solar(1410, 1, 14)).ThrowIfFailed();

        tooSoon.Violations.Single().Rule.Should().Be(CouncilRuleIds.TermEndsBeforeStart);
        council.Terms.Should().HaveCount(2);
        council.CurrentTerm.StartsOn.Should().Be(TermEnds.PlusDays(1));
        council.Status.Should().Be(CouncilStatus.Forming);
        council.Memberships.Should().HaveCount(4).And.OnlyContain(m => m.EndReason == MembershipEnd.TermFinished && m.EndedOn == TermEnds);
    }

    [Fact]
    public void Dissolve_EndsMemberships_AndADissolvedCouncilCannotChange()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Chair, FormedOn).ThrowIfFailed();

        council.Dissolve(FormedOn.PlusDays(5)).ThrowIfFailed();

        council.Status.Should().Be(CouncilStatus.Dissolved);
        council.Memberships.Single().EndReason.Should().Be(MembershipEnd.CouncilDissolved);
        var attempts = new Result[]
        {
            council.Appoint(ActiveResident(Gender.Male, 2), CouncilRole.Member, FormedOn.PlusDays(6)),
            council.Activate(FormedOn.PlusDays(6)),
            council.Resign(member.Id, FormedOn.PlusDays(6)),
            council.StartNextTerm(Make.Solar(1410, 1, 1)),
            council.Dissolve(FormedOn.PlusDays(6)),
        };
        attempts.Should().OnlyContain(r => r.Violations.Single().Rule == CouncilRuleIds.Dissolved);
        council.VacantSeats.Should().Be(0);
    }

    [Fact]
    public void Participations_RecordEverySeat()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Chair, FormedOn).ThrowIfFailed();

        council.Participations().Should().ContainSingle().Which.Should().Be(
            new Participation(member.Id, _neighbourhood.Id, ParticipationKind.CouncilSeatHeld, FormedOn, council.Id.Value));
    }
}
