using System.Security.Claims;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ParticipatoryGovernance.Diagnostics;

namespace RazorDemo.Hosting;

/// <summary>
/// Logs, metrics and traces of the site (issue #18, item 5; docs/observability.md). Program.cs calls each hook once.
/// </summary>
/// <remarks>
/// <para>
/// Traces and metrics cover ASP.NET Core, outgoing HTTP, the .NET runtime, Npgsql, and the library's sources and
/// meters (<see cref="GovernanceTelemetry"/>). They leave the process only through OTLP, and only when an endpoint is
/// configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or <c>OpenTelemetry:Endpoint</c>); otherwise nothing is sent
/// anywhere, and nothing is even recorded unless a test or tool adds its own exporter.
/// </para>
/// <para>
/// Logs in Production are JSON lines on the console with their scopes: the request id and path (ASP.NET Core's own
/// scope), the trace and span ids, and the signed-in person's account id (<see cref="PersonIdScope"/>) — never an
/// email or a name.
/// </para>
/// </remarks>
public static class DemoTelemetry
{
    /// <summary>The service name the site reports (OpenTelemetry's <c>service.name</c>) unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "participatory-governance-demo";

    /// <summary>The configuration key of the OTLP endpoint, beside OpenTelemetry's own <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public const string EndpointKey = "OpenTelemetry:Endpoint";

    /// <summary>The scope key that carries the signed-in person's account id in every log line of their requests.</summary>
    public const string PersonIdScope = "PersonId";

    /// <summary>Registers logging scopes, metrics and traces.</summary>
    public static WebApplicationBuilder AddDemoTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Environment.IsProduction())
        {
            // One JSON object a line, with every scope: what a log collector parses without rules of its own.
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var endpoint = OtlpEndpoint(builder.Configuration);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: builder.Configuration["OTEL_SERVICE_NAME"] ?? ServiceName,
                serviceVersion: GovernanceTelemetry.Version,
                serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsStaticFile(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(GovernanceTelemetry.SourceName, GovernanceTelemetry.StorageSourceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(GovernanceTelemetry.MeterName, GovernanceTelemetry.StorageMeterName));
        if (endpoint is not null)
        {
            var protocol = builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, endpoint);
        }

        return builder;
    }

    /// <summary>Adds the signed-in person's account id to the log scope of their requests.</summary>
    public static WebApplication UseDemoTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("RazorDemo.Requests");
        app.Use(async (context, next) =>
        {
            // The account's id only: an opaque key, not the email the person signs in with, nor their name.
            var person = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
            if (person is null)
            {
                await next(context);
                return;
            }

            using (logger.BeginScope(new PersonScope(person)))
            {
                await next(context);
            }
        });
        return app;
    }

    /// <summary>The OTLP endpoint, or null when none is configured (then nothing is exported).</summary>
    /// <exception cref="InvalidOperationException">The configured endpoint is not an absolute http(s) URI.</exception>
    internal static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        var configured = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } standard ? standard : configuration[EndpointKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        return Uri.TryCreate(configured, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException($"The OTLP endpoint '{configured}' is not an absolute http(s) address; set OTEL_EXPORTER_OTLP_ENDPOINT or {EndpointKey} to one, such as http://collector:4317.");
    }

    private static bool IsStaticFile(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/favicon.ico");

    /// <summary>The person's scope, as one key/value pair (so a JSON formatter writes <c>"PersonId": "…"</c>).</summary>
    private sealed class PersonScope(string person) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 1;

        public KeyValuePair<string, object?> this[int index] => index == 0 ? new(PersonIdScope, person) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"{PersonIdScope}:{person}";
    }
}
