using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore;

namespace RazorDemo.Hosting;

/// <summary>
/// <c>GET /health</c> for the load balancer (issue #18, eng/cluster.sh): 200 "healthy" when this node reaches its database,
/// 503 "unhealthy" when it does not within two seconds, so that HAProxy stops sending readers to a node that cannot serve
/// them. Never cached (the answer is about now) and never rate-limited (the balancer asks every second).
/// </summary>
public static class DemoHealth
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>Maps the endpoint; called once from Program.cs.</summary>
    public static WebApplication MapDemoHealth(this WebApplication app)
    {
        app.MapMethods("/health", ["GET", "HEAD"], async (HttpContext context, GovernanceDbContext database) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                timeout.CancelAfter(Timeout);
                bool healthy;
                try
                {
                    healthy = await database.Database.CanConnectAsync(timeout.Token);
                }
                catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
                {
                    healthy = false;
                }

                return healthy
                    ? Results.Text("healthy\n", "text/plain")
                    : Results.Text("unhealthy: the database cannot be reached\n", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .DisableRateLimiting()
            .AllowAnonymous();
        return app;
    }
}
