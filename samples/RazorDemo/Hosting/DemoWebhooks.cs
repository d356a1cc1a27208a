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
public static class DemoWebhooks
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

    /// <summary>Runs the library's <see cref="WebhookWorker"/> until the site stops, from the events stored after the first start.</summary>
    private sealed class WebhookService(WebhookWorker worker, IServiceScopeFactory scopes, ILogger<WebhookWorker> logger) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => CursorStart.RunAsync(
            scopes, (services, token) => services.GetRequiredService<WebhookFanOut>().StartFromLatestAsync(token), worker.RunAsync, logger, stoppingToken);
    }
}
