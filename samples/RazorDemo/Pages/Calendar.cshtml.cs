using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.YouthMayors;
using RazorDemo.Dashboard;
using RazorDemo.Localization;
using RazorDemo.YouthMayors;

namespace RazorDemo.Pages;

/// <summary>
/// A month of the model's events in the Solar Hijri calendar: neighbourhood meetings, youth-campaign stages and interview
/// sessions, National Councils Day and council formations. The month comes from ?year=&amp;month= (Solar Hijri), by
/// default the city's current month.
/// </summary>
public sealed class CalendarModel(GovernanceDbContext context, RecordCounts counts, IClock clock, Texts texts, RazorDemo.Data.DemoCity city) : PageModel
{
    /// <summary>The earliest and latest years the calendar navigates; wide enough for any record, narrow enough to mean something.</summary>
    public const int FirstYear = 1300;

    public const int LastYear = 1500;

    [FromQuery(Name = "year")]
    public string? YearText { get; set; }

    [FromQuery(Name = "month")]
    public string? MonthText { get; set; }

    public SolarHijriMonth Month { get; private set; }

    public LocalDate Today { get; private set; }

    /// <summary>Why the requested month was not shown, in the reader's language.</summary>
    public string? Problem { get; private set; }

    public IReadOnlyList<CalendarEvent> Events { get; private set; } = [];

    public LocalDate FirstDay => Month.FirstDay();

    public int DaysInMonth => PersianDates.DaysInMonth(Month.Year, Month.Month);

    /// <summary>Empty cells before the first day, in a week that starts on Saturday.</summary>
    public int LeadingBlanks => ((int)FirstDay.DayOfWeek + 1) % 7;

    public SolarHijriMonth Previous => Month.Month == 1 ? new(Month.Year - 1, 12) : new(Month.Year, Month.Month - 1);

    public SolarHijriMonth Next => Month.Month == 12 ? new(Month.Year + 1, 1) : new(Month.Year, Month.Month + 1);

    public string Title(SolarHijriMonth month)
    {
        if (!texts.IsEnglish)
        {
            return texts.MonthYear(month.Year, month.Month);
        }

        var first = month.FirstDay();
        var last = first.PlusDays(PersianDates.DaysInMonth(month.Year, month.Month) - 1);
        var gregorian = first.Year == last.Year
            ? $"{first.ToString("MMMM", CultureInfo.InvariantCulture)}–{last.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}"
            : $"{first.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}–{last.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
        return $"{month.FormatLatin()} ({gregorian})";
    }

    public static string Link(SolarHijriMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"/Calendar?year={month.Year}&month={month.Month}");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = PersianDates.TodayInCity(clock);
        Month = SolarHijriMonth.Of(Today);
        if (YearText is not null || MonthText is not null)
        {
            if (ReadMonth() is { } requested)
            {
                Month = requested;
            }
            else
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        // A month's events are read once per language and kept until a command changes the records (ADR 0032); the month
        // is one the page accepts, so the kept entries are bounded.
        var shown = await city.GetAsync(cancellationToken);
        Events = await counts.GetOrCountAsync(
            string.Create(CultureInfo.InvariantCulture, $"calendar-page|{shown.Key}|{Month.Year}|{Month.Month}|{texts.Language}"),
            async token => (IReadOnlyList<CalendarEvent>)await EventsAsync(shown, token),
            cancellationToken);
        return Page();
    }

    private SolarHijriMonth? ReadMonth()
    {
        var yearOk = int.TryParse(PersianDigits.ToLatin(YearText ?? string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= FirstYear and <= LastYear;
        var monthOk = int.TryParse(PersianDigits.ToLatin(MonthText ?? string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12;
        if (yearOk && monthOk)
        {
            return new SolarHijriMonth(year, month);
        }

        Problem = (yearOk, monthOk) switch
        {
            (false, true) => texts.T(
                $"سال «{YearText}» در این تقویم نیست؛ سالی خورشیدی از {PersianDigits.Format(FirstYear)} تا {PersianDigits.Format(LastYear)} بنویسید. ماه جاری نشان داده می‌شود.",
                $"The year '{YearText}' is not in this calendar; give a Solar Hijri year from {FirstYear} to {LastYear}. Showing the current month."),
            (true, false) => texts.T(
                $"ماه «{MonthText}» وجود ندارد؛ ماه عددی از ۱ (فروردین) تا ۱۲ (اسفند) است. ماه جاری نشان داده می‌شود.",
                $"There is no month '{MonthText}'; a month is a number from 1 (Farvardin) to 12 (Esfand). Showing the current month."),
            _ => texts.T(
                $"سال «{YearText}» و ماه «{MonthText}» خوانده نشد؛ سالی خورشیدی از {PersianDigits.Format(FirstYear)} تا {PersianDigits.Format(LastYear)} و ماهی از ۱ تا ۱۲ بنویسید. ماه جاری نشان داده می‌شود.",
                $"The year '{YearText}' and month '{MonthText}' could not be read; give a Solar Hijri year from {FirstYear} to {LastYear} and a month from 1 to 12. Showing the current month."),
        };
        return null;
    }

    private async Task<List<CalendarEvent>> EventsAsync(RazorDemo.Data.CitySnapshot shown, CancellationToken cancellationToken)
    {
        var first = FirstDay;
        var last = first.PlusDays(DaysInMonth - 1);
        var events = new List<CalendarEvent>();
        var neighbourhoods = shown.Neighbourhoods.ToDictionary(n => n.Id);
        var ids = shown.NeighbourhoodIds;
        string NameOf(ParticipatoryGovernance.Neighbourhoods.NeighbourhoodId id) =>
            neighbourhoods.TryGetValue(id, out var n) ? $"{texts.N(n.Number)}. {texts.T(n.Name)}" : string.Empty;

        if (Month.Month == NationalCouncilsDay.Month)
        {
            var day = NationalCouncilsDay.InYear(Month.Year);
            events.Add(new CalendarEvent(day, "councils-day", texts.T("روز ملی شوراها", "National Councils Day"),
                day == PersianDates.FromSolarHijri(1403, 2, 9)
                    ? texts.T("رونمایی الگوی حکمرانی مردمی رفسنجان و آغاز کار شهرداران نوجوان", "Rafsanjan's model unveiled; the youth mayors start their term")
                    : null));
        }

        var from = first.AtStartOfDayInZone(PersianDates.TimeZone).ToInstant();
        var to = last.PlusDays(1).AtStartOfDayInZone(PersianDates.TimeZone).ToInstant();
        var meetings = await context.NeighbourhoodMeetings.AsNoTracking().IgnoreAutoIncludes()
            .Where(m => m.StartsAt >= from && m.StartsAt < to && ids.Contains(m.NeighbourhoodId))
            .ToListAsync(cancellationToken);
        events.AddRange(meetings.Select(m => new CalendarEvent(
            PersianDates.InCity(m.StartsAt).Date,
            "meeting",
            RazorDemo.Pages.Meetings.MeetingWording.Title(texts, neighbourhoods.GetValueOrDefault(m.NeighbourhoodId)),
            m.Status == MeetingStatus.Cancelled ? texts.T("لغو شد", "cancelled") : texts.T(m.Place))));

        var councils = await context.Councils.AsNoTracking().IgnoreAutoIncludes()
            .Where(c => c.FormedOn >= first && c.FormedOn <= last && c.MunicipalityId == shown.Municipality.Id)
            .ToListAsync(cancellationToken);
        events.AddRange(councils.Select(c => new CalendarEvent(
            c.FormedOn,
            "council",
            (c.Kind == CouncilKind.Women ? texts.T("تشکیل شورای بانوان ", "Women's council formed, ") : texts.T("تشکیل شورای محله ", "Neighbourhood council formed, ")) + NameOf(c.NeighbourhoodId),
            null)));

        foreach (var campaign in await CampaignRecords.AllAsync(context, shown.Municipality.Id, cancellationToken))
        {
            var name = texts.T(campaign.Name);
            events.AddRange(campaign.Stages
                .Where(s => s.StartedOn >= first && s.StartedOn <= last)
                .Select(s => new CalendarEvent(s.StartedOn, "campaign-stage", $"{name}: {texts.T(CampaignStages.NameOf(s.Stage))}", null)));
            if (campaign.CallClosesOn >= first && campaign.CallClosesOn <= last)
            {
                events.Add(new CalendarEvent(campaign.CallClosesOn, "campaign-stage", $"{name}: {texts.T("پایان فراخوان", "the call closes")}", null));
            }

            events.AddRange(campaign.InterviewSessions
                .Where(s => s.HeldOn >= first && s.HeldOn <= last)
                .Select(s => new CalendarEvent(
                    s.HeldOn,
                    "interview-session",
                    texts.T("جلسهٔ مصاحبه ", "Interview session, ") + NameOf(s.NeighbourhoodId),
                    texts.T($"{texts.N(s.Interviews.Count)} متقاضی", $"{texts.N(s.Interviews.Count)} applicants"))));
        }

        return events.OrderBy(e => e.Date).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
    }
}

/// <summary>One event on the calendar: its day, its kind (for styling and tests), what it is, and a detail.</summary>
public sealed record CalendarEvent(LocalDate Date, string Kind, string Title, string? Detail);
