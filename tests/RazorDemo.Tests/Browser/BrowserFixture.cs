using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Browser;

/// <summary>
/// The demo on a real Kestrel port and Debian's Chromium driven by Playwright. Without Chromium the browser tests are
/// skipped with the reason, except in CI (CI=true), where a missing browser fails them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly DemoFactory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    /// <summary>The demo the browser talks to, for a test that prepares records through the library's commands first.</summary>
    public DemoFactory Factory => _factory;

    public string BaseAddress { get; private set; } = string.Empty;

    public string? SkipReason { get; private set; }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {ChromiumPath}; install it with 'apt-get install -y chromium' to run the browser tests.";
            if (InCi)
            {
                throw new InvalidOperationException("CI must run the browser tests, but " + SkipReason);
            }

            return;
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>A fresh browser context (its own cookies), as a new visitor.</summary>
    public async Task<IPage> NewVisitorAsync()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress, Locale = "en-GB" });
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
