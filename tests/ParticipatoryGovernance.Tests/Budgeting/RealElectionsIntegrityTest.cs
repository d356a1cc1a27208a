using System.Globalization;

namespace ParticipatoryGovernance.Tests.Budgeting;

/// <summary>
/// The real files are transcribed by hand from pabulib, so each is checked against the totals its own META and
/// PROJECTS sections state: a dropped, doubled or mistyped ballot line shows up as a count that no longer agrees.
/// </summary>
public class RealElectionsIntegrityTest
{
    [Theory]
    [MemberData(nameof(RealElections.All), MemberType = typeof(RealElections))]
    public void Ballots_NumberAsManyAsMetaNumVotes_InEveryRealFile(string file)
    {
        var election = RealElections.Read(file);

        election.Ballots.Should().HaveCount(WholeNumber(election.MetaValue("num_votes"), file, "num_votes"));
    }

    [Theory]
    [MemberData(nameof(RealElections.All), MemberType = typeof(RealElections))]
    public void Projects_NumberAsManyAsMetaNumProjects_InEveryRealFile(string file)
    {
        var election = RealElections.Read(file);

        election.Projects.Should().HaveCount(WholeNumber(election.MetaValue("num_projects"), file, "num_projects"));
    }

    [Theory]
    [MemberData(nameof(RealElections.All), MemberType = typeof(RealElections))]
    public void VotesColumn_EqualsTheBallotsApprovingEachProject_InEveryRealFile(string file)
    {
        var election = RealElections.Read(file);
        var counted = election.CountApprovals();

        var stated = election.Projects.Select(p => WholeNumber(p.Attribute("votes"), file, $"votes of project {p.Id}")).ToArray();

        counted.Should().Equal(stated, $"{file}: project ids in file order are {string.Join(", ", election.Projects.Select(p => p.Id))}");
    }

    private static int WholeNumber(string? text, string file, string what)
    {
        text.Should().NotBeNull($"{file} should state {what}");
        return int.Parse(text!, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
