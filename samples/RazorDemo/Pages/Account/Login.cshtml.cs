using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Neighbourhoods;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Account;

public sealed class LoginModel(
    SignInManager<DemoUser> signIn,
    Texts texts,
    DemoCity city,
    DemoAccountOptions accountOptions,
    SignInAttempts attempts,
    IPasswordHasher<DemoUser> hasher) : PageModel
{
    /// <summary>Whether the page lists the demo accounts and their password (<c>Demo:Accounts</c> = <c>demo</c>).</summary>
    public bool OffersDemoAccounts => accountOptions.OffersDemoAccounts;

    /// <summary>The demo accounts as they are stored: the name is the linked resident's (or the official's), not a label.</summary>
    public IReadOnlyList<ListedAccount> Accounts { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Task OnGetAsync() => ListAccountsAsync();

    private async Task ListAccountsAsync()
    {
        if (!accountOptions.OffersDemoAccounts)
        {
            return;
        }

        var emails = DemoAccounts.All.Select(a => a.Email).ToList();
        var users = await signIn.UserManager.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, HttpContext.RequestAborted);
        var snapshot = await city.GetAsync(HttpContext.RequestAborted);
        Accounts =
        [
            .. DemoAccounts.All.Select(account =>
            {
                var user = users.GetValueOrDefault(account.Email);
                var neighbourhood = user?.NeighbourhoodId is { } id ? snapshot.Find(new NeighbourhoodId(id)) : null;
                var linked = user?.ResidentId is not null;
                var name = string.IsNullOrWhiteSpace(user?.DisplayName) ? account.PersianName : user.DisplayName;
                return new ListedAccount(account, name, linked ? null : account.EnglishName, neighbourhood);
            }),
        ];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), texts.T("نشانی ایمیل را بنویسید.", "Enter your email address."));
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), texts.T("گذرواژه را بنویسید.", "Enter your password."));
        }

        if (!ModelState.IsValid)
        {
            await ListAccountsAsync();
            return Page();
        }

        var email = Email!.Trim();
        var user = await signIn.UserManager.FindByNameAsync(email);
        bool locked;
        if (user is null)
        {
            // No such account: the same work and the same answers as for an account with a wrong password (issue #18).
            locked = await FailAsUnknownAsync(email);
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: true, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
            }

            // A demo account where they are off is refused before its password is checked; it is answered as an
            // unknown email is, with the same work.
            locked = result.IsNotAllowed ? await FailAsUnknownAsync(email) : result.IsLockedOut;
        }

        ModelState.AddModelError(string.Empty, locked
            ? texts.T(
                "پس از چند بار ورود نادرست، ورود با این ایمیل تا ۱۵ دقیقه بسته است. بعداً دوباره تلاش کنید.",
                "After several failed sign-ins, signing in with this email is locked for 15 minutes. Try again later.")
            : texts.T("ایمیل یا گذرواژه درست نیست.", "The email or password is not right."));
        await ListAccountsAsync();
        return Page();
    }

    /// <summary>A failed sign-in with no account behind it: one password verification, then the lockout count.</summary>
    private async Task<bool> FailAsUnknownAsync(string email)
    {
        if (await attempts.IsUnknownLockedAsync(email))
        {
            return true;
        }

        attempts.VerifyAgainstNobody(hasher, Password!);
        return await attempts.UnknownFailedAsync(email);
    }
}

/// <summary>
/// A demo account on the login page: its person's name as stored (Persian script), the name in Latin letters for an
/// official's account (a linked resident has none), and the neighbourhood it serves, if any.
/// </summary>
public sealed record ListedAccount(DemoAccount Account, string Name, string? LatinName, Neighbourhood? Neighbourhood);
