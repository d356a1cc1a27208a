using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace RazorDemo.Tests.ScaleOut;

/// <summary>
/// Two web nodes of the demo in this process (two <see cref="WebApplicationFactory{TEntryPoint}"/>s), over one PostgreSQL
/// database and one Redis that the fixture starts itself, as eng/cluster.sh runs three: <c>Demo:Database=postgresql</c>,
/// <c>ConnectionStrings:Governance</c>, <c>ConnectionStrings:Redis</c>. Both nodes start at the same moment against the
/// empty database. Without PostgreSQL or Redis installed the tests are skipped with the reason (failed under CI=true).
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    private PostgresServer? _postgres;

    /// <summary>Why the tests cannot run here, or null.</summary>
    public string? SkipReason { get; private set; }

    internal RedisServer Redis { get; private set; } = null!;

    public string GovernanceConnectionString { get; private set; } = string.Empty;

    public Node A { get; private set; } = null!;

    public Node B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _postgres = PostgresServer.TryStart(out var postgresMissing);
        if (_postgres is null)
        {
            SkipReason = postgresMissing;
            return;
        }

        var redis = RedisServer.TryStart(out var redisMissing);
        if (redis is null)
        {
            SkipReason = redisMissing;
            return;
        }

        Redis = redis;
        GovernanceConnectionString = await _postgres.CreateDatabaseAsync("governance");
        A = new Node("A", GovernanceConnectionString, Redis.ConnectionString);
        B = new Node("B", GovernanceConnectionString, Redis.ConnectionString);

        // Together, as three nodes of a cluster start: one prepares the database, the other waits for it.
        await Task.WhenAll(Task.Run(() => A.Server), Task.Run(() => B.Server));
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        Redis?.Dispose();
        _postgres?.Dispose();
    }

    /// <summary>Skips the test when the servers cannot run here.</summary>
    public void SkipUnlessRunning() => Skip.If(SkipReason is not null, SkipReason);

    /// <summary>One web node.</summary>
    public sealed class Node(string name, string governance, string redis) : WebApplicationFactory<Program>
    {
        public string Name { get; } = name;

        public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"razordemo-node{name}-" + Guid.NewGuid().ToString("N"));

        /// <summary>A client of this node that shares <paramref name="cookies"/> (one browser's) and does not follow redirects.</summary>
        public HttpClient ClientWith(CookieContainer cookies) => CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Demo:DataDirectory", DataDirectory);
            builder.UseSetting("Demo:Database", "postgresql");
            builder.UseSetting("ConnectionStrings:Governance", governance);
            builder.UseSetting("ConnectionStrings:Redis", redis);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }
}

/// <summary>The scale-out tests share one two-node cluster: the city is generated once.</summary>
[CollectionDefinition(Name)]
public sealed class ScaleOutCollection : ICollectionFixture<ScaleOutCluster>
{
    public const string Name = "ScaleOut";
}

/// <summary>One reader's browser: one cookie jar, whichever node the balancer sends a request to.</summary>
public sealed class Browser(ScaleOutCluster cluster)
{
    public CookieContainer Cookies { get; } = new();

    public HttpClient OnA => field ??= cluster.A.ClientWith(Cookies);

    public HttpClient OnB => field ??= cluster.B.ClientWith(Cookies);
}
