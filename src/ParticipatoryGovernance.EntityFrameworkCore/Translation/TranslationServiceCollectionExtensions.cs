using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ParticipatoryGovernance.Translation;

namespace ParticipatoryGovernance.EntityFrameworkCore.Translation;

/// <summary>Turns on the translation of what people write, with the host's translator.</summary>
public static class TranslationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the host's translator and the <see cref="TranslationWorker"/> (which the host runs from a hosted
    /// service). Without this call no text is ever sent anywhere; pages find no translations and show the originals.
    /// </summary>
    /// <typeparam name="TTranslator">The host's <see cref="ITranslator"/>, registered as a singleton.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="options">Batch sizes, retries and the pause between passes; defaults when null.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddParticipatoryGovernanceTranslation<TTranslator>(this IServiceCollection services, TranslationOptions? options = null)
        where TTranslator : class, ITranslator
    {
        ArgumentNullException.ThrowIfNull(services);
        if (options is not null)
        {
            services.Replace(ServiceDescriptor.Singleton(options));
        }

        services.AddSingleton<ITranslator, TTranslator>();
        services.TryAddSingleton<TranslationWorker>();
        return services;
    }

    /// <summary>The storage package's translation services (the queue and the pages' lookup); called by the storage registration.</summary>
    internal static void AddTranslationStorage(IServiceCollection services)
    {
        services.TryAddSingleton(new TranslationOptions());
        services.TryAddScoped<TranslationRequests>();
        services.TryAddScoped<ITranslationLookup, TranslationLookup>();
    }
}
