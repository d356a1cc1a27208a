using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RazorDemo.Identity;

/// <summary>The demo's accounts, one or more per role, listed on the login page with their shared password.</summary>
public static class DemoAccounts
{
    /// <summary>Every demo account's password; this is a demo, so it is printed on the login page.</summary>
    public const string Password = "Demo-1403!";

    /// <summary>
    /// The accounts in the order the login page lists them. Each is a fictional person of Rafsanjan, named in Persian
    /// as the city's records write names (the name an official signs records with, shown in both languages); an account
    /// linked to a generated resident takes that resident's name instead (<see cref="EnsureCreatedAsync"/>'s link).
    /// </summary>
    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("resident1@demo.rafsanjan", "زهرا احمدی", "Zahra Ahmadi", DemoRoles.Resident),
        new("resident2@demo.rafsanjan", "علی رضایی", "Ali Rezaei", DemoRoles.Resident),
        new("mayor@demo.rafsanjan", "حسین کرمانی", "Hossein Kermani", DemoRoles.NeighbourhoodMayor),
        new("moderator@demo.rafsanjan", "فاطمه صادقی", "Fatemeh Sadeghi", DemoRoles.Moderator),
        new("staff@demo.rafsanjan", "مریم کاظمی", "Maryam Kazemi", DemoRoles.MunicipalStaff),
        new("admin@demo.rafsanjan", "رضا نوروزی", "Reza Nowruzi", DemoRoles.Administrator),
        new("clerk@demo.rafsanjan", "سمیه جعفری", "Somayeh Jafari", DemoRoles.BallotClerk),
        new("secretary@demo.rafsanjan", "محمدرضا میرحسینی", "Mohammadreza Mirhosseini", DemoRoles.MeetingSecretary),
        new("youthmayor@demo.rafsanjan", "نرگس موسوی", "Narges Mousavi", DemoRoles.YouthMayor),
        new("teen@demo.rafsanjan", "امیر حسینی", "Amir Hosseini", DemoRoles.Resident),
        new("voter1@demo.baghestan", "نوجوان باغستان، رأی‌دهنده", "Baghestan teenager (voter)", DemoRoles.Resident),
        new("voter2@demo.baghestan", "نوجوان دیگر باغستان، رأی‌دهنده", "Another Baghestan teenager (voter)", DemoRoles.Resident),
        new("resident@demo.baghestan", "شهروند بزرگسال باغستان", "Baghestan adult resident", DemoRoles.Resident),
        new("staff@demo.baghestan", "کارشناس شهرداری باغستان", "Baghestan municipal staff", DemoRoles.MunicipalStaff),
    ];

    /// <summary>The email domains of the published demo accounts (and of the load runs' accounts).</summary>
    public static readonly IReadOnlyList<string> Domains = ["@demo.rafsanjan", "@demo.baghestan"];

    /// <summary>Whether an email is a published demo account's: one of <see cref="All"/> or any address in <see cref="Domains"/>.</summary>
    public static bool IsDemoEmail(string? email) =>
        email is not null && Domains.Any(d => email.Trim().EndsWith(d, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Creates the roles, then, as <see cref="DemoAccountOptions"/> says, the demo accounts (with
    /// <see cref="DemoAccountOptions.OffersDemoAccounts"/> only) and the configured administrator.
    /// </summary>
    public static async Task EnsureCreatedAsync(IServiceProvider services, Func<DemoAccount, DemoUser, Task>? link = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<DemoAccountOptions>();
        var users = services.GetRequiredService<UserManager<DemoUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (options.OffersDemoAccounts)
        {
            await EnsureCreatedAsync(users, roles, link);
        }
        else
        {
            await EnsureRolesAsync(roles);
        }

        if (options.AdministratorEmail is { } email)
        {
            await EnsureAdministratorAsync(users, email, options.AdministratorPassword!);
        }
    }

    /// <summary>
    /// Creates the administrator of <c>Demo:Administrator:Email</c> with its configured password, or, when the account
    /// exists, gives it the role and the configured password again (the configuration is the password's one source).
    /// </summary>
    public static async Task EnsureAdministratorAsync(UserManager<DemoUser> users, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(users);
        if (await users.FindByNameAsync(email) is not { } user)
        {
            user = new DemoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "مدیر سامانه" };
            Check(await users.CreateAsync(user, password), "administrator " + email);
        }
        else if (!await users.CheckPasswordAsync(user, password))
        {
            Check(await users.RemovePasswordAsync(user), "administrator " + email);
            Check(await users.AddPasswordAsync(user, password), "administrator " + email);
        }

        if (!await users.IsInRoleAsync(user, DemoRoles.Administrator))
        {
            Check(await users.AddToRoleAsync(user, DemoRoles.Administrator), "administrator " + email);
        }
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in DemoRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    /// <summary>Creates the roles and accounts that do not exist yet; links are set by the caller's function.</summary>
    public static async Task EnsureCreatedAsync(UserManager<DemoUser> users, RoleManager<IdentityRole> roles, Func<DemoAccount, DemoUser, Task>? link = null)
    {
        ArgumentNullException.ThrowIfNull(users);
        await EnsureRolesAsync(roles);

        foreach (var account in All)
        {
            if (await users.FindByEmailAsync(account.Email) is { } existing)
            {
                // Accounts made before the officials had names were named by their role ("Municipal staff"), which
                // showed English words on Persian pages; an account not linked to a resident takes its person's name.
                if (existing.ResidentId is null && existing.DisplayName != account.PersianName)
                {
                    existing.DisplayName = account.PersianName;
                    Check(await users.UpdateAsync(existing), account.Email);
                }

                continue;
            }

            var user = new DemoUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.PersianName };
            if (link is not null)
            {
                await link(account, user);
            }

            Check(await users.CreateAsync(user, Password), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create the demo's {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

/// <summary>A demo account: its email, the name of its person in Persian script and in Latin letters, and its role.</summary>
public sealed record DemoAccount(string Email, string PersianName, string EnglishName, string Role);

/// <summary>
/// Which accounts the site has (issue #18). <c>Demo:Accounts</c> = <c>demo</c>: the published demo accounts, whose
/// password the sign-in page prints (the default in Development and Testing); <c>none</c>: no demo account is created,
/// listed or allowed to sign in, even one already stored (the default in Production). The administrator comes from
/// <c>Demo:Administrator:Email</c> and <c>Demo:Administrator:Password</c>; a weak password stops the start.
/// </summary>
public sealed record DemoAccountOptions(bool OffersDemoAccounts, string? AdministratorEmail, string? AdministratorPassword)
{
    /// <summary>The shortest administrator password accepted.</summary>
    public const int MinimumAdministratorPasswordLength = 12;

    /// <summary>Reads and checks the configuration; a wrong value throws with the message an operator needs.</summary>
    public static DemoAccountOptions Read(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var mode = configuration["Demo:Accounts"];
        var offers = string.IsNullOrWhiteSpace(mode)
            ? environment.IsDevelopment() || environment.IsEnvironment("Testing")
            : mode.Trim().ToLowerInvariant() switch
            {
                "demo" => true,
                "none" => false,
                _ => throw new InvalidOperationException($"Demo:Accounts is '{mode}'; use 'demo' (the published demo accounts) or 'none' (no demo account can sign in)."),
            };

        var email = configuration["Demo:Administrator:Email"]?.Trim();
        var password = configuration["Demo:Administrator:Password"];
        if (string.IsNullOrEmpty(email))
        {
            if (!string.IsNullOrEmpty(password))
            {
                throw new InvalidOperationException("Demo:Administrator:Password is set but Demo:Administrator:Email is not; set both to create the administrator.");
            }

            return new DemoAccountOptions(offers, null, null);
        }

        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > 256)
        {
            throw new InvalidOperationException($"Demo:Administrator:Email '{email}' is not an email address.");
        }

        if (WeaknessOf(password, email) is { } weakness)
        {
            throw new InvalidOperationException($"Refusing to start: the administrator's password (Demo:Administrator:Password) {weakness}");
        }

        return new DemoAccountOptions(offers, email, password);
    }

    /// <summary>Why a password is too weak for the administrator, or null when it is strong enough.</summary>
    public static string? WeaknessOf(string? password, string email)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "is not set; set it with the email, e.g. in the environment variable Demo__Administrator__Password.";
        }

        if (password.Length < MinimumAdministratorPasswordLength)
        {
            return $"has {password.Length} characters; it needs at least {MinimumAdministratorPasswordLength}.";
        }

        var kinds = (password.Any(char.IsLower) ? 1 : 0) + (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsDigit) ? 1 : 0)
            + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 3)
        {
            return "needs at least three of: lower-case letters, capitals, digits, other characters.";
        }

        if (password.Distinct().Count() < 6)
        {
            return "repeats too few characters; use at least six different ones.";
        }

        if (string.Equals(password, DemoAccounts.Password, StringComparison.Ordinal)
            || password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase))
        {
            return "is the demo's published password or contains the email's name.";
        }

        return null;
    }

    /// <summary>Whether an account may sign in: with <c>none</c>, no demo account may (the administrator always may).</summary>
    public bool MaySignIn(string? email) =>
        OffersDemoAccounts
        || string.Equals(email?.Trim(), AdministratorEmail, StringComparison.OrdinalIgnoreCase)
        || !DemoAccounts.IsDemoEmail(email);
}

/// <summary>
/// The sign-in manager with the demo's account rule: when the demo accounts are off (<see cref="DemoAccountOptions"/>),
/// a demo account already in the database is not allowed to sign in, and a cookie it holds from before is no longer
/// accepted (<see cref="ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal?)"/>).
/// </summary>
public sealed class DemoSignInManager(
    UserManager<DemoUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<DemoUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<DemoUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<DemoUser> confirmation,
    DemoAccountOptions accounts)
    : SignInManager<DemoUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <inheritdoc />
    public override async Task<bool> CanSignInAsync(DemoUser user) =>
        accounts.MaySignIn(user?.Email) && await base.CanSignInAsync(user!);

    /// <inheritdoc />
    public override async Task<DemoUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && accounts.MaySignIn(user.Email) ? user : null;
    }
}
