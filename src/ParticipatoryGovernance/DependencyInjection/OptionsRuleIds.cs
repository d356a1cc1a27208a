namespace ParticipatoryGovernance.DependencyInjection;

/// <summary>The identifiers of the rules <see cref="ParticipatoryGovernanceOptions"/> breaks when a host configures it wrongly.</summary>
public static class OptionsRuleIds
{
    /// <summary><c>options.Charter</c>: no charter was set.</summary>
    public const string Charter = "options.Charter";

    /// <summary><c>options.TimeZone</c>: no time zone was set.</summary>
    public const string TimeZone = "options.TimeZone";
}
