using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RazorDemo.Tests.Infrastructure;

/// <summary>The demo in memory, for HTTP-level page tests.</summary>
public sealed class DemoFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "razordemo-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Demo:DataDirectory", _dataDirectory);

        // The page tests check that a reader right after a change sees it on the dashboard: on a quiet site the recount
        // takes well under the default second, but these tests run beside hundreds of others on two cores. The path where
        // a slow recount gives readers the figures from before is tested in RecordCountsTest.
        builder.UseSetting("Demo:Counts:FreshWait", "00:02:00");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(_dataDirectory))
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
