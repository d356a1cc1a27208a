using System.Globalization;

namespace ParticipatoryGovernance.Tests.Budgeting;

/// <summary>
/// Guards the real pabulib files against transcription mistakes: each file's own META counts and PROJECTS
/// <c>votes</c> column must agree with its VOTES section. When one of these fails, the copy is wrong, not the file.
/// </summary>
public class RealElectionsIntegrityTest
{
    [Theory]
    [MemberData(nameof(RealElections.All), MemberType = typeof(RealElections))]
    public void Ballots_NumberAsManyAsMetaNumVotes_InEveryRealFile(string file)
    {
        var election = RealElections.Read(file);

        election.Ballots.Should().HaveCount(MetaNumber(election.MetaValue("num_votes"), file, "num_votes"));
    }

    [Theory]
    [MemberData(nameof(RealElections.All), MemberType = typeof(RealElections))]
    public void Projects_NumberAsManyAsMetaNumProjects_InEveryRealFile(string file)
    {
        var election = RealElections.Read(file);

        election.Projects.Should().HaveCount(MetaNumber(election.MetaValue("num_projects"), file, "num_projects"));
    }

    [Theory]
    [MemberData(nameof(RealElections.All), MemberType = typeof(RealElections))]
    public void VotesColumn_EqualsTheBallotsApprovingEachProject_InEveryRealFile(string file)
    {
        var election = RealElections.Read(file);
        var approvals = election.CountApprovals();

        var fromColumn = election.Projects.Select(p => (p.Id, Votes: p.Attribute("votes"))).ToArray();
        var fromBallots = election.Projects.Select((p, i) => (p.Id, Votes: (string?)approvals[i].ToString(CultureInfo.InvariantCulture))).ToArray();

        fromColumn.Should().Equal(fromBallots, $"{file}'s PROJECTS votes column must count its VOTES section");
    }

    private static int MetaNumber(string? text, string file, string key)
    {
        text.Should().NotBeNull($"{file} must give META {key}");
        return int.Parse(text!, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
