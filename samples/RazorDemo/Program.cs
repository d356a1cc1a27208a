using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;
using ParticipatoryGovernance.DependencyInjection;
using RazorDemo.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages();

// Persian text is written as it is, not as numeric character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddParticipatoryGovernance();
builder.Services.AddScoped<Texts>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseStaticFiles();
app.UseRequestLocalization(DemoCultures.Options());
app.UseRouting();
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
