using Microsoft.AspNetCore.Http.HttpResults;
using ParticipatoryGovernance.Channels;

namespace RazorDemo.Channels;

/// <summary>
/// The HTTP callbacks a city's aggregators call. USSD: a form post of <c>sessionId</c>, <c>phoneNumber</c> and
/// <c>text</c>, answered in plain text with <c>CON </c> (the dialogue continues) or <c>END </c> and the screen. SMS: a form
/// post of <c>from</c>, <c>text</c> and optionally <c>id</c>, answered in JSON with the reply's parts (also sent through
/// the SMS sender). A missing or wrong secret is a 401; anything else a caller can send gets an answer, never a 500.
/// </summary>
public static class GatewayEndpoints
{
    /// <summary>The USSD callback's path.</summary>
    public const string UssdPath = "/channels/ussd";

    /// <summary>The SMS webhook's path.</summary>
    public const string SmsPath = "/channels/sms";

    /// <summary>The largest callback body read.</summary>
    public const int MaxBody = 8 * 1024;

    /// <summary>Maps both callbacks: no antiforgery (machines post them, with the secret) and no per-address write limit (one aggregator sends every resident's requests).</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(UssdPath, UssdAsync).DisableAntiforgery().DisableRateLimiting();
        app.MapPost(SmsPath, SmsAsync).DisableAntiforgery().DisableRateLimiting();
    }

    private static async Task<IResult> UssdAsync(HttpContext context, GatewaySecret secret, UssdMenu menu)
    {
        if (!secret.Accepts(context.Request))
        {
            return Results.Unauthorized();
        }

        var form = await FormAsync(context);
        if (form is null)
        {
            return Results.Text("END The request must be a form post (sessionId, phoneNumber, text).", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var reply = await menu.HandleAsync(new UssdRequest(form("sessionId"), form("phoneNumber"), form("text")), context.RequestAborted);
        return Results.Text(reply.ToGatewayText(), "text/plain; charset=utf-8");
    }

    private static async Task<IResult> SmsAsync(HttpContext context, GatewaySecret secret, SmsKeywords keywords)
    {
        if (!secret.Accepts(context.Request))
        {
            return Results.Unauthorized();
        }

        var form = await FormAsync(context);
        if (form is null)
        {
            return Results.BadRequest(new { error = "The request must be a form post (from, text, id)." });
        }

        var reply = await keywords.ReceiveAsync(new SmsRequest(form("from"), form("text"), form("id")), context.RequestAborted);
        return Results.Json(new SmsAnswer(reply.PhoneNumber, reply.Language, reply.Parts, keywords.SendsReplies && reply.PhoneNumber is not null));
    }

    // The form's first value of each field, or null when the body is not a readable form of reasonable size.
    private static async Task<Func<string, string?>?> FormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType || context.Request.ContentLength > MaxBody)
        {
            return null;
        }

        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return name => form.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The SMS webhook's answer.</summary>
    /// <param name="To">The number replied to, in E.164; null when the sender's number could not be read.</param>
    /// <param name="Language">The reply's language.</param>
    /// <param name="Parts">The reply's parts, each at most 70 UTF-16 units.</param>
    /// <param name="Sent">Whether the parts were sent through the SMS sender (otherwise the gateway sends them from this answer).</param>
    public sealed record SmsAnswer(string? To, string Language, IReadOnlyList<string> Parts, bool Sent);
}
