using NodaTime;

namespace ParticipatoryGovernance.Municipalities;

/// <summary>How precisely a launch date is known.</summary>
public enum DatePrecision
{
    /// <summary>The exact day is known.</summary>
    Day = 1,

    /// <summary>Only the Solar Hijri month is known; the date is the month's first day.</summary>
    Month = 2,

    /// <summary>Only that it happened on or before the date is known.</summary>
    OnOrBefore = 3,
}

/// <summary>When a municipality launched a phase of the model.</summary>
/// <param name="Phase">The phase.</param>
/// <param name="LaunchedOn">The ISO-calendar date of the launch.</param>
/// <param name="Precision">How precisely <paramref name="LaunchedOn"/> is known.</param>
public sealed record PhaseLaunch(ProgrammePhase Phase, LocalDate LaunchedOn, DatePrecision Precision = DatePrecision.Day);
