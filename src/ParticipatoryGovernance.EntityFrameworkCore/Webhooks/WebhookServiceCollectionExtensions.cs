using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ParticipatoryGovernance.Webhooks;

namespace ParticipatoryGovernance.EntityFrameworkCore.Webhooks;

/// <summary>The storage package's webhook services.</summary>
internal static class WebhookServiceCollectionExtensions
{
    /// <summary>Registers the store, fan-out, dispatcher, client and worker; called by the storage registration.</summary>
    internal static void AddWebhookStorage(IServiceCollection services)
    {
        services.TryAddSingleton(new WebhookOptions());
        services.TryAddSingleton(new WebhookSettings());
        services.TryAddSingleton(sp => new WebhookClient(sp.GetRequiredService<WebhookSettings>()));
        services.TryAddScoped<WebhookStore>();
        services.TryAddScoped<IWebhookStore>(sp => sp.GetRequiredService<WebhookStore>());
        services.TryAddScoped<WebhookFanOut>();
        services.TryAddScoped<WebhookDispatcher>();
        services.TryAddSingleton<WebhookWorker>();
    }
}
