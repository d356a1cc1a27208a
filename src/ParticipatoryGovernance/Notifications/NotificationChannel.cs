namespace ParticipatoryGovernance.Notifications;

/// <summary>How a notification reaches a resident.</summary>
public enum NotificationChannel
{
    /// <summary>The inbox on the city's site: the notification row itself, read or unread.</summary>
    InApp = 1,

    /// <summary>An email to the address the host knows for the resident.</summary>
    Email = 2,

    /// <summary>A text message through the city's SMS gateway.</summary>
    Sms = 3,
}

/// <summary>What a resident can follow: an idea, a neighbourhood meeting or a neighbourhood.</summary>
public enum FollowKind
{
    /// <summary>A citizen idea: its answer, status changes and milestones.</summary>
    Idea = 1,

    /// <summary>A neighbourhood meeting: its decisions and whether it is called off.</summary>
    Meeting = 2,

    /// <summary>A neighbourhood: its meetings, decisions and youth mayors.</summary>
    Neighbourhood = 3,
}
