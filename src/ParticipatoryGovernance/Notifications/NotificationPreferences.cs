using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Notifications;

/// <summary>
/// How a resident wants to hear from the city: in which language, on which channels, and whether email and text
/// messages come one by one or once a day as a digest. The in-app inbox is always kept; <see cref="InApp"/> only says
/// whether new notifications land in it.
/// </summary>
/// <param name="Language">
/// The language of the texts, one of the city's <see cref="GovernanceCharter.Languages"/> (such as <c>fa</c>, <c>en</c> or <c>ckb</c>).
/// </param>
/// <param name="InApp">Whether notifications land in the inbox.</param>
/// <param name="Email">Whether notifications are sent by email.</param>
/// <param name="Sms">Whether notifications are sent as text messages.</param>
/// <param name="DailyDigest">Whether email and text messages are gathered into one message a day.</param>
/// <remarks>An immutable value; thread-safe.</remarks>
public sealed record NotificationPreferences(string Language, bool InApp, bool Email, bool Sms, bool DailyDigest)
{
    /// <summary>What a resident who never chose gets: Persian, the inbox only, no digest.</summary>
    public static NotificationPreferences Default { get; } = new("fa", InApp: true, Email: false, Sms: false, DailyDigest: false);

    /// <summary>Whether the resident chose a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> when notifications go out on it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is undefined.</exception>
    public bool Wants(NotificationChannel channel) => channel switch
    {
        NotificationChannel.InApp => InApp,
        NotificationChannel.Email => Email,
        NotificationChannel.Sms => Sms,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a defined channel."),
    };
}
