using NodaTime;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Councils;

public class NationalCouncilsDayTest
{
    [Fact]
    public void InYear_Is9Ordibehesht()
    {
        NationalCouncilsDay.InYear(1403).Should().Be(new LocalDate(2024, 4, 28));
        NationalCouncilsDay.InYear(1404).Should().Be(new LocalDate(2025, 4, 29));
    }

    [Theory]
    [InlineData(2024, 4, 27, 2024, 4, 28)]
    [InlineData(2024, 4, 28, 2024, 4, 28)]
    [InlineData(2024, 4, 29, 2025, 4, 29)]
    [InlineData(2025, 3, 20, 2025, 4, 29)]
    public void NextOnOrAfter_CountsTheDayItself(int y, int m, int d, int ey, int em, int ed) =>
        NationalCouncilsDay.NextOnOrAfter(new LocalDate(y, m, d)).Should().Be(new LocalDate(ey, em, ed));

    [Fact]
    public void NextOnOrAfter_AcceptsADateInTheSolarHijriCalendar() =>
        NationalCouncilsDay.NextOnOrAfter(new LocalDate(1403, 2, 10, ParticipatoryGovernance.Calendar.PersianDates.Calendar))
            .Should().Be(NationalCouncilsDay.InYear(1404));

    [Fact]
    public void MembersWhoServedIn_ListsEveryoneWhoHeldASeatThatYear_WithTheirRoles()
    {
        var rafsanjan = new RafsanjanCouncils();
        var council = rafsanjan.Councils[0];
        var chair = council.CurrentMembers.Single(m => m.Role == CouncilRole.Chair).ResidentId;
        var member = council.CurrentMembers.First(m => m.Role == CouncilRole.Member).ResidentId;
        council.Resign(member, Make.Solar(1402, 12, 29)).ThrowIfFailed();
        council.ChangeRole(chair, CouncilRole.Member, Make.Solar(1403, 3, 1)).ThrowIfFailed();

        var served1403 = NationalCouncilsDay.MembersWhoServedIn(1403, [council]);
        var served1401 = NationalCouncilsDay.MembersWhoServedIn(1401, [council]);

        served1403.Should().HaveCount(6, "the member who resigned at the end of 1402 did not serve in 1403");
        served1403.Single(h => h.ResidentId == chair).Roles.Should().Equal(CouncilRole.Chair, CouncilRole.Member);
        served1401.Should().BeEmpty("the council was formed in 1402");
        NationalCouncilsDay.MembersWhoServedIn(1403, rafsanjan.Councils).Should().HaveCount(350 + 329 - 1);
    }
}
