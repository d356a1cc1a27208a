using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Tests.Budgeting;

public class BudgetingElectionTest
{
    [Fact]
    public void Constructor_Throws_WhenAProjectIdRepeats()
    {
        var act = () => Elections.Make(10, [("1", 5), ("1", 6)], []);

        act.Should().Throw<ArgumentException>().WithMessage("*'1' is listed twice*");
    }

    [Fact]
    public void Constructor_Throws_WhenABallotApprovesAnUnknownProject()
    {
        var act = () => Elections.Make(10, [("1", 5)], [["2"]]);

        act.Should().Throw<ArgumentException>().WithMessage("*'2', which is not listed*");
    }

    [Fact]
    public void Constructor_Throws_WhenAVoterHasTwoBallots()
    {
        var act = () => new BudgetingElection(10, [new BudgetingProject("1", 5)], [new BudgetingBallot("v", ["1"]), new BudgetingBallot("v", [])]);

        act.Should().Throw<ArgumentException>().WithMessage("*'v' has two ballots*");
    }

    [Fact]
    public void Constructor_Throws_WhenTheBudgetOrACostIsNegative()
    {
        var budget = () => Elections.Make(-1, [("1", 5)], []);
        var cost = () => new BudgetingProject("1", -5);

        budget.Should().Throw<ArgumentOutOfRangeException>();
        cost.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void BudgetingBallot_Throws_WhenAProjectRepeats()
    {
        var act = () => new BudgetingBallot("v", ["1", "1"]);

        act.Should().Throw<ArgumentException>().WithMessage("*twice*");
    }

    [Fact]
    public void WithPoints_Throws_WhenThePointsDoNotMatchTheProjectsOrAreNegative()
    {
        var count = () => BudgetingBallot.WithPoints("v", ["1", "2"], [3]);
        var negative = () => BudgetingBallot.WithPoints("v", ["1"], [-1]);

        count.Should().Throw<ArgumentException>().WithMessage("*2 projects but gives 1 points*");
        negative.Should().Throw<ArgumentException>().WithMessage("*negative*");
    }

    [Fact]
    public void Constructor_Throws_WhenAnApprovalBallotCarriesPoints()
    {
        var act = () => new BudgetingElection(10, [new BudgetingProject("1", 5)], [BudgetingBallot.WithPoints("v", ["1"], [2])]);

        act.Should().Throw<ArgumentException>().WithMessage("*carries points*");
    }

    [Fact]
    public void Constructor_Throws_WhenAChooseOneBallotNamesTwoProjects()
    {
        var act = () => new BudgetingElection(
            10, [new BudgetingProject("1", 5), new BudgetingProject("2", 5)], [new BudgetingBallot("v", ["1", "2"])], voteType: BudgetingVoteType.ChooseOne);

        act.Should().Throw<ArgumentException>().WithMessage("*choose-1*2 projects*");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Constructor_Throws_WhenTheDecimalsAreOutOfRange(int decimals)
    {
        var act = () => new BudgetingElection(10, [], [], decimals: decimals);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0, 102533, "102533")]
    [InlineData(2, 10253336, "102533.36")]
    [InlineData(2, 5, "0.05")]
    [InlineData(6, 1, "0.000001")]
    public void FormatAmount_WritesTheMinorUnitsWithTheElectionsDecimals(int decimals, long amount, string text)
    {
        var election = new BudgetingElection(amount, [], [], decimals: decimals);

        election.FormatAmount(amount).Should().Be(text);
        election.Unit.Should().Be((long)Math.Pow(10, decimals));
    }

    [Fact]
    public void Project_Throws_WhenTheIdIsUnknown()
    {
        var act = () => Elections.GreedyExample().Project("Z");

        act.Should().Throw<KeyNotFoundException>();
    }
}
