using System.Net;

namespace RazorDemo.Tests.Security;

/// <summary>
/// Issue #18, item 3: a wrong sign-in costs the same whether the email has an account or not, so its time tells nothing.
/// Proved by work, not by timing: the demo's password hasher (counting here) verifies exactly one password on each path.
/// The tests of this collection run one at a time, so the count is this test's.
/// </summary>
[Collection(SecurityCollection.Name)]
public class EqualWorkTest(SecurityFactory factory)
{
    [Fact]
    public async Task KnownEmail_WithAWrongPassword_VerifiesOnePassword()
    {
        var email = await factory.AccountAsync("equal-known@city.example");

        (await VerificationsOfAsync(email)).Should().Be(1);
    }

    [Fact]
    public async Task UnknownEmail_VerifiesOnePassword_AsAKnownOneDoes()
    {
        (await VerificationsOfAsync("equal-unknown-" + Guid.NewGuid().ToString("N")[..8] + "@city.example")).Should().Be(1);
    }

    [Fact]
    public async Task StoredDemoAccount_RefusedInProduction_VerifiesOnePassword()
    {
        var email = await factory.AccountAsync("equal@demo.rafsanjan");

        (await VerificationsOfAsync(email)).Should().Be(1);
    }

    private async Task<int> VerificationsOfAsync(string email)
    {
        var client = factory.Visitor();
        var page = await client.GetAsync("/Account/Login");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var before = factory.Hasher.Verifications;

        var response = await SecurityFactory.PostSignInAsync(client, email, "Not-The-Password-1");

        response.StatusCode.Should().Be(HttpStatusCode.OK, "the sign-in is refused");
        // PostSignInAsync reads the page first (no verification), then posts once.
        return factory.Hasher.Verifications - before;
    }
}
