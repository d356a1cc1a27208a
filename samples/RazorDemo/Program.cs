using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using RazorDemo.Dashboard;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages();
builder.Services.AddAuthorization(DemoPolicies.Configure);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CurrentPerson>();

// Persian text is written as it is, not as numeric character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddParticipatoryGovernance();
builder.Services.AddScoped<Texts>();

// The demo keeps its databases in one folder: App_Data beside the app unless Demo:DataDirectory says otherwise.
var dataDirectory = builder.Configuration["Demo:DataDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data");
Directory.CreateDirectory(dataDirectory);
builder.Services.AddParticipatoryGovernanceSqlite($"Data Source={Path.Combine(dataDirectory, "rafsanjan.db")}");
builder.Services.AddMemoryCache();
builder.Services.AddScoped<DashboardQueries>();
builder.Services.AddScoped<DemoCity>();
builder.Services.AddDbContext<DemoIdentityDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(dataDirectory, "accounts.db")}"));
builder.Services.AddIdentity<DemoUser, IdentityRole>(o =>
    {
        o.User.RequireUniqueEmail = true;
        o.Password.RequiredLength = 8;
    })
    .AddEntityFrameworkStores<DemoIdentityDbContext>()
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
app.UseAntiforgery();

// The language choice is remembered for a year in the standard culture cookie.
app.MapPost("/language", (HttpContext context, [FromForm] string code, [FromForm] string? returnUrl) =>
{
    if (!DemoCultures.IsSupported(code))
    {
        return Results.BadRequest($"Unknown language '{code}'; use fa or en.");
    }

    context.Response.Cookies.Append(
        CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
        new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') ? "/" : returnUrl);
});

app.MapRazorPages();

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
