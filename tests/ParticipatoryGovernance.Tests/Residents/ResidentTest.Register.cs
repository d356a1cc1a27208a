using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Residents;

public partial class ResidentTest
{
    private static readonly LocalDate RegisteredOn = Make.Solar(1403, 2, 9);

    private static Result<Resident> RegisterBornOn(LocalDate birthDate) =>
        Resident.Register(ResidentId.New(), Home, new PersonName("مریم", "کرمانی"), Gender.Female, birthDate, RegisteredOn);

    [Theory]
    [InlineData(1500, 1, 1)]
    [InlineData(1403, 2, 10)]
    [InlineData(1200, 1, 1)]
    [InlineData(1273, 1, 1)]
    public void Register_RefusesABirthDate_InTheFutureOrMoreThan130YearsAgo(int year, int month, int day)
    {
        var result = RegisterBornOn(Make.Solar(year, month, day));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(ResidentRuleIds.BirthDateOutOfRange);
    }

    [Fact]
    public void Register_RefusesAGregorianBirthYearOf1500()
    {
        RegisterBornOn(new LocalDate(1500, 1, 1)).Violations.Should().ContainSingle()
            .Which.Rule.Should().Be(ResidentRuleIds.BirthDateOutOfRange);
    }

    [Theory]
    [InlineData(1403, 2, 9)]
    [InlineData(1385, 6, 15)]
    [InlineData(1274, 1, 1)]
    public void Register_Accepts_FromTodayBackTo130Years(int year, int month, int day) =>
        RegisterBornOn(Make.Solar(year, month, day)).Value.AgeOn(RegisteredOn).Should().BeInRange(0, Resident.MaxAgeYears);

    [Fact]
    public void PersonNameCreate_RefusesHostileParts_ByRule()
    {
        PersonName.Create(HostileInput.ZeroWidthOnly, "کرمانی").Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.InvisibleOnly);
        PersonName.Create("مریم", HostileInput.RightToLeftOverride).Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.BidiControl);
        PersonName.Create(HostileInput.FiveThousandCharacters, null).Violations.Select(v => v.Rule)
            .Should().Equal(InputRuleIds.TooLong, InputRuleIds.Required);
        PersonName.Create("  مریم ", "صالحی‌نژاد").Value.Should().Be(new PersonName("مریم", "صالحی‌نژاد"));
    }
}
