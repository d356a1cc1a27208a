using System.Globalization;
using System.Text;
using NodaTime;
using ParticipatoryGovernance.Meetings;

namespace RazorDemo.Pages.Meetings;

/// <summary>
/// A meeting as an iCalendar file (RFC 5545) that a phone's calendar imports: one VEVENT with a stable UID, the times in
/// UTC, the summary and place in the reader's language. Lines end in CRLF and are folded at 75 octets without cutting a
/// UTF-8 character; commas, semicolons, backslashes and line breaks in text are escaped.
/// </summary>
public static class MeetingCalendarFile
{
    /// <summary>The media type of the file.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>How long a meeting is taken to last when it has not ended yet: the model records only its start.</summary>
    public static readonly Duration AssumedLength = Duration.FromHours(2);

    /// <summary>The longest line in octets, CRLF not counted (RFC 5545 section 3.1).</summary>
    public const int MaxLineOctets = 75;

    /// <summary>Writes the file.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="language">The reader's language code, <c>fa</c> or <c>en</c>.</param>
    /// <param name="summary">The meeting's title in that language.</param>
    /// <param name="location">The place in that language.</param>
    /// <param name="description">The agenda in that language, lines separated by line feeds.</param>
    /// <param name="address">The meeting's page, absolute.</param>
    /// <param name="stamp">When the file is written (DTSTAMP).</param>
    /// <returns>The file's text, CRLF line ends, folded.</returns>
    public static string Write(NeighbourhoodMeeting meeting, string language, string summary, string location, string description, Uri address, Instant stamp)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(address);
        var end = meeting.EndedAt is { } ended && ended > meeting.StartsAt && meeting.Status == MeetingStatus.Closed ? ended : meeting.StartsAt + AssumedLength;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//ParticipatoryGovernance//RazorDemo//" + language.ToUpperInvariant(),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:meeting-{meeting.Id.Value:D}@participatory-governance.demo",
            "DTSTAMP:" + Utc(stamp),
            "DTSTART:" + Utc(meeting.StartsAt),
            "DTEND:" + Utc(end),
            $"SUMMARY;LANGUAGE={language}:" + Escape(summary),
            $"LOCATION;LANGUAGE={language}:" + Escape(location),
            $"DESCRIPTION;LANGUAGE={language}:" + Escape(description),
            "URL:" + address.AbsoluteUri,
            "STATUS:" + (meeting.Status == MeetingStatus.Cancelled ? "CANCELLED" : "CONFIRMED"),
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var file = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, file);
        }

        return file.ToString();
    }

    /// <summary>An instant in the UTC form of DATE-TIME: <c>20261207T153000Z</c>.</summary>
    public static string Utc(Instant instant) =>
        instant.InUtc().LocalDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A TEXT value: backslash, semicolon and comma escaped, each line break written as <c>\n</c>, other control characters dropped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': escaped.Append(@"\n"); break;
                default:
                    if (!char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Appends a content line folded at <see cref="MaxLineOctets"/> octets: each continuation starts with one space.</summary>
    private static void Fold(string line, StringBuilder file)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                file.Append("\r\n ");
                octets = 1;
            }

            file.Append(rune.ToString());
            octets += size;
        }

        file.Append("\r\n");
    }
}
