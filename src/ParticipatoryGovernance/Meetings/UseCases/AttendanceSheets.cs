using NodaTime;
using ParticipatoryGovernance.Budgeting.Specifications;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Meetings.UseCases;

/// <summary>The identifiers of the rules that refuse a paper attendance sheet.</summary>
public static class AttendanceSheetRuleIds
{
    /// <summary><c>meetings.sheet-number-invalid</c>: the sheet number is empty, too long, or not letters, digits and dashes.</summary>
    public const string NumberInvalid = "meetings.sheet-number-invalid";

    /// <summary><c>meetings.sheet-number-reused</c>: a sheet with this number was already entered for the meeting.</summary>
    public const string NumberReused = "meetings.sheet-number-reused";

    /// <summary><c>meetings.sheet-empty</c>: the sheet lists nobody.</summary>
    public const string Empty = "meetings.sheet-empty";

    /// <summary><c>meetings.sheet-too-long</c>: the sheet lists more lines than a sheet holds.</summary>
    public const string TooLong = "meetings.sheet-too-long";

    /// <summary><c>meetings.sheet-clerk-required</c>: the clerk who entered the sheet is not named.</summary>
    public const string ClerkRequired = "meetings.sheet-clerk-required";

    /// <summary><c>meetings.sheet-resident-unknown</c>: a line names nobody of the city (or the identifier is unreadable).</summary>
    public const string ResidentUnknown = "meetings.sheet-resident-unknown";

    /// <summary><c>meetings.sheet-resident-twice</c>: a line repeats a resident listed on an earlier line of the sheet.</summary>
    public const string ResidentTwice = "meetings.sheet-resident-twice";

    /// <summary><c>meetings.sheet-resident-present</c>: a line names a resident already recorded as present (on another sheet, on the web or in the hall).</summary>
    public const string ResidentPresent = "meetings.sheet-resident-present";

    /// <summary><c>meetings.sheet-line-refused</c>: the meeting refused a line (not open, the resident lives elsewhere); the message is the meeting's.</summary>
    public const string LineRefused = "meetings.sheet-line-refused";
}

/// <summary>One line of a paper attendance sheet as it is kept for audit: who entered it, when, from which sheet.</summary>
/// <param name="Meeting">The meeting.</param>
/// <param name="SheetNumber">The number written on the sheet.</param>
/// <param name="Line">The line's number on the sheet, from 1.</param>
/// <param name="Resident">The resident listed.</param>
/// <param name="EnteredBy">The clerk who entered it (their staff account's id).</param>
/// <param name="EnteredAt">When it was entered.</param>
public sealed record AttendanceSheetLine(MeetingId Meeting, string SheetNumber, int Line, ResidentId Resident, string EnteredBy, Instant EnteredAt);

/// <summary>The storage port of the paper attendance sheets' audit lines. The EF Core package implements it.</summary>
/// <remarks>Implementations are scoped to one unit of work and are not thread-safe. Every write is stored when the method returns.</remarks>
public interface IAttendanceSheetStore
{
    /// <summary>The lines entered for a meeting, by sheet and line.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The lines.</returns>
    Task<IReadOnlyList<AttendanceSheetLine>> LinesAsync(MeetingId meeting, CancellationToken cancellationToken = default);

    /// <summary>Stores a sheet's lines, unless a sheet with the same number is stored for the meeting (even by another clerk at the same moment).</summary>
    /// <param name="lines">The sheet's lines, all of one meeting and sheet number.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="false"/> when the sheet number was taken.</returns>
    Task<bool> AddSheetAsync(IReadOnlyList<AttendanceSheetLine> lines, CancellationToken cancellationToken = default);

    /// <summary>Removes a sheet's lines (when the meeting refused the sheet after they were stored).</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="sheetNumber">The sheet number.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once removed.</returns>
    Task RemoveSheetAsync(MeetingId meeting, string sheetNumber, CancellationToken cancellationToken = default);
}

/// <summary>
/// A clerk enters a meeting's paper attendance sheet: the residents listed on it, line by line. The whole sheet is
/// refused when any line is (each refusal names its line), so that the clerk corrects the sheet and enters it again
/// under the same number; an accepted sheet records every resident present with the same rule as the web and the hall
/// (<see cref="NeighbourhoodMeeting.RecordAttendance"/>), and keeps each line for audit.
/// </summary>
/// <param name="Municipality">The city.</param>
/// <param name="Meeting">The meeting; open.</param>
/// <param name="SheetNumber">The number written on the sheet: letters, digits and dashes, at most <see cref="RecordAttendanceSheetHandler.MaxSheetNumberLength"/>.</param>
/// <param name="Residents">The residents listed, in line order; <see langword="null"/> for a line whose identifier could not be read.</param>
/// <param name="EnteredBy">The clerk's staff account id.</param>
public sealed record RecordAttendanceSheet(MunicipalityId Municipality, MeetingId Meeting, string? SheetNumber, IReadOnlyList<ResidentId?>? Residents, string? EnteredBy) : ICommand<AttendanceSheetRecorded>;

/// <summary>What an accepted sheet did.</summary>
/// <param name="SheetNumber">The sheet number, as stored.</param>
/// <param name="Lines">How many lines it had (each a resident now recorded as present).</param>
public sealed record AttendanceSheetRecorded(string SheetNumber, int Lines);

/// <summary>Handles <see cref="RecordAttendanceSheet"/>.</summary>
/// <param name="store">The storage port of the model.</param>
/// <param name="sheets">The storage port of the sheets' audit lines.</param>
/// <param name="clock">Stamps the lines and the attendance.</param>
public sealed class RecordAttendanceSheetHandler(IGovernanceStore store, IAttendanceSheetStore sheets, IClock clock) : ICommandHandler<RecordAttendanceSheet, AttendanceSheetRecorded>
{
    /// <summary>The most lines one sheet holds.</summary>
    public const int MaxLines = 200;

    /// <summary>The longest sheet number.</summary>
    public const int MaxSheetNumberLength = 20;

    /// <summary>The longest clerk id kept.</summary>
    public const int MaxClerkLength = 100;

    /// <inheritdoc />
    public async Task<Result<AttendanceSheetRecorded>> HandleAsync(RecordAttendanceSheet command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var number = command.SheetNumber?.Trim().ToUpperInvariant() ?? string.Empty;
        var listed = command.Residents ?? [];
        var refusals = new List<RuleViolation>();
        if (number.Length == 0 || number.Length > MaxSheetNumberLength || !number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            refusals.Add(RuleViolation.Of(
                AttendanceSheetRuleIds.NumberInvalid,
                $"شمارهٔ برگه را همان‌طور که روی برگه نوشته شده وارد کنید: رقم و حرف لاتین و خط تیره، حداکثر {PersianDigits.Format(MaxSheetNumberLength)} نویسه.",
                $"Enter the sheet number as written on the sheet: Latin letters, digits and dashes, at most {MaxSheetNumberLength} characters.").AtField(nameof(command.SheetNumber)));
        }

        if (string.IsNullOrWhiteSpace(command.EnteredBy) || command.EnteredBy.Length > MaxClerkLength)
        {
            refusals.Add(RuleViolation.Of(AttendanceSheetRuleIds.ClerkRequired, "متصدی واردکنندهٔ برگه مشخص نیست.", "The clerk entering the sheet is not named.").AtField(nameof(command.EnteredBy)));
        }

        if (listed.Count == 0)
        {
            refusals.Add(RuleViolation.Of(AttendanceSheetRuleIds.Empty, "برگه هیچ شهروندی را فهرست نکرده است.", "The sheet lists nobody.").AtField(nameof(command.Residents)));
        }
        else if (listed.Count > MaxLines)
        {
            refusals.Add(RuleViolation.Of(
                AttendanceSheetRuleIds.TooLong,
                $"یک برگه بیش از {PersianDigits.Format(MaxLines)} سطر ندارد؛ آن را در چند برگه وارد کنید.",
                $"A sheet holds at most {MaxLines} lines; enter it as several sheets.").AtField(nameof(command.Residents)));
        }

        if (refusals.Count > 0)
        {
            return Result.Failure<AttendanceSheetRecorded>([.. refusals]);
        }

        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<AttendanceSheetRecorded>(municipality);
        }

        var meeting = await store.FindAsync(new NeighbourhoodMeetingByIdSpec(command.Meeting), cancellationToken);
        if (meeting is null || (await store.NeighbourhoodAsync(command.Municipality, meeting.NeighbourhoodId, cancellationToken)).IsFailure)
        {
            return Result.Failure<AttendanceSheetRecorded>(UseCaseRules.Missing(UseCaseRules.Things.Meeting).AtField(nameof(command.Meeting)));
        }

        if (meeting.Status != MeetingStatus.Open)
        {
            return Result.Failure<AttendanceSheetRecorded>(RuleViolation.Of(
                MeetingRuleIds.NotOpen,
                "حضور تنها در جلسهٔ باز ثبت می‌شود؛ برگه را پس از گشایش جلسه و پیش از بستن آن وارد کنید.",
                "Attendance is recorded only while the meeting is open; enter the sheet after it opens and before it closes."));
        }

        var earlier = await sheets.LinesAsync(command.Meeting, cancellationToken);
        if (earlier.Any(l => string.Equals(l.SheetNumber, number, StringComparison.OrdinalIgnoreCase)))
        {
            return Result.Failure<AttendanceSheetRecorded>(NumberReused(number));
        }

        var residents = (await store.ListAsync(new BudgetingVotersSpec(listed.OfType<ResidentId>()), cancellationToken)).ToDictionary(r => r.Id);
        var onSheets = earlier.GroupBy(l => l.Resident).ToDictionary(g => g.Key, g => g.First());
        var present = meeting.Attendees.Select(a => a.ResidentId).ToHashSet();
        var firstLine = new Dictionary<ResidentId, int>();
        for (var i = 0; i < listed.Count; i++)
        {
            var line = i + 1;
            var field = $"{nameof(command.Residents)}[{i}]";
            if (listed[i] is not { } id || !residents.TryGetValue(id, out var resident)
                || (await store.NeighbourhoodAsync(command.Municipality, resident.NeighbourhoodId, cancellationToken)).IsFailure)
            {
                refusals.Add(RuleViolation.Of(
                    AttendanceSheetRuleIds.ResidentUnknown,
                    $"سطر {PersianDigits.Format(line)}: این شناسه از شهروندان این شهر نیست؛ آن را با برگه مقایسه کنید.",
                    $"Line {line}: this identifier is not a resident of this city; check it against the sheet.").AtField(field));
            }
            else if (firstLine.TryGetValue(id, out var first))
            {
                refusals.Add(RuleViolation.Of(
                    AttendanceSheetRuleIds.ResidentTwice,
                    $"سطر {PersianDigits.Format(line)}: همان شهروند سطر {PersianDigits.Format(first)} است؛ هر شهروند یک بار در جلسه حاضر می‌شود.",
                    $"Line {line}: the same resident as line {first}; a resident attends a meeting once.").AtField(field));
            }
            else if (onSheets.TryGetValue(id, out var entered))
            {
                refusals.Add(RuleViolation.Of(
                    AttendanceSheetRuleIds.ResidentPresent,
                    $"سطر {PersianDigits.Format(line)}: این شهروند پیش‌تر در سطر {PersianDigits.Format(entered.Line)} برگهٔ {entered.SheetNumber} ثبت شده است.",
                    $"Line {line}: this resident is already recorded on line {entered.Line} of sheet {entered.SheetNumber}.").AtField(field));
            }
            else if (present.Contains(id))
            {
                refusals.Add(RuleViolation.Of(
                    AttendanceSheetRuleIds.ResidentPresent,
                    $"سطر {PersianDigits.Format(line)}: حضور این شهروند پیش‌تر (در سالن یا از وب) ثبت شده است.",
                    $"Line {line}: this resident's attendance is already recorded (in the hall or on the web).").AtField(field));
            }
            else
            {
                firstLine[id] = line;
                if (resident.NeighbourhoodId != meeting.NeighbourhoodId)
                {
                    refusals.Add(RuleViolation.Of(
                        AttendanceSheetRuleIds.LineRefused,
                        $"سطر {PersianDigits.Format(line)}: این شهروند ساکن محلهٔ این جلسه نیست؛ تنها ساکنان محله در جلسه ثبت می‌شوند.",
                        $"Line {line}: this resident does not live in the meeting's neighbourhood; only its residents are recorded as present.").AtField(field));
                }
            }
        }

        if (refusals.Count > 0)
        {
            return Result.Failure<AttendanceSheetRecorded>([.. refusals]);
        }

        var now = clock.GetCurrentInstant();
        var lines = listed.Select((id, i) => new AttendanceSheetLine(command.Meeting, number, i + 1, id!.Value, command.EnteredBy!.Trim(), now)).ToList();
        if (!await sheets.AddSheetAsync(lines, cancellationToken))
        {
            return Result.Failure<AttendanceSheetRecorded>(NumberReused(number));
        }

        var ordered = lines.Select(l => residents[l.Resident]).ToList();
        var recorded = await MeetingInput.ChangeAsync(store, command.Municipality, command.Meeting, [], m =>
        {
            foreach (var resident in ordered)
            {
                var one = m.RecordAttendance(resident, now);
                if (one.IsFailure)
                {
                    return one;
                }
            }

            return Result.Success();
        }, cancellationToken);
        if (recorded.IsFailure)
        {
            // The meeting refused it after all (closed meanwhile): the audit keeps no sheet that counted nobody.
            await sheets.RemoveSheetAsync(command.Meeting, number, CancellationToken.None);
            return HandlerSteps.Fail<AttendanceSheetRecorded>(recorded);
        }

        return Result.Success(new AttendanceSheetRecorded(number, lines.Count));
    }

    private static RuleViolation NumberReused(string number) => RuleViolation.Of(
        AttendanceSheetRuleIds.NumberReused,
        $"برگهٔ شمارهٔ {number} پیش‌تر برای این جلسه وارد شده است؛ شمارهٔ برگه را بررسی کنید.",
        $"Sheet {number} was already entered for this meeting; check the sheet number.").AtField(nameof(RecordAttendanceSheet.SheetNumber));
}
