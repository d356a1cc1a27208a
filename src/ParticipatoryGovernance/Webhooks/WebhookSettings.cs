namespace ParticipatoryGovernance.Webhooks;

/// <summary>What a host allows webhook subscriptions to target. Register an instance to change the default.</summary>
public sealed class WebhookSettings
{
    /// <summary>
    /// Allows <c>http://127.0.0.1</c>, <c>http://[::1]</c> and <c>http://localhost</c> targets (any port), for tests and
    /// development. Default <see langword="false"/>: only https to public addresses.
    /// </summary>
    public bool AllowLoopback { get; set; }

    /// <summary>The most subscriptions one city may hold. Default 20.</summary>
    public int MaxSubscriptionsPerCity { get; set; } = 20;
}
