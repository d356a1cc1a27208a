using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public class BallotPileTest
{
    [Fact]
    public void Constructor_KeepsThePreferencesAndCount()
    {
        var (a, b) = (ResidentId.New(), ResidentId.New());

        var pile = new BallotPile(a, b, 3);

        (pile.FirstPreference, pile.SecondPreference, pile.Count).Should().Be((a, b, 3));
        new BallotPile(a, null).Count.Should().Be(1);
        pile.Should().Be(new BallotPile(a, b, 3));
    }

    [Fact]
    public void Constructor_Throws_ForARepeatedPreferenceAnEmptyIdOrNoBallots()
    {
        var a = ResidentId.New();

        FluentActions.Invoking(() => new BallotPile(a, a)).Should().Throw<ArgumentException>().WithParameterName("secondPreference");
        FluentActions.Invoking(() => new BallotPile(default, null)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new BallotPile(a, default(ResidentId))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new BallotPile(a, null, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
