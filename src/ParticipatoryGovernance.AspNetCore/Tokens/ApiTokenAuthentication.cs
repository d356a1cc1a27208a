using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using ParticipatoryGovernance.AspNetCore.Problems;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.AspNetCore.Tokens;

/// <summary>The bearer scheme's name and the claims it gives a token's request.</summary>
public static class ApiTokenDefaults
{
    /// <summary>The authentication scheme of personal API tokens.</summary>
    public const string AuthenticationScheme = "ParticipatoryGovernanceApiToken";

    /// <summary>The claim holding the resident's id.</summary>
    public const string ResidentClaim = "pg:resident";

    /// <summary>The claim holding the municipality's id.</summary>
    public const string MunicipalityClaim = "pg:municipality";

    /// <summary>The claim holding the application's client id.</summary>
    public const string ClientClaim = "client_id";

    /// <summary>The claim holding one scope (one claim per scope).</summary>
    public const string ScopeClaim = "scope";

    /// <summary>The claim holding the token's id.</summary>
    public const string TokenClaim = "pg:token";
}

/// <summary>
/// Authenticates <c>Authorization: Bearer pgt_…</c> against <see cref="IApiTokenStore"/>: an unknown, revoked or expired
/// token fails, and the challenge and the refusal are problem details (401 with <c>WWW-Authenticate: Bearer</c>, 403).
/// </summary>
/// <param name="options">The scheme's options.</param>
/// <param name="logger">The logger factory.</param>
/// <param name="encoder">The URL encoder.</param>
/// <param name="tokens">The token store.</param>
/// <param name="clock">The clock expiry is judged by.</param>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiTokenStore tokens,
    IClock clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string FailureRule = "pg:failure-rule";

    private static readonly Dictionary<string, RuleViolation> Failures = new(StringComparer.Ordinal)
    {
        [ApiRuleIds.TokenMissing] = RuleViolation.Of(ApiRuleIds.TokenMissing, "این کار به توکن API نیاز دارد (Authorization: Bearer).", "This needs an API token (Authorization: Bearer)."),
        [ApiRuleIds.TokenInvalid] = RuleViolation.Of(ApiRuleIds.TokenInvalid, "این توکن API شناخته نیست.", "This API token is not known."),
        [ApiRuleIds.TokenRevoked] = RuleViolation.Of(ApiRuleIds.TokenRevoked, "این توکن API باطل شده است.", "This API token was revoked."),
        [ApiRuleIds.TokenExpired] = RuleViolation.Of(ApiRuleIds.TokenExpired, "زمان این توکن API گذشته است.", "This API token has expired."),
    };

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(ApiRuleIds.TokenInvalid);
        }

        var secret = header["Bearer ".Length..].Trim();
        if (secret.Length is 0 or > ApiTokenSecrets.MaxLength || !secret.StartsWith(ApiTokenSecrets.Prefix, StringComparison.Ordinal))
        {
            return Fail(ApiRuleIds.TokenInvalid);
        }

        var token = await tokens.FindByHashAsync(ApiTokenSecrets.Hash(secret), Context.RequestAborted);
        if (token is null)
        {
            return Fail(ApiRuleIds.TokenInvalid);
        }

        if (token.RevokedAt is not null)
        {
            return Fail(ApiRuleIds.TokenRevoked);
        }

        if (token.ExpiresAt <= clock.GetCurrentInstant())
        {
            return Fail(ApiRuleIds.TokenExpired);
        }

        var claims = new List<Claim>
        {
            new(ApiTokenDefaults.TokenClaim, token.Id.ToString("D")),
            new(ApiTokenDefaults.ResidentClaim, token.Resident.Value.ToString("D")),
            new(ApiTokenDefaults.MunicipalityClaim, token.Municipality.Value.ToString("D")),
            new(ApiTokenDefaults.ClientClaim, token.ClientId),
        };
        claims.AddRange(token.Scopes.Select(s => new Claim(ApiTokenDefaults.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name, ApiTokenDefaults.ResidentClaim, null));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var rule = Context.Items.TryGetValue(FailureRule, out var failed) && failed is string r ? r : ApiRuleIds.TokenMissing;
        Response.Headers.WWWAuthenticate = rule == ApiRuleIds.TokenMissing
            ? "Bearer"
            : string.Create(CultureInfo.InvariantCulture, $"Bearer error=\"invalid_token\", error_description=\"{Failures[rule].Message.English}\"");
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, [Failures[rule]]);
    }

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, [
            RuleViolation.Of(ApiRuleIds.ScopeMissing, "این توکن API اجازهٔ این کار را ندارد (scope).", "This API token's scopes do not allow this."),
        ]);

    private AuthenticateResult Fail(string rule)
    {
        Context.Items[FailureRule] = rule;
        return AuthenticateResult.Fail(Failures[rule].Message.English);
    }
}

/// <summary>Reads the token's claims back as the model's ids.</summary>
public static class ApiTokenClaims
{
    /// <summary>The resident a token's request acts as, or null for an anonymous request.</summary>
    /// <param name="user">The request's principal.</param>
    /// <returns>The resident, or null.</returns>
    public static ResidentId? ResidentOf(ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(ApiTokenDefaults.ResidentClaim), out var id) ? new ResidentId(id) : null;

    /// <summary>The municipality a token was issued for, or null for an anonymous request.</summary>
    /// <param name="user">The request's principal.</param>
    /// <returns>The municipality, or null.</returns>
    public static MunicipalityId? MunicipalityOf(ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(ApiTokenDefaults.MunicipalityClaim), out var id) ? new MunicipalityId(id) : null;
}
