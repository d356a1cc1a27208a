using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Councils;

public class CouncilCoverageTest
{
    [Fact]
    public void Compute_ReadsBackRafsanjansReportedFigures()
    {
        var rafsanjan = new RafsanjanCouncils();

        var coverage = CouncilCoverage.Compute(rafsanjan.Neighbourhoods, rafsanjan.Councils, Make.Solar(1403, 2, 9));

        coverage.NeighbourhoodCount.Should().Be(50);
        coverage.WithActiveCouncil.Should().Be(50);
        coverage.CouncilMembers.Should().Be(350);
        coverage.WithWomensCouncil.Should().Be(47, "47 women's councils so far, of 50 neighbourhoods");
        coverage.WomensCouncilMembers.Should().Be(47 * 7);
        coverage.SeatsVacant.Should().Be(0);
        coverage.Neighbourhoods.Where(n => !n.HasWomensCouncil).Select(n => n.Number).Should().Equal(48, 49, 50);
    }

    [Fact]
    public void Compute_CountsVacanciesAndIgnoresCouncilsNotYetFormedOrDissolved()
    {
        var rafsanjan = new RafsanjanCouncils();
        var first = rafsanjan.Councils.First(c => c.Kind == CouncilKind.Neighbourhood);
        first.Resign(first.CurrentMembers.First(m => m.Role == CouncilRole.Member).ResidentId, Make.Solar(1403, 1, 15)).ThrowIfFailed();
        var second = rafsanjan.Councils.Where(c => c.Kind == CouncilKind.Women).Skip(1).First();
        second.Dissolve(Make.Solar(1403, 1, 20)).ThrowIfFailed();

        var now = CouncilCoverage.Compute(rafsanjan.Neighbourhoods, rafsanjan.Councils, Make.Solar(1403, 2, 9));
        var before = CouncilCoverage.Compute(rafsanjan.Neighbourhoods, rafsanjan.Councils, Make.Solar(1403, 1, 10));
        var beforeFormation = CouncilCoverage.Compute(rafsanjan.Neighbourhoods, rafsanjan.Councils, RafsanjanCouncils.FormedOn.PlusDays(-1));

        now.CouncilMembers.Should().Be(349);
        now.SeatsVacant.Should().Be(1);
        now.Neighbourhoods[0].CouncilSeatsVacant.Should().Be(1);
        now.WithWomensCouncil.Should().Be(46);
        before.CouncilMembers.Should().Be(350, "the resignation came later");
        before.WithWomensCouncil.Should().Be(46, "status is the council's now; membership is as of the date");
        beforeFormation.WithActiveCouncil.Should().Be(0);
        beforeFormation.CouncilMembers.Should().Be(0);
    }
}
