using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.Ideas;

namespace ParticipatoryGovernance.Tests.Channels;

/// <summary>The USSD menu through every screen: Persian, Arabic-Indic and Latin digits, refusals as screens, bad input at every step.</summary>
public sealed class UssdMenuTest
{
    private readonly ChannelScenario _city = new();

    [Fact]
    public async Task UnknownNumber_IsToldHowToRegister_AndTheDialogueEnds()
    {
        var reply = await _city.Menu().HandleAsync(new UssdRequest("s1", "09120000000", ""));

        reply.Continues.Should().BeFalse();
        reply.Screen.Should().Be(_city.Options.Registration.Persian);
        _city.Sessions.Count.Should().Be(0);
        _city.Store.Writes.Should().Be(0);
    }

    [Theory]
    [InlineData(null, "09121234567")]
    [InlineData("", "09121234567")]
    [InlineData("s1", null)]
    [InlineData("s1", "not a number")]
    public async Task MissingOrUnreadableValues_GetAScreenThatEnds(string? session, string? phone)
    {
        var reply = await _city.Menu().HandleAsync(new UssdRequest(session, phone, "1"));

        reply.Continues.Should().BeFalse();
        reply.Screen.Should().NotBeEmpty();
        Fits(reply);
    }

    [Fact]
    public async Task FirstRequest_ShowsTheMainMenuInPersian_FromAnyFormOfTheNumber()
    {
        foreach (var phone in new[] { "09121234567", "+989121234567", "00989121234567", "۰۹۱۲۱۲۳۴۵۶۷", "989121234567" })
        {
            var reply = await _city.Menu().HandleAsync(new UssdRequest("s-" + phone, phone, ""));

            reply.Continues.Should().BeTrue(phone);
            reply.Screen.Should().Contain("۱ بودجه‌ریزی مشارکتی").And.Contain("۴ English").And.Contain("۰ خروج");
            Fits(reply);
        }
    }

    [Fact]
    public async Task AFullApprovalBallot_InPersianArabicAndLatinDigits_IsCastAsAUssdBallot()
    {
        var replies = await Dial(ChannelScenario.PersianPhone, "۱", "١", "1", "۲", "0", "۱");

        replies[2].Screen.Should().Contain("۰/۵ طرح").And.Contain("۰/۱۰۰");
        replies[3].Screen.Should().Contain("۱/۵ طرح").And.Contain("۶۰/۱۰۰").And.Contain("۱+");
        replies[4].Screen.Should().Contain("۲/۵ طرح").And.Contain("۱۰۰/۱۰۰");
        replies[5].Screen.Should().Contain("برگهٔ شما: ۱،۲").And.Contain("جمع ۱۰۰");
        replies[6].Continues.Should().BeFalse();
        replies[6].Screen.Should().Contain("برگهٔ شما ثبت شد");
        var ballot = _city.Ballots.Rows.Should().ContainSingle().Subject;
        ballot.VoterId.Should().Be(_city.Voter.Id);
        ballot.Approved.Should().Equal(_city.Projects[0].Id, _city.Projects[1].Id);
        ballot.Channel.Should().Be(BallotChannel.Ussd);
        _city.Sessions.Count.Should().Be(0);
    }

    [Fact]
    public async Task ChangingTheBallot_StartsFromTheStoredOne_AndReplacesIt()
    {
        await Dial(ChannelScenario.PersianPhone, "1", "1", "1", "2", "0", "1");

        var replies = await Dial(ChannelScenario.PersianPhone, "1", "1", "1", "3", "0", "1");

        replies[2].Screen.Should().Contain("۲/۵ طرح").And.Contain("۱+").And.Contain("۲+");
        replies[6].Continues.Should().BeFalse();
        _city.Ballots.Rows.Should().ContainSingle().Which.Approved.Should().Equal(_city.Projects[1].Id, _city.Projects[2].Id);
    }

    [Fact]
    public async Task TheRoundsRefusal_IsShownInTheSessionsLanguage_AndTheBallotCanBeFixed()
    {
        var expected = (await new CastBudgetBallotsHandler(_city.Store, _city.Ballots, _city.Clock).HandleAsync(
            new CastBudgetBallots(_city.City.Id, _city.Round.Id, [new BudgetBallotEntry(_city.Voter.Id, [])], BallotChannel.Ussd))).Value.Refused.Single().Violations[0];

        var replies = await Dial(ChannelScenario.PersianPhone, "1", "1", "0", "1");

        expected.Rule.Should().Be("budgeting.ballot-size");
        replies[4].Continues.Should().BeTrue();
        replies[4].Screen.Should().StartWith(expected.Message.Persian[..20]);
        var english = await Dial(ChannelScenario.EnglishPhone, "1", "1", "0", "1");
        english[4].Screen.Should().StartWith(expected.Message.English[..20]);
        _city.Ballots.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task AnEnglishResident_GetsEnglishScreens_AndEitherResidentCanSwitchLanguage()
    {
        var english = await Dial(ChannelScenario.EnglishPhone, "4");
        var persian = await Dial(ChannelScenario.PersianPhone, "4");

        english[0].Screen.Should().Contain("1 Budget votes").And.Contain("0 Exit");
        english[1].Screen.Should().Contain("۱ بودجه‌ریزی مشارکتی");
        english[0].Screen.Should().Contain("4 Farsi");
        persian[1].Screen.Should().Contain("1 Budget votes");
    }

    [Fact]
    public async Task EndorsingAnIdeaByItsNumber_RunsEndorseIdea_AndASecondEndorsementShowsTheRefusal()
    {
        var replies = await Dial(ChannelScenario.PersianPhone, "2", "۱", "1");
        var again = await Dial(ChannelScenario.PersianPhone, "2", "1", "1");

        replies[2].Screen.Should().Contain(_city.Idea.Title[..10]);
        replies[3].Continues.Should().BeFalse();
        replies[3].Screen.Should().Contain("حمایت شما ثبت شد");
        _city.Idea.IsEndorsedBy(_city.Voter.Id).Should().BeTrue();
        again[3].Continues.Should().BeTrue();
        again[3].Screen.Should().NotContain("ثبت شد");
        _city.Idea.Endorsements.Should().ContainSingle();
    }

    [Fact]
    public async Task AnIdeasStatus_IsShownByItsNumber_AndAnUnknownNumberIsRefusedWithAScreen()
    {
        var replies = await Dial(ChannelScenario.EnglishPhone, "3", "77", "1");

        replies[2].Continues.Should().BeTrue();
        replies[2].Screen.Should().StartWith("There is no idea number 77.");
        replies[3].Continues.Should().BeFalse();
        replies[3].Screen.Should().StartWith("Idea 1: " + IdeaStatuses.NameOf(_city.Idea.Status).English);
    }

    public static TheoryData<string[]> Screens() => new()
    {
        Array.Empty<string>(),
        new[] { "1" },
        new[] { "1", "1" },
        new[] { "1", "1", "0" },
        new[] { "2" },
        new[] { "2", "1" },
        new[] { "3" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task BadInputAtEveryScreen_IsRefusedWithAScreen_NeverAnException(string[] path)
    {
        string[] hostile = ["abc", "", "   ", "99999999999999999999", "2147483648", "-1", "1 2", "۱۲۳۴۵۶۷۸", new string('9', 200), new string('ب', 200), "<script>alert(1)</script>", "\u0000", "1e3", "٫۵", "🙂"];
        foreach (var input in hostile)
        {
            var session = "bad-" + Guid.NewGuid().ToString("N");
            var menu = _city.Menu();
            await menu.HandleAsync(new UssdRequest(session, ChannelScenario.PersianPhone, ""));
            foreach (var step in path)
            {
                (await menu.HandleAsync(new UssdRequest(session, ChannelScenario.PersianPhone, step))).Continues.Should().BeTrue();
            }

            var reply = await menu.HandleAsync(new UssdRequest(session, ChannelScenario.PersianPhone, input));

            reply.Continues.Should().BeTrue($"'{input}' after {string.Join('>', path)}");
            Fits(reply);
            reply.Screen.Should().NotBeEmpty();
        }

        _city.Ballots.Rows.Should().BeEmpty();
        _city.Idea.Endorsements.Should().BeEmpty();
    }

    [Fact]
    public async Task ASessionIdleLongerThanTheTimeOut_StartsAgainOnTheMainMenu()
    {
        var menu = _city.Menu();
        await menu.HandleAsync(new UssdRequest("t1", ChannelScenario.PersianPhone, ""));
        await menu.HandleAsync(new UssdRequest("t1", ChannelScenario.PersianPhone, "1"));
        _city.Clock.Advance(Duration.FromMinutes(4));

        var reply = await menu.HandleAsync(new UssdRequest("t1", ChannelScenario.PersianPhone, "1"));

        reply.Continues.Should().BeTrue();
        reply.Screen.Should().Contain("۱ بودجه‌ریزی مشارکتی");
        _city.Ballots.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task AnotherNumberReusingASessionId_GetsASessionOfItsOwn()
    {
        var menu = _city.Menu();
        await menu.HandleAsync(new UssdRequest("shared", ChannelScenario.PersianPhone, ""));
        await menu.HandleAsync(new UssdRequest("shared", ChannelScenario.PersianPhone, "1"));

        var reply = await menu.HandleAsync(new UssdRequest("shared", ChannelScenario.EnglishPhone, "1"));

        reply.Screen.Should().Contain("1 Budget votes");
    }

    [Fact]
    public async Task ARoundWithManyProjects_IsPagedWithDoubleZero_AndEveryPageFits()
    {
        var city = new ChannelScenario(projects: 12, title: "بودجهٔ بزرگ محلهٔ شمال با عنوانی بسیار بلند که جا نمی‌شود");
        var menu = city.Menu();
        await menu.HandleAsync(new UssdRequest("p", ChannelScenario.PersianPhone, ""));
        await menu.HandleAsync(new UssdRequest("p", ChannelScenario.PersianPhone, "1"));
        var first = await menu.HandleAsync(new UssdRequest("p", ChannelScenario.PersianPhone, "1"));
        var seen = new HashSet<int>();
        var page = first;
        for (var i = 0; i < 20 && seen.Count < 12; i++)
        {
            Fits(page);
            page.Screen.Should().Contain("۰۰ بیشتر");
            foreach (var n in Enumerable.Range(1, 12).Where(n => page.Screen.Contains('\n' + ParticipatoryGovernance.Calendar.PersianDigits.Format(n) + ' ', StringComparison.Ordinal)))
            {
                seen.Add(n);
            }

            page = await menu.HandleAsync(new UssdRequest("p", ChannelScenario.PersianPhone, "۰۰"));
        }

        seen.Should().BeEquivalentTo(Enumerable.Range(1, 12));
        var chosen = await menu.HandleAsync(new UssdRequest("p", ChannelScenario.PersianPhone, "12"));
        chosen.Screen.Should().Contain("۱/۵ طرح");
    }

    [Fact]
    public async Task WithTheGsm7Limit_EnglishScreensHoldUpTo182Characters()
    {
        var city = new ChannelScenario(projects: 12, title: "Neighbourhood budget");
        var menu = city.Menu();
        var replies = new List<UssdReply>();
        foreach (var input in new[] { "", "1", "1" })
        {
            replies.Add(await menu.HandleAsync(new UssdRequest("g", ChannelScenario.EnglishPhone, input)));
        }

        foreach (var reply in replies)
        {
            UssdScreens.Length(reply.Screen).Should().BeLessThanOrEqualTo(UssdScreens.IsGsm7(reply.Screen) ? 182 : 80);
        }

        UssdScreens.IsGsm7(replies[0].Screen).Should().BeTrue();
        UssdScreens.Length(replies[0].Screen).Should().BeGreaterThan(60);
    }

    [Fact]
    public async Task AGatewaySendingTheWholeDialogue_IsReadByItsLastAnswer()
    {
        var city = new ChannelScenario(new ChannelOptions { CumulativeUssdText = true });
        var menu = city.Menu();
        foreach (var text in new[] { "", "1", "1*1", "1*1*1", "1*1*1*0", "1*1*1*0*1" })
        {
            await menu.HandleAsync(new UssdRequest("c", "09121234567", text));
        }

        city.Ballots.Rows.Should().ContainSingle().Which.Approved.Should().Equal(city.Projects[0].Id);
    }

    [Fact]
    public async Task ALongCumulativeDialogue_IsReadByItsLastAnswer_NotRefusedForItsLength()
    {
        var city = new ChannelScenario(new ChannelOptions { CumulativeUssdText = true });
        var menu = city.Menu();
        var answers = new List<string> { "1", "1" };
        answers.AddRange(Enumerable.Repeat("2", 101));
        answers.AddRange(["0", "1"]);
        await menu.HandleAsync(new UssdRequest("long", ChannelScenario.PersianPhone, ""));
        UssdReply? last = null;
        for (var i = 1; i <= answers.Count; i++)
        {
            last = await menu.HandleAsync(new UssdRequest("long", ChannelScenario.PersianPhone, string.Join('*', answers.Take(i))));
        }

        string.Join('*', answers).Length.Should().BeGreaterThan(ChannelInput.MaxLength);
        last!.Continues.Should().BeFalse(last.Screen);
        city.Ballots.Rows.Should().ContainSingle().Which.Approved.Should().Equal(city.Projects[1].Id);
    }

    [Fact]
    public async Task APointsRound_IsRefusedWithAScreen()
    {
        _city.AddRound("امتیازی", BudgetingBallotKind.Cumulative);

        var replies = await Dial(ChannelScenario.EnglishPhone, "1", "2");

        replies[2].Continues.Should().BeTrue();
        replies[2].Screen.Should().StartWith("This round takes points");
    }

    [Fact]
    public async Task NoOpenRound_IsSaidOnTheMainMenu()
    {
        _city.On(ChannelScenario.ClosesOn.PlusDays(1));

        var replies = await Dial(ChannelScenario.EnglishPhone, "1");

        replies[1].Screen.Should().StartWith("No budget vote is open for you now.");
    }

    [Fact]
    public async Task ZeroOnTheMainMenu_EndsTheDialogue()
    {
        var replies = await Dial(ChannelScenario.EnglishPhone, "0");

        replies[1].Should().Be(new UssdReply("Goodbye.", false));
        replies[1].ToGatewayText().Should().Be("END Goodbye.");
        replies[0].ToGatewayText().Should().StartWith("CON ");
    }

    private async Task<List<UssdReply>> Dial(string phone, params string[] inputs)
    {
        var session = Guid.NewGuid().ToString("N");
        var menu = _city.Menu();
        var replies = new List<UssdReply> { await menu.HandleAsync(new UssdRequest(session, phone, "")) };
        foreach (var input in inputs)
        {
            replies.Add(await menu.HandleAsync(new UssdRequest(session, phone, input)));
        }

        replies.ForEach(Fits);
        return replies;
    }

    private static void Fits(UssdReply reply)
    {
        var limit = UssdScreens.IsGsm7(reply.Screen) ? 182 : 80;
        UssdScreens.Length(reply.Screen).Should().BeLessThanOrEqualTo(limit, reply.Screen);
    }
}
