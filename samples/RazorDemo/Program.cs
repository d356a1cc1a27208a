using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using RazorDemo.Caching;
using RazorDemo.Dashboard;
using RazorDemo.Hosting;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;
using RazorDemo.Notifications;

var builder = WebApplication.CreateBuilder(args);

// The public pages are served from the output cache to readers who are not signed in (ADR 0025, ADR 0032).
builder.Services.AddRazorPages(o => PublicPages.Apply(o.Conventions));
NoCookieForEmptyTempData.Register(builder.Services);
builder.Services.AddAuthorization(DemoPolicies.Configure);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CurrentPerson>();
builder.Services.AddScoped<RazorDemo.Data.DemoCommands>();

// Persian text is written as it is, not as numeric character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddParticipatoryGovernance();
builder.Services.AddScoped<Texts>();

// The demo keeps its databases in one folder: App_Data beside the app unless Demo:DataDirectory says otherwise.
var dataDirectory = builder.Configuration["Demo:DataDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data");
Directory.CreateDirectory(dataDirectory);
builder.AddDemoStorage(dataDirectory);
builder.AddDemoApi(dataDirectory);

builder.Services.AddHostedService<RazorDemo.Data.BudgetingOutcomeService>();
builder.Services.AddMemoryCache();
builder.Services.AddSingleton<RecordCounts>();
builder.Services.Configure<RecordCountsOptions>(builder.Configuration.GetSection("Demo:Counts"));
builder.Services.AddSingleton<PageEviction>();
builder.Services.AddOutputCache(PublicPages.AddPolicies);
builder.Services.AddScoped<DashboardQueries>();
builder.Services.AddScoped<DemoCity>();
builder.AddDemoScaleOut();
builder.AddDemoSecurity();
builder.AddDemoTelemetry();
builder.AddDemoNotifications();
builder.AddDemoTranslation();
builder.AddDemoWebhooks();
builder.AddDemoChannels();
builder.Services.AddIdentity<DemoUser, IdentityRole>(o =>
    {
        o.User.RequireUniqueEmail = true;
        o.Password.RequiredLength = 8;
    })
    .AddEntityFrameworkStores<DemoIdentityDbContext>()
    .AddClaimsPrincipalFactory<DemoClaimsPrincipalFactory>()
    .AddDefaultTokenProviders();
builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/Account/Login";
    o.LogoutPath = "/Account/Logout";
    o.AccessDeniedPath = "/Account/AccessDenied";

    // A signed-in reader without the role gets a real 403 (rendered by /status/403), not a redirect, so the
    // browser, tests and crawlers all see the refusal for what it is.
    o.Events.OnRedirectToAccessDenied = context =>
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
});

var app = builder.Build();

// `create-admin --email … --password-stdin` creates or resets the administrator, then exits without serving (issue #18).
if (CreateAdminCommand.IsRequested(args))
{
    Environment.ExitCode = await CreateAdminCommand.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
    return;
}

app.UseDemoApi();
app.UseDemoSecurityHeaders();

// Migrate the model's database, generate Rafsanjan on the first run, and create the demo accounts.
await DemoDatabase.PrepareAsync(app.Services, Console.Out);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseStaticFiles();

app.UseRequestLocalization(DemoCultures.Options());
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseDemoRateLimits();

// After localization (the public pages are cached per language) and authentication (signed-in readers are never cached).
app.UseOutputCache();
app.UseAntiforgery();

// The language choice is remembered for a year in the standard culture cookie. The switch is on every page, the cached
// dashboard included, so it carries no antiforgery token (one reader's token would be served to the next); a browser's
// post from another site is refused by its Fetch Metadata or Origin header instead (ADR 0025).
app.MapPost("/language", (HttpContext context, [FromForm] string code, [FromForm] string? returnUrl) =>
{
    if (CrossSiteRequests.IsCrossSite(context.Request))
    {
        return Results.BadRequest("The language is chosen on this site's own pages.");
    }

    if (!DemoCultures.IsSupported(code))
    {
        return Results.BadRequest($"Unknown language '{code}'; use one of {string.Join(", ", DemoCultures.Codes)}.");
    }

    context.Response.Cookies.Append(
        CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
        new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    // Only a path on this site, percent-encoded (LocalUrl judges every return address; issue #18).
    return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
}).DisableAntiforgery();

// The city switch (issue #17, item 5): the chosen city is remembered in a cookie as the language is, with the same checks.
app.MapPost("/city", (HttpContext context, [FromForm] string? id, [FromForm] string? returnUrl) => DemoCity.SwitchAsync(context, id, returnUrl)).DisableAntiforgery();

app.MapRazorPages();
app.MapDemoHealth();
app.MapDemoChannels();
app.UseDemoTelemetry();

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in app.Urls)
    {
        Console.WriteLine($"RazorDemo is serving Rafsanjan's model at {address}");
    }
});

app.Run();

/// <summary>The demo application, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
