using Microsoft.AspNetCore.Identity;

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
