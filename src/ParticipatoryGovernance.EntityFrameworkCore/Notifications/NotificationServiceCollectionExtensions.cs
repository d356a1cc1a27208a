using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ParticipatoryGovernance.Notifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>Registers the notification senders a city uses.</summary>
public static class NotificationServiceCollectionExtensions
{
    /// <summary>Sends notifications by email through an SMTP server (<see cref="SmtpNotificationSender"/>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the server and the sender's address.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options lack the host or the sender's address.</exception>
    public static IServiceCollection AddParticipatoryGovernanceEmail(this IServiceCollection services, Action<SmtpNotificationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new SmtpNotificationOptions();
        configure(options);
        services.AddSingleton<INotificationSender>(new SmtpNotificationSender(options));
        return services;
    }

    /// <summary>The storage package's notification services; called by the storage registration.</summary>
    internal static void AddNotificationStorage(IServiceCollection services)
    {
        services.TryAddSingleton(new NotificationOptions());
        services.TryAddScoped<INotificationStore, NotificationStore>();
        services.TryAddScoped<NotificationFanOut>();
        services.TryAddScoped<NotificationDispatcher>();
        services.TryAddScoped<NotificationInbox>();
        services.TryAddSingleton<NotificationWorker>();
    }
}
