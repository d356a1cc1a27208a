using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Webhooks.UseCases;

/// <summary>A city subscribes an address to its events.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Url">The receiver's address as typed: https to a public host (<see cref="WebhookTargets"/>).</param>
/// <param name="EventTypes">The event types chosen, by short name (<see cref="WebhookEventTypes.All"/>); empty or <see langword="null"/> for every type.</param>
public sealed record CreateWebhookSubscription(MunicipalityId Municipality, string? Url, IReadOnlyList<string>? EventTypes) : ICommand<WebhookSecret>;

/// <summary>A city stops deliveries to one of its subscriptions; they wait until it is resumed.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Subscription">The subscription.</param>
public sealed record PauseWebhookSubscription(MunicipalityId Municipality, Guid Subscription) : ICommand<Changed>;

/// <summary>A city resumes a paused subscription (paused by hand or after failures); the failure count starts again.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Subscription">The subscription.</param>
public sealed record ResumeWebhookSubscription(MunicipalityId Municipality, Guid Subscription) : ICommand<Changed>;

/// <summary>A city removes a subscription and its deliveries.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Subscription">The subscription.</param>
public sealed record DeleteWebhookSubscription(MunicipalityId Municipality, Guid Subscription) : ICommand<Changed>;

/// <summary>A city replaces a subscription's secret (after a leak); deliveries from then on are signed with the new one.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Subscription">The subscription.</param>
public sealed record RotateWebhookSecret(MunicipalityId Municipality, Guid Subscription) : ICommand<WebhookSecret>;

/// <summary>A subscription's secret, shown once: at creation and after a rotation.</summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="Secret">The secret the receiver verifies signatures with (<see cref="WebhookSignature"/>).</param>
public sealed record WebhookSecret(Guid Subscription, string Secret);

/// <summary>Handles <see cref="CreateWebhookSubscription"/>: checks the address (SSRF) and the event types, then stores it with a new secret.</summary>
/// <param name="store">The storage port of the model (the city is checked).</param>
/// <param name="webhooks">The storage port of subscriptions.</param>
/// <param name="clock">Stamps the subscription.</param>
/// <param name="settings">Whether loopback http is allowed, and the most subscriptions per city; the defaults when not registered.</param>
public sealed class CreateWebhookSubscriptionHandler(IGovernanceStore store, IWebhookStore webhooks, IClock clock, WebhookSettings? settings = null)
    : ICommandHandler<CreateWebhookSubscription, WebhookSecret>
{
    /// <summary>The most event types one subscription may list (more than the model has: a list that long is hostile).</summary>
    public const int MaxEventTypes = 200;

    private readonly WebhookSettings _settings = settings ?? new WebhookSettings();

    /// <inheritdoc />
    public async Task<Result<WebhookSecret>> HandleAsync(CreateWebhookSubscription command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var types = command.EventTypes ?? [];
        var violations = new List<RuleViolation>();
        if (WebhookTargets.Check(command.Url, _settings.AllowLoopback, out var target) is { } refused)
        {
            violations.Add(refused);
        }

        if (types.Count > MaxEventTypes)
        {
            violations.Add(UseCaseRules.TooManyOf(WebhookChecks.EventType, MaxEventTypes).AtField(nameof(command.EventTypes)));
        }
        else if (types.FirstOrDefault(t => !WebhookEventTypes.IsKnown(t)) is { } unknown || types.Any(t => t is null))
        {
            var shown = Shown(types.FirstOrDefault(t => !WebhookEventTypes.IsKnown(t)));
            violations.Add(RuleViolation.Of(
                WebhookRuleIds.UnknownEventType,
                $"نوع رویداد «{shown}» از رویدادهای سامانه نیست؛ از فهرست برگزینید.",
                $"The event type “{shown}” is not one the system raises; choose from the list.").AtField(nameof(command.EventTypes)));
        }

        if (violations.Count > 0)
        {
            return Result.Failure<WebhookSecret>([.. violations]);
        }

        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<WebhookSecret>(municipality);
        }

        var existing = await webhooks.SubscriptionsAsync(command.Municipality, cancellationToken);
        if (existing.Count >= _settings.MaxSubscriptionsPerCity)
        {
            return Result.Failure<WebhookSecret>(RuleViolation.Of(
                WebhookRuleIds.TooMany,
                $"این شهر {PersianDigits.Format(_settings.MaxSubscriptionsPerCity)} وب‌هوک دارد که بیشترین شمار است؛ یکی را پیش از افزودن دیگری بردارید.",
                $"This city has {_settings.MaxSubscriptionsPerCity} webhooks, the most allowed; delete one before adding another."));
        }

        var subscription = new WebhookSubscription(Guid.NewGuid(), command.Municipality, target!, [.. types.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            WebhookSignature.NewSecret(), IsActive: true, PausedReason: null, ConsecutiveFailures: 0, clock.GetCurrentInstant());
        await webhooks.SaveAsync(subscription, cancellationToken);
        return Result.Success(new WebhookSecret(subscription.Id, subscription.Secret));
    }

    private static string Shown(string? text) => text is null ? "—" : text.Length <= 60 ? text : text[..60] + "…";
}

/// <summary>Handles <see cref="PauseWebhookSubscription"/>.</summary>
/// <param name="webhooks">The storage port of subscriptions.</param>
public sealed class PauseWebhookSubscriptionHandler(IWebhookStore webhooks) : ICommandHandler<PauseWebhookSubscription, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(PauseWebhookSubscription command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await webhooks.SubscriptionAsync(command.Municipality, command.Subscription, cancellationToken) is not { } found)
        {
            return Result.Failure<Changed>(WebhookChecks.Missing());
        }

        if (!found.IsActive)
        {
            return Result.Failure<Changed>(RuleViolation.Of(WebhookRuleIds.AlreadyPaused, "این وب‌هوک پیش‌تر متوقف شده است.", "This webhook is already paused."));
        }

        await webhooks.SaveAsync(found with { IsActive = false, PausedReason = null }, cancellationToken);
        return Result.Success(new Changed([]));
    }
}

/// <summary>Handles <see cref="ResumeWebhookSubscription"/>.</summary>
/// <param name="webhooks">The storage port of subscriptions.</param>
public sealed class ResumeWebhookSubscriptionHandler(IWebhookStore webhooks) : ICommandHandler<ResumeWebhookSubscription, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(ResumeWebhookSubscription command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await webhooks.SubscriptionAsync(command.Municipality, command.Subscription, cancellationToken) is not { } found)
        {
            return Result.Failure<Changed>(WebhookChecks.Missing());
        }

        if (found.IsActive)
        {
            return Result.Failure<Changed>(RuleViolation.Of(WebhookRuleIds.AlreadyActive, "این وب‌هوک فعال است.", "This webhook is already active."));
        }

        await webhooks.SaveAsync(found with { IsActive = true, PausedReason = null, ConsecutiveFailures = 0 }, cancellationToken);
        return Result.Success(new Changed([]));
    }
}

/// <summary>Handles <see cref="DeleteWebhookSubscription"/>.</summary>
/// <param name="webhooks">The storage port of subscriptions.</param>
public sealed class DeleteWebhookSubscriptionHandler(IWebhookStore webhooks) : ICommandHandler<DeleteWebhookSubscription, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(DeleteWebhookSubscription command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await webhooks.DeleteAsync(command.Municipality, command.Subscription, cancellationToken)
            ? Result.Success(new Changed([]))
            : Result.Failure<Changed>(WebhookChecks.Missing());
    }
}

/// <summary>Handles <see cref="RotateWebhookSecret"/>.</summary>
/// <param name="webhooks">The storage port of subscriptions.</param>
public sealed class RotateWebhookSecretHandler(IWebhookStore webhooks) : ICommandHandler<RotateWebhookSecret, WebhookSecret>
{
    /// <inheritdoc />
    public async Task<Result<WebhookSecret>> HandleAsync(RotateWebhookSecret command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await webhooks.SubscriptionAsync(command.Municipality, command.Subscription, cancellationToken) is not { } found)
        {
            return Result.Failure<WebhookSecret>(WebhookChecks.Missing());
        }

        var secret = WebhookSignature.NewSecret();
        await webhooks.SaveAsync(found with { Secret = secret }, cancellationToken);
        return Result.Success(new WebhookSecret(found.Id, secret));
    }
}

/// <summary>The refusals the webhook commands share.</summary>
internal static class WebhookChecks
{
    public static readonly LocalizedText EventType = new("نوع رویداد", "event types");

    public static RuleViolation Missing() => RuleViolation.Of(
        WebhookRuleIds.NotFound,
        "این وب‌هوک در این شهر پیدا نشد؛ شاید برداشته شده باشد.",
        "This webhook was not found in this city; it may have been deleted.").AtField("Subscription");
}
