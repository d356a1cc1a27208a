using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Meetings;
using RazorDemo.Pages.Meetings;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>
/// The iCalendar file of a meeting (<c>/Meetings/{id}/ical</c>) as RFC 5545 wants it: CRLF lines folded at 75 octets,
/// escaped text, UID, DTSTAMP, DTSTART and DTEND in UTC, the summary and place in the reader's language.
/// </summary>
[Collection(DemoCollection.Name)]
public class MeetingIcalTest(DemoFactory factory)
{
    /// <summary>The content lines, unfolded (a CRLF followed by one space joins two lines).</summary>
    private static List<string> Unfold(string file) => [.. file.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    private static string Value(List<string> lines, string name) => lines.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal)) is var line ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..] : string.Empty;

    [Fact]
    public async Task File_IsRfc5545_InTheReadersLanguage_WithTheMeetingsTimesInUtc()
    {
        var place = "مسجد امام حسن، کوچهٔ ۳; درِ شمالی";
        var meeting = await MeetingScenario.PrepareAsync(factory, neighbourhood: 15, daysAhead: 9, place: place);
        var client = factory.NewClient();

        var persian = await client.GetAsync($"/Meetings/{meeting.Id.Value}/ical");
        var english = await client.GetAsync($"/Meetings/{meeting.Id.Value}/ical?culture=en");
        var bytes = await persian.Content.ReadAsByteArrayAsync();
        var file = Encoding.UTF8.GetString(bytes);
        var lines = Unfold(file);
        var englishLines = Unfold(await english.Content.ReadAsStringAsync());

        persian.StatusCode.Should().Be(HttpStatusCode.OK);
        persian.Content.Headers.ContentType!.MediaType.Should().Be("text/calendar");
        persian.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        persian.Content.Headers.ContentDisposition!.FileName.Should().Contain($"meeting-{meeting.Id.Value}.ics");
        file.Should().EndWith("\r\n");
        file.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n").And.NotContain("\r");
        file.Split("\r\n").Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75, "RFC 5545 folds lines longer than 75 octets");
        file.Split("\r\n").Should().Contain(l => l.StartsWith(' '), "the Persian summary and agenda are long enough to fold");
        lines[0].Should().Be("BEGIN:VCALENDAR");
        lines[^1].Should().Be("END:VCALENDAR");
        lines.Should().Contain(["VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT", "STATUS:CONFIRMED"]);
        Value(lines, "PRODID").Should().NotBeEmpty();
        Value(lines, "UID").Should().Be($"meeting-{meeting.Id.Value}@participatory-governance.demo");
        Value(lines, "DTSTAMP").Should().MatchRegex(@"^\d{8}T\d{6}Z$");
        Value(lines, "DTSTART").Should().Be(MeetingCalendarFile.Utc(meeting.StartsAt));
        Value(lines, "DTEND").Should().Be(MeetingCalendarFile.Utc(meeting.StartsAt + Duration.FromHours(2)));
        Value(lines, "DTSTART").Should().EndWith("Z").And.HaveLength(16);
        lines.Should().Contain("SUMMARY;LANGUAGE=fa:نشست محله ۱۵");
        lines.Should().Contain(@"LOCATION;LANGUAGE=fa:مسجد امام حسن، کوچهٔ ۳\; درِ شمالی");
        Value(lines, "DESCRIPTION").Should().Be(@"دستور جلسه:\n۱. پارک محله\n۲. روشنایی کوچه‌ها");
        Value(lines, "URL").Should().EndWith($"/Meetings/{meeting.Id.Value}");
        englishLines.Should().Contain("SUMMARY;LANGUAGE=en:Meeting of Neighbourhood 15");
        Value(englishLines, "DESCRIPTION").Should().Be(@"Agenda:\n1. پارک محله\n2. روشنایی کوچه‌ها");
        Value(englishLines, "UID").Should().Be(Value(lines, "UID"));
    }

    [Fact]
    public async Task File_OfAClosedMeeting_EndsWhenItClosed_AndACancelledOneSaysSo()
    {
        var closed = await DemoRecords.ReadAsync(factory, db => db.NeighbourhoodMeetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Closed).OrderBy(m => m.StartsAt).FirstAsync());
        var cancelled = await DemoRecords.ReadAsync(factory, db => db.NeighbourhoodMeetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Cancelled).OrderBy(m => m.StartsAt).FirstAsync());
        var client = factory.NewClient();

        var closedLines = Unfold(await client.GetStringAsync($"/Meetings/{closed.Id.Value}/ical?culture=en"));
        var cancelledLines = Unfold(await client.GetStringAsync($"/Meetings/{cancelled.Id.Value}/ical?culture=en"));

        Value(closedLines, "DTEND").Should().Be(MeetingCalendarFile.Utc(closed.EndedAt!.Value));
        Value(cancelledLines, "STATUS").Should().Be("CANCELLED");
        Value(cancelledLines, "DESCRIPTION").Should().StartWith("Cancelled: ");
        (await client.GetAsync($"/Meetings/{Guid.NewGuid()}/ical")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("a,b;c\\d\r\ne\nf\rg", @"a\,b\;c\\d\ne\nf\ng")]
    [InlineData("tab\there\u0000", "tabhere")]
    public void Escape_EscapesTextAsRfc5545Says(string text, string escaped) =>
        MeetingCalendarFile.Escape(text).Should().Be(escaped);

    [Fact]
    public void Fold_NeverCutsAPersianLetterInTwo()
    {
        var meeting = NeighbourhoodMeeting.Schedule(
            MeetingId.New(),
            new ParticipatoryGovernance.Neighbourhoods.Neighbourhood(
                ParticipatoryGovernance.Neighbourhoods.NeighbourhoodId.New(),
                ParticipatoryGovernance.Municipalities.MunicipalityId.New(),
                1,
                new("محله ۱", "Neighbourhood 1"),
                new ParticipatoryGovernance.Neighbourhoods.CommunityAnchor(ParticipatoryGovernance.Neighbourhoods.AnchorKind.Mosque, new("مسجد", "Mosque"), new("امام جماعت", "Imam"))),
            new("مسجد", "Mosque"),
            Instant.FromUtc(2026, 12, 20, 15, 30),
            new MeetingRules());
        var summary = string.Concat(Enumerable.Repeat("نشست محلهٔ بزرگ ", 20));

        var file = MeetingCalendarFile.Write(meeting, "fa", summary, "مسجد", "", new Uri("http://localhost/Meetings/x"), Instant.FromUtc(2026, 12, 7, 8, 0));

        var physical = file.Split("\r\n");
        physical.Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75);
        physical.Should().OnlyContain(l => !l.Contains('\uFFFD'));
        Unfold(file).Should().Contain("SUMMARY;LANGUAGE=fa:" + summary);
        Unfold(file).Should().Contain("DTSTART:20261220T153000Z").And.Contain("DTEND:20261220T173000Z").And.Contain("DTSTAMP:20261207T080000Z");
    }
}
