using Microsoft.AspNetCore.OutputCaching;
using ParticipatoryGovernance.EntityFrameworkCore.Translation;
using RazorDemo.Caching;

namespace RazorDemo.Hosting;

/// <summary>
/// Translation of what people write (issue #21): the demo ships no translator, so nothing is sent anywhere. A city
/// registers its own with <c>services.AddParticipatoryGovernanceTranslation&lt;TTranslator&gt;()</c>; this hook then
/// runs the library's worker and evicts the cached idea and meeting pages whose texts were translated.
/// </summary>
public static class DemoTranslation
{
    /// <summary>Registers the page eviction and the hosted worker, which runs only when a translator is registered.</summary>
    public static void AddDemoTranslation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ITranslationObserver, EvictTranslatedPages>();
        builder.Services.AddHostedService<TranslationService>();
    }

    private sealed class EvictTranslatedPages(IOutputCacheStore outputCache) : ITranslationObserver
    {
        public async Task TranslatedAsync(IReadOnlyCollection<(string ThingKind, Guid ThingId)> things, CancellationToken cancellationToken = default)
        {
            foreach (var tag in things.Select(t => t.ThingKind == "meeting" ? PublicPages.Meetings : PublicPages.Ideas).Distinct(StringComparer.Ordinal))
            {
                await outputCache.EvictByTagAsync(tag, CancellationToken.None);
            }
        }
    }

    private sealed class TranslationService(IServiceProvider services) : BackgroundService
    {
        // The worker exists only when a translator is registered; it catches its own failures, so the site never stops for it.
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            services.GetService<TranslationWorker>()?.RunAsync(stoppingToken) ?? Task.CompletedTask;
    }
}
