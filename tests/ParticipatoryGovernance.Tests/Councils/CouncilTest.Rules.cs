using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.Events;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Councils;

public partial class CouncilTest
{
    [Fact]
    public void Appoint_RefusesAMinor_ByRule_WithoutNamingThem()
    {
        var council = Form();
        // Born 1385/06/15: 16 on the formation day, 1402/01/15.
        var minor = Make.Resident(_neighbourhood.Id, "سارا", "نوجوان‌پور", Gender.Female, 1385, 6, 15);

        var result = council.Appoint(minor, CouncilRole.Member, FormedOn, _city.Charter.AgeOfMajority);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(CouncilRuleIds.MemberUnderAge);
        violation.Message.English.Should().Contain("18").And.NotContain("سارا").And.NotContain("نوجوان‌پور");
        violation.Message.Persian.Should().Contain("۱۸").And.NotContain("سارا").And.NotContain("نوجوان‌پور");
        council.CurrentMembers.Should().BeEmpty();
    }

    [Fact]
    public void Appoint_RefusesAMinorFirst_EvenWhenTheyLiveElsewhere_SoNoMessageNamesThem()
    {
        var council = Form();
        var minor = Make.Resident(Make.Neighbourhood(2).Id, "علی", "کوچک‌زاده", Gender.Male, 1386, 1, 1);

        council.Appoint(minor, CouncilRole.Member, FormedOn).Violations.Should().ContainSingle()
            .Which.Rule.Should().Be(CouncilRuleIds.MemberUnderAge);
    }

    [Fact]
    public void Appoint_UsesTheCharterAgeOfMajority_OnTheAppointmentDay()
    {
        var council = Form();
        // 18 on 1402/01/15 only if born by 1384/01/15; born 1384/01/10 is 18, but under a majority of 19 not.
        var resident = ActiveResident(Gender.Male, 1);
        var young = Make.Resident(_neighbourhood.Id, "رضا", "جوان", Gender.Male, 1384, 1, 10);

        council.Appoint(young, CouncilRole.Member, FormedOn, ageOfMajority: 19).Violations.Should().ContainSingle()
            .Which.Rule.Should().Be(CouncilRuleIds.MemberUnderAge);
        council.Appoint(resident, CouncilRole.Chair, FormedOn, ageOfMajority: 19).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Resign_RefusesANoteLongerThanItsColumn_ByRule_AndKeepsTheSeat()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Chair, FormedOn).ThrowIfFailed();

        var result = council.Resign(member.Id, FormedOn.PlusDays(10), new string('ی', 1_000_000));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.TooLong);
        council.CurrentMembers.Should().ContainSingle();
    }

    [Theory]
    [InlineData("\u200B\u200B", InputRuleIds.InvisibleOnly)]
    [InlineData("دلیل \u202E", InputRuleIds.BidiControl)]
    public void Resign_RefusesAHostileNote_ByRule(string note, string rule)
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Chair, FormedOn).ThrowIfFailed();

        council.Resign(member.Id, FormedOn.PlusDays(10), note).Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
    }

    [Fact]
    public void Resign_AcceptsAnEmptyNote_AsNoNote()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Chair, FormedOn).ThrowIfFailed();

        council.Resign(member.Id, FormedOn.PlusDays(10), "   ").ThrowIfFailed();

        council.Memberships.Should().ContainSingle().Which.EndNote.Should().BeNull();
    }

    [Fact]
    public void EndMembershipOnMove_EndsTheSeat_AsMoved_AndRaisesTheEvent()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Chair, FormedOn).ThrowIfFailed();
        council.ClearDomainEvents();
        var movedOn = FormedOn.PlusDays(40);

        council.EndMembershipOnMove(member.Id, movedOn).ThrowIfFailed();

        var membership = council.Memberships.Should().ContainSingle().Subject;
        membership.IsCurrent.Should().BeFalse();
        membership.EndedOn.Should().Be(movedOn);
        membership.EndReason.Should().Be(MembershipEnd.Moved);
        council.VacantSeats.Should().Be(council.Seats);
        council.DomainEvents.Should().ContainSingle().Which.Should().Be(new CouncilMemberLeft(council.Id, member.Id, MembershipEnd.Moved, movedOn));
    }

    [Fact]
    public void EndMembershipOnMove_ChangesNothing_WhenTheResidentHoldsNoSeat()
    {
        var council = Form();
        council.ClearDomainEvents();

        council.EndMembershipOnMove(ResidentId.New(), FormedOn.PlusDays(1)).IsSuccess.Should().BeTrue();

        council.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void EndMembershipOnMove_Refuses_WhenDatedBeforeTheSeatBegan()
    {
        var council = Form();
        var member = ActiveResident(Gender.Male, 1);
        council.Appoint(member, CouncilRole.Chair, FormedOn.PlusDays(5)).ThrowIfFailed();

        council.EndMembershipOnMove(member.Id, FormedOn).Violations.Should().ContainSingle()
            .Which.Rule.Should().Be(CouncilRuleIds.MovedBeforeStart);
        council.CurrentMembers.Should().ContainSingle();
    }
}
