using System.Text.Json;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Events;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Residents;

public partial class ResidentTest
{
    private static readonly NeighbourhoodId Home = NeighbourhoodId.New();

    [Fact]
    public void AgeOn_CountsSolarHijriYears()
    {
        var teen = Make.Resident(Home, "سارا", "رضایی", Gender.Female, 1387, 5, 10);

        teen.AgeOn(Make.Solar(1403, 5, 9)).Should().Be(15);
        teen.AgeOn(Make.Solar(1403, 5, 10)).Should().Be(16);
        teen.IsMinorOn(Make.Solar(1403, 2, 9)).Should().BeTrue();
        teen.IsMinorOn(Make.Solar(1405, 5, 10)).Should().BeFalse();
    }

    [Fact]
    public void BelongsTo_AndBirthDecade_PlaceTheResidentInACohort()
    {
        var teen = Make.Resident(Home, "سارا", "رضایی", Gender.Female, 1389, 12, 29);

        teen.BelongsTo(new BirthCohort(1380)).Should().BeTrue();
        teen.BelongsTo(new BirthCohort(1390)).Should().BeFalse();
        teen.BirthDecade.Should().Be(new BirthCohort(1380));
    }

    [Fact]
    public void PublicViews_NeverShowTheBirthDate()
    {
        var teen = Make.Resident(Home, "سارا", "رضایی", Gender.Female, 1387, 5, 10);

        typeof(Resident).GetProperties().Select(p => p.PropertyType).Should().NotContain(typeof(NodaTime.LocalDate),
            "a birth date must not be a public property of a resident");
        // Identifiers are random: one may hold "1387" or "2008" among its hex digits, which says nothing of the birth date.
        var json = WithoutIdentifiers(JsonSerializer.Serialize(teen));
        json.Should().NotContain("1387").And.NotContain("2008").And.NotContain("\"BirthDate\"");
        var profile = teen.ToPublicProfile(Make.Solar(1403, 2, 9));
        WithoutIdentifiers(JsonSerializer.Serialize(profile)).Should().NotContain("2008");
        profile.DisplayName.Should().Be("سارا ر.");
        profile.IsMinor.Should().BeTrue();
        profile.AgeBand.Should().Be(AgeBand.From13To17);
    }

    [Fact]
    public void ToPublicProfile_ShowsTheFullNameOfAnAdult()
    {
        var adult = Make.Resident(Home, "محمد", "کریمی", Gender.Male, 1360, 1, 1);

        var profile = adult.ToPublicProfile(Make.Solar(1403, 2, 9));

        profile.DisplayName.Should().Be("محمد کریمی");
        profile.IsMinor.Should().BeFalse();
        profile.AgeBand.Should().Be(AgeBand.From30To44);
    }

    [Fact]
    public void DiscloseBirthDate_ReturnsTheIsoDate_ForRecordKeeping()
    {
        var resident = new Resident(ResidentId.New(), Home, new PersonName("سارا", "رضایی"), Gender.Female,
            new NodaTime.LocalDate(1387, 5, 10, PersianDates.Calendar));

        resident.DiscloseBirthDate().Should().Be(new NodaTime.LocalDate(2008, 7, 31));
        resident.DiscloseBirthDate().Calendar.Should().Be(NodaTime.CalendarSystem.Iso);
    }

    [Fact]
    public void MoveTo_RaisesAnEvent_OnlyWhenTheNeighbourhoodChanges()
    {
        var resident = Make.Resident(Home, "سارا", "رضایی", Gender.Female, 1387, 5, 10);
        var next = NeighbourhoodId.New();

        resident.MoveTo(Home);
        resident.MoveTo(next);

        resident.NeighbourhoodId.Should().Be(next);
        resident.DomainEvents.Should().ContainSingle().Which.Should().Be(new ResidentMoved(resident.Id, Home, next));
    }

    [Fact]
    public void Constructor_Throws_ForBrokenCallerContracts()
    {
        var name = new PersonName("سارا", "رضایی");
        var birth = Make.Solar(1387, 5, 10);

        FluentActions.Invoking(() => new Resident(default, Home, name, Gender.Female, birth)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Resident(ResidentId.New(), default, name, Gender.Female, birth)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Resident(ResidentId.New(), Home, name, (Gender)0, birth)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new PersonName(" ", "رضایی")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new PersonName("سارا", new string('ا', 101))).Should().Throw<ArgumentException>();
        new PersonName("  سارا ", "رضایی").GivenName.Should().Be("سارا");
    }

    [Theory]
    [InlineData(-1, AgeBand.Under13)]
    [InlineData(12, AgeBand.Under13)]
    [InlineData(13, AgeBand.From13To17)]
    [InlineData(17, AgeBand.From13To17)]
    [InlineData(18, AgeBand.From18To29)]
    [InlineData(44, AgeBand.From30To44)]
    [InlineData(59, AgeBand.From45To59)]
    [InlineData(60, AgeBand.From60)]
    public void AgeBands_Of_PutsEachAgeInOneBand(int age, AgeBand expected) => AgeBands.Of(age).Should().Be(expected);

    [Fact]
    public void AgeBands_NameOf_NamesEveryBand()
    {
        Enum.GetValues<AgeBand>().Select(AgeBands.NameOf).Should().OnlyHaveUniqueItems();
        AgeBands.NameOf(AgeBand.From13To17).Persian.Should().Be("۱۳ تا ۱۷ سال");
    }

    private static string WithoutIdentifiers(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "<id>");
}
