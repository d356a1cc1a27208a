using Microsoft.AspNetCore.Identity;

namespace RazorDemo.Identity;

/// <summary>The demo's accounts, one or more per role, listed on the login page with their shared password.</summary>
public static class DemoAccounts
{
    /// <summary>Every demo account's password; this is a demo, so it is printed on the login page.</summary>
    public const string Password = "Demo-1403!";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("resident1@demo.rafsanjan", "زهرا (شهروند)", "Zahra (resident)", DemoRoles.Resident),
        new("resident2@demo.rafsanjan", "علی (شهروند)", "Ali (resident)", DemoRoles.Resident),
        new("mayor@demo.rafsanjan", "شهردار محلهٔ ۱", "Mayor of neighbourhood 1", DemoRoles.NeighbourhoodMayor),
        new("moderator@demo.rafsanjan", "ناظر محتوا", "Moderator", DemoRoles.Moderator),
        new("staff@demo.rafsanjan", "کارشناس شهرداری", "Municipal staff", DemoRoles.MunicipalStaff),
        new("admin@demo.rafsanjan", "مدیر سامانه", "Administrator", DemoRoles.Administrator),
        new("clerk@demo.rafsanjan", "متصدی برگه‌های رأی", "Ballot clerk", DemoRoles.BallotClerk),
        new("secretary@demo.rafsanjan", "دبیر نشست محلهٔ ۱", "Meeting secretary of neighbourhood 1", DemoRoles.MeetingSecretary),
        new("youthmayor@demo.rafsanjan", "شهردار نوجوان", "Youth mayor", DemoRoles.YouthMayor),
        new("teen@demo.rafsanjan", "نوجوان (شهروند)", "Teenager (resident)", DemoRoles.Resident),
        new("voter1@demo.baghestan", "نوجوان باغستان، رأی‌دهنده", "Baghestan teenager (voter)", DemoRoles.Resident),
        new("voter2@demo.baghestan", "نوجوان دیگر باغستان، رأی‌دهنده", "Another Baghestan teenager (voter)", DemoRoles.Resident),
        new("resident@demo.baghestan", "شهروند بزرگسال باغستان", "Baghestan adult resident", DemoRoles.Resident),
        new("staff@demo.baghestan", "کارشناس شهرداری باغستان", "Baghestan municipal staff", DemoRoles.MunicipalStaff),
    ];

    /// <summary>Creates the roles and accounts that do not exist yet; links are set by the caller's function.</summary>
    public static async Task EnsureCreatedAsync(UserManager<DemoUser> users, RoleManager<IdentityRole> roles, Func<DemoAccount, DemoUser, Task>? link = null)
    {
        foreach (var role in DemoRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        foreach (var account in All)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new DemoUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.EnglishName };
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

/// <summary>A demo account.</summary>
public sealed record DemoAccount(string Email, string PersianName, string EnglishName, string Role);
