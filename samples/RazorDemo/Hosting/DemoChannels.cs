using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.Notifications;
using RazorDemo.Channels;

namespace RazorDemo.Hosting;

/// <summary>
/// The phone channels (issue #20): the USSD menu and SMS keywords over the library's commands, the gateways' HTTP
/// callbacks (<c>/channels/ussd</c>, <c>/channels/sms</c>) behind a shared secret, and the phone simulator page
/// (<c>/Phone</c>). The directory, ideas' numbers and sessions are in the model's database, so several nodes share them.
/// </summary>
public static class DemoChannels
{
    /// <summary>The secret used in Development and Testing when <c>Channels:GatewaySecret</c> is not set.</summary>
    public const string DevelopmentSecret = "demo-gateway-secret";

    /// <summary>Registers the channels, the demo's SMS outbox and the gateway secret. Call after the storage.</summary>
    public static WebApplicationBuilder AddDemoChannels(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddParticipatoryGovernanceChannels(o =>
        {
            o.Registration = new(
                "این شماره ثبت نشده است. در سایت شهرداری یا دفتر محله ثبت‌نام کنید.",
                "This number is not registered. Register on the city's site or at your neighbourhood office.");
            o.CumulativeUssdText = builder.Configuration.GetValue("Channels:CumulativeUssdText", false);
        });

        // The acts through DemoCommands, so that a ballot or an endorsement by phone evicts the pages it changes.
        builder.Services.AddScoped<IChannelActs, DemoChannelActs>();

        // The demo has no SMS gateway: replies go to an outbox the phone page shows (a city registers its own sender).
        builder.Services.AddSingleton<DemoSmsOutbox>();
        builder.Services.AddSingleton<INotificationSender>(sp => sp.GetRequiredService<DemoSmsOutbox>());

        var secret = builder.Configuration["Channels:GatewaySecret"];
        if (string.IsNullOrWhiteSpace(secret) && (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")))
        {
            secret = DevelopmentSecret;
        }

        builder.Services.AddSingleton(new GatewaySecret(secret));
        return builder;
    }

    /// <summary>Maps the gateways' callbacks.</summary>
    public static WebApplication MapDemoChannels(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        GatewayEndpoints.Map(app);
        return app;
    }
}
