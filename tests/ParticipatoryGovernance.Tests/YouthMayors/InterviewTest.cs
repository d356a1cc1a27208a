using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public partial class InterviewTest
{
    private static readonly YouthMayorApplicationId Application = YouthMayorApplicationId.New();

    [Fact]
    public void Constructor_KeepsAScore_NotesOrBoth_WithNotesTrimmed()
    {
        new Interview(Application, 0).Score.Should().Be(0);
        new Interview(Application, Interview.MaxScore).Score.Should().Be(100);
        var notes = new Interview(Application, null, "  با اعتماد به نفس  ");
        notes.Score.Should().BeNull();
        notes.Notes.Should().Be("با اعتماد به نفس");
        new Interview(Application, 75, "خوب").Should().Be(new Interview(Application, 75, "خوب"));
    }

    [Fact]
    public void Constructor_Throws_WithoutAScoreOrNotes_OrOutOfRange()
    {
        FluentActions.Invoking(() => new Interview(Application, null, "   ")).Should().Throw<ArgumentException>().WithMessage("An interview records a score, notes, or both.*");
        FluentActions.Invoking(() => new Interview(Application, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Interview(Application, 101)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Interview(Application, 50, new string('ن', Interview.MaxNotesLength + 1))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Interview(default, 50)).Should().Throw<ArgumentException>();
    }
}
