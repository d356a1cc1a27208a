using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public class GuardianConsentTest
{
    [Fact]
    public void Constructor_StoresTheDateInTheIsoCalendar()
    {
        var consent = new GuardianConsent(new PersonName("مریم", "کریمی"), GuardianRelationship.Parent, new NodaTime.LocalDate(1402, 11, 1, PersianDates.Calendar));

        consent.GivenOn.Should().Be(Make.Solar(1402, 11, 1));
        consent.GivenOn.Calendar.Should().Be(NodaTime.CalendarSystem.Iso);
        consent.Relationship.Should().Be(GuardianRelationship.Parent);
    }

    [Fact]
    public void Constructor_Throws_ForAMissingNameOrAnUndefinedRelationship()
    {
        FluentActions.Invoking(() => new GuardianConsent(null!, GuardianRelationship.LegalGuardian, Make.Solar(1402, 11, 1))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new GuardianConsent(new PersonName("مریم", "کریمی"), (GuardianRelationship)9, Make.Solar(1402, 11, 1)))
            .Should().Throw<ArgumentOutOfRangeException>();
    }
}
