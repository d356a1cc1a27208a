using System.Net;
using AngleSharp.Html.Dom;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

[Collection(DemoCollection.Name)]
public class LoginTest(DemoFactory factory)
{
    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var page = await HtmlPage.GetAsync(client, "/Account/Login");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = email;
        fields["Password"] = password;
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Login_ListsADemoAccountForEveryRole()
    {
        var page = await HtmlPage.GetAsync(factory.NewClient(), "/Account/Login");

        page.QuerySelectorAll("#demo-accounts tr[data-role]").Select(r => r.GetAttribute("data-role")).Distinct()
            .Should().BeEquivalentTo(DemoRoles.All);
        page.QuerySelector("code[dir='ltr']")!.TextContent.Should().Be(DemoAccounts.Password);
    }

    [Fact]
    public async Task Login_SignsInADemoAccount_AndRedirectsToTheReturnAddress()
    {
        var client = factory.NewClient();

        var response = await PostLoginAsync(client, "resident1@demo.rafsanjan", DemoAccounts.Password);
        var home = await HtmlPage.GetAsync(client, "/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        home.QuerySelector("#signed-in-as")!.GetAttribute("data-email").Should().Be("resident1@demo.rafsanjan");
    }

    [Fact]
    public async Task Login_ShowsErrorsNextToTheFields_InPersian()
    {
        var response = await PostLoginAsync(factory.NewClient(), "", "");
        var page = await HtmlPage.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-valmsg-for='Email']")!.TextContent.Should().Be("نشانی ایمیل را بنویسید.");
        page.QuerySelector("[data-valmsg-for='Password']")!.TextContent.Should().Be("گذرواژه را بنویسید.");
    }

    [Fact]
    public async Task Login_RefusesAWrongPassword_InEnglishForEnglishReaders()
    {
        var client = factory.NewClient();
        var page = await HtmlPage.GetAsync(client, "/Account/Login?culture=en");
        var fields = HtmlPage.FieldsOf((IHtmlFormElement)page.QuerySelector("#login-form")!);
        fields["Email"] = "resident1@demo.rafsanjan";
        fields["Password"] = "wrong-password";

        var response = await client.PostAsync("/Account/Login?culture=en", new FormUrlEncodedContent(fields));
        var result = await HtmlPage.ReadAsync(response);

        result.QuerySelector("[role='alert']")!.TextContent.Should().Contain("The email or password is not right.");
        result.QuerySelector("#signed-in-as").Should().BeNull();
    }
}
