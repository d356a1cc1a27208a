using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public partial class InterviewTest
{

    [Theory]
    [InlineData(-1, "یادداشت", InputRuleIds.NumberOutOfRange)]
    [InlineData(101, null, InputRuleIds.NumberOutOfRange)]
    [InlineData(int.MaxValue, null, InputRuleIds.NumberOutOfRange)]
    [InlineData(null, null, InputRuleIds.Required)]
    [InlineData(null, "  ", InputRuleIds.Required)]
    [InlineData(70, "\u200B\u200D", InputRuleIds.InvisibleOnly)]
    [InlineData(70, "خوب \u202E", InputRuleIds.BidiControl)]
    public void Create_RefusesByRule_WithoutThrowing(int? score, string? notes, string rule) =>
        Interview.Create(Application, score, notes).Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);

    [Fact]
    public void Create_RefusesNotesLongerThanTheColumn() =>
        Interview.Create(Application, 50, HostileInput.FiveThousandCharacters)
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.TooLong);

    [Fact]
    public void Create_KeepsMultiLineNotes_AndAFormula_Unchanged()
    {
        var interview = Interview.Create(Application, 80, " " + HostileInput.Formula + "\nمی‌خواهد کمک کند ").Value;

        interview.Notes.Should().Be(HostileInput.Formula + "\nمی‌خواهد کمک کند");
        interview.Score.Should().Be(80);
    }
}
