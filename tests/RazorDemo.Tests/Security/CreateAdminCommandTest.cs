using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Security;

/// <summary>
/// Issue #18: in Production the administrator is created from configuration or by a command.
/// <c>create-admin --email … --password-stdin</c> (or <c>--password-env NAME</c>) creates or resets the administrator in
/// the configured database and exits; the password never comes from the command line, and a weak one is refused with
/// the rule of <c>Demo:Administrator:Password</c>.
/// </summary>
[Collection(SecurityCollection.Name)]
public class CreateAdminCommandTest(SecurityFactory factory)
{
    private const string Strong = "Chief-Of-Rafsanjan-1403!";

    [Fact]
    public async Task CreateAdmin_CreatesAnAdministrator_WhoSignsIn_WithThePasswordFromStandardInput()
    {
        var email = NewEmail();

        var (code, output, error) = await RunAsync(["create-admin", "--email", email, "--password-stdin"], Strong + "\n");

        code.Should().Be(CreateAdminCommand.Succeeded, error);
        output.Should().Contain($"The administrator {email} was created.");
        (await RolesOfAsync(email)).Should().Equal(DemoRoles.Administrator);
        var admin = await factory.SignedInAsync(email, Strong);
        (await admin.GetAsync("/Moderation")).StatusCode.Should().Be(HttpStatusCode.OK, "the administrator may moderate");
    }

    [Fact]
    public async Task CreateAdmin_ResetsALockedAdministrator_ToTheNewPassword_FromAnEnvironmentVariable()
    {
        var email = NewEmail();
        (await RunAsync(["create-admin", "--email", email, "--password-stdin"], Strong)).Code.Should().Be(CreateAdminCommand.Succeeded);
        for (var i = 0; i < 5; i++)
        {
            await SecurityFactory.PostSignInAsync(factory.Visitor(), email, "Wrong-Password-" + i);
        }

        (await SecurityFactory.PostSignInAsync(factory.Visitor(), email, Strong)).StatusCode.Should().Be(HttpStatusCode.OK, "five wrong passwords locked it");
        var variable = "CREATE_ADMIN_TEST_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, "Another-Strong-Pass-1404?");
        try
        {
            var (code, output, error) = await RunAsync(["create-admin", "--email", email, "--password-env", variable], string.Empty);

            code.Should().Be(CreateAdminCommand.Succeeded, error);
            output.Should().Contain("was reset");
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        (await SecurityFactory.PostSignInAsync(factory.Visitor(), email, Strong)).StatusCode.Should().Be(HttpStatusCode.OK, "the old password no longer works");
        (await SecurityFactory.PostSignInAsync(factory.Visitor(), email, "Another-Strong-Pass-1404?")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the reset unlocked it with the new password");
    }

    [Theory]
    [InlineData("--password-stdin", "short-1A!", "has 9 characters")]
    [InlineData("--password-stdin", "alllowercaseletters", "three of")]
    [InlineData("--password-stdin", "aaaaaaaaaaaA1!", "too few characters")]
    [InlineData("--password-stdin", "", "is not set")]
    [InlineData("--password Chief-Of-Rafsanjan-1403!", "", "never taken on the command line")]
    [InlineData("--password=Chief-Of-Rafsanjan-1403!", "", "never taken on the command line")]
    [InlineData("--password-stdin --password-env HOME", "Chief-Of-Rafsanjan-1403!", "one way")]
    [InlineData("", "Chief-Of-Rafsanjan-1403!", "one way")]
    [InlineData("--password-env CREATE_ADMIN_TEST_UNSET_VARIABLE", "", "is not set")]
    [InlineData("--password-stdin --force", "Chief-Of-Rafsanjan-1403!", "Unknown argument '--force'")]
    public async Task CreateAdmin_RefusesAWeakOrExposedPassword_AndCreatesNothing(string passwordArguments, string input, string? reason)
    {
        var email = NewEmail();
        string[] args = ["create-admin", "--email", email, .. passwordArguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

        var (code, output, error) = await RunAsync(args, input + "\n");

        code.Should().Be(CreateAdminCommand.Refused);
        output.Should().BeEmpty();
        error.Should().Contain(reason ?? string.Empty);
        (await RolesOfAsync(email)).Should().BeNull("nothing is created");
    }

    [Theory]
    [InlineData(new[] { "create-admin", "--password-stdin" }, "--email is missing")]
    [InlineData(new[] { "create-admin", "--email", "not-an-address", "--password-stdin" }, "is not an email address")]
    [InlineData(new[] { "create-admin", "--email", "boss@demo.rafsanjan", "--password-stdin" }, "published demo domain")]
    [InlineData(new[] { "create-admin", "--email" }, "Unknown argument '--email'")]
    public async Task CreateAdmin_RefusesAMissingOrWrongEmail(string[] args, string reason)
    {
        var (code, _, error) = await RunAsync(args, Strong);

        code.Should().Be(CreateAdminCommand.Refused);
        error.Should().Contain(reason).And.Contain("Usage:");
    }

    /// <summary>The built site run as an operator would: it creates the administrator in an empty data directory and exits.</summary>
    [Fact]
    public async Task TheSite_RunWithCreateAdmin_CreatesTheAdministrator_AndExitsWithoutServing()
    {
        var directory = Path.Combine(Path.GetTempPath(), "razordemo-create-admin-" + Guid.NewGuid().ToString("N"));
        var site = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", $"\"{site}\" create-admin --email operator@city.example --password-stdin")
        {
            WorkingDirectory = Path.GetDirectoryName(site)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Demo__DataDirectory"] = directory;
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteLineAsync(Strong);
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);

            process.ExitCode.Should().Be(0, await error);
            (await output).Should().Contain("The administrator operator@city.example was created.").And.NotContain("serving");
            await using var accounts = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(directory, "accounts.db")};Pooling=false");
            await accounts.OpenAsync();
            await using var query = accounts.CreateCommand();
            query.CommandText = "SELECT r.Name FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE u.NormalizedUserName = 'OPERATOR@CITY.EXAMPLE'";
            (await query.ExecuteScalarAsync()).Should().Be(DemoRoles.Administrator);
            File.Exists(Path.Combine(directory, "rafsanjan.db")).Should().BeFalse("the command creates the accounts only, not the city");
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static string NewEmail() => $"chief-{Guid.NewGuid().ToString("N")[..8]}@city.example";

    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(factory.Services, args, new StringReader(input), output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The account's roles, or null when there is no such account.</summary>
    private async Task<IList<string>?> RolesOfAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>();
        return await users.FindByNameAsync(email) is { } user ? await users.GetRolesAsync(user) : null;
    }
}
