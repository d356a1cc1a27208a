using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RazorDemo.Identity;
using RazorDemo.Localization;

namespace RazorDemo.Pages.Account;

[Authorize]
public sealed class LogoutModel(SignInManager<DemoUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Where to go after signing out: a path on this site (<see cref="LocalUrl"/>), else the home page.</summary>
    [BindProperty(SupportsGet = false)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
    }
}
