namespace ParticipatoryGovernance.Notifications;

/// <summary>The identifiers of the rules that refuse a follow or a preference change.</summary>
public static class NotificationRuleIds
{
    /// <summary><c>notification.unknown-language</c>: the language is not one the city's texts are written in.</summary>
    public const string UnknownLanguage = "notification.unknown-language";
}
