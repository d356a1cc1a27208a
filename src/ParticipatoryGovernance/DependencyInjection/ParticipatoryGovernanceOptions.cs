using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.DependencyInjection;

/// <summary>Settings for <see cref="ServiceCollectionExtensions.AddParticipatoryGovernance"/>.</summary>
public sealed class ParticipatoryGovernanceOptions
{
    /// <summary>The charter the application runs by. Default: <see cref="RafsanjanPreset.Charter"/>.</summary>
    public GovernanceCharter Charter { get; set; } = RafsanjanPreset.Charter;

    /// <summary>
    /// The clock. Default <see langword="null"/>: an <see cref="IClock"/> already registered is used, or else the
    /// system clock. Tests set a <c>NodaTime.Testing.FakeClock</c>.
    /// </summary>
    public IClock? Clock { get; set; }

    /// <summary>The city's time zone. Default: Asia/Tehran (<see cref="PersianDates.TimeZone"/>).</summary>
    public DateTimeZone TimeZone { get; set; } = PersianDates.TimeZone;

    /// <summary>Checks the settings.</summary>
    /// <returns>The broken rules; empty when the settings are valid.</returns>
    public IReadOnlyList<RuleViolation> Validate()
    {
        var errors = new List<RuleViolation>();
        if (Charter is null)
        {
            errors.Add(RuleViolation.Of(OptionsRuleIds.Charter, "منشور تعیین نشده است.", "Charter is required; use RafsanjanPreset.Charter or your city's charter."));
        }
        else
        {
            errors.AddRange(Charter.Validate());
        }

        if (TimeZone is null)
        {
            errors.Add(RuleViolation.Of(OptionsRuleIds.TimeZone, "منطقهٔ زمانی تعیین نشده است.", "TimeZone is required; use DateTimeZoneProviders.Tzdb[\"Asia/Tehran\"] or your city's zone."));
        }

        return errors;
    }
}
