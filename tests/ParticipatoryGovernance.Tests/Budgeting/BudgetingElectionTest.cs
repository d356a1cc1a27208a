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
    public void Project_Throws_WhenTheIdIsUnknown()
    {
        var act = () => Elections.GreedyExample().Project("Z");

        act.Should().Throw<KeyNotFoundException>();
    }
}
