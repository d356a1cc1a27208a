using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.AspNetCore;
using ParticipatoryGovernance.Common;
using RazorDemo.Api;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Account;

/// <summary>
/// A resident's personal API tokens (issue #20): create one for a named application with its scopes and expiry (its
/// secret is shown once, on the answer to the post, and stored only as a hash), see them, revoke one.
/// </summary>
[Authorize(Policy = DemoPolicies.TakePart)]
public sealed class ApiTokensModel(DemoApiTokens tokens, CurrentPerson person, DemoCity city, Texts texts) : PageModel
{
    private static readonly LocalizedText ClientName = new("نام برنامه", "application's name");

    public IReadOnlyList<ApiTokenRow> Tokens { get; private set; } = [];

    /// <summary>The new token's secret, on the answer to its creation only.</summary>
    public string? Secret { get; private set; }

    public bool Revoked { get; private set; }

    public long NowUnixMs { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await AccountAsync() is not { } account)
        {
            return Forbid();
        }

        await LoadAsync(account, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(string? clientId, string[]? scopes, string? days, CancellationToken cancellationToken)
    {
        if (await AccountAsync() is not { } account || await person.ResidentIdAsync() is not { } resident || await city.AccountCityAsync(cancellationToken) is not { } municipality)
        {
            return Forbid();
        }

        if (UserText.Check(clientId, DemoApiTokens.MaxClientIdLength, ClientName, multiline: false) is { } refused)
        {
            ModelState.AddModelError("clientId", texts.T(refused.Message));
        }

        var chosen = (scopes ?? []).Where(s => s is not null).Distinct(StringComparer.Ordinal).ToList();
        if (chosen.Count == 0 || !chosen.All(ApiScopes.IsKnown))
        {
            ModelState.AddModelError("scopes", texts.T("دست‌کم یکی از دسترسی‌های فهرست را برگزینید.", "Choose at least one of the scopes listed."));
        }

        if (!int.TryParse(days, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var validDays) || validDays is < 1 or > DemoApiTokens.MaxDays)
        {
            ModelState.AddModelError("days", texts.T("مدت اعتبار باید از ۱ تا ۳۶۵ روز باشد.", "The token must last from 1 to 365 days."));
        }

        await LoadAsync(account, cancellationToken);
        if (Tokens.Count(t => t.RevokedAtUnixMs is null && t.ExpiresAtUnixMs > NowUnixMs) >= DemoApiTokens.MaxTokensPerAccount)
        {
            ModelState.AddModelError(string.Empty, texts.T("بیش از ۲۰ توکن فعال نمی‌توانید داشت؛ یکی را باطل کنید.", "You may hold at most 20 active tokens; revoke one first."));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Secret = await tokens.IssueAsync(account, resident, municipality, UserText.Clean(clientId!), chosen, validDays, cancellationToken);
        await LoadAsync(account, cancellationToken);

        // The secret is in this answer only: nothing may keep it.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? id, CancellationToken cancellationToken)
    {
        if (await AccountAsync() is not { } account)
        {
            return Forbid();
        }

        if (!Guid.TryParse(id, out var tokenId) || !await tokens.RevokeAsync(account, tokenId, cancellationToken))
        {
            // Another account's token, or none: the same answer, so that nobody learns which ids exist.
            return NotFound();
        }

        Revoked = true;
        await LoadAsync(account, cancellationToken);
        return Page();
    }

    private async Task<string?> AccountAsync() =>
        await person.ResidentIdAsync() is not null && await person.UserAsync() is { } user ? user.Id : null;

    private async Task LoadAsync(string account, CancellationToken cancellationToken)
    {
        NowUnixMs = HttpContext.RequestServices.GetRequiredService<NodaTime.IClock>().GetCurrentInstant().ToUnixTimeMilliseconds();
        Tokens = await tokens.ListAsync(account, cancellationToken);
    }
}
