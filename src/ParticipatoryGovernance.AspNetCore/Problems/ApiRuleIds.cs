namespace ParticipatoryGovernance.AspNetCore.Problems;

/// <summary>
/// The rule ids of the API's own refusals (the request itself, not the model's rules, which keep their own ids such as
/// <c>idea.already-endorsed</c> or <c>input.too-long</c>).
/// </summary>
public static class ApiRuleIds
{
    /// <summary>The body is not JSON, or not of the shape the endpoint reads (a number where text belongs).</summary>
    public const string MalformedBody = "api.malformed-body";

    /// <summary>The body is not sent as <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "api.unsupported-media-type";

    /// <summary>The body is larger than the API reads.</summary>
    public const string BodyTooLarge = "api.body-too-large";

    /// <summary>A <c>page</c> or <c>pageSize</c> out of bounds, or not a number.</summary>
    public const string PageOutOfRange = "api.page-out-of-range";

    /// <summary>An identifier in the address that is not one (not a GUID, not a neighbourhood number).</summary>
    public const string MalformedId = "api.malformed-id";

    /// <summary>No such record in this municipality (the model's <c>usecase.not-found</c> is used when a handler says so).</summary>
    public const string NotFound = "usecase.not-found";

    /// <summary>No bearer token was sent to an endpoint that needs one.</summary>
    public const string TokenMissing = "api.token-missing";

    /// <summary>The bearer token is not one the API issued.</summary>
    public const string TokenInvalid = "api.token-invalid";

    /// <summary>The bearer token was revoked by its resident.</summary>
    public const string TokenRevoked = "api.token-revoked";

    /// <summary>The bearer token's expiry has passed.</summary>
    public const string TokenExpired = "api.token-expired";

    /// <summary>The token lacks the scope the endpoint requires.</summary>
    public const string ScopeMissing = "api.scope-missing";

    /// <summary>The token was issued for another municipality than the one in the address.</summary>
    public const string OtherMunicipality = "api.token-other-municipality";
}
