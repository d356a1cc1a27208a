using NodaTime;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.AspNetCore.Tokens;

/// <summary>
/// A personal API token as stored: the resident it acts for, the municipality and the application (client id) it was
/// issued to, its scopes, expiry and revocation. The secret itself is never stored, only its hash
/// (<see cref="ApiTokenSecrets.Hash"/>).
/// </summary>
/// <param name="Id">The token's identifier (not secret; shown on the resident's page).</param>
/// <param name="Resident">The resident the token acts as.</param>
/// <param name="Municipality">The municipality the token may act in.</param>
/// <param name="ClientId">The application it was issued to, as the resident named it.</param>
/// <param name="Scopes">What it may do (<see cref="ApiScopes"/>).</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="RevokedAt">When the resident revoked it, or null.</param>
public sealed record ApiToken(
    Guid Id,
    ResidentId Resident,
    MunicipalityId Municipality,
    string ClientId,
    IReadOnlyList<string> Scopes,
    Instant ExpiresAt,
    Instant? RevokedAt);

/// <summary>
/// The storage port of personal API tokens: the bearer handler looks a token up by the hash of the secret sent. The host
/// implements it (and issues, lists and revokes tokens in its own pages).
/// </summary>
public interface IApiTokenStore
{
    /// <summary>The token whose secret has this hash.</summary>
    /// <param name="secretHash">The hash (<see cref="ApiTokenSecrets.Hash"/>) of the secret sent.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The token, revoked or expired ones included, or <see langword="null"/> when none has this hash.</returns>
    Task<ApiToken?> FindByHashAsync(string secretHash, CancellationToken cancellationToken);
}
