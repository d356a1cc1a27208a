using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Events;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.UseCases;

/// <summary>The meeting acts through their handlers: raw input refused by rule id, the change stored with its events.</summary>
public sealed class MeetingUseCasesTest
{
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000b2"));
    private readonly FakeClock _clock = new(At(1403, 3, 1));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly Municipality _city = City();
    private readonly Neighbourhood _north = Make.Neighbourhood(1);
    private readonly Neighbourhood _elsewhere = Make.Neighbourhood(1, Other);
    private readonly Resident _sara;
    private readonly Resident _stranger;

    public MeetingUseCasesTest()
    {
        _sara = Make.Resident(_north.Id, "سارا", "رضایی", Gender.Female, 1370, 1, 1);
        _stranger = Make.Resident(_elsewhere.Id, "رضا", "نوری", Gender.Male, 1360, 2, 2);
        _store.With(_city, RafsanjanPreset.CreateMunicipality(Other), _north, _elsewhere, _sara, _stranger);
    }

    private static Instant Evening => At(1403, 3, 10, 19);

    private Task<Result<Created<MeetingId>>> Schedule(ScheduleMeeting command) => new ScheduleMeetingHandler(_store, _clock).HandleAsync(command);

    private async Task<MeetingId> Scheduled(params string[] items)
    {
        var result = await Schedule(new ScheduleMeeting(_city.Id, _north.Id, "مسجد محله", Evening, items));
        result.IsSuccess.Should().BeTrue(result.ToString());
        return result.Value.Id;
    }

    private async Task<MeetingId> OpenWithItemUnderVote()
    {
        var meeting = await Scheduled("پارک محله");
        (await new OpenMeetingHandler(_store, _clock).HandleAsync(new OpenMeeting(_city.Id, meeting))).IsSuccess.Should().BeTrue();
        (await new RecordAttendanceHandler(_store, _clock).HandleAsync(new RecordAttendance(_city.Id, meeting, _sara.Id))).IsSuccess.Should().BeTrue();
        (await new PutItemToVoteHandler(_store).HandleAsync(new PutItemToVote(_city.Id, meeting, 1))).IsSuccess.Should().BeTrue();
        return meeting;
    }

    [Fact]
    public async Task Schedule_StoresTheMeetingWithTheCharterRules_WhenTheInputIsGood()
    {
        var result = await Schedule(new ScheduleMeeting(_city.Id, _north.Id, "  مسجد محله  ", Evening, ["پارک محله", "روشنایی کوچه‌ها"]));

        result.IsSuccess.Should().BeTrue(result.ToString());
        var meeting = _store.All<NeighbourhoodMeeting>().Should().ContainSingle().Subject;
        meeting.Id.Should().Be(result.Value.Id);
        meeting.Place.Persian.Should().Be("مسجد محله");
        meeting.Rules.Should().Be(_city.Charter.Meetings);
        meeting.Agenda.Select(i => i.Title).Should().Equal("پارک محله", "روشنایی کوچه‌ها");
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<MeetingScheduled>();
        _store.Stored.Should().Equal(result.Value.Events);
    }

    public static TheoryData<string?, long, string[], string> BadSchedules() => new()
    {
        { null, 0, [], "input.required" },
        { "   ", 0, [], "input.required" },
        { new string('م', 5_000), 0, [], "input.too-long" },
        { "مسجد", 0, [new string('ب', 5_000)], "input.too-long" },
        { "مسجد", 0, [""], "input.required" },
        { "مسجد", 0, [.. Enumerable.Repeat("بند", 51)], UseCaseRules.TooMany },
        { "مسجد", 365L * 200, [], UseCaseRules.DateOutOfRange },
        { "مسجد", -365L * 200, [], UseCaseRules.DateOutOfRange },
    };

    [Theory]
    [MemberData(nameof(BadSchedules))]
    public async Task Schedule_RefusesByRule_WhenAFieldIsBad(string? place, long daysFromEvening, string[] items, string rule)
    {
        var result = await Schedule(new ScheduleMeeting(_city.Id, _north.Id, place, Evening.Plus(Duration.FromDays(daysFromEvening)), items));

        result.Violations.Select(v => v.Rule).Should().Contain(rule);
        _store.All<NeighbourhoodMeeting>().Should().BeEmpty();
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Schedule_RefusesTheExtremesOfTime_InsteadOfThrowing()
    {
        var first = await Schedule(new ScheduleMeeting(_city.Id, _north.Id, "مسجد", Instant.MinValue));
        var last = await Schedule(new ScheduleMeeting(_city.Id, _north.Id, "مسجد", Instant.MaxValue));

        first.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.DateOutOfRange);
        last.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.DateOutOfRange);
    }

    [Fact]
    public async Task Schedule_RefusesAsNotFound_WhenTheNeighbourhoodIsOfAnotherCityOrTheCityIsUnknown()
    {
        var elsewhere = await Schedule(new ScheduleMeeting(_city.Id, _elsewhere.Id, "مسجد", Evening));
        var noCity = await Schedule(new ScheduleMeeting(MunicipalityId.New(), _north.Id, "مسجد", Evening));

        elsewhere.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        noCity.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.MunicipalityNotFound);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Meeting_StoresEachActAndItsEvents_FromOpeningToClosing()
    {
        var meeting = await OpenWithItemUnderVote();

        var vote = await new CastMeetingVoteHandler(_store, _clock).HandleAsync(new CastMeetingVote(_city.Id, meeting, 1, _sara.Id, VoteChoice.For));
        var decided = await new DecideItemHandler(_store, _clock).HandleAsync(new DecideItem(_city.Id, meeting, 1));
        var closed = await new CloseMeetingHandler(_store, _clock).HandleAsync(new CloseMeeting(_city.Id, meeting, " جلسه با یک تصمیم پایان یافت. "));

        vote.IsSuccess.Should().BeTrue(vote.ToString());
        decided.Value.Events.Should().ContainSingle().Which.Should().BeOfType<NeighbourhoodDecisionTaken>();
        closed.Value.Events.Should().ContainSingle().Which.Should().BeOfType<MeetingClosed>();
        var stored = _store.All<NeighbourhoodMeeting>().Single();
        stored.Status.Should().Be(MeetingStatus.Closed);
        stored.Minutes.Should().Be("جلسه با یک تصمیم پایان یافت.");
        stored.Agenda[0].Votes.Should().ContainSingle();
    }

    [Fact]
    public async Task CastVote_RefusesAnUndefinedChoice_InsteadOfThrowing()
    {
        var meeting = await OpenWithItemUnderVote();

        var result = await new CastMeetingVoteHandler(_store, _clock).HandleAsync(new CastMeetingVote(_city.Id, meeting, 1, _sara.Id, (VoteChoice)99));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.UnknownChoice);
        _store.All<NeighbourhoodMeeting>().Single().Agenda[0].Votes.Should().BeEmpty();
    }

    [Fact]
    public async Task CastVote_RefusesByTheMeetingsRule_WhenTheVoterIsNotPresent()
    {
        var meeting = await OpenWithItemUnderVote();

        var result = await new CastMeetingVoteHandler(_store, _clock).HandleAsync(new CastMeetingVote(_city.Id, meeting, 1, ResidentId.New(), VoteChoice.Against));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be("meeting.voter-absent");
    }

    [Fact]
    public async Task RecordAttendance_RefusesAsNotFound_WhenTheResidentIsOfAnotherCity()
    {
        var meeting = await Scheduled();
        await new OpenMeetingHandler(_store, _clock).HandleAsync(new OpenMeeting(_city.Id, meeting));

        var result = await new RecordAttendanceHandler(_store, _clock).HandleAsync(new RecordAttendance(_city.Id, meeting, _stranger.Id));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        result.Violations[0].Message.English.Should().NotContain(_stranger.Name.FamilyName);
        _store.All<NeighbourhoodMeeting>().Single().Attendees.Should().BeEmpty();
    }

    [Fact]
    public async Task Change_RefusesAsNotFound_WhenTheMeetingIsOfAnotherCityOrMissing()
    {
        var theirs = NeighbourhoodMeeting.Schedule(MeetingId.New(), _elsewhere, new LocalizedText("مسجد", "Mosque"), Evening, _city.Charter.Meetings);
        _store.With(theirs);
        var handler = new OpenMeetingHandler(_store, _clock);

        var other = await handler.HandleAsync(new OpenMeeting(_city.Id, theirs.Id));
        var missing = await handler.HandleAsync(new OpenMeeting(_city.Id, MeetingId.New()));

        other.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        missing.Violations.Should().ContainSingle().Which.Rule.Should().Be(UseCaseRules.NotFound);
        theirs.Status.Should().Be(MeetingStatus.Scheduled);
        _store.Writes.Should().Be(0);
    }

    [Theory]
    [InlineData(null, "input.required")]
    [InlineData(" \t ", "input.required")]
    [InlineData(5_000, "input.too-long")]
    public async Task AddAgendaItem_RefusesTheTitle_InsteadOfThrowing(object? title, string rule)
    {
        var meeting = await Scheduled();
        var text = title is int length ? new string('ب', length) : (string?)title;

        var result = await new AddAgendaItemHandler(_store).HandleAsync(new AddAgendaItem(_city.Id, meeting, text));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
        _store.All<NeighbourhoodMeeting>().Single().Agenda.Should().BeEmpty();
    }

    [Fact]
    public async Task AddAgendaItem_AddsTheItem_WhenTheTitleIsGood()
    {
        var meeting = await Scheduled();

        var result = await new AddAgendaItemHandler(_store).HandleAsync(new AddAgendaItem(_city.Id, meeting, " روشنایی ", new string('ش', 5_000)));
        var fine = await new AddAgendaItemHandler(_store).HandleAsync(new AddAgendaItem(_city.Id, meeting, " روشنایی ", " کوچه‌های شمالی "));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be("input.too-long");
        fine.IsSuccess.Should().BeTrue(fine.ToString());
        _store.All<NeighbourhoodMeeting>().Single().Agenda.Should().ContainSingle().Which.Title.Should().Be("روشنایی");
    }

    [Theory]
    [InlineData(null, "input.required")]
    [InlineData("", "input.required")]
    [InlineData(30_000, "input.too-long")]
    public async Task Close_RefusesTheMinutes_InsteadOfThrowing(object? minutes, string rule)
    {
        var meeting = await OpenWithItemUnderVote();
        var text = minutes is int length ? new string('ص', length) : (string?)minutes;

        var result = await new CloseMeetingHandler(_store, _clock).HandleAsync(new CloseMeeting(_city.Id, meeting, text));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
        _store.All<NeighbourhoodMeeting>().Single().Status.Should().Be(MeetingStatus.Open);
    }

    [Theory]
    [InlineData(null, "input.required")]
    [InlineData("   ", "input.required")]
    [InlineData(5_000, "input.too-long")]
    public async Task Cancel_RefusesTheReason_InsteadOfThrowing(object? reason, string rule)
    {
        var meeting = await Scheduled();
        var text = reason is int length ? new string('ل', length) : (string?)reason;

        var result = await new CancelMeetingHandler(_store, _clock).HandleAsync(new CancelMeeting(_city.Id, meeting, text));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
        _store.All<NeighbourhoodMeeting>().Single().Status.Should().Be(MeetingStatus.Scheduled);
    }

    [Fact]
    public async Task Cancel_StoresTheCancellation_WhenTheReasonIsGiven()
    {
        var meeting = await Scheduled();

        var result = await new CancelMeetingHandler(_store, _clock).HandleAsync(new CancelMeeting(_city.Id, meeting, "باران شدید"));

        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<MeetingCancelled>();
        _store.All<NeighbourhoodMeeting>().Single().CancellationReason.Should().Be("باران شدید");
    }

    [Fact]
    public async Task Handle_Throws_WhenTheCommandIsNull()
    {
        var act = () => new ScheduleMeetingHandler(_store, _clock).HandleAsync(null!);
        var vote = () => new CastMeetingVoteHandler(_store, _clock).HandleAsync(null!);

        await act.Should().ThrowAsync<ArgumentNullException>();
        await vote.Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public async Task Refusals_NameTheFieldTheyAreAbout_SoThatAFormShowsThemBesideIt()
    {
        var schedule = await Schedule(new ScheduleMeeting(_city.Id, _north.Id, " ", Instant.MaxValue, ["پارک", ""]));
        var tooMany = await Schedule(new ScheduleMeeting(_city.Id, _north.Id, "مسجد", Evening, [.. Enumerable.Repeat("بند", 51)]));
        var meeting = await Scheduled();
        var item = await new AddAgendaItemHandler(_store).HandleAsync(new AddAgendaItem(_city.Id, meeting, "", new string('ش', 5_000)));
        var cancel = await new CancelMeetingHandler(_store, _clock).HandleAsync(new CancelMeeting(_city.Id, meeting, "  "));
        (await new OpenMeetingHandler(_store, _clock).HandleAsync(new OpenMeeting(_city.Id, meeting))).IsSuccess.Should().BeTrue();
        var close = await new CloseMeetingHandler(_store, _clock).HandleAsync(new CloseMeeting(_city.Id, meeting, null));

        schedule.Violations.Select(v => v.Field).Should().BeEquivalentTo([nameof(ScheduleMeeting.Place), nameof(ScheduleMeeting.StartsAt), nameof(ScheduleMeeting.AgendaItems)]);
        tooMany.Violations.Should().ContainSingle().Which.Field.Should().Be(nameof(ScheduleMeeting.AgendaItems));
        item.Violations.Select(v => v.Field).Should().BeEquivalentTo([nameof(AddAgendaItem.Title), nameof(AddAgendaItem.Description)]);
        cancel.Violations.Should().ContainSingle().Which.Field.Should().Be(nameof(CancelMeeting.Reason));
        close.Violations.Should().ContainSingle().Which.Field.Should().Be(nameof(CloseMeeting.Minutes));
    }
}
