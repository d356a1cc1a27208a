using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings.Events;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Meetings;

/// <summary>
/// A meeting of a neighbourhood's residents (جلسه محله), at a place (often its mosque) and time, with an agenda,
/// recorded attendance, votes on agenda items and minutes. Phase 2 of the model: policy in each neighbourhood goes
/// ahead with its residents' approval.
/// </summary>
/// <remarks>
/// Only residents of the neighbourhood are recorded as present, and only those present vote, once per item. A closed
/// or cancelled meeting cannot change. An aggregate root: mutable, not thread-safe.
/// </remarks>
public sealed class NeighbourhoodMeeting : AggregateRoot<MeetingId>
{
    /// <summary>The longest agenda item title accepted.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>The longest agenda item description accepted.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>The longest minutes accepted; the column is unbounded, so this is the model's own limit.</summary>
    public const int MaxMinutesLength = 20000;

    /// <summary>The longest cancellation reason accepted, as its column holds.</summary>
    public const int MaxCancellationReasonLength = 4000;

    private static readonly LocalizedText TitleName = new("عنوان بند دستور جلسه", "The agenda item's title");
    private static readonly LocalizedText DescriptionName = new("شرح بند دستور جلسه", "The agenda item's description");
    private static readonly LocalizedText MinutesName = new("صورت‌جلسه", "The minutes");
    private static readonly LocalizedText CancellationReasonName = new("دلیل لغو جلسه", "The reason for cancelling");

    private readonly List<AgendaItem> _agenda = [];
    private readonly List<MeetingAttendee> _attendees = [];

    private NeighbourhoodMeeting(MeetingId id, NeighbourhoodId neighbourhoodId, LocalizedText place, Instant startsAt, MeetingRules rules)
        : base(id)
    {
        NeighbourhoodId = neighbourhoodId;
        Place = place;
        StartsAt = startsAt;
        Rules = rules;
        Status = MeetingStatus.Scheduled;
    }

    // For object-relational mappers.
    private NeighbourhoodMeeting()
        : base(default)
    {
        Place = null!;
        Rules = null!;
    }

    /// <summary>The neighbourhood whose residents meet.</summary>
    public NeighbourhoodId NeighbourhoodId { get; private set; }

    /// <summary>Where the meeting is held, such as the neighbourhood's mosque.</summary>
    public LocalizedText Place { get; private set; }

    /// <summary>When the meeting starts.</summary>
    public Instant StartsAt { get; private set; }

    /// <summary>The quorum and majority rules in force when the meeting was scheduled.</summary>
    public MeetingRules Rules { get; private set; }

    /// <summary>Scheduled, open, closed or cancelled.</summary>
    public MeetingStatus Status { get; private set; }

    /// <summary>The agenda, by item number.</summary>
    public IReadOnlyList<AgendaItem> Agenda => _agenda;

    /// <summary>The residents recorded as present.</summary>
    public IReadOnlyList<MeetingAttendee> Attendees => _attendees;

    /// <summary>The minutes, once the meeting is closed.</summary>
    public string? Minutes { get; private set; }

    /// <summary>When the meeting was closed or cancelled.</summary>
    public Instant? EndedAt { get; private set; }

    /// <summary>Why the meeting was cancelled, when it was.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>The ISO-calendar date of the meeting in the city's time zone.</summary>
    public LocalDate HeldOn => PersianDates.InCity(StartsAt).Date;

    /// <summary>The decisions taken, in agenda order.</summary>
    public IEnumerable<NeighbourhoodDecision> Decisions => _agenda.Where(i => i.Decision is not null).Select(i => i.Decision!);

    /// <summary>Schedules a meeting of a neighbourhood.</summary>
    /// <param name="id">The identifier; not the empty GUID.</param>
    /// <param name="neighbourhood">The neighbourhood.</param>
    /// <param name="place">Where it is held.</param>
    /// <param name="startsAt">When it starts.</param>
    /// <param name="rules">The charter's meeting rules (<see cref="Municipalities.GovernanceCharter.Meetings"/>).</param>
    /// <returns>The scheduled meeting.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NeighbourhoodMeeting Schedule(MeetingId id, Neighbourhood neighbourhood, LocalizedText place, Instant startsAt, MeetingRules rules)
    {
        Guard.NotEmpty(id.Value, nameof(id));
        ArgumentNullException.ThrowIfNull(neighbourhood);
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(rules);
        var meeting = new NeighbourhoodMeeting(id, neighbourhood.Id, place, startsAt, rules);
        meeting.Raise(new MeetingScheduled(id, neighbourhood.Id, startsAt));
        return meeting;
    }

    /// <summary>Adds an item to the agenda, before or during the meeting.</summary>
    /// <param name="title">The question or proposal; at most <see cref="MaxTitleLength"/> characters.</param>
    /// <param name="description">More detail, if wanted; at most <see cref="MaxDescriptionLength"/> characters.</param>
    /// <returns>
    /// The new item's number, or a failure when the meeting is closed or cancelled, or a text is refused by
    /// <see cref="UserText.Check"/> (an <see cref="InputRuleIds"/> rule).
    /// </returns>
    public Result<int> AddAgendaItem(string? title, string? description = null)
    {
        var refusal = Ended()
            ?? UserText.Check(title, MaxTitleLength, TitleName, multiline: false)
            ?? UserText.Check(description, MaxDescriptionLength, DescriptionName, required: false, multiline: true);
        if (refusal is not null)
        {
            return Result.Failure<int>(refusal);
        }

        var item = new AgendaItem(_agenda.Count + 1, UserText.Clean(title!), UserText.CleanOptional(description));
        _agenda.Add(item);
        return Result.Success(item.Number);
    }

    /// <summary>Opens the meeting, so that attendance can be recorded and items voted on.</summary>
    /// <param name="at">When it opened.</param>
    /// <returns>Success, or a failure when it is not scheduled.</returns>
    public Result Open(Instant at)
    {
        if (Status != MeetingStatus.Scheduled)
        {
            return Result.Failure(Ended() ?? RuleViolation.Of(
                MeetingRuleIds.AlreadyOpen,
                "جلسه پیش‌تر آغاز شده است.",
                "The meeting is already open."));
        }

        Status = MeetingStatus.Open;
        Raise(new MeetingOpened(Id, at));
        return Result.Success();
    }

    /// <summary>Records a resident of the neighbourhood as present.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="at">When the attendance was recorded.</param>
    /// <returns>
    /// Success (also when already recorded, which changes nothing); or a failure when the meeting is not open or the
    /// resident does not live in the neighbourhood.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="resident"/> is null.</exception>
    public Result RecordAttendance(Resident resident, Instant at)
    {
        ArgumentNullException.ThrowIfNull(resident);
        if (NotOpen() is { } notOpen)
        {
            return Result.Failure(notOpen);
        }

        if (resident.NeighbourhoodId != NeighbourhoodId)
        {
            return Result.Failure(RuleViolation.Of(
                MeetingRuleIds.NotAResident,
                "این شهروند ساکن این محله نیست؛ تنها ساکنان محله در جلسه ثبت می‌شوند و رأی می‌دهند.",
                "This resident does not live in this neighbourhood; only its residents are recorded as present and vote."));
        }

        if (IsPresent(resident.Id))
        {
            return Result.Success();
        }

        _attendees.Add(new MeetingAttendee(resident.Id, at));
        return Result.Success();
    }

    /// <summary>Puts an agenda item to the residents present.</summary>
    /// <param name="itemNumber">The item's number.</param>
    /// <returns>Success, or a failure when the meeting is not open, the item does not exist, or it is already voting or decided.</returns>
    public Result PutToVote(int itemNumber)
    {
        if (NotOpen() is { } notOpen)
        {
            return Result.Failure(notOpen);
        }

        if (FindItem(itemNumber) is not { } item)
        {
            return Result.Failure(NoSuchItem(itemNumber));
        }

        if (item.Status != AgendaItemStatus.Pending)
        {
            return Result.Failure(RuleViolation.Of(
                MeetingRuleIds.ItemNotPending,
                $"بند {PersianDigits.Format(itemNumber)} پیش‌تر به رأی گذاشته شده است.",
                $"Item {itemNumber} has already been put to the vote."));
        }

        item.OpenVoting();
        return Result.Success();
    }

    /// <summary>Records a resident's vote on an item under vote.</summary>
    /// <param name="itemNumber">The item's number.</param>
    /// <param name="voter">The resident voting.</param>
    /// <param name="choice">For, against or abstain.</param>
    /// <param name="at">When the vote was cast.</param>
    /// <returns>
    /// Success; or a failure when the meeting is not open, the item is not under vote, the resident did not attend, or
    /// the resident has already voted on it.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="choice"/> is undefined.</exception>
    public Result CastVote(int itemNumber, ResidentId voter, VoteChoice choice, Instant at)
    {
        if (!Enum.IsDefined(choice))
        {
            throw new ArgumentOutOfRangeException(nameof(choice), choice, "Not a defined vote choice.");
        }

        if (NotOpen() is { } notOpen)
        {
            return Result.Failure(notOpen);
        }

        if (FindItem(itemNumber) is not { } item)
        {
            return Result.Failure(NoSuchItem(itemNumber));
        }

        if (item.Status != AgendaItemStatus.Voting)
        {
            return Result.Failure(RuleViolation.Of(
                MeetingRuleIds.ItemNotVoting,
                $"بند {PersianDigits.Format(itemNumber)} اکنون به رأی گذاشته نشده است.",
                $"Item {itemNumber} is not open for voting."));
        }

        if (!IsPresent(voter))
        {
            return Result.Failure(RuleViolation.Of(
                MeetingRuleIds.VoterAbsent,
                "تنها ساکنانی که حضورشان در جلسه ثبت شده رأی می‌دهند.",
                "Only residents recorded as present at the meeting may vote; record the resident's attendance first."));
        }

        if (item.HasVoted(voter))
        {
            return Result.Failure(RuleViolation.Of(
                MeetingRuleIds.AlreadyVoted,
                $"این شهروند پیش‌تر به بند {PersianDigits.Format(itemNumber)} رأی داده است؛ هر نفر یک رأی دارد.",
                $"This resident has already voted on item {itemNumber}; each resident votes once."));
        }

        item.Add(new Vote(voter, choice, at));
        return Result.Success();
    }

    /// <summary>Closes the vote on an item and records the decision under the meeting's rules.</summary>
    /// <param name="itemNumber">The item's number.</param>
    /// <param name="at">When the vote closed.</param>
    /// <returns>The decision, or a failure when the meeting is not open or the item is not under vote.</returns>
    public Result<NeighbourhoodDecision> Decide(int itemNumber, Instant at)
    {
        if (NotOpen() is { } notOpen)
        {
            return Result.Failure<NeighbourhoodDecision>(notOpen);
        }

        if (FindItem(itemNumber) is not { } item)
        {
            return Result.Failure<NeighbourhoodDecision>(NoSuchItem(itemNumber));
        }

        if (item.Status != AgendaItemStatus.Voting)
        {
            return Result.Failure<NeighbourhoodDecision>(RuleViolation.Of(
                MeetingRuleIds.ItemNotVoting,
                $"بند {PersianDigits.Format(itemNumber)} به رأی گذاشته نشده است.",
                $"Item {itemNumber} is not open for voting, so there is nothing to decide."));
        }

        var votesFor = item.Votes.Count(v => v.Choice == VoteChoice.For);
        var votesAgainst = item.Votes.Count(v => v.Choice == VoteChoice.Against);
        var abstentions = item.Votes.Count(v => v.Choice == VoteChoice.Abstain);
        var quorate = Rules.IsQuorate(item.Votes.Count, _attendees.Count);
        var outcome = !quorate ? DecisionOutcome.NoQuorum
            : Rules.Passes(votesFor, votesAgainst, abstentions) ? DecisionOutcome.Passed
            : DecisionOutcome.Rejected;
        var decision = new NeighbourhoodDecision(itemNumber, votesFor, votesAgainst, abstentions, _attendees.Count, quorate, outcome, Rules.Majority, at);
        item.Record(decision);
        Raise(new NeighbourhoodDecisionTaken(Id, NeighbourhoodId, decision));
        return Result.Success(decision);
    }

    /// <summary>Closes the meeting with its minutes; after this nothing can change.</summary>
    /// <param name="minutes">The minutes.</param>
    /// <param name="at">When it closed.</param>
    /// <returns>
    /// Success, or a failure when it is not open, an item is still under vote, or the minutes are refused by
    /// <see cref="UserText.Check"/> (at most <see cref="MaxMinutesLength"/> characters).
    /// </returns>
    public Result Close(string? minutes, Instant at)
    {
        if (NotOpen() is { } notOpen)
        {
            return Result.Failure(notOpen);
        }

        var voting = _agenda.Find(i => i.Status == AgendaItemStatus.Voting);
        if (voting is not null)
        {
            return Result.Failure(RuleViolation.Of(
                MeetingRuleIds.ItemStillVoting,
                $"رأی‌گیری بند {PersianDigits.Format(voting.Number)} هنوز باز است؛ پیش از بستن جلسه آن را جمع‌بندی کنید.",
                $"Item {voting.Number} is still being voted on; decide it before closing the meeting."));
        }

        if (UserText.Check(minutes, MaxMinutesLength, MinutesName, multiline: true) is { } badMinutes)
        {
            return Result.Failure(badMinutes);
        }

        Minutes = UserText.Clean(minutes!);
        EndedAt = at;
        Status = MeetingStatus.Closed;
        Raise(new MeetingClosed(Id, NeighbourhoodId, at, _attendees.Count));
        return Result.Success();
    }

    /// <summary>Calls off a meeting that has not been closed.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="at">When.</param>
    /// <returns>
    /// Success, or a failure when the meeting is already closed or cancelled, a decision has been taken, or the reason is
    /// refused by <see cref="UserText.Check"/> (at most <see cref="MaxCancellationReasonLength"/> characters).
    /// </returns>
    public Result Cancel(string? reason, Instant at)
    {
        if (Ended() is { } ended)
        {
            return Result.Failure(ended);
        }

        if (Decisions.Any())
        {
            return Result.Failure(RuleViolation.Of(
                MeetingRuleIds.HasDecisions,
                "این جلسه تصمیم گرفته است؛ آن را با صورت‌جلسه ببندید، نه لغو.",
                "This meeting has taken decisions; close it with minutes instead of cancelling it."));
        }

        if (UserText.Check(reason, MaxCancellationReasonLength, CancellationReasonName, multiline: true) is { } badReason)
        {
            return Result.Failure(badReason);
        }

        CancellationReason = UserText.Clean(reason!);
        EndedAt = at;
        Status = MeetingStatus.Cancelled;
        Raise(new MeetingCancelled(Id, at));
        return Result.Success();
    }

    /// <summary>Whether a resident is recorded as present.</summary>
    /// <param name="residentId">The resident.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool IsPresent(ResidentId residentId) => _attendees.Exists(a => a.ResidentId == residentId);

    /// <summary>The attendance of a closed meeting as participation records, for the active-citizen rules.</summary>
    /// <returns>One <see cref="ParticipationKind.MeetingAttended"/> record per attendee; none unless the meeting is closed.</returns>
    public IEnumerable<Participation> Participations() =>
        Status != MeetingStatus.Closed
            ? []
            : _attendees.Select(a => new Participation(a.ResidentId, NeighbourhoodId, ParticipationKind.MeetingAttended, HeldOn, Id.Value));

    private AgendaItem? FindItem(int number) => _agenda.Find(i => i.Number == number);

    private RuleViolation? Ended() => Status switch
    {
        MeetingStatus.Closed => RuleViolation.Of(
            MeetingRuleIds.Closed,
            "جلسه بسته شده است و دیگر تغییر نمی‌کند.",
            "The meeting is closed and can no longer change."),
        MeetingStatus.Cancelled => RuleViolation.Of(
            MeetingRuleIds.Cancelled,
            "جلسه لغو شده است و دیگر تغییر نمی‌کند.",
            "The meeting was cancelled and can no longer change."),
        _ => null,
    };

    private RuleViolation? NotOpen() => Ended() ?? (Status == MeetingStatus.Scheduled
        ? RuleViolation.Of(
            MeetingRuleIds.NotOpen,
            "جلسه هنوز آغاز نشده است؛ نخست آن را باز کنید.",
            "The meeting has not been opened yet; open it first.")
        : null);

    private static RuleViolation NoSuchItem(int number) => RuleViolation.Of(
        MeetingRuleIds.NoSuchItem,
        $"بند {PersianDigits.Format(number)} در دستور جلسه نیست.",
        $"There is no item {number} on the agenda.");
}
