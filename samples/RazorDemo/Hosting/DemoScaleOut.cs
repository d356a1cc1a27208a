using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RazorDemo.Caching;
using StackExchange.Redis;

namespace RazorDemo.Hosting;

/// <summary>
/// What several web nodes share (issue #18, item 2): data-protection keys, the output cache and its evictions, the kept
/// counts' invalidation. With nothing configured the demo runs as one process, as before.
/// </summary>
/// <remarks>
/// <para><c>ConnectionStrings:Redis</c> (StackExchange.Redis' format, e.g. <c>127.0.0.1:6379</c>) turns it on:</para>
/// <list type="bullet">
/// <item>data-protection keys in Redis under one application name (<see cref="ApplicationName"/>), with a local copy, so
/// that a sign-in cookie, antiforgery token or notice protected by one node is read by every other
/// (<see cref="SharedKeyRepository"/>);</item>
/// <item>the output cache in Redis, so an eviction on one node evicts the page for all, behind a circuit breaker that
/// serves pages uncached while Redis is down (<see cref="ResilientOutputCacheStore"/>);</item>
/// <item>"records changed" published to the other nodes, which drop their kept counts (<see cref="RecordsChangedChannel"/>);</item>
/// <item>the budgeting pages evicted for every node by the node whose worker computed new outcomes (<see cref="BudgetingPagesEviction"/>).</item>
/// </list>
/// <para>Nothing else is kept per node that a second request needs: sign-in, antiforgery and temp-data are cookies
/// protected by the shared keys, and the city and language choices are plain cookies.</para>
/// </remarks>
public static class DemoScaleOut
{
    /// <summary>The data-protection application name every node uses, so that they read each other's cookies.</summary>
    public const string ApplicationName = "RazorDemo";

    /// <summary>The prefix of the output cache's keys in Redis.</summary>
    public const string OutputCacheInstance = "razordemo:output:";

    /// <summary>Registers the shared services; called after the output cache and the counts are registered.</summary>
    public static WebApplicationBuilder AddDemoScaleOut(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(configuration))
        {
            return builder;
        }

        // Fails now on a malformed value, rather than on the first page.
        _ = ConfigurationOptions.Parse(configuration);
        var services = builder.Services;
        services.AddSingleton(sp => new SharedRedis(configuration, sp.GetRequiredService<ILogger<SharedRedis>>()));

        // The keys' local copy beside the demo's databases (each node has its own folder).
        var dataDirectory = builder.Configuration["Demo:DataDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        var keysDirectory = Path.Combine(dataDirectory, "data-protection-keys");
        services.AddSingleton(sp => new SharedKeyRepository(sp.GetRequiredService<SharedRedis>(), keysDirectory, sp.GetRequiredService<ILogger<SharedKeyRepository>>()));
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = sp.GetRequiredService<SharedKeyRepository>()));

        // The output cache in Redis, wrapped so that Redis down never fails a page.
        services.AddStackExchangeRedisOutputCache(o => o.InstanceName = OutputCacheInstance);
        services.AddOptions<RedisOutputCacheOptions>().Configure<SharedRedis>((o, redis) => o.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer));
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(sp => new ResilientOutputCacheStore(Create(redisStore, sp), sp.GetRequiredService<SharedRedis>(), sp.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));

        // The kept counts' invalidation across nodes.
        services.AddSingleton<RecordsChangedChannel>();
        services.AddHostedService<RecordsChangedChannel.Listener>();

        // Failed sign-ins of unknown emails counted for every node (SignInAttempts), as Identity's count is in the database.
        services.AddSingleton<SharedSignInFailures>();

        // The budgeting outcomes, computed on one node for all: that node evicts the pages showing them.
        services.AddHostedService<BudgetingPagesEviction>();
        return builder;
    }

    private static IOutputCacheStore Create(ServiceDescriptor descriptor, IServiceProvider services) => descriptor switch
    {
        { ImplementationInstance: IOutputCacheStore instance } => instance,
        { ImplementationFactory: { } factory } => (IOutputCacheStore)factory(services),
        { ImplementationType: { } type } => (IOutputCacheStore)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("The Redis output cache store is registered in a way this demo does not know."),
    };
}
