using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Tests.Common;

public class ActorTest
{
    [Fact]
    public void Resident_RecordsOnlyTheIdentifier()
    {
        var id = ResidentId.New();

        var actor = Actor.Resident(id);

        actor.Kind.Should().Be(ActorKind.Resident);
        actor.ResidentId.Should().Be(id);
        actor.OfficialId.Should().BeNull();
        actor.OfficialName.Should().BeNull();
        actor.Is(id).Should().BeTrue();
        actor.Is(ResidentId.New()).Should().BeFalse();
        actor.Should().Be(Actor.Resident(id));
        actor.ToString().Should().Be($"resident {id}");
    }

    [Fact]
    public void Official_RecordsTheIdentifierAndName()
    {
        var actor = Actor.Official(new MunicipalOfficial(" staff-17 ", " زهرا کاظمی "));

        actor.Kind.Should().Be(ActorKind.Official);
        actor.OfficialId.Should().Be("staff-17");
        actor.OfficialName.Should().Be("زهرا کاظمی");
        actor.ResidentId.Should().BeNull();
        actor.Is(ResidentId.New()).Should().BeFalse();
        actor.ToString().Should().Be("official زهرا کاظمی");
    }

    [Fact]
    public void Charter_IsNoPerson()
    {
        Actor.Charter.Kind.Should().Be(ActorKind.Charter);
        Actor.Charter.ResidentId.Should().BeNull();
        Actor.Charter.OfficialName.Should().BeNull();
        Actor.Charter.ToString().Should().Be("charter");
    }

    [Fact]
    public void Factories_Throw_WhenTheCallerBreaksTheirContract()
    {
        FluentActions.Invoking(() => Actor.Resident(default)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Actor.Official(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new MunicipalOfficial("", "نام")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new MunicipalOfficial("id", new string('ن', MunicipalOfficial.MaxNameLength + 1))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new MunicipalOfficial(new string('x', MunicipalOfficial.MaxIdLength + 1), "نام")).Should().Throw<ArgumentException>();
    }
}
