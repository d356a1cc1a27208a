using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Common;

public class UserTextTest
{
    private static readonly LocalizedText Field = new("عنوان", "The title");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t  ")]
    public void Check_RefusesAsRequired_WhenEmptyOrWhiteSpace(string? value) =>
        UserText.Check(value, 100, Field)!.Rule.Should().Be(InputRuleIds.Required);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Check_Accepts_WhenEmptyAndOptional(string? value) =>
        UserText.Check(value, 100, Field, required: false).Should().BeNull();

    [Fact]
    public void Check_RefusesAsTooLong_WithTheLimitInBothLanguages_WhenLongerThanTheField()
    {
        var violation = UserText.Check(HostileInput.FiveThousandCharacters, 4000, Field)!;

        violation.Rule.Should().Be(InputRuleIds.TooLong);
        violation.Message.English.Should().Contain("4000").And.Contain("5000").And.Contain("The title");
        violation.Message.Persian.Should().Contain("۴۰۰۰").And.Contain("۵۰۰۰").And.Contain("عنوان");
    }

    [Fact]
    public void Check_CountsLengthAfterTrimming()
    {
        UserText.Check("  " + new string('a', 10) + "  ", 10, Field).Should().BeNull();
        UserText.Check(new string('a', 11), 10, Field)!.Rule.Should().Be(InputRuleIds.TooLong);
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData("\u2060\uFEFF")]
    [InlineData("\u200E\u200F\u061C")]
    [InlineData("\u200B \u200B")]
    [InlineData("\u3164\u2800")]
    public void Check_RefusesAsInvisibleOnly_WhenNothingVisible(string value) =>
        UserText.Check(value, 100, Field)!.Rule.Should().Be(InputRuleIds.InvisibleOnly);

    [Fact]
    public void Check_RefusesAsInvisibleOnly_EvenWhenOptional() =>
        UserText.Check(HostileInput.ZeroWidthOnly, 100, Field, required: false)!.Rule.Should().Be(InputRuleIds.InvisibleOnly);

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202B')]
    [InlineData('\u202C')]
    [InlineData('\u202D')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    public void Check_RefusesABidiControl_AnywhereInTheText(char control)
    {
        UserText.Check($"متن {control} ادامه", 100, Field)!.Rule.Should().Be(InputRuleIds.BidiControl);
        UserText.Check(control.ToString(), 100, Field)!.Rule.Should().Be(InputRuleIds.BidiControl);
    }

    [Fact]
    public void Check_RefusesARightToLeftOverride() =>
        UserText.Check(HostileInput.RightToLeftOverride, 100, Field)!.Rule.Should().Be(InputRuleIds.BidiControl);

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("a\u0007b")]
    [InlineData("a\u001Bb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u0085b")]
    [InlineData("a\u009Bb")]
    public void Check_RefusesControlCharacters_EvenInMultiLineText(string value) =>
        UserText.Check(value, 100, Field, multiline: true)!.Rule.Should().Be(InputRuleIds.ControlCharacter);

    [Fact]
    public void Check_AllowsLineBreaksAndTabs_OnlyInMultiLineText()
    {
        UserText.Check("بند یک\r\nبند\tدو", 100, Field, multiline: true).Should().BeNull();
        UserText.Check("بند یک\nبند دو", 100, Field, multiline: false)!.Rule.Should().Be(InputRuleIds.ControlCharacter);
        UserText.Check("بند یک\nبند دو", 100, Field).Should().BeNull("text areas are the default");
    }

    [Fact]
    public void Check_AcceptsAZeroWidthNonJoinerInsidePersianWords()
    {
        UserText.Check(HostileInput.PersianWithZwnj, 100, Field).Should().BeNull();
        UserText.Clean(HostileInput.PersianWithZwnj).Should().Be(HostileInput.PersianWithZwnj);
    }

    [Fact]
    public void Check_AcceptsASpreadsheetFormula_AsPlainText_AndCleanKeepsItUnchanged()
    {
        UserText.Check(HostileInput.Formula, 100, Field).Should().BeNull();
        UserText.Clean("  " + HostileInput.Formula + " ").Should().Be(HostileInput.Formula);
    }

    [Fact]
    public void CleanOptional_GivesNull_ForWhiteSpace_AndTrimsOtherwise()
    {
        UserText.CleanOptional("  ").Should().BeNull();
        UserText.CleanOptional(null).Should().BeNull();
        UserText.CleanOptional(" یادداشت ").Should().Be("یادداشت");
    }

    [Fact]
    public void Check_Throws_WhenTheCallerGivesANonPositiveLimit()
    {
        var act = () => UserText.Check("x", 0, Field);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
