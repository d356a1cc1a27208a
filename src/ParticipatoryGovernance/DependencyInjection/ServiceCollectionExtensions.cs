using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

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
        AddCommandHandlers(services);
        return services;
    }

    /// <summary>
    /// Registers every command handler of the model as itself and as its <see cref="ICommandHandler{TCommand, TResult}"/>,
    /// scoped, so a host injects the handler of the act it performs. Handlers need an <see cref="IGovernanceStore"/>,
    /// which the storage package registers. The contract resolves to an <see cref="ObservedCommandHandler{TCommand, TResult}"/>
    /// around the handler (telemetry, and a log scope when an <see cref="ILoggerFactory"/> is registered).
    /// </summary>
    private static void AddCommandHandlers(IServiceCollection services)
    {
        foreach (var type in typeof(ServiceCollectionExtensions).Assembly.GetExportedTypes())
        {
            // The open ObservedCommandHandler<,> is the decorator, not a handler.
            if (type.IsAbstract || !type.IsClass || type.IsGenericTypeDefinition)
            {
                continue;
            }

            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>)))
            {
                services.TryAddScoped(type);
                services.TryAddScoped(contract, ObservedFactory(type, contract));
            }
        }
    }

    /// <summary>The contract's factory: the concrete handler inside an <see cref="ObservedCommandHandler{TCommand, TResult}"/>, built without reflection per resolve.</summary>
    private static Func<IServiceProvider, object> ObservedFactory(Type handler, Type contract) =>
        typeof(ServiceCollectionExtensions).GetMethod(nameof(Observed), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(contract.GetGenericArguments())
            .CreateDelegate<Func<Type, Func<IServiceProvider, object>>>()(handler);

    private static Func<IServiceProvider, object> Observed<TCommand, TResult>(Type handler)
        where TCommand : ICommand<TResult> =>
        services => new ObservedCommandHandler<TCommand, TResult>(
            (ICommandHandler<TCommand, TResult>)services.GetRequiredService(handler),
            services.GetService<ILoggerFactory>()?.CreateLogger(GovernanceTelemetry.CommandLoggerCategory));}
