namespace ParticipatoryGovernance.Webhooks;

/// <summary>The identifiers of the rules that refuse a webhook subscription or a change to one.</summary>
public static class WebhookRuleIds
{
    /// <summary><c>webhooks.url-invalid</c>: the address is empty, too long, not absolute, or carries a user name or password.</summary>
    public const string UrlInvalid = "webhooks.url-invalid";

    /// <summary><c>webhooks.url-not-https</c>: the address is not https (plain http is allowed only to this machine, when the host allows it).</summary>
    public const string UrlNotHttps = "webhooks.url-not-https";

    /// <summary><c>webhooks.url-private</c>: the address names this machine, a private network or a link-local address (server-side request forgery).</summary>
    public const string UrlPrivate = "webhooks.url-private";

    /// <summary><c>webhooks.unknown-event-type</c>: an event type chosen is not one the model raises.</summary>
    public const string UnknownEventType = "webhooks.unknown-event-type";

    /// <summary><c>webhooks.too-many</c>: the city already has the most subscriptions allowed.</summary>
    public const string TooMany = "webhooks.too-many";

    /// <summary><c>webhooks.not-found</c>: the city has no subscription with that identifier.</summary>
    public const string NotFound = "webhooks.not-found";

    /// <summary><c>webhooks.already-paused</c>: pausing a subscription that is paused.</summary>
    public const string AlreadyPaused = "webhooks.already-paused";

    /// <summary><c>webhooks.already-active</c>: resuming a subscription that is active.</summary>
    public const string AlreadyActive = "webhooks.already-active";
}
