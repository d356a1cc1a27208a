using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.DependencyInjection;

/// <summary>Registers the participatory governance model with a service collection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the clock, the charter, the city clock, the active-citizen assessor and the options, each with <c>TryAdd</c> so that an
    /// application's own registration wins. The options are validated now, at start-up, not on first use.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options (Rafsanjan's charter, the system clock, Asia/Tehran).</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="RuleViolationException">The options break a rule; the message lists every broken rule.</exception>
    public static IServiceCollection AddParticipatoryGovernance(this IServiceCollection services, Action<ParticipatoryGovernanceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ParticipatoryGovernanceOptions();
        configure?.Invoke(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new RuleViolationException(errors);
        }

        services.TryAddSingleton(options);
        if (options.Clock is not null)
        {
            services.TryAddSingleton(options.Clock);
        }
        else
        {
            // The composition root is the one place allowed to pick the system clock.
#pragma warning disable RS0030
            services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        }

        services.TryAddSingleton(options.Charter);
        services.TryAddSingleton(sp => new ActiveCitizenAssessor(sp.GetRequiredService<GovernanceCharter>()));
        services.TryAddSingleton(sp => new CityClock(sp.GetRequiredService<IClock>(), sp.GetRequiredService<ParticipatoryGovernanceOptions>().TimeZone));
        return services;
    }
}
