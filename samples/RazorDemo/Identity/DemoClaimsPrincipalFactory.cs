using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RazorDemo.Identity;

/// <summary>
/// Puts the account's display name into the sign-in cookie, so that the header of every page (error pages included)
/// names the person without reading the accounts table. While the database is out of reach (the primary restarting)
/// a signed-in reader then still gets the "out of reach for a moment" page (503) instead of a second failure (500),
/// and no page view pays a query for the name.
/// </summary>
public sealed class DemoClaimsPrincipalFactory(
    UserManager<DemoUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<DemoUser, IdentityRole>(users, roles, options)
{
    /// <summary>The claim holding <see cref="DemoUser.DisplayName"/>.</summary>
    public const string DisplayNameClaim = "demo:display_name";

    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(DemoUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        }

        return identity;
    }

    /// <summary>The name the header shows: the display name from the cookie, else the account's email.</summary>
    public static string? NameOf(ClaimsPrincipal principal) =>
        principal.FindFirst(DisplayNameClaim)?.Value is { Length: > 0 } name ? name : principal.Identity?.Name;
}
