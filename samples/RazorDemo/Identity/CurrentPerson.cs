using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace RazorDemo.Identity;

/// <summary>
/// Who is signed in, in the model's terms: the resident an account is (residents), the neighbourhood it serves
/// (neighbourhood mayors), or the municipal official it acts as (staff, moderators, administrators).
/// </summary>
public sealed class CurrentPerson(IHttpContextAccessor http, UserManager<DemoUser> users)
{
    private DemoUser? _user;
    private bool _loaded;

    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;

    public bool IsInRole(string role) => Principal.IsInRole(role);

    /// <summary>Whether the signed-in account satisfies a <see cref="DemoPolicies"/> policy.</summary>
    public bool May(string policy) => IsSignedIn && DemoPolicies.Roles[policy].Any(Principal.IsInRole);

    public async Task<DemoUser?> UserAsync()
    {
        if (!_loaded)
        {
            _user = IsSignedIn ? await users.GetUserAsync(Principal) : null;
            _loaded = true;
        }

        return _user;
    }

    /// <summary>The resident the account is, if it is a resident's account.</summary>
    public async Task<ResidentId?> ResidentIdAsync() =>
        await UserAsync() is { ResidentId: { } id } ? new ResidentId(id) : null;

    /// <summary>The neighbourhood a neighbourhood mayor's account serves.</summary>
    public async Task<NeighbourhoodId?> NeighbourhoodIdAsync() =>
        await UserAsync() is { NeighbourhoodId: { } id } ? new NeighbourhoodId(id) : null;

    /// <summary>The municipal official the account acts as; its id is the account's, its name the account's display name.</summary>
    public async Task<MunicipalOfficial?> OfficialAsync() =>
        await UserAsync() is { } user ? new MunicipalOfficial(user.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.Id : user.DisplayName) : null;
}
