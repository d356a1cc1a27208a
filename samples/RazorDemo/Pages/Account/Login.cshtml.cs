using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Neighbourhoods;
using RazorDemo.Data;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Account;

public sealed class LoginModel(SignInManager<DemoUser> signIn, Texts texts, DemoCity city) : PageModel
{
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

        var result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: true, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, texts.T("ایمیل یا گذرواژه درست نیست.", "The email or password is not right."));
            await ListAccountsAsync();
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}

/// <summary>
/// A demo account on the login page: its person's name as stored (Persian script), the name in Latin letters for an
/// official's account (a linked resident has none), and the neighbourhood it serves, if any.
/// </summary>
public sealed record ListedAccount(DemoAccount Account, string Name, string? LatinName, Neighbourhood? Neighbourhood);
