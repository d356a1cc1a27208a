using Microsoft.Extensions.DependencyInjection.Extensions;
using ParticipatoryGovernance.EntityFrameworkCore.Webhooks;
using ParticipatoryGovernance.Webhooks;

namespace RazorDemo.Hosting;

/// <summary>
/// Webhooks (issue #20, docs/webhooks.md): the worker that turns stored events into signed deliveries and posts them
/// runs as a hosted service; staff manage a city's subscriptions at /Webhooks. Program.cs calls the hook once.
/// </summary>
/// <remarks>
/// <c>Demo:Webhooks:AllowLoopback</c> (default: on in Development, off otherwise) lets subscriptions target
/// http://127.0.0.1 and http://localhost, for trying the demo with a receiver on the same machine; private and
/// link-local addresses are refused whatever it says.
/// </remarks>
public static partial class DemoWebhooks
{
    /// <summary>Registers the settings and the hosted worker.</summary>
    /// <param name="builder">The site's builder.</param>
    public static void AddDemoWebhooks(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var allowLoopback = builder.Configuration.GetValue("Demo:Webhooks:AllowLoopback", builder.Environment.IsDevelopment());
        builder.Services.Replace(ServiceDescriptor.Singleton(new WebhookSettings { AllowLoopback = allowLoopback }));
        builder.Services.AddHostedService<WebhookService>();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Placing the webhook cursor failed; trying again in 5 seconds")]
    private static partial void CursorFailed(ILogger logger, Exception exception);

    /// <summary>Runs the library's <see cref="WebhookWorker"/> until the site stops.</summary>
    private sealed class WebhookService(WebhookWorker worker, IServiceScopeFactory scopes, ILogger<WebhookWorker> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            // The generated city's history is not posted: webhooks start from the events stored after the first start.
            // A failure (the database out of reach for a moment) is tried again: a background service that throws stops the site.
            while (true)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<WebhookFanOut>().StartFromLatestAsync(stoppingToken);
                    break;
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    CursorFailed(logger, exception);
                    try
                    {
                        await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
            }

            await worker.RunAsync(stoppingToken);
        }
    }
}
