using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.Notifications;

namespace ParticipatoryGovernance.Tests.Channels;

/// <summary>The SMS keywords in Persian and English: the same acts as the menu, replies in parts of 70 units.</summary>
public sealed class SmsKeywordsTest
{
    private readonly ChannelScenario _city = new();

    [Theory]
    [InlineData("VOTE 1 2", "en")]
    [InlineData("vote 1,2", "en")]
    [InlineData("رای ۱ ۲", "fa")]
    [InlineData("رأی ١ ٢", "fa")]
    [InlineData("راي 1+2", "fa")]
    public async Task Vote_CastsAnApprovalBallotOfProjectNumbers_AsAUssdBallot(string text, string language)
    {
        var reply = await _city.Sms().HandleAsync(new SmsRequest("09121234567", text));

        reply.Language.Should().Be(language);
        reply.Parts.Should().OnlyContain(p => p.Length <= 70);
        string.Concat(reply.Parts).Should().Contain(language == "fa" ? "ثبت شد" : "Ballot recorded: projects 1, 2, total 100 rials.");
        var ballot = _city.Ballots.Rows.Should().ContainSingle().Subject;
        ballot.Approved.Should().Equal(_city.Projects[0].Id, _city.Projects[1].Id);
        ballot.Channel.Should().Be(BallotChannel.Ussd);
    }

    [Fact]
    public async Task Vote_AgainReplacesTheBallot()
    {
        await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.PersianPhone, "VOTE 1 2"));
        await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.PersianPhone, "VOTE 3"));

        _city.Ballots.Rows.Should().ContainSingle().Which.Approved.Should().Equal(_city.Projects[2].Id);
    }

    [Fact]
    public async Task Vote_WithSeveralOpenRounds_TakesTheRoundFirst()
    {
        var second = _city.AddRound("Second");

        var refused = await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.PersianPhone, "VOTE"));
        var reply = await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.PersianPhone, "VOTE 2 1"));

        string.Concat(refused.Parts).Should().StartWith("Not a choice.").And.Contain("1) ").And.Contain("2) Second");
        string.Concat(reply.Parts).Should().Contain("Ballot recorded");
        _city.Ballots.Rows.Should().ContainSingle().Which.RoundId.Should().Be(second.Id);
    }

    [Theory]
    [InlineData("VOTE", "budgeting.ballot-size")]
    [InlineData("VOTE 1 2 3 4 5 6", "channels.no-such-project")]
    [InlineData("VOTE 9", "channels.no-such-project")]
    [InlineData("VOTE 0", "channels.no-such-project")]
    [InlineData("VOTE one", "channels.not-numbers")]
    [InlineData("VOTE 99999999999", "channels.not-numbers")]
    public async Task Vote_RefusalsAreRepliedWithTheRulesMessage(string text, string rule)
    {
        var reply = await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.EnglishPhone, text));

        _city.Ballots.Rows.Should().BeEmpty();
        reply.Parts.Should().NotBeEmpty().And.OnlyContain(p => p.Length > 0 && p.Length <= 70);
        if (rule.StartsWith("channels.", StringComparison.Ordinal))
        {
            string.Concat(reply.Parts).Should().NotContain("Ballot recorded");
        }
        else
        {
            var expected = (await _city.Acts.CastBallotsAsync(new(_city.City.Id, _city.Round.Id, [new(_city.Reader.Id, [])], BallotChannel.Ussd))).Value.Refused[0].Violations[0];
            expected.Rule.Should().Be(rule);
            string.Join(' ', reply.Parts).Should().StartWith(expected.Message.English[..30]);
        }
    }

    [Fact]
    public async Task Vote_SixProjects_IsRefusedByTheRoundsRule_WhenTheRoundHasThem()
    {
        var city = new ChannelScenario(projects: 6);

        var reply = await city.Sms().HandleAsync(new SmsRequest(ChannelScenario.EnglishPhone, "VOTE 1 2 3 4 5 6"));

        city.Ballots.Rows.Should().BeEmpty();
        string.Concat(reply.Parts).Should().NotContain("Ballot recorded");
    }

    [Fact]
    public async Task EndorseAndStatus_ActOnTheIdeasPublicNumber()
    {
        var endorsed = await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.PersianPhone, "حمایت ۱"));
        var again = await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.PersianPhone, "ENDORSE 1"));
        var status = await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.EnglishPhone, "STATUS 1"));
        var missing = await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.EnglishPhone, "STATUS 2"));

        string.Concat(endorsed.Parts).Should().Be("حمایت شما ثبت شد.");
        _city.Idea.IsEndorsedBy(_city.Voter.Id).Should().BeTrue();
        string.Concat(again.Parts).Should().NotBe("Your endorsement is recorded.");
        _city.Idea.Endorsements.Should().ContainSingle();
        status.Parts[0].Should().StartWith("Idea 1: submitted, 1 endorsements.");
        string.Concat(missing.Parts).Should().Be("There is no idea number 2.");
    }

    [Theory]
    [InlineData("HELP", "VOTE 3 7")]
    [InlineData("راهنما", "رای ۳ ۷")]
    [InlineData("hello", "Not a choice.")]
    [InlineData("", "گزینهٔ نادرست.")]
    [InlineData("ENDORSE", "Write only numbers")]
    [InlineData("STATUS 1 2", "Write only numbers")]
    [InlineData("ROUNDS", "1 ")]
    [InlineData("دورها", "۱ ")]
    public async Task OtherKeywordsAndNonsense_GetAHelpfulReply(string text, string expected)
    {
        var reply = await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.EnglishPhone, text));

        string.Concat(reply.Parts).Should().Contain(expected);
        reply.Parts.Should().OnlyContain(p => p.Length <= 70);
    }

    [Fact]
    public async Task HostileMessages_GetAReply_NeverAnException()
    {
        foreach (var text in new[] { null, new string('9', 200), "VOTE " + new string('1', 500), "<script>", "\u0000\u0001", "VOTE 🙂", "STATUS -1" })
        {
            var reply = await _city.Sms().HandleAsync(new SmsRequest(ChannelScenario.PersianPhone, text));

            reply.Parts.Should().NotBeEmpty().And.OnlyContain(p => p.Length > 0 && p.Length <= 70);
        }

        _city.Ballots.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task AnUnknownNumber_IsToldHowToRegister()
    {
        var reply = await _city.Sms().HandleAsync(new SmsRequest("+989350000000", "VOTE 1"));

        reply.Resident.Should().BeNull();
        string.Concat(reply.Parts).Should().Contain("not registered");
        _city.Ballots.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task Receive_SendsEachPartThroughTheSmsSender_KeyedOnTheMessage()
    {
        var keywords = _city.Sms(withSender: true);

        var reply = await keywords.ReceiveAsync(new SmsRequest("09121234567", "ROUNDS", "gw-17"));

        keywords.SendsReplies.Should().BeTrue();
        _city.Sent.Should().HaveCount(reply.Parts.Count);
        _city.Sent.Select(m => m.Key).Should().Equal(reply.Parts.Select((_, i) => $"sms-reply:gw-17:{i + 1}"));
        _city.Sent.Should().OnlyContain(m => m.Channel == NotificationChannel.Sms && m.Address == ChannelScenario.PersianPhone && m.Resident == _city.Voter.Id);
        _city.Sent.Select(m => m.Body).Should().Equal(reply.Parts);
    }

    [Theory]
    [InlineData(10, 1)]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(140, 2)]
    [InlineData(1000, 4)]
    public void Split_KeepsEveryPartWithinTheLimit(int length, int parts)
    {
        var text = string.Join(' ', Enumerable.Repeat("کلمه", 300))[..length];

        var split = SmsKeywords.Split(text, 70, 4);

        split.Should().HaveCount(parts).And.OnlyContain(p => p.Length <= 70 && p.Length > 0);
        if (length == 1000)
        {
            split[^1].Should().EndWith("…");
        }
    }
}
