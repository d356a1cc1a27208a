using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.Events;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Events;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Events;
using ParticipatoryGovernance.Budgeting.Events;

namespace ParticipatoryGovernance.EntityFrameworkCore.Notifications;

/// <summary>
/// One notification an event becomes: the text in both languages, what it is about, and who receives it. A resident
/// named by two drafts of one event gets only the first.
/// </summary>
internal sealed record NotificationDraft(LocalizedText Subject, LocalizedText Body, string? ThingKind, Guid? ThingId, IReadOnlyCollection<Guid> Audience);

/// <summary>
/// Which events become notifications, for whom and with which words. Adding an event type is one entry in
/// <see cref="Rules"/>: a function from the event to its drafts, with <see cref="Audiences"/> to find the people.
/// </summary>
internal static class NotificationRules
{
    private static readonly Dictionary<Type, Func<IDomainEvent, Audiences, CancellationToken, Task<IReadOnlyList<NotificationDraft>>>> Rules = new()
    {
        [typeof(IdeaStatusChanged)] = (e, a, c) => IdeaStatusAsync((IdeaStatusChanged)e, a, c),
        [typeof(IdeaProgressReported)] = (e, a, c) => IdeaProgressAsync((IdeaProgressReported)e, a, c),
        [typeof(IdeaVisibilityChanged)] = (e, a, c) => IdeaModeratedAsync((IdeaVisibilityChanged)e, a, c),
        [typeof(MeetingScheduled)] = (e, a, c) => MeetingScheduledAsync((MeetingScheduled)e, a, c),
        [typeof(NeighbourhoodDecisionTaken)] = (e, a, c) => DecisionAsync((NeighbourhoodDecisionTaken)e, a, c),
        [typeof(MeetingCancelled)] = (e, a, c) => MeetingCancelledAsync((MeetingCancelled)e, a, c),
        [typeof(YouthMayorCampaignStageStarted)] = (e, a, c) => CampaignStageAsync((YouthMayorCampaignStageStarted)e, a, c),
        [typeof(YouthMayorChosen)] = (e, a, c) => SeatWonAsync(((YouthMayorChosen)e).ResidentId, ((YouthMayorChosen)e).NeighbourhoodId, "campaign", ((YouthMayorChosen)e).CampaignId.Value, a, c),
        [typeof(BudgetingRoundOpened)] = (e, a, c) => RoundAsync(((BudgetingRoundOpened)e).RoundId, opened: true, 0, a, c),
        [typeof(CommentPosted)] = (e, a, c) => CommentPostedAsync((CommentPosted)e, a, c),
        [typeof(BudgetingRoundClosed)] = (e, a, c) => RoundAsync(((BudgetingRoundClosed)e).RoundId, opened: false, ((BudgetingRoundClosed)e).Ballots, a, c),
    };

    /// <summary>Whether an event type becomes notifications at all.</summary>
    public static bool Handles(string eventType) => Rules.Keys.Any(t => t.FullName == eventType);

    /// <summary>The drafts an event becomes; none for an event nobody is told of.</summary>
    public static Task<IReadOnlyList<NotificationDraft>> DraftsAsync(IDomainEvent domainEvent, Audiences audiences, CancellationToken cancellationToken) =>
        Rules.TryGetValue(domainEvent.GetType(), out var rule) ? rule(domainEvent, audiences, cancellationToken) : Task.FromResult<IReadOnlyList<NotificationDraft>>([]);

    private static async Task<IReadOnlyList<NotificationDraft>> IdeaStatusAsync(IdeaStatusChanged e, Audiences a, CancellationToken c)
    {
        if (await a.IdeaAsync(e.IdeaId, c) is not { } idea)
        {
            return [];
        }

        var t = e.Transition;
        var audience = Except(Union([idea.ProposerId.Value], await a.FollowersAsync(FollowKind.Idea, e.IdeaId.Value, c)), t.By);
        var status = IdeaStatuses.NameOf(t.To);
        var date = Dates(t.At);
        var (subject, body) = t.To switch
        {
            IdeaStatus.Accepted or IdeaStatus.Rejected => (
                LocalizedText.Of($"پاسخ رسمی به ایدهٔ «{idea.Title}»", $"Official answer to the idea “{idea.Title}”"),
                LocalizedText.Of($"ایده {status.Persian} شد ({date.Persian}). پاسخ شهرداری: {t.Reason}", $"The idea was {status} ({date}). The municipality's answer: {t.Reason}")),
            IdeaStatus.UnderReview when t.By.Kind == ActorKind.Charter => (
                LocalizedText.Of($"ایدهٔ «{idea.Title}» به حد نصاب حمایت رسید", $"“{idea.Title}” reached its support threshold"),
                LocalizedText.Of($"ایده با حمایت شهروندان به بررسی شهرداری رفت ({date.Persian}).", $"With residents' support the idea went to the municipality for review ({date}).")),
            _ => (
                LocalizedText.Of($"وضعیت ایدهٔ «{idea.Title}»: {status.Persian}", $"“{idea.Title}” is now {status}"),
                LocalizedText.Of($"وضعیت ایده در {date.Persian} به «{status.Persian}» تغییر کرد. {t.Reason}", $"The idea's status changed to {status} on {date}. {t.Reason}")),
        };
        return [new(subject, body, "idea", e.IdeaId.Value, audience)];
    }

    private static async Task<IReadOnlyList<NotificationDraft>> IdeaProgressAsync(IdeaProgressReported e, Audiences a, CancellationToken c)
    {
        if (await a.IdeaAsync(e.IdeaId, c) is not { } idea)
        {
            return [];
        }

        var m = e.Milestone;
        var audience = Union([idea.ProposerId.Value], await a.FollowersAsync(FollowKind.Idea, e.IdeaId.Value, c));
        return
        [
            new(
                LocalizedText.Of($"پیشرفت اجرای «{idea.Title}»: {PersianDigits.Format(m.ProgressPercent)}٪", $"Progress on “{idea.Title}”: {m.ProgressPercent}%"),
                new LocalizedText($"{PersianDates.FormatLong(m.ReachedOn)}: {m.Description}", $"{PersianDates.FormatLatin(m.ReachedOn)}: {m.Description}"),
                "idea",
                e.IdeaId.Value,
                audience),
        ];
    }

    /// <summary>A report decided: the proposer hears that their idea was hidden after reports, restored or removed.</summary>
    private static async Task<IReadOnlyList<NotificationDraft>> IdeaModeratedAsync(IdeaVisibilityChanged e, Audiences a, CancellationToken c)
    {
        if (await a.IdeaAsync(e.IdeaId, c) is not { } idea)
        {
            return [];
        }

        var change = e.Change;
        var date = Dates(change.At);
        // Whole phrases as texts of their own, so that other languages get their words, not the English ones.
        var what = change.To switch
        {
            IdeaVisibility.Visible => LocalizedText.Of("دوباره نمایش داده می‌شود", "is shown again"),
            IdeaVisibility.Hidden => LocalizedText.Of("پس از گزارش‌ها تا تصمیم ناظر پنهان شد", "was hidden after reports until a moderator decides"),
            _ => LocalizedText.Of("برداشته شد", "was removed"),
        };
        return
        [
            new(
                LocalizedText.Of($"ایدهٔ «{idea.Title}» {what.Persian}", $"Your idea “{idea.Title}” {what}"),
                new LocalizedText($"{date.Persian}: {change.Reason}", $"{date.English}: {change.Reason}"),
                "idea",
                e.IdeaId.Value,
                [idea.ProposerId.Value]),
        ];
    }

    /// <summary>
    /// A comment: the author of the comment it answers is told of the reply; the idea's proposer and the followers of the
    /// idea (or of the meeting, for an agenda item) of the new comment. Nobody is told of their own comment.
    /// </summary>
    private static async Task<IReadOnlyList<NotificationDraft>> CommentPostedAsync(CommentPosted e, Audiences a, CancellationToken c)
    {
        var author = e.AuthorId.Value;
        string title;
        string thingKind;
        FollowKind followed;
        if (e.Subject.Kind == CommentSubjectKind.Idea)
        {
            title = (await a.IdeaAsync(new CitizenIdeaId(e.Subject.Id), c))?.Title ?? string.Empty;
            (thingKind, followed) = ("idea", FollowKind.Idea);
        }
        else
        {
            title = await a.AgendaItemTitleAsync(new MeetingId(e.Subject.Id), e.Subject.AgendaItemNumber ?? 0, c);
            (thingKind, followed) = ("meeting", FollowKind.Meeting);
        }

        var date = Dates(e.At);
        var drafts = new List<NotificationDraft>();
        if (e.ParentAuthorId is { } parent && parent.Value != author)
        {
            drafts.Add(new(
                LocalizedText.Of($"پاسخی به نظر شما دربارهٔ «{title}»", $"A reply to your comment on “{title}”"),
                LocalizedText.Of($"کسی در {date.Persian} به نظر شما پاسخ داد.", $"Someone replied to your comment on {date}."),
                thingKind,
                e.Subject.Id,
                [parent.Value]));
        }

        var others = Union(e.SubjectProposerId is { } proposer ? [proposer.Value] : [], await a.FollowersAsync(followed, e.Subject.Id, c));
        others.Remove(author);
        if (others.Count > 0)
        {
            drafts.Add(new(
                LocalizedText.Of($"نظر تازه دربارهٔ «{title}»", $"A new comment on “{title}”"),
                LocalizedText.Of($"نظری تازه در {date.Persian} نوشته شد.", $"A new comment was posted on {date}."),
                thingKind,
                e.Subject.Id,
                others));
        }

        return drafts;
    }

    private static async Task<IReadOnlyList<NotificationDraft>> MeetingScheduledAsync(MeetingScheduled e, Audiences a, CancellationToken c)
    {
        var name = await a.NeighbourhoodNameAsync(e.NeighbourhoodId, c);
        var when = DateTimes(e.StartsAt);
        var audience = Union(await a.ResidentsOfAsync(e.NeighbourhoodId, c), await a.FollowersAsync(FollowKind.Neighbourhood, e.NeighbourhoodId.Value, c));
        return
        [
            new(
                LocalizedText.Of($"جلسهٔ محلهٔ {name.Persian}: {when.Persian}", $"{name} neighbourhood meeting: {when}"),
                LocalizedText.Of($"جلسهٔ ساکنان محلهٔ {name.Persian} در {when.Persian} برگزار می‌شود.", $"The residents of {name} meet on {when}."),
                "meeting",
                e.MeetingId.Value,
                audience),
        ];
    }

    private static async Task<IReadOnlyList<NotificationDraft>> DecisionAsync(NeighbourhoodDecisionTaken e, Audiences a, CancellationToken c)
    {
        var name = await a.NeighbourhoodNameAsync(e.NeighbourhoodId, c);
        var d = e.Decision;
        var title = await a.AgendaItemTitleAsync(e.MeetingId, d.ItemNumber, c);
        var outcome = d.Outcome switch
        {
            DecisionOutcome.Passed => LocalizedText.Of("تصویب شد", "passed"),
            DecisionOutcome.Rejected => LocalizedText.Of("رد شد", "was rejected"),
            _ => LocalizedText.Of("به حد نصاب نرسید", "did not reach a quorum"),
        };
        var audience = Union(
            await a.ResidentsOfAsync(e.NeighbourhoodId, c),
            await a.FollowersAsync(FollowKind.Meeting, e.MeetingId.Value, c),
            await a.FollowersAsync(FollowKind.Neighbourhood, e.NeighbourhoodId.Value, c));
        return
        [
            new(
                LocalizedText.Of($"تصمیم محلهٔ {name.Persian}: «{title}» {outcome.Persian}", $"{name} decided: “{title}” {outcome}"),
                LocalizedText.Of(
                    $"موافق {PersianDigits.Format(d.VotesFor)}، مخالف {PersianDigits.Format(d.VotesAgainst)}، ممتنع {PersianDigits.Format(d.Abstentions)} ({Dates(d.DecidedAt).Persian}).",
                    $"For {d.VotesFor}, against {d.VotesAgainst}, abstaining {d.Abstentions} ({Dates(d.DecidedAt)})."),
                "meeting",
                e.MeetingId.Value,
                audience),
        ];
    }

    private static async Task<IReadOnlyList<NotificationDraft>> MeetingCancelledAsync(MeetingCancelled e, Audiences a, CancellationToken c)
    {
        if (await a.MeetingAsync(e.MeetingId, c) is not { } meeting)
        {
            return [];
        }

        var name = await a.NeighbourhoodNameAsync(meeting.NeighbourhoodId, c);
        var when = DateTimes(meeting.StartsAt);
        var audience = Union(
            await a.ResidentsOfAsync(meeting.NeighbourhoodId, c),
            await a.FollowersAsync(FollowKind.Meeting, e.MeetingId.Value, c));
        return
        [
            new(
                LocalizedText.Of($"جلسهٔ محلهٔ {name.Persian} لغو شد", $"The {name} meeting is called off"),
                LocalizedText.Of($"جلسهٔ {when.Persian} برگزار نمی‌شود. {meeting.CancellationReason}", $"The meeting of {when} will not take place. {meeting.CancellationReason}"),
                "meeting",
                e.MeetingId.Value,
                audience),
        ];
    }

    private static async Task<IReadOnlyList<NotificationDraft>> CampaignStageAsync(YouthMayorCampaignStageStarted e, Audiences a, CancellationToken c)
    {
        if (await a.CampaignAsync(e.CampaignId, c) is not { } campaign)
        {
            return [];
        }

        var stage = CampaignStages.NameOf(e.Stage);
        return
        [
            new(
                LocalizedText.Of($"پویش «{campaign.Name.Persian}»: مرحلهٔ {stage.Persian}", $"“{campaign.Name}”: the {stage} stage"),
                LocalizedText.Of($"مرحلهٔ {stage.Persian} از {PersianDates.FormatLong(e.On)} آغاز شد.", $"The {stage} stage started on {e.On}."),
                "campaign",
                e.CampaignId.Value,
                await a.ResidentsOfCityAsync(campaign.MunicipalityId, c)),
        ];
    }

    /// <summary>
    /// A youth-mayor seat won, when the campaign seats the winner (<see cref="YouthMayorChosen"/>, after an interview or a
    /// declared election; an election's count alone is not yet a seat, so it is not announced twice). The winner hears it
    /// in their own words; the neighbourhood and its followers without the name (the winner is a minor).
    /// </summary>
    private static async Task<IReadOnlyList<NotificationDraft>> SeatWonAsync(ResidentId winner, NeighbourhoodId neighbourhood, string thingKind, Guid thingId, Audiences a, CancellationToken c)
    {
        var name = await a.NeighbourhoodNameAsync(neighbourhood, c);
        var others = Union(await a.ResidentsOfAsync(neighbourhood, c), await a.FollowersAsync(FollowKind.Neighbourhood, neighbourhood.Value, c));
        return
        [
            new(
                LocalizedText.Of($"شما شهردار نوجوان محلهٔ {name.Persian} شدید", $"You won the youth-mayor seat of {name}"),
                LocalizedText.Of("تبریک! برنامهٔ آموزش و آغاز کار را شهرداری به شما اعلام می‌کند.", "Congratulations! The municipality will tell you about training and your start."),
                thingKind,
                thingId,
                [winner.Value]),
            new(
                LocalizedText.Of($"شهردار نوجوان محلهٔ {name.Persian} برگزیده شد", $"{name} has a new youth mayor"),
                LocalizedText.Of("نمایه‌ی عمومی او را در صفحهٔ محله ببینید.", "See their public profile on the neighbourhood's page."),
                thingKind,
                thingId,
                others),
        ];
    }

    private static async Task<IReadOnlyList<NotificationDraft>> RoundAsync(BudgetingRoundId roundId, bool opened, int ballots, Audiences a, CancellationToken c)
    {
        if (await a.RoundAsync(roundId, c) is not { } round)
        {
            return [];
        }

        // One neighbourhood at a time: the audiences share one context, which runs one query at a time.
        IReadOnlyCollection<Guid> audience;
        if (round.NeighbourhoodId is { } one)
        {
            audience = await a.ResidentsOfAsync(one, c);
        }
        else if (round.Area.Count > 0)
        {
            var inArea = new HashSet<Guid>();
            foreach (var neighbourhood in round.Area)
            {
                inArea.UnionWith(await a.ResidentsOfAsync(neighbourhood, c));
            }

            audience = inArea;
        }
        else
        {
            audience = await a.ResidentsOfCityAsync(round.MunicipalityId, c);
        }

        var (subject, body) = opened
            ? (LocalizedText.Of($"بودجهٔ مشارکتی «{round.Title}»: رأی‌گیری باز شد", $"Participatory budget “{round.Title}”: voting is open"),
               LocalizedText.Of(
                   $"رأی‌گیری از {PersianDates.FormatLong(round.VotingOpensOn)} تا {PersianDates.FormatLong(round.VotingClosesOn)} است.",
                   $"Voting runs from {round.VotingOpensOn} to {round.VotingClosesOn}."))
            : (LocalizedText.Of($"بودجهٔ مشارکتی «{round.Title}»: رأی‌گیری بسته شد", $"Participatory budget “{round.Title}”: voting has closed"),
               LocalizedText.Of($"{PersianDigits.Format(ballots)} رأی ثبت شد؛ نتیجه در صفحهٔ دور منتشر می‌شود.", $"{ballots} ballots were cast; the outcome is published on the round's page."));
        return [new(subject, body, "round", roundId.Value, audience)];
    }

    private static HashSet<Guid> Union(params IEnumerable<Guid>[] groups)
    {
        var all = new HashSet<Guid>();
        foreach (var group in groups)
        {
            all.UnionWith(group);
        }

        return all;
    }

    /// <summary>Nobody is told of their own act.</summary>
    private static IReadOnlyCollection<Guid> Except(IReadOnlyCollection<Guid> audience, Actor by) =>
        by.Kind == ActorKind.Resident && by.ResidentId is { } actor ? [.. audience.Where(r => r != actor.Value)] : audience;

    private static LocalizedText Dates(Instant at)
    {
        var date = PersianDates.InCity(at).Date;
        return new(PersianDates.FormatLong(date), PersianDates.FormatLatin(date));
    }

    private static LocalizedText DateTimes(Instant at)
    {
        var local = PersianDates.InCity(at);
        var time = local.TimeOfDay.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return new($"{PersianDates.FormatLong(local.Date)} ساعت {PersianDigits.ToPersian(time)}", $"{PersianDates.FormatLatin(local.Date)} at {time}");
    }
}

/// <summary>The look-ups the rules need, over the scope's context; every read is untracked.</summary>
/// <param name="db">The context.</param>
internal sealed class Audiences(GovernanceDbContext db)
{
    private readonly Dictionary<NeighbourhoodId, List<Guid>> _residents = [];

    public Task<CitizenIdea?> IdeaAsync(CitizenIdeaId id, CancellationToken c) => db.CitizenIdeas.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, c);

    public Task<NeighbourhoodMeeting?> MeetingAsync(MeetingId id, CancellationToken c) => db.NeighbourhoodMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, c);

    public Task<YouthMayorCampaign?> CampaignAsync(YouthMayorCampaignId id, CancellationToken c) => db.YouthMayorCampaigns.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, c);


    public Task<BudgetingRound?> RoundAsync(BudgetingRoundId id, CancellationToken c) => db.BudgetingRounds.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, c);

    public async Task<string> AgendaItemTitleAsync(MeetingId id, int number, CancellationToken c) =>
        (await MeetingAsync(id, c))?.Agenda.FirstOrDefault(i => i.Number == number)?.Title ?? string.Empty;

    public async Task<LocalizedText> NeighbourhoodNameAsync(NeighbourhoodId id, CancellationToken c) =>
        await db.Neighbourhoods.AsNoTracking().Where(n => n.Id == id).Select(n => n.Name).FirstOrDefaultAsync(c) ?? LocalizedText.Of("محله", "the neighbourhood");

    public async Task<IReadOnlyCollection<Guid>> ResidentsOfAsync(NeighbourhoodId id, CancellationToken c)
    {
        if (!_residents.TryGetValue(id, out var list))
        {
            list = [.. (await db.Residents.AsNoTracking().Where(r => r.NeighbourhoodId == id).Select(r => r.Id).ToListAsync(c)).Select(r => r.Value)];
            _residents[id] = list;
        }

        return list;
    }

    public async Task<IReadOnlyCollection<Guid>> ResidentsOfCityAsync(Municipalities.MunicipalityId id, CancellationToken c)
    {
        var neighbourhoods = await db.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == id).Select(n => n.Id).ToListAsync(c);
        var all = new List<Guid>();
        foreach (var neighbourhood in neighbourhoods)
        {
            all.AddRange(await ResidentsOfAsync(neighbourhood, c));
        }

        return all;
    }

    public async Task<IReadOnlyCollection<Guid>> FollowersAsync(FollowKind kind, Guid thing, CancellationToken c) =>
        await db.Set<StoredFollow>().AsNoTracking().Where(f => f.Kind == kind && f.ThingId == thing).Select(f => f.ResidentId).ToListAsync(c);
}
