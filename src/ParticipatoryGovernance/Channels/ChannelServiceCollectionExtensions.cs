using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ParticipatoryGovernance.Channels;

/// <summary>Registers the phone channels: the USSD menu, the SMS keywords and, unless storage registered its own, in-memory stores.</summary>
public static class ChannelServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="UssdMenu"/>, <see cref="SmsKeywords"/>, the acts through the registered handlers and the
    /// options; the phone directory, the ideas' numbers and the session store are kept in memory unless another
    /// registration (the storage package's) provides them. Call after <c>AddParticipatoryGovernance</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddParticipatoryGovernanceChannels(this IServiceCollection services, Action<ChannelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ChannelOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddScoped<IChannelActs, HandlerChannelActs>();
        services.TryAddSingleton<IPhoneDirectory, InMemoryPhoneDirectory>();
        services.TryAddSingleton<IIdeaNumbers, InMemoryIdeaNumbers>();
        services.TryAddSingleton<IChannelSessionStore, InMemoryChannelSessionStore>();
        services.TryAddScoped<UssdMenu>();
        services.TryAddScoped<SmsKeywords>();
        return services;
    }
}
