namespace ParticipatoryGovernance.AspNetCore;

/// <summary>How the HTTP API behaves: paging bounds, body size, caching of public reads and the problem types' base.</summary>
/// <remarks>Set through <see cref="ApiServiceCollectionExtensions.AddParticipatoryGovernanceApi"/>.</remarks>
public sealed class ParticipatoryGovernanceApiOptions
{
    /// <summary>The page size when a request gives none. Default 20.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest page size a request may ask for; a larger one is refused with 400. Default 100.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The largest page number a request may ask for; a larger one is refused with 400. Default 10,000.</summary>
    public int MaxPage { get; set; } = 10_000;

    /// <summary>The largest request body the write endpoints read, in bytes; a larger one is refused with 413. Default 64 KiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How long a client or shared cache may keep a public read (<c>Cache-Control: public, max-age</c>). Default 60 seconds.</summary>
    public TimeSpan PublicMaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The start of every problem's <c>type</c>: the rule id is appended, so that each refusal has a stable URI, such as
    /// <c>urn:participatory-governance:problem:idea.already-endorsed</c>. Default <see cref="DefaultProblemTypeBase"/>.
    /// </summary>
    public string ProblemTypeBase { get; set; } = DefaultProblemTypeBase;

    /// <summary>The default <see cref="ProblemTypeBase"/>.</summary>
    public const string DefaultProblemTypeBase = "urn:participatory-governance:problem:";

    /// <summary>The OpenAPI document's name, served at <c>{prefix}/openapi/{name}.json</c>. Default <c>v1</c>.</summary>
    public string DocumentName { get; set; } = "v1";
}
