using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors.Events;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// A "Become a mayor" campaign (پویش «شهردارشو»): a municipality's call to the youth cohort, the applications, the
/// shortlist, the interview sessions, the youth mayors chosen (a boy and a girl per neighbourhood in Rafsanjan) and their
/// teams, through training to the start of their term.
/// </summary>
/// <remarks>
/// <para>
/// The campaign runs by the <see cref="Charter"/> its municipality had adopted when the call opened: a later change of
/// charter does not change who may apply to a running call. Its stages (<see cref="CampaignStages.Sequence"/>) move
/// forward one at a time, each on a date no earlier than anything recorded before it, and each operation is refused
/// outside the stage it belongs to.
/// </para>
/// <para>
/// An aggregate root: mutable, not thread-safe; change it only through its methods. A refused operation leaves it
/// unchanged. Youth-mayor elections are separate aggregates (<see cref="YouthMayorElection"/>), called by
/// <see cref="CallElection"/> and declared by <see cref="DeclareElected"/>.
/// </para>
/// </remarks>
public sealed partial class YouthMayorCampaign : AggregateRoot<YouthMayorCampaignId>
{
    private readonly List<CampaignStageStart> _stages = [];
    private readonly List<YouthMayorApplication> _applications = [];
    private readonly List<InterviewSession> _interviewSessions = [];
    private readonly List<YouthMayor> _youthMayors = [];

    private YouthMayorCampaign(YouthMayorCampaignId id, MunicipalityId municipalityId, LocalizedText name, GovernanceCharter charter, LocalDate callOpensOn, LocalDate callClosesOn)
        : base(id)
    {
        MunicipalityId = municipalityId;
        Name = name;
        Charter = charter;
        CallOpensOn = callOpensOn;
        CallClosesOn = callClosesOn;
        _stages.Add(new CampaignStageStart(CampaignStage.Application, callOpensOn));
    }

    // For object-relational mappers.
    private YouthMayorCampaign()
        : base(default)
    {
        Name = null!;
        Charter = null!;
    }

    /// <summary>The municipality running the campaign.</summary>
    public MunicipalityId MunicipalityId { get; private set; }

    /// <summary>The campaign's name, such as «پویش شهردارشو ۱۴۰۲».</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The municipality's charter as it stood when the call opened: cohort, age window, seats, team size, fields, selection.</summary>
    public GovernanceCharter Charter { get; private set; }

    /// <summary>The ISO-calendar date the call opens; ages are measured on this day.</summary>
    public LocalDate CallOpensOn { get; private set; }

    /// <summary>The ISO-calendar date the call closes; the last day applications are accepted.</summary>
    public LocalDate CallClosesOn { get; private set; }

    /// <summary>The stage the campaign is at.</summary>
    public CampaignStage Stage => _stages[^1].Stage;

    /// <summary>The stages entered so far, with their dates, in order; the first is <see cref="CampaignStage.Application"/> on <see cref="CallOpensOn"/>.</summary>
    public IReadOnlyList<CampaignStageStart> Stages => _stages;

    /// <summary>The applications accepted, in the order received.</summary>
    public IReadOnlyList<YouthMayorApplication> Applications => _applications;

    /// <summary>The interview sessions held, in the order recorded.</summary>
    public IReadOnlyList<InterviewSession> InterviewSessions => _interviewSessions;

    /// <summary>The youth mayors chosen, in the order chosen, each with their team.</summary>
    public IReadOnlyList<YouthMayor> YouthMayors => _youthMayors;

    /// <summary>The ISO-calendar date the youth mayors' term started, or <see langword="null"/> while it has not.</summary>
    public LocalDate? TermStartedOn => StartOf(CampaignStage.Term);

    /// <summary>Announces a call for a municipality, under the charter it has adopted.</summary>
    /// <param name="id">The campaign's identifier; not the empty GUID.</param>
    /// <param name="municipality">The municipality; its current charter is kept for the whole campaign.</param>
    /// <param name="name">The campaign's name.</param>
    /// <param name="callOpensOn">The ISO-calendar date the call opens.</param>
    /// <param name="callClosesOn">The ISO-calendar date the call closes; applications are accepted up to and including it.</param>
    /// <returns>
    /// The campaign at its <see cref="CampaignStage.Application"/> stage; or a failure when the call closes before it
    /// opens, or when no one born in the charter's cohort is inside its age window on the opening day.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="municipality"/> or <paramref name="name"/> is null.</exception>
    public static Result<YouthMayorCampaign> Open(YouthMayorCampaignId id, Municipality municipality, LocalizedText name, LocalDate callOpensOn, LocalDate callClosesOn)
    {
        Guard.NotEmpty(id.Value, nameof(id));
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(name);
        callOpensOn = callOpensOn.WithCalendar(CalendarSystem.Iso);
        callClosesOn = callClosesOn.WithCalendar(CalendarSystem.Iso);
        var charter = municipality.Charter;

        if (callClosesOn < callOpensOn)
        {
            return Result.Failure<YouthMayorCampaign>(RuleViolation.Of(
                YouthMayorCampaignRuleIds.CallClosesBeforeOpening,
                $"فراخوان نمی‌تواند در {Fa(callClosesOn)} بسته شود، پیش از گشایش در {Fa(callOpensOn)}.",
                $"The call cannot close on {callClosesOn}, before it opens on {callOpensOn}."));
        }

        var cohort = charter.YouthCohort;
        var window = charter.YouthAgeWindow;
        if (cohort.YoungestAgeOn(callOpensOn) > window.MaximumAge || cohort.OldestAgeOn(callOpensOn) < window.MinimumAge)
        {
            return Result.Failure<YouthMayorCampaign>(RuleViolation.Of(
                YouthMayorCampaignRuleIds.CohortOutsideAgeWindow,
                $"در {Fa(callOpensOn)} هیچ‌یک از {cohort.Name.Persian} در بازهٔ سنی {PersianDigits.Format(window.MinimumAge)} تا {PersianDigits.Format(window.MaximumAge)} سال نیست؛ گروه سنی یا بازهٔ سنی منشور را به‌روز کنید.",
                $"On {callOpensOn} nobody {cohort.Name} is aged {window.MinimumAge} to {window.MaximumAge}; update the charter's YouthCohort or YouthAgeWindow."));
        }

        var campaign = new YouthMayorCampaign(id, municipality.Id, name, charter, callOpensOn, callClosesOn);
        campaign.Raise(new YouthMayorCampaignOpened(id, municipality.Id, callOpensOn, callClosesOn));
        return Result.Success(campaign);
    }

    /// <summary>The date a stage started.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The ISO-calendar date, or <see langword="null"/> when the campaign has not reached it.</returns>
    public LocalDate? StartOf(CampaignStage stage) => _stages.Find(s => s.Stage == stage)?.StartedOn;

    /// <summary>Moves the campaign on to its next stage.</summary>
    /// <param name="stage">The stage to enter; it must be the next one in <see cref="CampaignStages.Sequence"/> for the charter's way of choosing youth mayors.</param>
    /// <param name="on">The ISO-calendar date it starts; not before anything the campaign has recorded.</param>
    /// <returns>
    /// Success; or a failure when <paramref name="stage"/> is not the next stage, when the date is earlier than the
    /// campaign's latest record, or when the stage cannot start yet: shortlisting while the call is open or without
    /// applications, interviews with an empty shortlist, selection before any interview (or, in an election, without
    /// candidates), training before any youth mayor is chosen.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    public Result AdvanceTo(CampaignStage stage, LocalDate on)
    {
        if (!Enum.IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a defined campaign stage.");
        }

        on = on.WithCalendar(CalendarSystem.Iso);
        var violation = CheckAdvance(stage, on);
        if (violation is not null)
        {
            return Result.Failure(violation);
        }

        _stages.Add(new CampaignStageStart(stage, on));
        Raise(new YouthMayorCampaignStageStarted(Id, stage, on));
        return Result.Success();
    }

    /// <summary>
    /// The participation records of the campaign once the term has started: <see cref="ParticipationKind.YouthMayorServed"/>
    /// for each youth mayor (source: the campaign) and <see cref="ParticipationKind.YouthTeamServed"/> for each team member
    /// (source: the youth mayor's id, which identifies the team), all dated the first day of the term.
    /// </summary>
    /// <returns>The records; empty while the term has not started.</returns>
    public IReadOnlyList<Participation> Participations()
    {
        if (TermStartedOn is not { } start)
        {
            return [];
        }

        var records = new List<Participation>();
        foreach (var mayor in _youthMayors)
        {
            records.Add(new Participation(mayor.ResidentId, mayor.NeighbourhoodId, ParticipationKind.YouthMayorServed, start, Id.Value));
            records.AddRange(mayor.Team.Members.Select(m =>
                new Participation(m.ResidentId, mayor.NeighbourhoodId, ParticipationKind.YouthTeamServed, start, mayor.Id.Value)));
        }

        return records;
    }

    /// <summary>The application a resident made to this campaign.</summary>
    /// <param name="residentId">The resident.</param>
    /// <returns>The application, or <see langword="null"/> when they did not apply.</returns>
    public YouthMayorApplication? FindApplicationOf(ResidentId residentId) => _applications.Find(a => a.ResidentId == residentId);

    /// <summary>A youth mayor of this campaign.</summary>
    /// <param name="youthMayorId">The youth mayor's identifier.</param>
    /// <returns>The youth mayor, or <see langword="null"/> when the campaign has none with that identifier.</returns>
    public YouthMayor? FindYouthMayor(YouthMayorId youthMayorId) => _youthMayors.Find(m => m.Id == youthMayorId);

    /// <summary>Whether an application's applicant has been interviewed in one of the campaign's sessions.</summary>
    /// <param name="applicationId">The application.</param>
    /// <returns><see langword="true"/> when a session interviewed them.</returns>
    public bool WasInterviewed(YouthMayorApplicationId applicationId) => SessionThatInterviewed(applicationId) is not null;

    /// <summary>The seats per neighbourhood the charter provides for a gender.</summary>
    /// <param name="gender">The gender: <see cref="Gender.Male"/> for boys, <see cref="Gender.Female"/> for girls.</param>
    /// <returns>The charter's <c>BoyYouthMayorsPerNeighbourhood</c> or <c>GirlYouthMayorsPerNeighbourhood</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gender"/> is undefined.</exception>
    public int SeatsPerNeighbourhood(Gender gender) => gender switch
    {
        Gender.Male => Charter.BoyYouthMayorsPerNeighbourhood,
        Gender.Female => Charter.GirlYouthMayorsPerNeighbourhood,
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, "Not a defined gender."),
    };

    private RuleViolation? CheckAdvance(CampaignStage stage, LocalDate on)
    {
        var sequence = CampaignStages.Sequence(Charter.YouthMayorSelection);
        var current = _stages[^1];
        var position = IndexOf(sequence, current.Stage);
        var next = position + 1 < sequence.Count ? sequence[position + 1] : (CampaignStage?)null;
        var target = CampaignStages.NameOf(stage);
        if (stage == CampaignStage.Interviews && Charter.YouthMayorSelection == YouthMayorSelection.Election)
        {
            return NoInterviewsInElection();
        }

        if (stage != next)
        {
            var currentName = CampaignStages.NameOf(current.Stage);
            return next is null
                ? RuleViolation.Of(
                    YouthMayorCampaignRuleIds.StageOutOfOrder,
                    $"دورهٔ خدمت شهرداران نوجوان آغاز شده و آخرین مرحلهٔ پویش است؛ مرحلهٔ «{target.Persian}» دیگر ممکن نیست.",
                    $"The term of office has started and is the campaign's last stage; it cannot move to the {target} stage.")
                : RuleViolation.Of(
                    YouthMayorCampaignRuleIds.StageOutOfOrder,
                    $"پویش در مرحلهٔ «{currentName.Persian}» است و مرحلهٔ بعد «{CampaignStages.NameOf(next.Value).Persian}» است، نه «{target.Persian}».",
                    $"The campaign is at the {currentName} stage; the next stage is {CampaignStages.NameOf(next.Value)}, not {target}.");
        }

        var latest = LatestRecordDate();
        if (on < latest)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.StageDateBeforeLastRecord,
                $"مرحلهٔ «{target.Persian}» نمی‌تواند در {Fa(on)} آغاز شود؛ آخرین ثبت پویش در {Fa(latest)} است.",
                $"The {target} stage cannot start on {on}: the campaign's latest record is dated {latest}.");
        }

        var byElection = Charter.YouthMayorSelection == YouthMayorSelection.Election;
        var hasShortlist = _applications.Exists(a => a.IsShortlisted);
        if (stage == CampaignStage.Shortlisting && on <= CallClosesOn)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.CallStillOpen,
                $"فراخوان تا {Fa(CallClosesOn)} باز است؛ گزینش پس از بسته شدن آن آغاز می‌شود.",
                $"The call is open until {CallClosesOn}; shortlisting starts after it closes.");
        }

        if (stage == CampaignStage.Shortlisting && _applications.Count == 0)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.NoApplications,
                "هیچ درخواستی پذیرفته نشده است؛ کسی برای گزینش نیست.",
                "No application has been accepted, so there is nobody to shortlist.");
        }

        if ((stage == CampaignStage.Interviews || (stage == CampaignStage.Selection && byElection)) && !hasShortlist)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.EmptyShortlist,
                "هیچ متقاضی‌ای در فهرست کوتاه نیست؛ نخست متقاضیان را گزینش کنید.",
                "Nobody has been shortlisted; shortlist applicants first.");
        }

        if (stage == CampaignStage.Selection && !byElection && _interviewSessions.Count == 0)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.NoInterviewsHeld,
                "هنوز هیچ جلسهٔ مصاحبه‌ای برگزار نشده است؛ شهرداران نوجوان از میان مصاحبه‌شدگان انتخاب می‌شوند.",
                "No interview session has been held yet; youth mayors are selected from applicants who were interviewed.");
        }

        if (stage == CampaignStage.Training && _youthMayors.Count == 0)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.NoYouthMayors,
                "هنوز هیچ شهردار نوجوانی انتخاب نشده است؛ آموزش برای شهرداران نوجوان و تیم‌های آنان است.",
                "No youth mayor has been chosen yet; training is for the youth mayors and their teams.");
        }

        return null;
    }

    private LocalDate LatestRecordDate()
    {
        var latest = _stages[^1].StartedOn;
        foreach (var application in _applications)
        {
            latest = Max(latest, application.ShortlistedOn ?? application.AppliedOn);
        }

        foreach (var session in _interviewSessions)
        {
            latest = Max(latest, session.HeldOn);
        }

        foreach (var mayor in _youthMayors)
        {
            latest = Max(latest, mayor.ChosenOn);
            foreach (var member in mayor.Team.Members)
            {
                latest = Max(latest, member.JoinedOn);
            }
        }

        return latest;
    }

    /// <summary>Refuses an operation outside the stages it belongs to, or dated before the current stage started.</summary>
    private RuleViolation? CheckStage(string rule, LocalizedText action, LocalDate on, params CampaignStage[] allowed)
    {
        var current = _stages[^1];
        if (Array.IndexOf(allowed, current.Stage) < 0)
        {
            var currentName = CampaignStages.NameOf(current.Stage);
            var allowedPersian = string.Join(" یا ", allowed.Select(s => $"«{CampaignStages.NameOf(s).Persian}»"));
            var allowedEnglish = string.Join(" or ", allowed.Select(s => CampaignStages.NameOf(s).English));
            return RuleViolation.Of(
                rule,
                $"{action.Persian} در مرحلهٔ {allowedPersian} انجام می‌شود؛ پویش از {Fa(current.StartedOn)} در مرحلهٔ «{currentName.Persian}» است.",
                $"{action} belongs to the {allowedEnglish} stage; the campaign has been at the {currentName} stage since {current.StartedOn}.");
        }

        if (on < current.StartedOn)
        {
            var currentName = CampaignStages.NameOf(current.Stage);
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.DateBeforeStage,
                $"{action.Persian} در {Fa(on)} ممکن نیست؛ مرحلهٔ «{currentName.Persian}» در {Fa(current.StartedOn)} آغاز شده است.",
                $"{action} is dated {on}, before the {currentName} stage started on {current.StartedOn}.");
        }

        return null;
    }

    private RuleViolation? CheckMunicipality(Neighbourhood neighbourhood) =>
        neighbourhood.MunicipalityId == MunicipalityId
            ? null
            : RuleViolation.Of(
                YouthMayorCampaignRuleIds.OtherMunicipality,
                $"«{neighbourhood.Name.Persian}» از شهرداری دیگری است؛ این پویش برای محله‌های شهرداری خودش است.",
                $"{neighbourhood.Name} belongs to another municipality; this campaign is for its own municipality's neighbourhoods.");

    private static RuleViolation? CheckNeighbourhoodMayor(Neighbourhood neighbourhood, LocalDate on) =>
        neighbourhood.HasMayorOn(on)
            ? null
            : RuleViolation.Of(
                YouthMayorCampaignRuleIds.NoNeighbourhoodMayor,
                $"«{neighbourhood.Name.Persian}» در {Fa(on)} شهردار محله ندارد؛ مصاحبه و انتخاب با شهردار محله است. نخست شهردار محله را منصوب کنید.",
                $"{neighbourhood.Name} has no neighbourhood mayor on {on}; the neighbourhood mayor leads the interviews and selects the youth mayors. Appoint one first.");

    private RuleViolation? CheckGuardianConsent(bool isMinor, GuardianConsent? consent, LocalDate on, LocalizedText who)
    {
        if (!isMinor)
        {
            return null;
        }

        if (consent is null)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.GuardianConsentRequired,
                $"{who.Persian} زیر {PersianDigits.Format(Charter.AgeOfMajority)} سال است؛ رضایت ولی او را ثبت کنید.",
                $"The {who} is under {Charter.AgeOfMajority}; record a parent's or guardian's consent.");
        }

        return consent.GivenOn > on
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.ConsentDatedLater,
                $"رضایت ولی در {Fa(consent.GivenOn)} داده شده، پس از {Fa(on)}؛ رضایت باید پیش از آن باشد.",
                $"The guardian's consent is dated {consent.GivenOn}, after {on}; consent must come first.")
            : null;
    }

    private InterviewSession? SessionThatInterviewed(YouthMayorApplicationId applicationId) =>
        _interviewSessions.Find(s => s.Interviews.Any(i => i.ApplicationId == applicationId));

    private YouthMayorApplication ApplicationById(YouthMayorApplicationId applicationId, string parameter) =>
        _applications.Find(a => a.Id == applicationId)
        ?? throw new ArgumentException($"The campaign has no application {applicationId}.", parameter);

    private static RuleViolation NoInterviewsInElection() => RuleViolation.Of(
        YouthMayorCampaignRuleIds.NoInterviewsInElection,
        "منشور این پویش شهرداران نوجوان را با انتخابات برمی‌گزیند؛ مرحلهٔ مصاحبه ندارد.",
        "This campaign's charter elects its youth mayors; it has no interview stage.");

    private static int IndexOf(IReadOnlyList<CampaignStage> sequence, CampaignStage stage)
    {
        for (var i = 0; i < sequence.Count; i++)
        {
            if (sequence[i] == stage)
            {
                return i;
            }
        }

        return -1;
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static string Fa(LocalDate date) => PersianDates.Format(date);

    private static LocalizedText SeatName(Gender gender) =>
        gender == Gender.Male ? LocalizedText.Of("پسر", "boy") : LocalizedText.Of("دختر", "girl");
}
