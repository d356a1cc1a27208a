using NodaTime;

namespace ParticipatoryGovernance.Calendar;

/// <summary>The current instant, date and time in the municipality's time zone, from an injected <see cref="IClock"/>.</summary>
/// <remarks>Thread-safe when the clock is. Registered as a singleton by <c>AddParticipatoryGovernance</c>.</remarks>
public sealed class CityClock
{
    private readonly IClock _clock;

    /// <summary>Creates the city clock.</summary>
    /// <param name="clock">The source of the current instant.</param>
    /// <param name="timeZone">The city's time zone; Asia/Tehran for Iranian cities.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CityClock(IClock clock, DateTimeZone timeZone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(timeZone);
        _clock = clock;
        TimeZone = timeZone;
    }

    /// <summary>The city's time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The current instant.</summary>
    public Instant Now => _clock.GetCurrentInstant();

    /// <summary>The current date and time in the city.</summary>
    public ZonedDateTime LocalNow => Now.InZone(TimeZone);

    /// <summary>Today's ISO-calendar date in the city.</summary>
    public LocalDate Today => LocalNow.Date;
}
