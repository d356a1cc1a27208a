using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Replicas;

namespace RazorDemo.Hosting;

/// <summary>
/// <c>GET /health</c> for the load balancer (issue #18, eng/cluster.sh). Three answers:
/// <list type="bullet">
/// <item>200 "healthy": this node reaches the primary database within two seconds;</item>
/// <item>200 "degraded": the primary is out of reach (restarting, failing over) but the streaming standby
/// (<c>ConnectionStrings:GovernanceReplica</c>) answers, so the node still serves the pages read from the standby and the
/// cached ones, and answers writes with the 503 "out of reach for a moment" page. Keeping it in the balancer's rotation
/// is what lets readers be served at all: with every node marked down the balancer refuses every request;</item>
/// <item>503 "unhealthy": neither answers, so the balancer stops sending readers to a node that cannot serve them.</item>
/// </list>
/// Never cached (the answer is about now) and never rate-limited (the balancer asks every second).
/// </summary>
public static class DemoHealth
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>Maps the endpoint; called once from Program.cs.</summary>
    public static WebApplication MapDemoHealth(this WebApplication app)
    {
        app.MapMethods("/health", ["GET", "HEAD"], async (HttpContext context, GovernanceDbContext database, GovernanceReplicaReads reads) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                if (await ReachesAsync(context, token => database.Database.CanConnectAsync(token)))
                {
                    return Results.Text("healthy\n", "text/plain");
                }

                var standby = await ReachesAsync(context, async token =>
                {
                    var replica = await reads.ContextAsync(token);
                    return reads.FromReplica && await replica.Database.CanConnectAsync(token);
                });
                return standby
                    ? Results.Text("degraded: the primary database cannot be reached; reads are served from the standby, writes wait\n", "text/plain")
                    : Results.Text("unhealthy: the database cannot be reached\n", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .DisableRateLimiting()
            .AllowAnonymous();
        return app;
    }

    private static async Task<bool> ReachesAsync(HttpContext context, Func<CancellationToken, Task<bool>> probe)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(Timeout);
        try
        {
            return await probe(timeout.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return false;
        }
    }
}
