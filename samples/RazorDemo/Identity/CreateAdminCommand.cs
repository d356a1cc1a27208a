using Microsoft.AspNetCore.Identity;
using RazorDemo.Hosting;

namespace RazorDemo.Identity;

/// <summary>
/// <c>create-admin --email ADDRESS --password-stdin</c> (or <c>--password-env VARIABLE</c>): creates the administrator in
/// the configured database (<c>Demo:Database</c>, SQLite or PostgreSQL), or resets an existing one (its password, its role,
/// its lockout), then the process exits without serving. The password is read from standard input or from a named
/// environment variable, never from the command line, where <c>ps</c> would show it to every user of the machine; it must
/// pass the rule of <c>Demo:Administrator:Password</c> (<see cref="DemoAccountOptions.WeaknessOf"/>).
/// </summary>
public static class CreateAdminCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "create-admin";

    /// <summary>The command succeeded.</summary>
    public const int Succeeded = 0;

    /// <summary>The command was refused: its arguments, the email or the password (the reason is written to the error output).</summary>
    public const int Refused = 2;

    private const string Usage =
        "Usage: RazorDemo create-admin --email ADDRESS --password-stdin\n"
        + "       RazorDemo create-admin --email ADDRESS --password-env VARIABLE\n"
        + "Creates the administrator in the configured database (Demo:Database), or resets its password and lockout.";

    /// <summary>Whether the arguments ask for this command rather than the site.</summary>
    public static bool IsRequested(string[] args) =>
        args is [var first, ..] && string.Equals(first, Name, StringComparison.Ordinal);

    /// <summary>
    /// Runs the command with the application's services; returns the exit code. <paramref name="input"/> is standard
    /// input (one line, the password, with <c>--password-stdin</c>).
    /// </summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Parse(args, out var email, out var source) is { } wrong)
        {
            await error.WriteLineAsync(wrong + "\n" + Usage);
            return Refused;
        }

        string? password;
        if (source is null)
        {
            password = await input.ReadLineAsync();
        }
        else
        {
            password = Environment.GetEnvironmentVariable(source);
            if (password is null)
            {
                await error.WriteLineAsync($"The environment variable {source} is not set.");
                return Refused;
            }
        }

        if (DemoAccountOptions.WeaknessOf(password, email!) is { } weakness)
        {
            await error.WriteLineAsync($"Refused: the administrator's password {weakness}");
            return Refused;
        }

        // Nodes may be starting against the same PostgreSQL database: take the preparation's turn, as they do.
        await using (await DemoStorage.PrepareExclusivelyAsync(services))
        {
            await using var scope = services.CreateAsyncScope();
            await DemoStorage.EnsureAccountsCreatedAsync(scope.ServiceProvider.GetRequiredService<DemoIdentityDbContext>());
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(DemoRoles.Administrator))
            {
                Check(await roles.CreateAsync(new IdentityRole(DemoRoles.Administrator)));
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<DemoUser>>();
            var existed = await users.FindByNameAsync(email!) is not null;
            await DemoAccounts.EnsureAdministratorAsync(users, email!, password!);

            // A reset also opens a locked account and ends the sessions signed in before it.
            var user = (await users.FindByNameAsync(email!))!;
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            Check(await users.UpdateSecurityStampAsync(user));
            await output.WriteLineAsync(existed
                ? $"The administrator {email} was reset: new password, unlocked, signed out everywhere."
                : $"The administrator {email} was created.");
        }

        return Succeeded;
    }

    /// <summary>Reads the arguments; returns what is wrong with them, or null.</summary>
    private static string? Parse(string[] args, out string? email, out string? passwordVariable)
    {
        email = null;
        passwordVariable = null;
        var fromInput = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--email" when i + 1 < args.Length:
                    email = args[++i].Trim();
                    break;
                case "--password-stdin":
                    fromInput = true;
                    break;
                case "--password-env" when i + 1 < args.Length:
                    passwordVariable = args[++i];
                    break;
                case var password when password.StartsWith("--password", StringComparison.Ordinal):
                    return "A password is never taken on the command line (ps shows it to everyone on the machine): use --password-stdin or --password-env.";
                case var other:
                    return $"Unknown argument '{(other.Length > 40 ? other[..40] + "…" : other)}'.";
            }
        }

        if (string.IsNullOrEmpty(email))
        {
            return "--email is missing.";
        }

        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > 256 || email.Any(char.IsWhiteSpace))
        {
            return $"'{(email.Length > 40 ? email[..40] + "…" : email)}' is not an email address.";
        }

        if (DemoAccounts.IsDemoEmail(email))
        {
            return $"{email} is in a published demo domain ({string.Join(", ", DemoAccounts.Domains)}); choose the administrator's own address.";
        }

        if (fromInput == (passwordVariable is not null))
        {
            return "Give the password one way: --password-stdin or --password-env VARIABLE.";
        }

        return null;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the administrator: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
