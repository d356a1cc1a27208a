using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.Tests.UseCases;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Meetings;

/// <summary>A clerk enters a meeting's paper attendance sheet: counted with the web and the hall, audited, refused line by line.</summary>
public sealed class AttendanceSheetTest
{
    private const string Clerk = "clerk-account-7";
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000d4"));
    private readonly FakeClock _clock = new(At(1403, 3, 1));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly InMemoryAttendanceSheetStore _sheets = new();
    private readonly Municipality _city = City();
    private readonly Neighbourhood _north = Make.Neighbourhood(1);
    private readonly Neighbourhood _south = Make.Neighbourhood(2);
    private readonly Neighbourhood _elsewhere = Make.Neighbourhood(1, Other);
    private readonly List<Resident> _residents = [];
    private readonly Resident _southerner;
    private readonly Resident _stranger;
    private MeetingId _meeting;

    public AttendanceSheetTest()
    {
        for (var i = 0; i < 4; i++)
        {
            _residents.Add(Make.Resident(_north.Id, "سارا", "رضایی" + i, Gender.Female, 1370, 1, 1 + i));
        }

        _southerner = Make.Resident(_south.Id, "علی", "کاظمی", Gender.Male, 1365, 1, 1);
        _stranger = Make.Resident(_elsewhere.Id, "رضا", "نوری", Gender.Male, 1360, 2, 2);
        _store.With([_city, RafsanjanPreset.CreateMunicipality(Other), _north, _south, _elsewhere, _southerner, _stranger, .. _residents]);
    }

    private async Task<MeetingId> OpenMeetingAsync()
    {
        var scheduled = await new ScheduleMeetingHandler(_store, _clock).HandleAsync(new ScheduleMeeting(_city.Id, _north.Id, "مسجد محله", At(1403, 3, 10, 19)));
        _meeting = scheduled.Value.Id;
        (await new OpenMeetingHandler(_store, _clock).HandleAsync(new OpenMeeting(_city.Id, _meeting))).IsSuccess.Should().BeTrue();
        return _meeting;
    }

    private Task<Result<AttendanceSheetRecorded>> Enter(string? number, params ResidentId?[] residents) =>
        new RecordAttendanceSheetHandler(_store, _sheets, _clock).HandleAsync(new RecordAttendanceSheet(_city.Id, _meeting, number, residents, Clerk));

    private NeighbourhoodMeeting Meeting => _store.All<NeighbourhoodMeeting>().Single(m => m.Id == _meeting);

    [Fact]
    public async Task A_sheet_counts_with_the_web_and_the_hall_and_every_line_is_audited()
    {
        await OpenMeetingAsync();
        (await new RecordAttendanceHandler(_store, _clock).HandleAsync(new RecordAttendance(_city.Id, _meeting, _residents[0].Id))).IsSuccess.Should().BeTrue();
        _clock.Advance(Duration.FromMinutes(5));

        var result = await Enter(" s-12 ", _residents[1].Id, _residents[2].Id);

        result.IsSuccess.Should().BeTrue(result.ToString());
        result.Value.Should().Be(new AttendanceSheetRecorded("S-12", 2));
        Meeting.Attendees.Select(a => a.ResidentId).Should().BeEquivalentTo([_residents[0].Id, _residents[1].Id, _residents[2].Id], "the sheet adds to the hall's attendance");
        _sheets.Lines.Should().BeEquivalentTo(
        [
            new AttendanceSheetLine(_meeting, "S-12", 1, _residents[1].Id, Clerk, _clock.GetCurrentInstant()),
            new AttendanceSheetLine(_meeting, "S-12", 2, _residents[2].Id, Clerk, _clock.GetCurrentInstant()),
        ], "who entered each line, when, and from which sheet");
    }

    [Fact]
    public async Task A_resident_twice_is_refused_naming_the_lines_and_nothing_is_recorded()
    {
        await OpenMeetingAsync();
        (await Enter("1", _residents[0].Id)).IsSuccess.Should().BeTrue();
        (await new RecordAttendanceHandler(_store, _clock).HandleAsync(new RecordAttendance(_city.Id, _meeting, _residents[3].Id))).IsSuccess.Should().BeTrue();

        var result = await Enter("2", _residents[1].Id, _residents[2].Id, _residents[1].Id, _residents[0].Id, _residents[3].Id);

        result.IsFailure.Should().BeTrue();
        result.Violations.Select(v => (v.Rule, v.Field)).Should().Equal(
            (AttendanceSheetRuleIds.ResidentTwice, "Residents[2]"),
            (AttendanceSheetRuleIds.ResidentPresent, "Residents[3]"),
            (AttendanceSheetRuleIds.ResidentPresent, "Residents[4]"));
        result.Violations[0].Message.English.Should().Be("Line 3: the same resident as line 1; a resident attends a meeting once.");
        result.Violations[0].Message.Persian.Should().Contain("سطر ۳").And.Contain("سطر ۱");
        result.Violations[1].Message.English.Should().Contain("line 1 of sheet 1");
        result.Violations[2].Message.English.Should().Contain("in the hall or on the web");
        Meeting.Attendees.Should().HaveCount(2, "a refused sheet records nobody");
        _sheets.Lines.Should().ContainSingle();
    }

    [Fact]
    public async Task A_sheet_number_is_entered_once_per_meeting_whatever_its_case()
    {
        await OpenMeetingAsync();
        (await Enter("A-7", _residents[0].Id)).IsSuccess.Should().BeTrue();

        var again = await Enter("a-7", _residents[1].Id);

        again.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Rule == AttendanceSheetRuleIds.NumberReused && v.Field == "SheetNumber");
        Meeting.Attendees.Should().ContainSingle();
    }

    [Fact]
    public async Task Hostile_or_wrong_values_are_refused_by_rule_in_both_languages()
    {
        await OpenMeetingAsync();
        var cases = new (Task<Result<AttendanceSheetRecorded>> Result, string Rule)[]
        {
            (Enter(null, _residents[0].Id), AttendanceSheetRuleIds.NumberInvalid),
            (Enter("   ", _residents[0].Id), AttendanceSheetRuleIds.NumberInvalid),
            (Enter("<script>", _residents[0].Id), AttendanceSheetRuleIds.NumberInvalid),
            (Enter("1; DROP TABLE x", _residents[0].Id), AttendanceSheetRuleIds.NumberInvalid),
            (Enter("۱۲", _residents[0].Id), AttendanceSheetRuleIds.NumberInvalid),
            (Enter(new string('9', 21), _residents[0].Id), AttendanceSheetRuleIds.NumberInvalid),
            (Enter("3"), AttendanceSheetRuleIds.Empty),
            (Enter("4", [.. Enumerable.Repeat<ResidentId?>(_residents[0].Id, 201)]), AttendanceSheetRuleIds.TooLong),
            (Enter("5", (ResidentId?)null), AttendanceSheetRuleIds.ResidentUnknown),
            (Enter("6", new ResidentId(Guid.NewGuid())), AttendanceSheetRuleIds.ResidentUnknown),
            (Enter("7", _stranger.Id), AttendanceSheetRuleIds.ResidentUnknown),
            (Enter("8", _southerner.Id), AttendanceSheetRuleIds.LineRefused),
            (new RecordAttendanceSheetHandler(_store, _sheets, _clock).HandleAsync(new RecordAttendanceSheet(_city.Id, _meeting, "9", [_residents[0].Id], " ")), AttendanceSheetRuleIds.ClerkRequired),
            (new RecordAttendanceSheetHandler(_store, _sheets, _clock).HandleAsync(new RecordAttendanceSheet(_city.Id, new MeetingId(Guid.NewGuid()), "10", [_residents[0].Id], Clerk)), UseCaseRules.NotFound),
            (new RecordAttendanceSheetHandler(_store, _sheets, _clock).HandleAsync(new RecordAttendanceSheet(Other, _meeting, "11", [_residents[0].Id], Clerk)), UseCaseRules.NotFound),
        };

        foreach (var (task, rule) in cases)
        {
            var result = await task;
            result.IsFailure.Should().BeTrue(rule);
            result.Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
            result.Violations[0].Message.Persian.Should().NotBeNullOrWhiteSpace();
            result.Violations[0].Message.English.Should().NotBeNullOrWhiteSpace();
        }

        Meeting.Attendees.Should().BeEmpty();
        _sheets.Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task A_sheet_is_refused_before_the_meeting_opens()
    {
        var scheduled = await new ScheduleMeetingHandler(_store, _clock).HandleAsync(new ScheduleMeeting(_city.Id, _north.Id, "مسجد محله", At(1403, 3, 10, 19)));
        _meeting = scheduled.Value.Id;

        (await Enter("1", _residents[0].Id)).Violations.Should().ContainSingle().Which.Rule.Should().Be(MeetingRuleIds.NotOpen);
        _sheets.Lines.Should().BeEmpty();
    }
}

/// <summary>The sheet port's test double: lines in a list; a sheet number taken refuses the whole sheet.</summary>
internal sealed class InMemoryAttendanceSheetStore : IAttendanceSheetStore
{
    public List<AttendanceSheetLine> Lines { get; } = [];

    public Task<IReadOnlyList<AttendanceSheetLine>> LinesAsync(MeetingId meeting, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AttendanceSheetLine>>([.. Lines.Where(l => l.Meeting == meeting)]);

    public Task<bool> AddSheetAsync(IReadOnlyList<AttendanceSheetLine> lines, CancellationToken cancellationToken = default)
    {
        if (Lines.Any(l => l.Meeting == lines[0].Meeting && l.SheetNumber == lines[0].SheetNumber))
        {
            return Task.FromResult(false);
        }

        Lines.AddRange(lines);
        return Task.FromResult(true);
    }

    public Task RemoveSheetAsync(MeetingId meeting, string sheetNumber, CancellationToken cancellationToken = default)
    {
        Lines.RemoveAll(l => l.Meeting == meeting && l.SheetNumber == sheetNumber);
        return Task.CompletedTask;
    }
}
