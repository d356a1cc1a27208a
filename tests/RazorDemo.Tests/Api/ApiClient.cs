using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.AspNetCore;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using RazorDemo.Api;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Api;

/// <summary>Tokens issued straight into the demo's store, and the API's JSON read back, for the API tests.</summary>
public static class ApiClient
{
    public const string Prefix = "/api/v1";

    public static string CityPath(MunicipalityId city) => $"{Prefix}/municipalities/{city.Value:D}";

    /// <summary>The resident and city of a demo account.</summary>
    public static async Task<(string AccountId, ResidentId Resident, MunicipalityId City)> ResidentAsync(DemoFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No demo account {email}.");
        var resident = new ResidentId(user.ResidentId ?? throw new InvalidOperationException($"{email} is not a resident's account."));
        var db = scope.ServiceProvider.GetRequiredService<ParticipatoryGovernance.EntityFrameworkCore.GovernanceDbContext>();
        var neighbourhood = db.Residents.Where(r => r.Id == resident).Select(r => r.NeighbourhoodId).Single();
        var city = db.Neighbourhoods.Where(n => n.Id == neighbourhood).Select(n => n.MunicipalityId).Single();
        return (user.Id, resident, city);
    }

    /// <summary>A token of the account, issued for its own city unless another is given, with the scopes given.</summary>
    public static async Task<string> TokenAsync(DemoFactory factory, string email, IReadOnlyList<string> scopes, MunicipalityId? city = null, int days = 30)
    {
        var (account, resident, home) = await ResidentAsync(factory, email);
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DemoApiTokens>().IssueAsync(account, resident, city ?? home, "tests", scopes, days, CancellationToken.None);
    }

    public static Task<string> TokenAsync(DemoFactory factory, IReadOnlyList<string> scopes) => TokenAsync(factory, "resident1@demo.rafsanjan", scopes);

    /// <summary>A token whose expiry has passed.</summary>
    public static async Task<string> ExpiredTokenAsync(DemoFactory factory, IReadOnlyList<string> scopes)
    {
        var secret = await TokenAsync(factory, scopes);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DemoApiTokensDbContext>();
        var hash = ParticipatoryGovernance.AspNetCore.Tokens.ApiTokenSecrets.Hash(secret);
        var row = db.Tokens.Single(t => t.Hash == hash);
        row.ExpiresAtUnixMs = scope.ServiceProvider.GetRequiredService<IClock>().GetCurrentInstant().ToUnixTimeMilliseconds() - 1;
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>A token its resident revoked.</summary>
    public static async Task<string> RevokedTokenAsync(DemoFactory factory, IReadOnlyList<string> scopes)
    {
        var secret = await TokenAsync(factory, scopes);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DemoApiTokensDbContext>();
        var hash = ParticipatoryGovernance.AspNetCore.Tokens.ApiTokenSecrets.Hash(secret);
        var row = db.Tokens.Single(t => t.Hash == hash);
        await scope.ServiceProvider.GetRequiredService<DemoApiTokens>().RevokeAsync(row.AccountId, row.Id, CancellationToken.None);
        return secret;
    }

    public static HttpRequestMessage Post(string path, string? token, string? json, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return request;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Checks that a response is a problem of the API's shape, and returns its rule ids.</summary>
    public static async Task<IReadOnlyList<string>> ProblemRulesAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        root.GetProperty("status").GetInt32().Should().Be((int)status);
        root.GetProperty("type").GetString().Should().StartWith("urn:participatory-governance:problem:");
        root.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        var violations = root.GetProperty("violations").EnumerateArray().ToList();
        violations.Should().NotBeEmpty();
        foreach (var v in violations)
        {
            v.GetProperty("fa").GetString().Should().NotBeNullOrWhiteSpace();
            v.GetProperty("en").GetString().Should().NotBeNullOrWhiteSpace();
        }

        root.GetProperty("type").GetString().Should().EndWith(violations[0].GetProperty("rule").GetString());
        return [.. violations.Select(v => v.GetProperty("rule").GetString()!)];
    }
}
