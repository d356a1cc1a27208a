using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Residents;
using RazorDemo.Channels;
using RazorDemo.Hosting;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Channels;

/// <summary>
/// The gateways' callbacks: a missing or wrong secret is a 401, hostile values get a screen (never a 500), and a
/// resident's whole ballot by USSD is stored as a USSD ballot of the demo round.
/// </summary>
[Collection(DemoCollection.Name)]
public class GatewayEndpointsTest(DemoFactory factory)
{
    [Theory]
    [InlineData(GatewayEndpoints.UssdPath, null)]
    [InlineData(GatewayEndpoints.UssdPath, "wrong")]
    [InlineData(GatewayEndpoints.UssdPath, "")]
    [InlineData(GatewayEndpoints.SmsPath, null)]
    [InlineData(GatewayEndpoints.SmsPath, "demo-gateway-secret ")]
    public async Task AMissingOrWrongSecret_IsRefusedWith401(string path, string? secret)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Form(("sessionId", "s"), ("phoneNumber", DemoPhones.Resident1), ("text", ""), ("from", DemoPhones.Resident1)) };
        if (secret is not null)
        {
            request.Headers.Add(GatewaySecret.Header, secret);
        }

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheSecretMayComeInTheQuery_ForAggregatorsThatCannotSetHeaders()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync(GatewayEndpoints.UssdPath + "?secret=" + DemoChannels.DevelopmentSecret, Form(("sessionId", "q1"), ("phoneNumber", DemoPhones.Resident2), ("text", "")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().StartWith("CON ").And.Contain("1 Budget votes");
    }

    [Fact]
    public async Task HostileValues_GetAScreen_NeverA500()
    {
        using var client = Gateway();
        var session = Guid.NewGuid().ToString("N");
        (string, string)[][] forms =
        [
            [("sessionId", session), ("phoneNumber", DemoPhones.Resident1), ("text", "")],
            [("sessionId", session), ("phoneNumber", DemoPhones.Resident1), ("text", new string('9', 5000))],
            [("sessionId", session), ("phoneNumber", DemoPhones.Resident1), ("text", "<script>alert(1)</script>")],
            [("sessionId", session), ("phoneNumber", DemoPhones.Resident1), ("text", "99999999999999999999")],
            [("sessionId", session), ("phoneNumber", DemoPhones.Resident1), ("text", "١*٢*abc")],
            [("sessionId", new string('s', 5000)), ("phoneNumber", DemoPhones.Resident1), ("text", "1")],
            [("sessionId", "x\u0001y"), ("phoneNumber", DemoPhones.Resident1), ("text", "1")],
            [("sessionId", session), ("phoneNumber", "'; DROP TABLE phone_directory; --"), ("text", "1")],
            [("sessionId", session), ("phoneNumber", "+98912" + new string('1', 200)), ("text", "1")],
            [("text", "1")],
            [],
        ];

        foreach (var form in forms)
        {
            var response = await client.PostAsync(GatewayEndpoints.UssdPath, Form(form));
            var body = await response.Content.ReadAsStringAsync();

            response.StatusCode.Should().Be(HttpStatusCode.OK, body);
            body.Should().MatchRegex("^(CON|END) .+", string.Join(", ", form.Select(f => f.Item1)));
            UssdScreens.Length(body[4..]).Should().BeLessThanOrEqualTo(182);
        }

        var json = await client.PostAsync(GatewayEndpoints.UssdPath, new StringContent("{\"sessionId\":\"s\"}", System.Text.Encoding.UTF8, "application/json"));
        var huge = await client.PostAsync(GatewayEndpoints.UssdPath, Form(("sessionId", "s"), ("phoneNumber", DemoPhones.Resident1), ("text", new string('1', 20_000))));
        json.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        huge.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnUnknownNumber_IsToldHowToRegister()
    {
        using var client = Gateway();

        var response = await client.PostAsync(GatewayEndpoints.UssdPath, Form(("sessionId", "u1"), ("phoneNumber", "09350000000"), ("text", "")));

        (await response.Content.ReadAsStringAsync()).Should().Be("END این شماره ثبت نشده است. در سایت شهرداری یا دفتر محله ثبت‌نام کنید.");
    }

    [Fact]
    public async Task AResidentsBallotByUssd_IsStoredAsAUssdBallotOfTheRound()
    {
        var phone = DemoPhones.Neighbour(DemoPhones.Neighbours - 1);
        await using var scope = factory.Services.CreateAsyncScope();
        var who = (await scope.ServiceProvider.GetRequiredService<IPhoneDirectory>().FindAsync(phone))!;
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var resident = await context.Set<Resident>().AsNoTracking().SingleAsync(r => r.Id == who.Resident);
        var today = ParticipatoryGovernance.Calendar.PersianDates.TodayInCity(scope.ServiceProvider.GetRequiredService<IClock>());
        var open = (await context.Set<BudgetingRound>().AsNoTracking().Where(r => r.MunicipalityId == who.Municipality && r.ClosedOn == null).ToListAsync())
            .Where(r => r.IsVotingOpenOn(today) && r.Area.Contains(resident.NeighbourhoodId)).OrderBy(r => r.VotingClosesOn).ThenBy(r => r.Id).ToList();
        var round = open.Where(r => r.BallotKind == BudgetingBallotKind.Approval).OrderByDescending(r => r.VotingOpensOn).First();
        using var client = Gateway();
        var session = Guid.NewGuid().ToString("N");
        string[] inputs = ["", "1", (open.IndexOf(round) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), .. Enumerable.Range(1, round.MinimumProjectsPerBallot).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), "0", "1"];
        var screens = new List<string>();

        foreach (var input in inputs)
        {
            var response = await client.PostAsync(GatewayEndpoints.UssdPath, Form(("sessionId", session), ("phoneNumber", "0" + phone[3..]), ("text", input)));
            screens.Add(await response.Content.ReadAsStringAsync());
        }

        screens[..^1].Should().OnlyContain(s => s.StartsWith("CON ", StringComparison.Ordinal));
        screens[^1].Should().StartWith("END برگهٔ شما ثبت شد");
        var ballot = await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().FindAsync(round.Id, who.Resident);
        ballot!.Channel.Should().Be(BallotChannel.Ussd);
        ballot.Approved.Should().Equal(round.Projects.Take(round.MinimumProjectsPerBallot).Select(p => p.IdeaId));
    }

    [Fact]
    public async Task TheSmsWebhook_AnswersInJson_AndSendsThePartsThroughTheOutbox()
    {
        using var client = Gateway();

        var help = await client.PostAsync(GatewayEndpoints.SmsPath, Form(("from", "09130000002"), ("text", "HELP"), ("id", "m-1")));
        var hostile = await client.PostAsync(GatewayEndpoints.SmsPath, Form(("from", "<b>"), ("text", new string('x', 3000))));
        var answer = await help.Content.ReadFromJsonAsync<GatewayEndpoints.SmsAnswer>();

        help.StatusCode.Should().Be(HttpStatusCode.OK);
        answer!.To.Should().Be(DemoPhones.Resident2);
        answer.Sent.Should().BeTrue();
        answer.Parts.Should().NotBeEmpty().And.OnlyContain(p => p.Length <= 70);
        string.Concat(answer.Parts).Should().Contain("VOTE 3 7");
        factory.Services.GetRequiredService<DemoSmsOutbox>().SentTo(DemoPhones.Resident2).Select(m => m.Body).Should().ContainInOrder(answer.Parts);
        hostile.StatusCode.Should().Be(HttpStatusCode.OK);
        (await hostile.Content.ReadFromJsonAsync<GatewayEndpoints.SmsAnswer>())!.Sent.Should().BeFalse("no number to reply to");
    }

    private HttpClient Gateway()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(GatewaySecret.Header, DemoChannels.DevelopmentSecret);
        return client;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
