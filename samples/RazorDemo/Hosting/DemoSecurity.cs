using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RazorDemo.Identity;
using RazorDemo.Pages.Account;

namespace RazorDemo.Hosting;

/// <summary>
/// The site's hardening (issue #18): accounts and sign-in in each environment, response headers, cookies, forwarded
/// headers behind a proxy, and rate limits. Program.cs calls each hook once, at its place in the pipeline.
/// </summary>
public static class DemoSecurity
{
    /// <summary>
    /// The Content-Security-Policy of every page: this site's own scripts, styles, fonts and images only (Bootstrap's
    /// icons are data: images in its style sheet), no plug-ins, forms posted only here, and framed only by this site.
    /// Nothing inline: the views keep their scripts in wwwroot/js and their widths in classes, so a cached page needs
    /// no per-request nonce.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>The browser features no page uses, turned off for the page and anything it might embed.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>
    /// The class that gives a bar the width of a share (wwwroot/css/widths.css: <c>pct-0</c> to <c>pct-100</c>), since the
    /// Content-Security-Policy refuses style attributes. The share is clamped to 0–100 and rounded to a whole per cent.
    /// </summary>
    public static string WidthClass(double percent) =>
        "pct-" + (double.IsNaN(percent) ? 0 : (int)Math.Round(Math.Clamp(percent, 0, 100), MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The methods the pages answer; any other (TRACE, CONNECT, made-up ones) is refused with 405.</summary>
    private static readonly HashSet<string> KnownMethods = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD", "POST" };

    /// <summary>Registers the services the hardening needs.</summary>
    public static WebApplicationBuilder AddDemoSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Accounts: the published demo accounts only where the configuration says so, the administrator from configuration.
        var accounts = DemoAccountOptions.Read(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(accounts);
        builder.Services.AddSingleton<SignInAttempts>();
        builder.Services.AddScoped<SignInManager<DemoUser>, DemoSignInManager>();

        // Five wrong passwords lock an account for fifteen minutes, everywhere (the sign-in page asks for it).
        builder.Services.Configure<IdentityOptions>(o =>
        {
            o.Lockout.MaxFailedAccessAttempts = SignInAttempts.MaximumFailures;
            o.Lockout.DefaultLockoutTimeSpan = SignInAttempts.LockoutDuration;
            o.Lockout.AllowedForNewUsers = true;
        });

        // No "Server: Kestrel" header telling a scanner what to try.
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        // Behind HAProxy or nginx terminating TLS, the client's address and scheme come from the proxy's headers, but only
        // from the proxies the configuration knows (Demo:KnownProxies, addresses separated by commas; loopback by default).
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in KnownProxies(builder.Configuration))
            {
                o.KnownProxies.Add(proxy);
            }
        });

        // Cookies: HttpOnly, and Secure whenever the request came over HTTPS (behind a proxy, as forwarded).
        builder.Services.Configure<CookiePolicyOptions>(o =>
        {
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.Secure = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        AddRateLimits(builder);
        return builder;
    }

    /// <summary>First in the pipeline: forwarded headers, response headers, refused methods.</summary>
    public static WebApplication UseDemoSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.Use(static (context, next) =>
        {
            // Set when the response starts, so that an error page (whose handler clears the headers) and a page served
            // from the output cache carry them as every other response does.
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers.XFrameOptions = "SAMEORIGIN";
                headers.Remove("Server");
                return Task.CompletedTask;
            }, context);
            return next(context);
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();

        // A method no page answers is refused here, before any page model or view sees it (TRACE once reached the views
        // with no handler run, and they threw on their missing model).
        app.Use(static (context, next) =>
        {
            if (!KnownMethods.Contains(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD, POST";
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>After authentication: limits that know the signed-in person.</summary>
    public static WebApplication UseDemoRateLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The sign-in limit per email reads the posted email; the form is read here, asynchronously, and kept for the page.
        app.Use(static async (context, next) =>
        {
            if (IsSignIn(context) && context.Request.HasFormContentType)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // A malformed form is the page's to refuse; the limit per address still applies.
                }
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: Demo:KnownProxies, else loopback.</summary>
    public static IReadOnlyList<IPAddress> KnownProxies(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Demo:KnownProxies"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return [IPAddress.Loopback, IPAddress.IPv6Loopback];
        }

        var proxies = new List<IPAddress>();
        foreach (var text in configured.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IPAddress.TryParse(text, out var address))
            {
                throw new InvalidOperationException($"Demo:KnownProxies: '{text}' is not an IP address. List the proxies' addresses separated by commas, e.g. 127.0.0.1,10.0.0.5.");
            }

            proxies.Add(address);
            if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            {
                // Kestrel on a dual-stack socket reports an IPv4 peer as an IPv4-mapped IPv6 address.
                proxies.Add(address.MapToIPv6());
            }
        }

        return proxies;
    }

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase);

    private static bool IsWrite(HttpContext context) =>
        !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
        // The status page explains a refusal, the rate limit's own included, when it is re-executed for a refused post.
        && !context.Request.Path.StartsWithSegments("/status", StringComparison.OrdinalIgnoreCase);

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static void AddRateLimits(WebApplicationBuilder builder)
    {
        var limits = RateLimitOptions.Read(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(limits);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limit(limits.SignInPerAddress, limits.Window, c => IsSignIn(c) ? "sign-in|" + AddressOf(c) : null),
                Limit(limits.SignInPerEmail, limits.Window, c => IsSignIn(c) ? EmailOf(c) is { } email ? "sign-in-email|" + email : null : null),
                Limit(limits.WritesPerPerson, limits.Window, c => IsWrite(c) && PersonOf(c) is { } person ? "writes|" + person : null),
                Limit(limits.WritesPerAddress, limits.Window, c => IsWrite(c) ? "writes-address|" + AddressOf(c) : null));
            o.OnRejected = static (rejected, _) =>
            {
                // The body is the status page's (/status/429, re-executed in the reader's language); the wait is a header.
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 60;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }

    private static PartitionedRateLimiter<HttpContext> Limit(int permits, TimeSpan window, Func<HttpContext, string?> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => key(context) is { } partition
            ? RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty));

    private static string? PersonOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
            ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.User.Identity.Name
            : null;

    private static string? EmailOf(HttpContext context)
    {
        if (!context.Request.HasFormContentType || context.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is not { } form)
        {
            return null;
        }

        var email = form["Email"].ToString().Trim();
        return email.Length is 0 or > 256 ? null : email.ToUpperInvariant();
    }
}

/// <summary>
/// The rate limits (<c>Demo:RateLimits:*</c>, requests per <see cref="Window"/>): sign-in attempts per address and per
/// email, and writes (every post) per signed-in person and per address. Production's defaults stop password guessing and
/// floods while leaving a household behind one address its ordinary use; in Development and Testing, and for a load run
/// (<c>Demo:LoadAccounts</c> above zero), they are generous so that the test suites and load runs are not throttled
/// (tests lower them to test them). Each can be set on its own.
/// </summary>
public sealed record RateLimitOptions(int SignInPerAddress, int SignInPerEmail, int WritesPerPerson, int WritesPerAddress, TimeSpan Window)
{
    /// <summary>Reads the limits, each defaulting by environment; a limit below one is refused at start-up.</summary>
    public static RateLimitOptions Read(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        // A load run (Demo:LoadAccounts, many accounts signing in from the load generator's few addresses) is not an
        // attack: it gets the generous defaults too.
        var loadRun = int.TryParse(configuration["Demo:LoadAccounts"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var load) && load > 0;
        var production = !environment.IsDevelopment() && !environment.IsEnvironment("Testing") && !loadRun;
        var section = configuration.GetSection("Demo:RateLimits");
        return new RateLimitOptions(
            Positive(section, "SignInPerAddress", production ? 10 : 10_000),
            Positive(section, "SignInPerEmail", production ? 5 : 10_000),
            Positive(section, "WritesPerPerson", production ? 60 : 100_000),
            Positive(section, "WritesPerAddress", production ? 600 : 100_000),
            TimeSpan.FromSeconds(Positive(section, "WindowSeconds", 60)));
    }

    private static int Positive(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidOperationException($"Demo:RateLimits:{key} must be a whole number of requests above zero, not '{text}'.");
    }
}
