using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Tests.TestSupport;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class IdeaDraftTest
{
    private const string Description = "در کوچه‌های بی‌سایهٔ محله درخت پسته و توت بکاریم.";

    [Fact]
    public void Create_GivesTheDraft_WhenTheInputIsAcceptable()
    {
        var draft = IdeaDraft.Create("  " + HostileInput.PersianWithZwnj + " ", Description + "\nو آب‌یاری", Field("environment"), North, 2_500_000).Value;

        draft.Title.Should().Be(HostileInput.PersianWithZwnj);
        draft.EstimatedCost.Should().Be(new Rials(2_500_000));
    }

    [Fact]
    public void Create_KeepsASpreadsheetFormulaTitle_Unchanged() =>
        IdeaDraft.Create(HostileInput.Formula, Description, Field("environment")).Value.Title.Should().Be(HostileInput.Formula);

    public static TheoryData<string?, string?, long?, string[]> BadDrafts() => new()
    {
        { null, Description, null, [InputRuleIds.Required] },
        { HostileInput.ZeroWidthOnly, Description, null, [InputRuleIds.InvisibleOnly] },
        { HostileInput.RightToLeftOverride, Description, null, [InputRuleIds.BidiControl] },
        { new string('ت', IdeaDraft.MaxTitleLength + 1), Description, null, [InputRuleIds.TooLong] },
        { "عنوان\nدو خطی", Description, null, [InputRuleIds.ControlCharacter] },
        { "عنوان", HostileInput.FiveThousandCharacters, null, [InputRuleIds.TooLong] },
        { "عنوان", Description, -1L, [InputRuleIds.AmountOutOfRange] },
        { "عنوان", Description, long.MaxValue, [InputRuleIds.AmountOutOfRange] },
        { "   ", HostileInput.ZeroWidthOnly, long.MaxValue, [InputRuleIds.Required, InputRuleIds.InvisibleOnly, InputRuleIds.AmountOutOfRange] },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public void Create_RefusesEveryBrokenRule_ByRule_WithoutThrowing(string? title, string? description, long? cost, string[] rules) =>
        IdeaDraft.Create(title, description, Field("environment"), North, cost)
            .Violations.Select(v => v.Rule).Should().Equal(rules);

    [Fact]
    public void Constructor_StillThrows_ForABidiControl_AsACallerBug()
    {
        var act = () => new IdeaDraft(HostileInput.RightToLeftOverride, Description, Field("environment"));

        act.Should().Throw<ArgumentException>();
    }
}
