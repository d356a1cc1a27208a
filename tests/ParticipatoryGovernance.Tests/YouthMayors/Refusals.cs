using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Tests.YouthMayors;

/// <summary>Checks a refusal's rule, its exact English message, and that a Persian message is present.</summary>
internal static class Refusals
{
    public static RuleViolation ShouldBeRefusedWith(this Result result, string rule, string english)
    {
        result.IsFailure.Should().BeTrue("the rule {0} should refuse the operation", rule);
        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(rule);
        violation.Message.English.Should().Be(english);
        violation.Message.Persian.Should().MatchRegex("[\u0600-\u06FF]{3}", "the message must also be given in Persian");
        return violation;
    }
}
