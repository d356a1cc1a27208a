using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using ParticipatoryGovernance.AspNetCore.Contracts;
using ParticipatoryGovernance.AspNetCore.Problems;

namespace ParticipatoryGovernance.AspNetCore.Endpoints;

/// <summary>A request's page: which one and how large, checked against the options.</summary>
internal readonly record struct Paging(int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;

    public static (Paging Paging, IResult? Problem) Read(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<ParticipatoryGovernanceApiOptions>>().Value;
        var query = context.Request.Query;
        var page = 1;
        var size = options.DefaultPageSize;
        if (query.TryGetValue("page", out var pageText) && (pageText.Count != 1 || !int.TryParse(pageText[0], NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > options.MaxPage))
        {
            return (default, ApiProblems.Result(StatusCodes.Status400BadRequest, ApiRuleIds.PageOutOfRange,
                $"شمارهٔ صفحه باید عددی از ۱ تا {options.MaxPage.ToString(CultureInfo.InvariantCulture)} باشد.",
                $"page must be a whole number from 1 to {options.MaxPage.ToString(CultureInfo.InvariantCulture)}.", "page"));
        }

        if (query.TryGetValue("pageSize", out var sizeText) && (sizeText.Count != 1 || !int.TryParse(sizeText[0], NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > options.MaxPageSize))
        {
            return (default, ApiProblems.Result(StatusCodes.Status400BadRequest, ApiRuleIds.PageOutOfRange,
                $"اندازهٔ صفحه باید عددی از ۱ تا {options.MaxPageSize.ToString(CultureInfo.InvariantCulture)} باشد.",
                $"pageSize must be a whole number from 1 to {options.MaxPageSize.ToString(CultureInfo.InvariantCulture)}.", "pageSize"));
        }

        return (new Paging(page, size), null);
    }

    /// <summary>The page of the items read with one more than the page (to know whether another follows).</summary>
    public PageDto<T> Of<T>(HttpContext context, IReadOnlyList<T> readOneMore) =>
        new([.. readOneMore.Take(PageSize)], Page, PageSize, readOneMore.Count > PageSize ? NextLink(context) : null);

    /// <summary>The next page's address, keeping the request's other query values.</summary>
    public string NextLink(HttpContext context)
    {
        var values = context.Request.Query
            .Where(q => q.Key is not "page" and not "pageSize")
            .Select(q => new KeyValuePair<string, StringValues>(q.Key, q.Value))
            .Append(new("page", (Page + 1).ToString(CultureInfo.InvariantCulture)))
            .Append(new("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)));
        return context.Request.PathBase + context.Request.Path + QueryString.Create(values).ToUriComponent();
    }
}

/// <summary>Writes public reads with a strong ETag and Cache-Control, and answers If-None-Match with 304.</summary>
internal static class ApiResponses
{
    public static IResult Read<T>(T value, string? next = null) => new ReadResult<T>(value, next);

    private sealed class ReadResult<T>(T value, string? next) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult
    {
        public int? StatusCode => StatusCodes.Status200OK;

        public object? Value => value;

        T? IValueHttpResult<T>.Value => value;

        public string ContentType => "application/json; charset=utf-8";

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var options = httpContext.RequestServices.GetRequiredService<IOptions<ParticipatoryGovernanceApiOptions>>().Value;
            var bytes = JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options);
            var etag = new EntityTagHeaderValue("\"" + Base64Url.EncodeToString(SHA256.HashData(bytes)) + "\"");
            var response = httpContext.Response;
            var headers = response.GetTypedHeaders();
            headers.ETag = etag;
            headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = options.PublicMaxAge };
            if (next is not null)
            {
                response.Headers.Append(HeaderNames.Link, $"<{next}>; rel=\"next\"");
            }

            var ifNoneMatch = httpContext.Request.GetTypedHeaders().IfNoneMatch;
            if (ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = ContentType;
            response.ContentLength = bytes.Length;
            if (!HttpMethods.IsHead(httpContext.Request.Method))
            {
                await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
            }
        }
    }
}

/// <summary>Reads a write's JSON body within the size limit, refusing every malformed one with a problem.</summary>
internal static class ApiBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        var options = context.RequestServices.GetRequiredService<IOptions<ParticipatoryGovernanceApiOptions>>().Value;
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, ApiProblems.Result(StatusCodes.Status415UnsupportedMediaType, ApiRuleIds.UnsupportedMediaType,
                "بدنهٔ درخواست باید JSON باشد (Content-Type: application/json).", "The body must be JSON (Content-Type: application/json)."));
        }

        if (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ApiProblems.Result(StatusCodes.Status415UnsupportedMediaType, ApiRuleIds.UnsupportedMediaType,
                "بدنهٔ درخواست باید UTF-8 باشد.", "The body must be UTF-8."));
        }

        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return (null, TooLarge(options));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > options.MaxRequestBodyBytes)
                {
                    return (null, TooLarge(options));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(options));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ApiJson.Options);
            return value is null ? (null, Malformed("null")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Malformed(e.Path));
        }
    }

    private static IResult TooLarge(ParticipatoryGovernanceApiOptions options) =>
        ApiProblems.Result(StatusCodes.Status413PayloadTooLarge, ApiRuleIds.BodyTooLarge,
            $"بدنهٔ درخواست از {options.MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture)} بایت بزرگ‌تر است.",
            $"The body is larger than {options.MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture)} bytes.");

    private static IResult Malformed(string? path) =>
        ApiProblems.Result(StatusCodes.Status400BadRequest, ApiRuleIds.MalformedBody,
            "بدنهٔ درخواست JSON درستی نیست یا نوع یکی از مقدارها نادرست است" + (string.IsNullOrEmpty(path) ? "." : $" ({path})."),
            "The body is not valid JSON, or a value has the wrong type" + (string.IsNullOrEmpty(path) ? "." : $" ({path})."),
            string.IsNullOrEmpty(path) || path == "$" ? null : path.TrimStart('$', '.'));
}
