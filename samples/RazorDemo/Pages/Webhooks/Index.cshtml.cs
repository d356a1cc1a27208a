using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore.Webhooks;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.Webhooks;
using ParticipatoryGovernance.Webhooks.UseCases;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Webhooks;

/// <summary>
/// A city's webhook subscriptions (docs/webhooks.md): staff add an https address and the event types, see the secret
/// once, pause, resume, rotate the secret or delete, and read the recent deliveries (status, attempts, last error).
/// Every refusal is the command's, with its reason.
/// </summary>
[Authorize(Policy = DemoPolicies.ManageWebhooks)]
public sealed class IndexModel(DemoCity city, DemoCommands commands, WebhookStore webhooks, Texts texts) : PageModel
{
    /// <summary>How many recent deliveries are listed.</summary>
    public const int DeliveriesListed = 50;

    /// <summary>The address typed.</summary>
    [BindProperty]
    public string? Address { get; set; }

    /// <summary>The event types ticked; none for all.</summary>
    [BindProperty]
    public List<string?> EventTypes { get; set; } = [];

    /// <summary>The subscription a button acts on.</summary>
    [BindProperty]
    public string? Subscription { get; set; }

    /// <summary>What the last act did.</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>A secret just created or rotated: shown on the next page only.</summary>
    [TempData]
    public string? NewSecret { get; set; }

    /// <summary>The city's subscriptions.</summary>
    public IReadOnlyList<WebhookSubscription> Subscriptions { get; private set; } = [];

    /// <summary>The city's recent deliveries, newest first.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries { get; private set; } = [];

    /// <summary>The refusals of the last post.</summary>
    public List<string> Refusals { get; } = [];

    /// <summary>Shows the subscriptions and deliveries.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Adds a subscription.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;
        var result = await commands.Get<CreateWebhookSubscriptionHandler>().HandleObservedAsync(
            new CreateWebhookSubscription(municipality, Address, [.. EventTypes.Select(t => t ?? string.Empty)]), cancellationToken);
        if (result.IsFailure)
        {
            return await RefusedAsync(result.Violations, cancellationToken);
        }

        NewSecret = result.Value.Secret;
        Notice = texts.T("وب‌هوک افزوده شد. رمز امضا را اکنون بردارید؛ دوباره نشان داده نمی‌شود.", "The webhook is added. Copy the signing secret now; it is not shown again.");
        return RedirectToPage();
    }

    /// <summary>Pauses a subscription.</summary>
    public Task<IActionResult> OnPostPauseAsync(CancellationToken cancellationToken) =>
        ActAsync((m, id) => commands.Get<PauseWebhookSubscriptionHandler>().HandleObservedAsync(new PauseWebhookSubscription(m, id), cancellationToken),
            texts.T("وب‌هوک متوقف شد.", "The webhook is paused."), cancellationToken);

    /// <summary>Resumes a subscription.</summary>
    public Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        ActAsync((m, id) => commands.Get<ResumeWebhookSubscriptionHandler>().HandleObservedAsync(new ResumeWebhookSubscription(m, id), cancellationToken),
            texts.T("وب‌هوک از سر گرفته شد.", "The webhook is resumed."), cancellationToken);

    /// <summary>Deletes a subscription.</summary>
    public Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken) =>
        ActAsync((m, id) => commands.Get<DeleteWebhookSubscriptionHandler>().HandleObservedAsync(new DeleteWebhookSubscription(m, id), cancellationToken),
            texts.T("وب‌هوک و ارسال‌هایش برداشته شد.", "The webhook and its deliveries are deleted."), cancellationToken);

    /// <summary>Replaces a subscription's secret.</summary>
    public async Task<IActionResult> OnPostRotateAsync(CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(Subscription, out var id))
        {
            return await RefusedAsync([Unreadable()], cancellationToken);
        }

        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;
        var result = await commands.Get<RotateWebhookSecretHandler>().HandleObservedAsync(new RotateWebhookSecret(municipality, id), cancellationToken);
        if (result.IsFailure)
        {
            return await RefusedAsync(result.Violations, cancellationToken);
        }

        NewSecret = result.Value.Secret;
        Notice = texts.T("رمز امضا عوض شد؛ رمز تازه را اکنون در گیرنده بگذارید.", "The signing secret is replaced; put the new one in the receiver now.");
        return RedirectToPage();
    }

    private async Task<IActionResult> ActAsync(Func<ParticipatoryGovernance.Municipalities.MunicipalityId, Guid, Task<Result<Changed>>> act, string done, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(Subscription, out var id))
        {
            return await RefusedAsync([Unreadable()], cancellationToken);
        }

        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;
        var result = await act(municipality, id);
        if (result.IsFailure)
        {
            return await RefusedAsync(result.Violations, cancellationToken);
        }

        Notice = done;
        return RedirectToPage();
    }

    private static RuleViolation Unreadable() => RuleViolation.Of(
        WebhookRuleIds.NotFound, "این وب‌هوک در این شهر پیدا نشد؛ صفحه را دوباره باز کنید.", "This webhook was not found in this city; reload the page.");

    private async Task<IActionResult> RefusedAsync(IEnumerable<RuleViolation> violations, CancellationToken cancellationToken)
    {
        Refusals.AddRange(violations.Select(v => texts.T(v.Message)));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var municipality = (await city.GetAsync(cancellationToken)).Municipality.Id;
        Subscriptions = await webhooks.SubscriptionsAsync(municipality, cancellationToken);
        Deliveries = await webhooks.RecentDeliveriesAsync(municipality, DeliveriesListed, cancellationToken);
    }
}
