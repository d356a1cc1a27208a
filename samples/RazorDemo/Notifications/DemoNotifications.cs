using MailKit.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;
using RazorDemo.Identity;

namespace RazorDemo.Notifications;

/// <summary>
/// The demo's notifications (issue #19): the worker that fans events out and sends them runs as a hosted service; the
/// residents' email addresses are their accounts'; email goes out only when <c>Notifications:Smtp:Host</c> is set.
/// The demo has no SMS gateway: a city registers its own <see cref="INotificationSender"/> (docs/notifications.md).
/// </summary>
public static partial class DemoNotifications
{
    /// <summary>Registers the hosted worker, the address book and, when configured, the SMTP sender.</summary>
    public static void AddDemoNotifications(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHostedService<NotificationService>();
        builder.Services.AddSingleton<INotificationAddressBook, AccountAddressBook>();
        var smtp = builder.Configuration.GetSection("Notifications:Smtp");
        if (!string.IsNullOrWhiteSpace(smtp["Host"]))
        {
            builder.Services.AddParticipatoryGovernanceEmail(o =>
            {
                o.Host = smtp["Host"]!;
                o.Port = int.TryParse(smtp["Port"], out var port) ? port : 587;
                o.From = smtp["From"] ?? "notifications@rafsanjan.example";
                o.Security = Enum.TryParse<SecureSocketOptions>(smtp["Security"], ignoreCase: true, out var security) ? security : SecureSocketOptions.StartTls;
                o.UserName = smtp["UserName"];
                o.Password = smtp["Password"];
            });
        }
    }

    /// <summary>Runs the library's <see cref="NotificationWorker"/> until the site stops, from the events stored after the first start.</summary>
    private sealed class NotificationService(NotificationWorker worker, IServiceScopeFactory scopes, ILogger<NotificationWorker> logger) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => RazorDemo.Hosting.CursorStart.RunAsync(
            scopes, (services, token) => services.GetRequiredService<NotificationFanOut>().StartFromLatestAsync(token), worker.RunAsync, logger, stoppingToken);
    }

    /// <summary>A resident's email is their account's (a confirmed one is not required in the demo); no phone numbers are kept.</summary>
    private sealed class AccountAddressBook(IServiceScopeFactory scopes) : INotificationAddressBook
    {
        public async Task<string?> AddressAsync(ResidentId resident, NotificationChannel channel, CancellationToken cancellationToken = default)
        {
            if (channel != NotificationChannel.Email)
            {
                return null;
            }

            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>();
            var id = resident.Value;
            return await users.Users.Where(u => u.ResidentId == id).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        }
    }
}

/// <summary>What the follow button needs: the kind of thing and its identifier.</summary>
public sealed record FollowButton(FollowKind Kind, Guid Id);
