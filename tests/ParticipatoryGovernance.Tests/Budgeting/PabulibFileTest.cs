using ParticipatoryGovernance.Budgeting;

namespace ParticipatoryGovernance.Tests.Budgeting;

public class PabulibFileTest
{
    private const string Valid = """"
        META
        key;value
        description;"Test; with ""quotes"""
        budget;1000
        vote_type;approval
        rule;greedy
        PROJECTS
        project_id;cost;votes;name;selected
        b;600;2;Bench;1
        a;500.0;1;Arch;0
        VOTES
        voter_id;vote;age
        v1;b,a;30
        v2;b;41
        v3;;22

        """";

    [Fact]
    public void Read_KeepsBudgetProjectsInFileOrderBallotsAndMeta()
    {
        var election = PabulibFile.Read(new StringReader(Valid));

        election.Budget.Should().Be(1000);
        election.Projects.Select(p => (p.Id, p.Cost)).Should().Equal(("b", 600L), ("a", 500L));
        election.Project("b").Attribute("name").Should().Be("Bench");
        election.Projects[0].Attributes.Select(a => a.Key).Should().Equal("votes", "name", "selected");
        election.Ballots.Select(b => b.VoterId).Should().Equal("v1", "v2", "v3");
        election.Ballots[0].ProjectIds.Should().Equal("b", "a");
        election.Ballots[2].ProjectIds.Should().BeEmpty();
        election.Ballots[1].Attribute("age").Should().Be("41");
        election.Meta.Select(m => m.Key).Should().Equal("description", "budget", "vote_type", "rule");
        election.MetaValue("description").Should().Be("Test; with \"quotes\"");
        election.CountApprovals().Should().Equal(2, 1);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameElection()
    {
        var election = PabulibFile.Read(new StringReader(Valid));

        var text = WriteToString(election);
        var again = PabulibFile.Read(new StringReader(text));

        WriteToString(again).Should().Be(text);
        text.Should().Contain("description;\"Test; with \"\"quotes\"\"\"\n");
        again.Projects.Select(p => p.Id).Should().Equal("b", "a");
        again.Ballots.Select(b => string.Join(',', b.ProjectIds)).Should().Equal("b,a", "b", string.Empty);
    }

    [Theory]
    [MemberData(nameof(RealElections.All), MemberType = typeof(RealElections))]
    public void Write_ReproducesARealFileExactly_ApartFromLineEndings(string file)
    {
        var original = RealElections.Text(file).Replace("\r\n", "\n", StringComparison.Ordinal);

        var written = WriteToString(PabulibFile.Read(new StringReader(original)));

        written.TrimEnd('\n').Should().Be(original.TrimEnd('\n'));
    }

    [Fact]
    public void Write_MarksTheFundedProjects_WhenGivenTheOutcome()
    {
        var election = Elections.GreedyExample([new("rule", "greedy")]);

        var text = WriteToString(election, GreedyApproval.Select(election));
        var read = PabulibFile.Read(new StringReader(text));

        read.Projects.Select(p => p.Attribute("selected")).Should().Equal("1", "0", "1", "1");
        read.MetaValue("num_projects").Should().Be("4");
        read.MetaValue("num_votes").Should().Be("6");
        read.Budget.Should().Be(100);
        PabulibRules.Select(read).Should().Equal("A", "C", "D");
    }

    [Fact]
    public void Write_Throws_WhenAFundedProjectIsUnknown()
    {
        var act = () => PabulibFile.Write(Elections.GreedyExample(), new StringWriter(), ["Z"]);

        act.Should().Throw<ArgumentException>().WithMessage("*'Z'*");
    }

    [Theory]
    [InlineData("", "Line 1: the file is empty*")]
    [InlineData("PROJECTS\nproject_id;cost\n", "Line 1: expected the META section*")]
    [InlineData("META\nkey;value\nbudget;100\n", "Line 3: the file ends before the PROJECTS section*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;50\n", "Line 6: the file ends before the VOTES section*")]
    [InlineData("META\nkey;value\nrule;greedy\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\n", "Line 1: the META section has no 'budget' entry*")]
    [InlineData("META\nkey;value\nbudget;1e5\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\n", "Line 3: budget '1e5' is not an amount*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;12.1234567\nVOTES\nvoter_id;vote\n", "Line 6: cost of project '1' '12.1234567' has more than 6 decimals*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;12.\nVOTES\nvoter_id;vote\n", "Line 6: cost of project '1' '12.' is not an amount*")]
    [InlineData("META\nkey;value\nbudget;1,000\nPROJECTS\nproject_id;cost\n1;12\nVOTES\nvoter_id;vote\n", "Line 3: budget '1,000' is not an amount*")]
    [InlineData("META\nkey;value\nbudget;1000000000000\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n", "Line 3: budget '1000000000000' is too large*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;-5\nVOTES\nvoter_id;vote\n", "Line 6: cost of project '1' '-5' is not an amount*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\nv1;1,7\n", "Line 9: voter 'v1' votes for project '7', which is not in PROJECTS*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;50\n1;60\nVOTES\nvoter_id;vote\n", "Line 7: project '1' is listed twice (first on line 6)*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\nv1;1\nv1;1\n", "Line 10: voter 'v1' votes twice (first on line 9)*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost;name\n1;50\nVOTES\nvoter_id;vote\n", "Line 6: wrong column count in PROJECTS: expected 3 as in the header, found 2*")]
    [InlineData("META\nkey;value\nbudget;100;extra\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\n", "Line 3: wrong column count in META*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;\"50\nVOTES\nvoter_id;vote\n", "Line 6: a quoted field is never closed (unterminated quote)*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nid;cost\n1;50\nVOTES\nvoter_id;vote\n", "Line 5: the PROJECTS header has no 'project_id' column*")]
    [InlineData("META\nkey;value\nbudget;100\nbudget;200\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n", "Line 4: META key 'budget' is given twice (first on line 3)*")]
    [InlineData("META\nkey;value\nbudget;100\nvote_type;scoring\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n", "Line 4: vote_type 'scoring' is not supported*")]
    [InlineData("META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\nv1;1\n", "Line 9: the VOTES header of a cumulative election has no 'points' column*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote;points\nv1;1;3\n", "Line 8: the VOTES header has a 'points' column, which a approval election has not*")]
    [InlineData("META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;50\n2;50\nVOTES\nvoter_id;vote;points\nv1;1,2;3\n", "Line 11: voter 'v1' votes for 2 projects but gives 1 points*")]
    [InlineData("META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote;points\nv1;1;-3\n", "Line 10: voter 'v1' gives points '-3', which is not a whole number of zero or more*")]
    [InlineData("META\nkey;value\nbudget;100\nvote_type;ordinal\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote;points\nv1;1;x\n", "Line 10: voter 'v1' gives points 'x', which is not a whole number of zero or more*")]
    [InlineData("META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote;points\nv1;1;99999999999999999999\n", "Line 10: voter 'v1' gives points '99999999999999999999', which is too large*")]
    [InlineData("META\nkey;value\nbudget;100\nvote_type;choose-1\nPROJECTS\nproject_id;cost\n1;50\n2;50\nVOTES\nvoter_id;vote\nv1;1,2\n", "Line 11: voter 'v1' chooses 2 projects in a choose-1 election*")]
    [InlineData("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\nv1;\nMETA\n", "Line 9: unexpected section 'META' after VOTES*")]
    public void Read_ThrowsNamingTheLineAndTheProblem_WhenTheFileIsMalformed(string text, string message)
    {
        var act = () => PabulibFile.Read(new StringReader(text));

        act.Should().Throw<FormatException>().WithMessage(message);
    }

    [Fact]
    public void Read_KeepsDecimalAmountsExactly_InMinorUnits()
    {
        var text = "META\nkey;value\nbudget;102533.36\nPROJECTS\nproject_id;cost\n1;50000.5\n2;2000\nVOTES\nvoter_id;vote\nv1;1,2\n";

        var election = PabulibFile.Read(new StringReader(text));

        election.Decimals.Should().Be(2);
        election.Unit.Should().Be(100);
        election.Budget.Should().Be(10_253_336);
        election.Projects.Select(p => p.Cost).Should().Equal(5_000_050, 200_000);
        election.FormatAmount(election.Budget).Should().Be("102533.36");
        var written = WriteToString(election);
        written.Should().Contain("budget;102533.36\n").And.Contain("1;50000.50\n").And.Contain("2;2000.00\n");
        PabulibFile.Read(new StringReader(written)).Budget.Should().Be(10_253_336);
    }

    [Fact]
    public void Read_TakesTheScaleFromTheSignificantDecimals_WhenTheFractionIsZeros()
    {
        var text = "META\nkey;value\nbudget;1000.00\nPROJECTS\nproject_id;cost\n1;500.0\nVOTES\nvoter_id;vote\nv1;1\n";

        var election = PabulibFile.Read(new StringReader(text));

        election.Decimals.Should().Be(0);
        election.Budget.Should().Be(1000);
        election.Projects[0].Cost.Should().Be(500);
    }

    [Fact]
    public void Read_ThenWrite_KeepsCumulativePoints()
    {
        var text = "META\nkey;value\nnum_projects;2\nnum_votes;2\nbudget;100\nvote_type;cumulative\nmax_sum_points;10\nPROJECTS\nproject_id;cost;score\n1;50;7\n2;60;3\nVOTES\nvoter_id;vote;points;age\nv1;1,2;4,3;30\nv2;1;3;40\n";

        var election = PabulibFile.Read(new StringReader(text));
        var written = WriteToString(election);
        var again = PabulibFile.Read(new StringReader(written));

        election.VoteType.Should().Be(BudgetingVoteType.Cumulative);
        election.Ballots[0].Points.Should().Equal(4, 3);
        election.Ballots[0].HasPoints.Should().BeTrue();
        election.Ballots[0].Attribute("age").Should().Be("30");
        election.CountScores().Should().Equal(7, 3);
        written.Should().Be(text);
        again.Ballots.Select(b => string.Join(',', b.Points)).Should().Equal("4,3", "3");
    }

    [Fact]
    public void Read_ThenWrite_KeepsOrdinalRanks_WithoutAddingPoints()
    {
        var text = "META\nkey;value\nnum_projects;3\nnum_votes;2\nbudget;100\nvote_type;ordinal\nPROJECTS\nproject_id;cost\n1;50\n2;60\n3;10\nVOTES\nvoter_id;vote\nv1;3,1,2\nv2;2,3\n";

        var election = PabulibFile.Read(new StringReader(text));

        election.VoteType.Should().Be(BudgetingVoteType.Ordinal);
        election.Ballots[0].ProjectIds.Should().Equal("3", "1", "2");
        election.Ballots[0].HasPoints.Should().BeFalse();
        election.CountScores().Should().Equal(2, 1 + 2, 3 + 1);
        WriteToString(election).Should().Be(text);
    }

    [Fact]
    public void Read_KeepsARepeatedProjectOnce_WithTheSumOfItsPoints()
    {
        var approval = "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;50\n2;50\nVOTES\nvoter_id;vote\nv1;2,1,2\n";
        var cumulative = "META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;50\n2;50\nVOTES\nvoter_id;vote;points\nv1;2,1,2;3,1,2\n";

        var a = PabulibFile.Read(new StringReader(approval)).Ballots[0];
        var c = PabulibFile.Read(new StringReader(cumulative)).Ballots[0];

        a.ProjectIds.Should().Equal("2", "1");
        c.ProjectIds.Should().Equal("2", "1");
        c.Points.Should().Equal(5, 1);
    }

    [Fact]
    public void Read_ReadsChooseOneBallots()
    {
        var text = "META\nkey;value\nnum_projects;2\nnum_votes;3\nbudget;100\nvote_type;choose-1\nPROJECTS\nproject_id;cost\n1;50\n2;60\nVOTES\nvoter_id;vote\nv1;2\nv2;2\nv3;1\n";

        var election = PabulibFile.Read(new StringReader(text));

        election.VoteType.Should().Be(BudgetingVoteType.ChooseOne);
        election.CountScores().Should().Equal(1, 2);
        WriteToString(election).Should().Be(text);
    }

    [Fact]
    public void Read_FollowsAQuotedFieldAcrossLines()
    {
        var text = "META\nkey;value\ncomment;\"two\nlines\"\nbudget;100\nPROJECTS\nproject_id;cost\n1;50\nVOTES\nvoter_id;vote\nv1;1\n";

        var election = PabulibFile.Read(new StringReader(text));

        election.MetaValue("comment").Should().Be("two\nlines");
        election.Budget.Should().Be(100);
    }

    [Fact]
    public void Read_ReadsWindowsLineEndings()
    {
        var election = RealElections.Read("Netherlands_Assen_2024.pb");

        RealElections.Text("Netherlands_Assen_2024.pb").Should().Contain("\r\n");
        election.Projects.Should().HaveCount(14);
        election.Ballots.Should().HaveCount(84);
        election.Project("3").Attribute("description").Should().Be("12x per jaar zal er een PopUp Podium opduiken in de stad");
    }

    [Fact]
    public void Read_Throws_WhenTheReaderIsNull()
    {
        var act = () => PabulibFile.Read(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    private static string WriteToString(BudgetingElection election, IEnumerable<string>? funded = null)
    {
        using var writer = new StringWriter();
        if (funded is null)
        {
            PabulibFile.Write(election, writer);
        }
        else
        {
            PabulibFile.Write(election, writer, funded);
        }

        return writer.ToString();
    }
}
