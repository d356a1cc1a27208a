using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Reporting;

namespace ParticipatoryGovernance.Tests.Reporting;

public class RafsanjanReportTest
{
    [Fact]
    public void Figures_AreTheReportsNumbers()
    {
        RafsanjanReport.Figures.Select(f => (f.Key, f.Value)).Should().Equal(
            (RafsanjanReport.IdeasRegistered, 2000L),
            (RafsanjanReport.Neighbourhoods, 50L),
            (RafsanjanReport.NeighbourhoodCouncils, 50L),
            (RafsanjanReport.CouncilMembers, 350L),
            (RafsanjanReport.WomensCouncils, 47L),
            (RafsanjanReport.ApplicantsInterviewed, 350L),
            (RafsanjanReport.InterviewSessions, 56L),
            (RafsanjanReport.BoyYouthMayors, 48L),
            (RafsanjanReport.GirlYouthMayors, 46L),
            (RafsanjanReport.TeenagersEngaged, 1040L));
        RafsanjanReport.ReportedOn.Should().Be(new NodaTime.LocalDate(2024, 5, 18));
        RafsanjanReport.Get(RafsanjanReport.IdeasRegistered).Qualifier.Should().Be(FigureQualifier.MoreThan);
        RafsanjanReport.Get(RafsanjanReport.WomensCouncils).Phase.Should().Be(ProgrammePhase.WomensCouncils);
        FluentActions.Invoking(() => RafsanjanReport.Get("nope")).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void CompareWith_SaysWhereTheRecordsDifferFromTheReport()
    {
        var teenagers = RafsanjanReport.Get(RafsanjanReport.TeenagersEngaged).CompareWith(94 + (94 * 9));

        teenagers.Agrees.Should().BeFalse();
        teenagers.Recorded.Should().Be(940);
        teenagers.Difference.Should().Be(-100);
    }

    [Theory]
    [InlineData(2000, false)]
    [InlineData(2001, true)]
    public void CompareWith_ReadsMoreThanAsStrictlyGreater(long recorded, bool agrees) =>
        RafsanjanReport.Get(RafsanjanReport.IdeasRegistered).CompareWith(recorded).Agrees.Should().Be(agrees);

    [Fact]
    public void CompareWith_AgreesOnExactFigures()
    {
        var members = RafsanjanReport.Get(RafsanjanReport.CouncilMembers).CompareWith(350);

        members.Agrees.Should().BeTrue();
        members.Difference.Should().Be(0);
    }
}
