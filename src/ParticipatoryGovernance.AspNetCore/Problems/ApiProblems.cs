using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ParticipatoryGovernance.AspNetCore.Contracts;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.AspNetCore.Problems;

/// <summary>
/// Writes every refusal and every bad request as RFC 9457 problem details (<c>application/problem+json</c>): <c>type</c>
/// is the first rule's stable URI, <c>title</c> and <c>detail</c> are in the request's language (Accept-Language
/// <c>fa</c> or <c>en</c>; Persian by default), and <c>violations</c> lists every rule broken with both languages.
/// </summary>
public static class ApiProblems
{
    /// <summary>The problem details media type.</summary>
    public const string MediaType = "application/problem+json";

    private static readonly LocalizedText Refused = new("درخواست پذیرفته نشد.", "The request was refused.");

    /// <summary>Whether the request asks for English first (Accept-Language); Persian otherwise.</summary>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> when English is preferred to Persian.</returns>
    public static bool PrefersEnglish(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage.ToArray()!, out var languages))
        {
            return false;
        }

        foreach (var language in languages.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? string.Empty;
            if (tag.StartsWith("fa", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The HTTP status a refusal is answered with: 404 when every rule says a record was not found (<c>usecase.not-found</c>, <c>persistence.not-found</c>…), 422 for any other rule.</summary>
    /// <param name="violations">The rules broken.</param>
    /// <returns>The status code.</returns>
    public static int StatusOf(IReadOnlyList<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return violations.Count > 0 && violations.All(v => v.Rule.EndsWith(".not-found", StringComparison.Ordinal) || v.Rule.EndsWith(".municipality-not-found", StringComparison.Ordinal))
            ? StatusCodes.Status404NotFound
            : StatusCodes.Status422UnprocessableEntity;
    }

    /// <summary>A refusal as a result: the status from <see cref="StatusOf"/> unless one is given.</summary>
    /// <param name="violations">The rules broken; at least one.</param>
    /// <param name="status">The status, or null for <see cref="StatusOf"/>.</param>
    /// <returns>The result writing the problem.</returns>
    internal static IResult Result(IReadOnlyList<RuleViolation> violations, int? status = null) =>
        new ProblemResult(violations, status ?? StatusOf(violations));

    /// <summary>One refusal of the API's own (<see cref="ApiRuleIds"/>) as a result.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="rule">The rule id.</param>
    /// <param name="persian">The message in Persian.</param>
    /// <param name="english">The message in English.</param>
    /// <param name="field">The request field it is about, if any.</param>
    /// <returns>The result writing the problem.</returns>
    internal static IResult Result(int status, string rule, string persian, string english, string? field = null) =>
        new ProblemResult([RuleViolation.Of(rule, persian, english) with { Field = field }], status);

    /// <summary>Writes a problem to the response.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The status code.</param>
    /// <param name="violations">The rules broken; at least one.</param>
    /// <returns>A task that completes when the body is written.</returns>
    public static Task WriteAsync(HttpContext context, int status, IReadOnlyList<RuleViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(violations);
        var options = context.RequestServices.GetService<IOptions<ParticipatoryGovernanceApiOptions>>()?.Value ?? new ParticipatoryGovernanceApiOptions();
        var english = PrefersEnglish(context.Request);
        var first = violations.Count > 0 ? violations[0] : RuleViolation.Of("api.refused", Refused.Persian, Refused.English);
        var problem = new ApiProblem(
            options.ProblemTypeBase + first.Rule,
            english ? first.Message.English : first.Message.Persian,
            status,
            string.Join(" ", violations.Select(v => english ? v.Message.English : v.Message.Persian)),
            context.Request.Path.Value,
            [.. violations.Select(v => new ApiViolation(v.Rule, v.Field is null ? null : JsonNamingPolicy.CamelCase.ConvertName(v.Field), v.Message.Persian, v.Message.English))]);
        context.Response.StatusCode = status;
        context.Response.ContentType = MediaType;
        context.Response.Headers.ContentLanguage = english ? "en" : "fa";
        context.Response.Headers.CacheControl = "no-store";
        var bytes = JsonSerializer.SerializeToUtf8Bytes(problem, ApiJson.Options);
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    private sealed class ProblemResult(IReadOnlyList<RuleViolation> violations, int status) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
    {
        public int? StatusCode => status;

        public string? ContentType => MediaType;

        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, status, violations);
    }
}

/// <summary>An RFC 9457 problem as the API writes it.</summary>
/// <param name="Type">The stable URI of the first rule broken.</param>
/// <param name="Title">That rule's message, in the request's language.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">Every rule's message, in the request's language.</param>
/// <param name="Instance">The request's path.</param>
/// <param name="Violations">Every rule broken, with both languages.</param>
public sealed record ApiProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    string? Instance,
    IReadOnlyList<ApiViolation> Violations);

/// <summary>One rule broken.</summary>
/// <param name="Rule">The rule's stable id, such as <c>input.too-long</c>.</param>
/// <param name="Field">The request field it is about (camelCase), or null.</param>
/// <param name="Fa">The message in Persian.</param>
/// <param name="En">The message in English.</param>
public sealed record ApiViolation(
    string Rule,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Field,
    string Fa,
    string En);
