using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.UseCases;

/// <summary>The idea acts through their handlers: raw input refused by rule id, the change stored with its events.</summary>
public sealed class IdeaUseCasesTest
{
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000b2"));
    private readonly FakeClock _clock = new(At(1403, 3, 1));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly Municipality _city = City();
    private readonly Neighbourhood _north = Make.Neighbourhood(1);
    private readonly Neighbourhood _elsewhere = Make.Neighbourhood(1, Other);
    private readonly Resident _sara;
    private readonly Resident _ali;
    private readonly Resident _stranger;

    public IdeaUseCasesTest()
    {
        _sara = Make.Resident(_north.Id, "سارا", "رضایی", Gender.Female, 1370, 1, 1);
        _ali = Make.Resident(_north.Id, "علی", "احمدی", Gender.Male, 1365, 5, 5);
        _stranger = Make.Resident(_elsewhere.Id, "رضا", "نوری", Gender.Male, 1360, 2, 2);
        var otherCity = RafsanjanPreset.CreateMunicipality(Other);
        _store.With(_city, otherCity, _north, _elsewhere, _sara, _ali, _stranger);
    }

    [Fact]
    public async Task Submit_StoresTheIdeaAndReturnsItsEvents_WhenTheInputIsGood()
    {
        var result = await Submit(new SubmitIdea(_city.Id, _sara.Id, "  سایه‌بان ایستگاه  ", "ایستگاه اتوبوس سایه ندارد.", "traffic", _north.Id, 5_000_000));

        result.IsSuccess.Should().BeTrue(result.ToString());
        var idea = _store.All<CitizenIdea>().Should().ContainSingle().Subject;
        idea.Id.Should().Be(result.Value.Id);
        idea.Title.Should().Be("سایه‌بان ایستگاه");
        idea.EstimatedCost.Should().Be(new Rials(5_000_000));
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<IdeaSubmitted>();
        _store.Stored.Should().Equal(result.Value.Events);
    }

    [Theory]
    [InlineData(null, "شرح", "traffic", 0L, "input.required")]
    [InlineData("   ", "شرح", "traffic", 0L, "input.required")]
    [InlineData("عنوان", "شرح", "no-such-field", 0L, UseCaseRules.UnknownChoice)]
    [InlineData("عنوان", "شرح", null, 0L, UseCaseRules.UnknownChoice)]
    [InlineData("عنوان", "شرح", "traffic", long.MaxValue, InputRuleIds.AmountOutOfRange)]
    [InlineData("عنوان", "شرح", "traffic", -1L, InputRuleIds.AmountOutOfRange)]
    public async Task Submit_RefusesByRule_WhenAFieldIsBad(string? title, string? description, string? field, long cost, string rule)
    {
        var result = await Submit(new SubmitIdea(_city.Id, _sara.Id, title, description, field, null, cost));

        result.IsFailure.Should().BeTrue();
        result.Violations.Select(v => v.Rule).Should().Contain(rule);
        _store.All<CitizenIdea>().Should().BeEmpty();
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Submit_RefusesATitleOverTwoLines_AsARefusalNextToTheTitle_NotAnException()
    {
        var result = await Submit(new SubmitIdea(_city.Id, _sara.Id, "سایه‌بان\nایستگاه", "شرح", "traffic"));

        result.Violations.Should().ContainSingle().Which.Field.Should().Be(nameof(SubmitIdea.Title));
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Submit_RefusesEveryBadFieldAtOnce_SoThePersonFixesThemTogether()
    {
        var result = await Submit(new SubmitIdea(_city.Id, _sara.Id, new string('x', 5_000), "", "?", NeighbourhoodId.New(), long.MaxValue));

        result.Violations.Select(v => v.Rule).Should().BeEquivalentTo(
            ["input.too-long", "input.required", UseCaseRules.UnknownChoice, InputRuleIds.AmountOutOfRange, UseCaseRules.NotFound]);
        result.Violations.Should().OnlyContain(v => v.Message.Persian.Length > 0 && v.Message.English.Length > 0);
    }

    [Fact]
    public async Task Submit_RefusesAsNotFound_WhenTheProposerOrNeighbourhoodBelongsToAnotherCity()
    {
        var stranger = await Submit(new SubmitIdea(_city.Id, _stranger.Id, "عنوان", "شرح", "traffic"));
        var otherNeighbourhood = await Submit(new SubmitIdea(_city.Id, _sara.Id, "عنوان", "شرح", "traffic", _elsewhere.Id));
        var noCity = await Submit(new SubmitIdea(MunicipalityId.New(), _sara.Id, "عنوان", "شرح", "traffic"));

        stranger.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        otherNeighbourhood.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        noCity.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.MunicipalityNotFound);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Endorse_StoresTheEndorsement_AndRefusesTheSecondByTheAggregatesRule()
    {
        var idea = await SubmittedIdea();
        var handler = new EndorseIdeaHandler(_store, _clock);

        var first = await handler.HandleAsync(new EndorseIdea(_city.Id, idea, _ali.Id));
        var second = await handler.HandleAsync(new EndorseIdea(_city.Id, idea, _ali.Id));

        first.IsSuccess.Should().BeTrue(first.ToString());
        first.Value.Events.Should().ContainSingle().Which.Should().BeOfType<IdeaEndorsed>();
        second.Violations.Should().ContainSingle().Which.Rule.Should().Be("idea.already-endorsed");
    }

    [Fact]
    public async Task Change_RefusesAsNotFound_WhenTheIdeaBelongsToAnotherCity()
    {
        var idea = await SubmittedIdea();

        var result = await new AcceptIdeaHandler(_store, _clock).HandleAsync(new AcceptIdea(Other, idea, Reviewer, "پذیرفته شد."));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        _store.All<CitizenIdea>().Single().Status.Should().Be(IdeaStatus.Submitted);
    }

    [Theory]
    [InlineData(null, "input.required")]
    [InlineData("\u200B\u200C\u200D", "input.invisible-only")]
    [InlineData("\u202Eپذیرفته شد", "input.bidi-control")]
    public async Task Reject_RefusesTheAnswer_WhenItIsNotReadableText(string? answer, string rule)
    {
        var idea = await SubmittedIdea();

        var result = await new RejectIdeaHandler(_store, _clock).HandleAsync(new RejectIdea(_city.Id, idea, Reviewer, answer));

        result.Violations.Select(v => v.Rule).Should().Contain(rule);
    }

    [Fact]
    public async Task Reject_RefusesALongAnswer_InsteadOfThrowing()
    {
        var idea = await SubmittedIdea();

        var result = await new RejectIdeaHandler(_store, _clock).HandleAsync(new RejectIdea(_city.Id, idea, Reviewer, new string('ر', CitizenIdea.MaxReasonLength + 1)));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be("input.too-long");
    }

    [Fact]
    public async Task Accept_RefusesWithTheStateRule_WhenTheIdeaIsStillSubmitted()
    {
        var idea = await SubmittedIdea();

        var result = await new AcceptIdeaHandler(_store, _clock).HandleAsync(new AcceptIdea(_city.Id, idea, Reviewer, "پذیرفته شد."));

        result.IsFailure.Should().BeTrue();
        result.Violations.Single().Rule.Should().StartWith("idea.");
        result.Violations.Single().Message.English.Should().Contain("submitted", "the refusal names the state the idea is in");
    }

    [Fact]
    public async Task Report_RefusesAReasonOverTheLimit_AndStoresAGoodOne()
    {
        var idea = await SubmittedIdea();
        var handler = new ReportIdeaHandler(_store, _clock);

        var tooLong = await handler.HandleAsync(new ReportIdea(_city.Id, idea, _ali.Id, new string('x', 5_000)));
        var good = await handler.HandleAsync(new ReportIdea(_city.Id, idea, _ali.Id, "=HYPERLINK(\"http://x\")"));

        tooLong.Violations.Should().ContainSingle().Which.Rule.Should().Be("input.too-long");
        good.IsSuccess.Should().BeTrue(good.ToString());
        _store.All<CitizenIdea>().Single().Reports.Single().Reason.Should().Be("=HYPERLINK(\"http://x\")");
    }

    [Fact]
    public async Task Resubmit_StoresTheNewVersionAndLinksTheOld_InOneWrite()
    {
        var idea = await RejectedIdea();
        var writes = _store.Writes;

        var result = await new ResubmitIdeaHandler(_store, _clock).HandleAsync(
            new ResubmitIdea(_city.Id, idea, _sara.Id, "عنوان تازه", "شرح تازه", "environment", _north.Id));

        result.IsSuccess.Should().BeTrue(result.ToString());
        _store.Writes.Should().Be(writes + 1);
        var versions = _store.All<CitizenIdea>().ToList();
        versions.Should().HaveCount(2);
        versions.Single(v => v.Id == idea).NextVersionId.Should().Be(result.Value.Id);
        versions.Single(v => v.Id == result.Value.Id).Version.Should().Be(2);
        result.Value.Events.Should().Contain(e => e is IdeaResubmitted).And.Contain(e => e is IdeaSubmitted);
    }

    [Fact]
    public async Task Resubmit_RefusesAnotherResident_ByTheAggregatesRule()
    {
        var idea = await RejectedIdea();

        var result = await new ResubmitIdeaHandler(_store, _clock).HandleAsync(
            new ResubmitIdea(_city.Id, idea, _ali.Id, "عنوان", "شرح", "environment"));

        result.IsFailure.Should().BeTrue();
        _store.All<CitizenIdea>().Should().ContainSingle();
    }

    private async Task<CitizenIdeaId> RejectedIdea()
    {
        var idea = await SubmittedIdea();
        (await new StartIdeaReviewHandler(_store, _clock).HandleAsync(new StartIdeaReview(_city.Id, idea, Reviewer, "بررسی"))).ThrowIfFailed();
        _clock.Advance(Duration.FromMinutes(5));
        (await new RejectIdeaHandler(_store, _clock).HandleAsync(new RejectIdea(_city.Id, idea, Reviewer, "بودجه ندارد."))).ThrowIfFailed();
        _clock.Advance(Duration.FromMinutes(5));
        return idea;
    }

    private Task<Result<Created<CitizenIdeaId>>> Submit(SubmitIdea command) => new SubmitIdeaHandler(_store, _clock).HandleAsync(command);

    private async Task<CitizenIdeaId> SubmittedIdea()
    {
        var result = await Submit(new SubmitIdea(_city.Id, _sara.Id, "درخت‌کاری", "در کوچه‌ها درخت بکاریم.", "environment", _north.Id));
        _clock.Advance(Duration.FromMinutes(5));
        return result.Value.Id;
    }
}
