using System.Net;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Security;

/// <summary>
/// Issue #18, item 2: five wrong passwords lock an account for fifteen minutes, and the page says so in the reader's
/// language; an email with no account gets the same message after the same number of tries, so the lock tells nothing
/// about which emails have accounts.
/// </summary>
[Collection(SecurityCollection.Name)]
public class LockoutTest(SecurityFactory factory)
{
    private const string LockedFa = "ورود با این ایمیل تا ۱۵ دقیقه بسته است";
    private const string LockedEn = "signing in with this email is locked for 15 minutes";
    private const string WrongFa = "ایمیل یا گذرواژه درست نیست.";

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword_InPersian()
    {
        var email = await factory.AccountAsync("locked-fa@city.example");

        var messages = await WrongPasswordsAsync(email, "");
        var right = await SecurityFactory.PostSignInAsync(factory.Visitor(), email, "Resident-Pass-1403!");

        messages.Take(4).Should().AllSatisfy(m => m.Should().Contain(WrongFa));
        messages[4].Should().Contain(LockedFa);
        right.StatusCode.Should().Be(HttpStatusCode.OK, "a locked account does not sign in with its right password");
        (await HtmlPage.ReadAsync(right)).QuerySelector("[role='alert']")!.TextContent.Should().Contain(LockedFa);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_InEnglish()
    {
        var email = await factory.AccountAsync("locked-en@city.example");

        var messages = await WrongPasswordsAsync(email, "?culture=en");

        messages[3].Should().Contain("The email or password is not right.");
        messages[4].Should().Contain(LockedEn);
    }

    [Fact]
    public async Task AnUnknownEmail_GetsTheSameMessages_AfterTheSameNumberOfTries()
    {
        var known = await factory.AccountAsync("known-twin@city.example");

        var knownMessages = await WrongPasswordsAsync(known, "");
        var unknownMessages = await WrongPasswordsAsync("nobody-" + Guid.NewGuid().ToString("N")[..8] + "@city.example", "");

        unknownMessages.Should().Equal(knownMessages);
        unknownMessages[4].Should().Contain(LockedFa);
    }

    /// <summary>Six wrong passwords, each from a new address (the limit per address is not what is tested here).</summary>
    private async Task<List<string>> WrongPasswordsAsync(string email, string query)
    {
        var messages = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var response = await SecurityFactory.PostSignInAsync(factory.Visitor(), email, "Wrong-Password-" + i, query);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            messages.Add((await HtmlPage.ReadAsync(response)).QuerySelector("[role='alert']")!.TextContent.Trim());
        }

        return messages;
    }
}
