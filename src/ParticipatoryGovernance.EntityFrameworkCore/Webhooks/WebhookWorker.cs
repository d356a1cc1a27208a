using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>
/// Runs the webhook fan-out and dispatcher in a loop until stopped: a host calls <see cref="RunAsync"/> from a hosted
/// service. Each pass uses a scope of its own.
/// </summary>
/// <param name="scopes">Creates the scope of each pass.</param>
/// <param name="options">The pause between passes that found nothing to do.</param>
/// <param name="logger">Logs a pass that failed (the database out of reach); the loop goes on.</param>
/// <remarks>A singleton; run one loop per process. Several processes may run theirs against one database.</remarks>
public sealed class WebhookWorker(IServiceScopeFactory scopes, WebhookOptions options, ILogger<WebhookWorker>? logger = null)
{
    /// <summary>Runs passes until <paramref name="stoppingToken"/> is cancelled.</summary>
    /// <param name="stoppingToken">Stops the loop.</param>
    /// <returns>A task that completes when the loop has stopped.</returns>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                busy = await RunOnceAsync(stoppingToken) > 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                if (logger is not null)
                {
                    WebhookLog.PassFailed(logger, exception);
                }
            }

            if (!busy)
            {
                try
                {
                    await Task.Delay(options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One pass: a batch of events fanned out, a batch of deliveries posted.</summary>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <returns>How much the pass did (events handled and deliveries delivered).</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var done = await services.GetRequiredService<WebhookFanOut>().RunOnceAsync(cancellationToken);
        done += await services.GetRequiredService<WebhookDispatcher>().RunOnceAsync(cancellationToken);
        return done;
    }
}
