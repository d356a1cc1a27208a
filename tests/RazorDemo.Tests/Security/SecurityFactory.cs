using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Security;

/// <summary>
/// The demo as it runs in production (issue #18): the Production environment, no demo accounts, an administrator from
/// configuration, and low rate limits that the tests can reach. Every request comes from a proxy on loopback (as behind
/// HAProxy), so a test names the client's address in X-Forwarded-For, and each test's visitors have their own addresses.
/// The password hasher counts its verifications, for the equal-work test.
/// </summary>
public sealed class SecurityFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "root@city.example";
    public const string AdminPassword = "Kerman-Pistachio-1403!";
    public const int SignInPerAddress = 5;
    public const int SignInPerEmail = 30;
    public const int WritesPerPerson = 10;

    /// <summary>A header only these tests send: the address of the connection itself (a proxy's, or a client's without one).</summary>
    public const string ConnectionAddressHeader = "X-Test-Connection-Address";

    private static int s_address;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "razordemo-security-" + Guid.NewGuid().ToString("N"));

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Demo:DataDirectory", _dataDirectory);
        builder.UseSetting("Demo:Administrator:Email", AdminEmail);
        builder.UseSetting("Demo:Administrator:Password", AdminPassword);
        builder.UseSetting("Demo:RateLimits:SignInPerAddress", SignInPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Demo:RateLimits:SignInPerEmail", SignInPerEmail.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Demo:RateLimits:WritesPerPerson", WritesPerPerson.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Demo:RateLimits:WritesPerAddress", "100000");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new ConnectionAddressFilter());
            services.AddSingleton<IPasswordHasher<DemoUser>>(Hasher);
        });
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

    /// <summary>A documentation address (TEST-NET-3) no other visitor of this factory has had.</summary>
    public static string NewAddress()
    {
        var n = Interlocked.Increment(ref s_address);
        return $"203.0.{113 + n / 250}.{1 + n % 250}";
    }

    /// <summary>A visitor from its own address (forwarded by the proxy on loopback), keeping cookies, not following redirects.</summary>
    public HttpClient Visitor(string? address = null, string baseAddress = "http://localhost")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address ?? NewAddress());
        return client;
    }

    /// <summary>Creates an account with a role (no demo account exists here), or finds it.</summary>
    public async Task<string> AccountAsync(string email, string password = "Resident-Pass-1403!", string role = DemoRoles.Resident)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>();
        if (await users.FindByNameAsync(email) is null)
        {
            var user = new DemoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
            var created = await users.CreateAsync(user, password);
            created.Succeeded.Should().BeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
            (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        }

        return email;
    }

    /// <summary>Posts the sign-in form as a reader would; the response is returned as it is (a redirect when it worked).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string query = "")
    {
        var page = await HtmlPage.GetAsync(client, "/Account/Login" + query);
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = email;
        fields["Password"] = password;
        return await client.PostAsync("/Account/Login" + query, new FormUrlEncodedContent(fields));
    }

    /// <summary>A visitor from its own address, signed in.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = "Resident-Pass-1403!")
    {
        var client = Visitor();
        var response = await PostSignInAsync(client, email, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} signs in");
        return client;
    }

    /// <summary>
    /// TestServer leaves the connection's address empty; this sets it to loopback (the proxy) or to the test's
    /// <see cref="ConnectionAddressHeader"/>, before the demo's forwarded-headers middleware reads it.
    /// </summary>
    private sealed class ConnectionAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[ConnectionAddressHeader].ToString(), out var address)
                    ? address
                    : IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The demo's password hasher, counting the verifications it makes.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<DemoUser>
{
    private readonly PasswordHasher<DemoUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(DemoUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(DemoUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityFactory>
{
    public const string Name = "Security";
}
