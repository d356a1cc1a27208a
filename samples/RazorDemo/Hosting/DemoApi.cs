using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.AspNetCore;
using ParticipatoryGovernance.AspNetCore.Tokens;
using RazorDemo.Api;
using Scalar.AspNetCore;

namespace RazorDemo.Hosting;

/// <summary>
/// The public HTTP API (issue #20): the ParticipatoryGovernance.AspNetCore package mounted at <see cref="Prefix"/>, with the
/// demo's token store (a resident issues tokens at /Account/ApiTokens), its page eviction on every act, its open data,
/// and an API reference page at <see cref="ReferencePath"/> (Scalar, its assets served from this site).
/// </summary>
public static class DemoApi
{
    public const string Prefix = "/api/v1";

    public const string ReferencePath = "/api/reference";

    /// <summary>
    /// The reference page's Content-Security-Policy: the site's own (<see cref="DemoSecurity.ContentSecurityPolicy"/>)
    /// with inline styles, its configuration script and eval allowed, which Scalar's renderer needs (its request
    /// builder compiles schemas with <c>new Function</c>; Chromium reports the refusal otherwise). Nothing is loaded from
    /// another origin, and the page shows nothing but this site's own OpenAPI document; only this page gets it.
    /// </summary>
    public const string ReferenceContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>Registers the API's services, the token store and the hooks.</summary>
    public static WebApplicationBuilder AddDemoApi(this WebApplicationBuilder builder, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddParticipatoryGovernanceApi();
        if (builder.Configuration["Demo:Database"]?.Trim().ToLowerInvariant() is "postgresql" or "postgres")
        {
            builder.Services.AddDbContext<DemoApiTokensDbContext>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Governance")));
        }
        else
        {
            builder.Services.AddDbContext<DemoApiTokensDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(dataDirectory, "api-tokens.db")}"));
        }

        builder.Services.AddScoped<DemoApiTokens>();
        builder.Services.AddScoped<IApiTokenStore>(s => s.GetRequiredService<DemoApiTokens>());
        builder.Services.AddScoped<IApiActObserver, EvictPagesOnApiAct>();
        builder.Services.AddScoped<IApiOpenData, DemoApiOpenData>();
        return builder;
    }

    /// <summary>
    /// Creates the token table, mounts the API and the reference page. Called before <c>UseDemoSecurityHeaders</c>, so that
    /// the reference page's own policy, set when its response starts, is the one sent (the last one set wins).
    /// </summary>
    public static WebApplication UseDemoApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        DemoApiTokensDbContext.EnsureCreatedAsync(app.Services).GetAwaiter().GetResult();
        app.Use(static (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(ReferencePath, StringComparison.OrdinalIgnoreCase))
            {
                // Registered before the site's headers callback, so it runs after it (callbacks run last-registered first).
                context.Response.OnStarting(static state =>
                {
                    ((HttpContext)state).Response.Headers.ContentSecurityPolicy = ReferenceContentSecurityPolicy;
                    return Task.CompletedTask;
                }, context);
            }

            return next(context);
        });

        app.MapParticipatoryGovernanceApi(Prefix);
        app.MapScalarApiReference(ReferencePath, o => o
            .WithTitle("ParticipatoryGovernance API")
            .WithOpenApiRoutePattern(Prefix + "/openapi/{documentName}.json")
            // Nothing from another origin: no web fonts, no telemetry, no hosted assistant.
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp());
        return app;
    }
}
