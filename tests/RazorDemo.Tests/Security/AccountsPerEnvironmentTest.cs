using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Security;

/// <summary>Issue #18, item 1: in Production the published demo accounts do not exist, are not shown and cannot sign in.</summary>
[Collection(SecurityCollection.Name)]
public class AccountsPerEnvironmentTest(SecurityFactory factory)
{
    [Fact]
    public async Task Production_SignInPage_ShowsNoPasswordAndNoAccountList()
    {
        var response = await factory.Visitor().GetAsync("/Account/Login");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().NotContain(DemoAccounts.Password);
        html.Should().NotContain("@demo.rafsanjan");
        (await HtmlPage.ReadAsync(response)).QuerySelector("#demo-accounts").Should().BeNull();
    }

    [Theory]
    [InlineData("admin@demo.rafsanjan")]
    [InlineData("resident1@demo.rafsanjan")]
    [InlineData("staff@demo.baghestan")]
    public async Task Production_NoDemoAccountSignsIn_NotEvenOneAlreadyStored(string email)
    {
        // An accounts database from a demo run keeps its accounts; with Demo:Accounts=none they still cannot sign in.
        await factory.AccountAsync(email, DemoAccounts.Password, DemoRoles.Administrator);

        var client = factory.Visitor();
        var response = await SecurityFactory.PostSignInAsync(client, email, DemoAccounts.Password);
        var page = await HtmlPage.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[role='alert']")!.TextContent.Should().Contain("ایمیل یا گذرواژه درست نیست.");
        (await HtmlPage.GetAsync(client, "/Account/Login")).QuerySelector("#signed-in-as").Should().BeNull();
    }

    [Fact]
    public async Task Production_CreatesNoDemoAccount()
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(factory.Services);
        var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<DemoUser>>(scope.ServiceProvider);

        // The theory above stores three on purpose; the rest of the published list must not exist.
        foreach (var account in DemoAccounts.All.Where(a => a.Email is not ("admin@demo.rafsanjan" or "resident1@demo.rafsanjan" or "staff@demo.baghestan")))
        {
            (await users.FindByNameAsync(account.Email)).Should().BeNull(account.Email);
        }
    }

    [Fact]
    public async Task Production_ConfiguredAdministratorSignsIn_AndIsAnAdministrator()
    {
        var client = factory.Visitor();

        var response = await SecurityFactory.PostSignInAsync(client, SecurityFactory.AdminEmail, SecurityFactory.AdminPassword);
        var home = await HtmlPage.GetAsync(client, "/");
        var moderation = await client.GetAsync("/Moderation");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        home.QuerySelector("#signed-in-as")!.GetAttribute("data-email").Should().Be(SecurityFactory.AdminEmail);
        moderation.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("short1A!", "at least 12")]
    [InlineData("alllowercaseletters", "three of")]
    [InlineData("Demo-1403!", "at least 12")]
    [InlineData("Aa1!Aa1!Aa1!Aa1!", "different")]
    [InlineData("Root-Password-2026", "email's name")]
    public void WeakAdministratorPassword_StopsTheStart_WithAClearMessage(string password, string reason)
    {
        var configuration = Configuration(("Demo:Administrator:Email", "root@city.example"), ("Demo:Administrator:Password", password));

        var start = () => DemoAccountOptions.Read(configuration, Environment("Production"));

        start.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("Demo:Administrator:Password").And.Contain(reason);
    }

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Staging", null, false)]
    [InlineData("Development", null, true)]
    [InlineData("Testing", null, true)]
    [InlineData("Production", "demo", true)]
    [InlineData("Development", "none", false)]
    public void DemoAccounts_AreOfferedBy_EnvironmentOrConfiguration(string environment, string? mode, bool offered)
    {
        var configuration = Configuration(("Demo:Accounts", mode));

        DemoAccountOptions.Read(configuration, Environment(environment)).OffersDemoAccounts.Should().Be(offered);
    }

    [Fact]
    public void UnknownAccountsMode_StopsTheStart()
    {
        var start = () => DemoAccountOptions.Read(Configuration(("Demo:Accounts", "some")), Environment("Production"));

        start.Should().Throw<InvalidOperationException>().WithMessage("*'demo'*'none'*");
    }

    [Fact]
    public void LaunchSettings_RunTheDemoCommandInDevelopment_SoTheReadmeStillShowsTheDemoAccounts()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "RazorDemo", "Properties", "launchSettings.json");

        File.Exists(path).Should().BeTrue();
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var profiles = json.RootElement.GetProperty("profiles").EnumerateObject().ToList();
        profiles.Should().NotBeEmpty();
        profiles[0].Value.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString().Should().Be("Development");
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static HostingEnvironment Environment(string name) => new HostingEnvironment { EnvironmentName = name };

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "RazorDemo")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
