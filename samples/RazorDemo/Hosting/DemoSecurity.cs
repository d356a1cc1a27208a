namespace RazorDemo.Hosting;

/// <summary>
/// The site's hardening (issue #18): accounts and sign-in in each environment, response headers, cookies, forwarded
/// headers behind a proxy, and rate limits. Program.cs calls each hook once, at its place in the pipeline.
/// </summary>
public static class DemoSecurity
{
    /// <summary>Registers the services the hardening needs.</summary>
    public static WebApplicationBuilder AddDemoSecurity(this WebApplicationBuilder builder) => builder;

    /// <summary>First in the pipeline: forwarded headers, response headers, refused methods.</summary>
    public static WebApplication UseDemoSecurityHeaders(this WebApplication app) => app;

    /// <summary>After authentication: limits that know the signed-in person.</summary>
    public static WebApplication UseDemoRateLimits(this WebApplication app) => app;
}
