using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Common;

public partial class RialsTest
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(Rials.MaxEnteredAmount)]
    public void Create_Accepts_FromZeroToTheMaximum(long amount) =>
        Rials.Create(amount).Value.Amount.Should().Be(amount);

    [Theory]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    [InlineData(Rials.MaxEnteredAmount + 1)]
    [InlineData(long.MaxValue)]
    public void Create_RefusesAsOutOfRange_WhenNegativeOrAboveTheMaximum(long amount)
    {
        var result = Rials.Create(amount);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.AmountOutOfRange);
        result.Violations[0].Message.Persian.Should().Contain("ریال");
    }

    [Theory]
    [InlineData("2500000", 2_500_000L)]
    [InlineData(" ۲٬۵۰۰٬۰۰۰ ", 2_500_000L)]
    [InlineData("2,500,000", 2_500_000L)]
    [InlineData("0", 0L)]
    public void Parse_ReadsPersianAndLatinDigits_WithSeparators(string text, long expected) =>
        Rials.Parse(text).Value.Amount.Should().Be(expected);

    [Theory]
    [InlineData(null, InputRuleIds.Required)]
    [InlineData("   ", InputRuleIds.Required)]
    [InlineData("12a", InputRuleIds.NotANumber)]
    [InlineData("1.5", InputRuleIds.NotANumber)]
    [InlineData("-", InputRuleIds.NotANumber)]
    [InlineData("=HYPERLINK(\"http://x\")", InputRuleIds.NotANumber)]
    [InlineData("-1", InputRuleIds.AmountOutOfRange)]
    [InlineData("9223372036854775807", InputRuleIds.AmountOutOfRange)]
    [InlineData(HostileInput.ThirtyDigits, InputRuleIds.AmountOutOfRange)]
    public void Parse_Refuses_ByRule_WhenNotAnAcceptableAmount(string? text, string rule) =>
        Rials.Parse(text).Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
}
