using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors.Events;

namespace ParticipatoryGovernance.YouthMayors;

/// <content>Choosing youth mayors: selection by the neighbourhood mayor, or election.</content>
public sealed partial class YouthMayorCampaign
{
    private static readonly LocalizedText SelectionAction = new("انتخاب شهردار نوجوان", "Choosing a youth mayor");

    /// <summary>
    /// Records the neighbourhood mayor's choice of a youth mayor for their neighbourhood, from the applicants interviewed
    /// for it, for a boy's or a girl's seat, up to the charter's number of seats per gender.
    /// </summary>
    /// <param name="neighbourhood">The neighbourhood.</param>
    /// <param name="selectedBy">The official making the choice; it must be the neighbourhood's mayor on <paramref name="on"/>.</param>
    /// <param name="applicationId">The application of the applicant chosen.</param>
    /// <param name="seat">The seat filled: <see cref="Gender.Male"/> for a boy youth mayor, <see cref="Gender.Female"/> for a girl.</param>
    /// <param name="on">The ISO-calendar date of the choice.</param>
    /// <returns>
    /// The youth mayor's identifier; or a failure when the charter elects youth mayors, outside the selection stage, when
    /// the neighbourhood is another municipality's, has no mayor or <paramref name="selectedBy"/> is not its mayor, when the
    /// applicant is from another neighbourhood, was not interviewed, when another shortlisted applicant of the
    /// neighbourhood still awaits an interview (<see cref="YouthMayorCampaignRuleIds.ApplicantsAwaitingInterview"/>), is already a youth mayor or a team member, is not of
    /// the seat's gender, or when the neighbourhood's seats for that gender are filled.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="neighbourhood"/> or <paramref name="selectedBy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seat"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The campaign has no such application.</exception>
    public Result<YouthMayorId> SelectYouthMayor(Neighbourhood neighbourhood, NeighbourhoodMayor selectedBy, YouthMayorApplicationId applicationId, Gender seat, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(neighbourhood);
        ArgumentNullException.ThrowIfNull(selectedBy);
        RequireDefined(seat, nameof(seat));
        var application = ApplicationById(applicationId, nameof(applicationId));
        on = on.WithCalendar(CalendarSystem.Iso);
        var violation = (Charter.YouthMayorSelection == YouthMayorSelection.Election ? SelectionByElection() : null)
            ?? CheckStage(YouthMayorCampaignRuleIds.NotSelecting, SelectionAction, on, CampaignStage.Selection)
            ?? CheckMunicipality(neighbourhood)
            ?? CheckNeighbourhoodMayor(neighbourhood, on)
            ?? CheckSelector(neighbourhood, selectedBy)
            ?? CheckApplicantOfNeighbourhood(application, neighbourhood)
            ?? CheckInterviewedFor(application, neighbourhood)
            ?? CheckNoneAwaitingInterview(neighbourhood)
            ?? CheckEligibleForSeat(application, neighbourhood, seat);
        if (violation is not null)
        {
            return Result.Failure<YouthMayorId>(violation);
        }

        var mayor = new YouthMayor(
            YouthMayorId.New(), application.Id, application.ResidentId, neighbourhood.Id, seat, on, selectedBy.Name, null, Charter.YouthTeamSize);
        _youthMayors.Add(mayor);
        Raise(new YouthMayorChosen(Id, mayor.Id, mayor.ResidentId, mayor.NeighbourhoodId, seat, on));
        return Result.Success(mayor.Id);
    }

    /// <summary>
    /// Records the neighbourhood mayor's choice of a boy and a girl youth mayor for their neighbourhood together: both
    /// are checked first, and either both are seated or, when any rule refuses either, nothing changes and every refusal is
    /// returned. A seat left <see langword="null"/> is not filled now (a neighbourhood may have no suitable girl or boy
    /// applicant yet); at least one must be given. The rules are those of <see cref="SelectYouthMayor"/>, and an
    /// application identifier this campaign does not hold is refused (<see cref="YouthMayorCampaignRuleIds.UnknownApplication"/>)
    /// rather than thrown on, since a host posts it from a form.
    /// </summary>
    /// <param name="neighbourhood">The neighbourhood.</param>
    /// <param name="selectedBy">The official making the choice; it must be the neighbourhood's mayor on <paramref name="on"/>.</param>
    /// <param name="boy">The application of the applicant chosen for a boy's seat, or <see langword="null"/>.</param>
    /// <param name="girl">The application of the applicant chosen for a girl's seat, or <see langword="null"/>.</param>
    /// <param name="on">The ISO-calendar date of the choice.</param>
    /// <returns>
    /// The new youth mayors' identifiers (boy first); or a failure with every rule broken
    /// (<see cref="YouthMayorCampaignRuleIds.NoChoice"/> when neither is given), the campaign unchanged.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="neighbourhood"/> or <paramref name="selectedBy"/> is null.</exception>
    public Result<IReadOnlyList<YouthMayorId>> SelectYouthMayors(
        Neighbourhood neighbourhood, NeighbourhoodMayor selectedBy, YouthMayorApplicationId? boy, YouthMayorApplicationId? girl, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(neighbourhood);
        ArgumentNullException.ThrowIfNull(selectedBy);
        on = on.WithCalendar(CalendarSystem.Iso);
        var common = (Charter.YouthMayorSelection == YouthMayorSelection.Election ? SelectionByElection() : null)
            ?? CheckStage(YouthMayorCampaignRuleIds.NotSelecting, SelectionAction, on, CampaignStage.Selection)
            ?? CheckMunicipality(neighbourhood)
            ?? CheckNeighbourhoodMayor(neighbourhood, on)
            ?? CheckSelector(neighbourhood, selectedBy)
            ?? (boy is null && girl is null
                ? RuleViolation.Of(
                    YouthMayorCampaignRuleIds.NoChoice,
                    "شهردار نوجوان پسر یا دختر (یا هر دو) را برگزینید.",
                    "Choose the boy youth mayor, the girl youth mayor, or both.")
                : null)
            ?? CheckNoneAwaitingInterview(neighbourhood);
        if (common is not null)
        {
            return Result.Failure<IReadOnlyList<YouthMayorId>>(common);
        }

        var errors = new List<RuleViolation>();
        var chosen = new List<(YouthMayorApplication Application, Gender Seat)>();
        foreach (var (applicationId, seat) in new[] { (boy, Gender.Male), (girl, Gender.Female) })
        {
            if (applicationId is not { } id)
            {
                continue;
            }

            if (_applications.Find(a => a.Id == id) is not { } application)
            {
                errors.Add(RuleViolation.Of(
                    YouthMayorCampaignRuleIds.UnknownApplication,
                    $"متقاضی برگزیده برای کرسی {SeatName(seat).Persian} در این پویش درخواستی ندارد؛ یکی از متقاضیان همین محله را برگزینید.",
                    $"The applicant chosen for the {SeatName(seat)}'s seat has no application in this campaign; choose one of the neighbourhood's applicants."));
                continue;
            }

            var violation = CheckApplicantOfNeighbourhood(application, neighbourhood)
                ?? CheckInterviewedFor(application, neighbourhood)
                ?? CheckEligibleForSeat(application, neighbourhood, seat);
            if (violation is not null)
            {
                errors.Add(violation);
            }
            else
            {
                chosen.Add((application, seat));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure<IReadOnlyList<YouthMayorId>>([.. errors]);
        }

        var ids = new List<YouthMayorId>(chosen.Count);
        foreach (var (application, seat) in chosen)
        {
            var mayor = new YouthMayor(
                YouthMayorId.New(), application.Id, application.ResidentId, neighbourhood.Id, seat, on, selectedBy.Name, null, Charter.YouthTeamSize);
            _youthMayors.Add(mayor);
            Raise(new YouthMayorChosen(Id, mayor.Id, mayor.ResidentId, mayor.NeighbourhoodId, seat, on));
            ids.Add(mayor.Id);
        }

        return Result.Success<IReadOnlyList<YouthMayorId>>(ids);
    }

    /// <summary>
    /// Calls an election for one youth-mayor seat of a neighbourhood, when the charter chooses youth mayors by
    /// <see cref="YouthMayorSelection.Election"/>. The candidates are the shortlisted applicants of that neighbourhood and
    /// gender who are not yet youth mayors or team members; the voters are the neighbourhood's residents inside the
    /// charter's <see cref="YouthMayorRules.VoterAgeWindow"/> on the day the poll opens. The campaign itself is not changed:
    /// the result is declared with <see cref="DeclareElected"/>.
    /// </summary>
    /// <param name="electionId">The election's identifier; not the empty GUID. It also seeds the lot that breaks final ties.</param>
    /// <param name="neighbourhood">The neighbourhood.</param>
    /// <param name="seat">The seat: <see cref="Gender.Male"/> for a boy youth mayor, <see cref="Gender.Female"/> for a girl.</param>
    /// <param name="pollOpensOn">The ISO-calendar date the poll opens.</param>
    /// <param name="pollClosesOn">The ISO-calendar date the poll closes; ballots are accepted up to and including it.</param>
    /// <returns>
    /// The election; or a failure when the charter selects by interview, outside the selection stage, when the poll closes
    /// before it opens, when the neighbourhood is another municipality's, when its seats for that gender are filled, or when
    /// no candidate stands.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="electionId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="neighbourhood"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seat"/> is undefined.</exception>
    public Result<YouthMayorElection> CallElection(YouthMayorElectionId electionId, Neighbourhood neighbourhood, Gender seat, LocalDate pollOpensOn, LocalDate pollClosesOn)
    {
        Guard.NotEmpty(electionId.Value, nameof(electionId));
        ArgumentNullException.ThrowIfNull(neighbourhood);
        RequireDefined(seat, nameof(seat));
        pollOpensOn = pollOpensOn.WithCalendar(CalendarSystem.Iso);
        pollClosesOn = pollClosesOn.WithCalendar(CalendarSystem.Iso);
        var candidates = _applications
            .Where(a => a.IsShortlisted && a.NeighbourhoodId == neighbourhood.Id && a.Gender == seat
                && !IsYouthMayor(a.ResidentId) && TeamOf(a.ResidentId) is null)
            .Select(a => new ElectionCandidate(a.ResidentId, a.Id))
            .ToList();
        var violation = (Charter.YouthMayorSelection == YouthMayorSelection.InterviewByNeighbourhoodMayor ? SelectionByInterview() : null)
            ?? CheckStage(YouthMayorCampaignRuleIds.NotSelecting, LocalizedText.Of("برگزاری انتخابات شهردار نوجوان", "Calling a youth-mayor election"), pollOpensOn, CampaignStage.Selection)
            ?? CheckPollDates(pollOpensOn, pollClosesOn)
            ?? CheckMunicipality(neighbourhood)
            ?? CheckSeatFree(neighbourhood.Id, seat, neighbourhood.Name)
            ?? (candidates.Count == 0
                ? RuleViolation.Of(
                    YouthMayorCampaignRuleIds.NoCandidates,
                    $"هیچ نامزد {SeatName(seat).Persian}ی از «{neighbourhood.Name.Persian}» در فهرست کوتاه نیست؛ نخست نامزدها را تأیید کنید.",
                    $"No {SeatName(seat)} of {neighbourhood.Name} is on the shortlist to stand; shortlist the candidates first.")
                : null);
        if (violation is not null)
        {
            return Result.Failure<YouthMayorElection>(violation);
        }

        return Result.Success(new YouthMayorElection(
            electionId, Id, neighbourhood.Id, seat, pollOpensOn, pollClosesOn, Charter.YouthMayors.VoterAgeWindow, candidates));
    }

    /// <summary>Seats the winner of a counted election called by this campaign as youth mayor.</summary>
    /// <param name="election">The election, counted.</param>
    /// <param name="on">The ISO-calendar date of the declaration; not before the count.</param>
    /// <returns>
    /// The youth mayor's identifier; or a failure outside the selection stage, when the election has not been counted or
    /// the date is before the count, when the winner is already a youth mayor or a team member, or when the seat has been
    /// filled meanwhile (by another election for it).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="election"/> is null.</exception>
    /// <exception cref="ArgumentException">The election was called by another campaign.</exception>
    public Result<YouthMayorId> DeclareElected(YouthMayorElection election, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(election);
        if (election.CampaignId != Id)
        {
            throw new ArgumentException("The election was called by another campaign.", nameof(election));
        }

        on = on.WithCalendar(CalendarSystem.Iso);
        var violation = CheckStage(YouthMayorCampaignRuleIds.NotSelecting, LocalizedText.Of("اعلام نتیجهٔ انتخابات", "Declaring an election result"), on, CampaignStage.Selection)
            ?? CheckCounted(election, on);
        if (violation is not null)
        {
            return Result.Failure<YouthMayorId>(violation);
        }

        var winner = election.Candidates.First(c => c.ResidentId == election.Winner);
        var application = ApplicationById(winner.ApplicationId, nameof(election));
        violation = CheckEligibleForSeat(application, null, election.Seat);
        if (violation is not null)
        {
            return Result.Failure<YouthMayorId>(violation);
        }

        var mayor = new YouthMayor(
            YouthMayorId.New(), application.Id, application.ResidentId, election.NeighbourhoodId, election.Seat, on, null, election.Id, Charter.YouthTeamSize);
        _youthMayors.Add(mayor);
        Raise(new YouthMayorChosen(Id, mayor.Id, mayor.ResidentId, mayor.NeighbourhoodId, mayor.Gender, on));
        return Result.Success(mayor.Id);
    }

    /// <summary>
    /// The neighbourhood mayor chooses among all of the neighbourhood's shortlisted applicants, so none may still be waiting
    /// for an interview (a neighbourhood rule: another neighbourhood's pace does not hold this one up).
    /// </summary>
    private RuleViolation? CheckNoneAwaitingInterview(Neighbourhood neighbourhood)
    {
        var waiting = _applications.Count(a => a.IsShortlisted && a.NeighbourhoodId == neighbourhood.Id && SessionThatInterviewed(a.Id) is null);
        return waiting == 0
            ? null
            : RuleViolation.Of(
                YouthMayorCampaignRuleIds.ApplicantsAwaitingInterview,
                $"{PersianDigits.Format(waiting)} متقاضی فهرست کوتاه «{neighbourhood.Name.Persian}» هنوز مصاحبه نشده‌اند؛ پس از مصاحبهٔ همه، شهردار نوجوان انتخاب می‌شود.",
                $"{waiting} shortlisted applicant(s) of {neighbourhood.Name} have not been interviewed yet; its youth mayors are chosen once all are.");
    }

    private static RuleViolation? CheckCounted(YouthMayorElection election, LocalDate on)
    {
        if (election.CountedOn is not { } countedOn)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.ElectionNotCounted,
                $"رأی‌های این انتخابات هنوز شمرده نشده است؛ صندوق تا {Fa(election.PollClosesOn)} باز است و پس از آن شمارش می‌شود.",
                $"The election's ballots have not been counted yet; the poll runs until {election.PollClosesOn} and is counted after it.");
        }

        return on < countedOn
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.DeclaredBeforeCount,
                $"نتیجه نمی‌تواند در {Fa(on)} اعلام شود، پیش از شمارش آرا در {Fa(countedOn)}.",
                $"The result cannot be declared on {on}, before the count on {countedOn}.")
            : null;
    }

    private static RuleViolation? CheckSelector(Neighbourhood neighbourhood, NeighbourhoodMayor selectedBy) =>
        selectedBy.Equals(neighbourhood.Mayor)
            ? null
            : RuleViolation.Of(
                YouthMayorCampaignRuleIds.SelectorNotNeighbourhoodMayor,
                $"{selectedBy.Name} شهردار «{neighbourhood.Name.Persian}» نیست؛ شهردار نوجوان را شهردار همین محله ({neighbourhood.Mayor!.Name}) انتخاب می‌کند.",
                $"{selectedBy.Name} is not the neighbourhood mayor of {neighbourhood.Name}; its youth mayors are selected by its own mayor, {neighbourhood.Mayor!.Name}.");

    private static RuleViolation? CheckApplicantOfNeighbourhood(YouthMayorApplication application, Neighbourhood neighbourhood) =>
        application.NeighbourhoodId == neighbourhood.Id
            ? null
            : RuleViolation.Of(
                YouthMayorCampaignRuleIds.ApplicantOfOtherNeighbourhood,
                $"این متقاضی برای محلهٔ دیگری درخواست داده است؛ شهردار نوجوان «{neighbourhood.Name.Persian}» از متقاضیان همین محله انتخاب می‌شود.",
                $"This applicant applied for another neighbourhood; the youth mayors of {neighbourhood.Name} are chosen from its own applicants.");

    private RuleViolation? CheckInterviewedFor(YouthMayorApplication application, Neighbourhood neighbourhood) =>
        SessionThatInterviewed(application.Id) is { } session && session.NeighbourhoodId == neighbourhood.Id
            ? null
            : RuleViolation.Of(
                YouthMayorCampaignRuleIds.NotInterviewed,
                $"این متقاضی در جلسه‌های مصاحبهٔ «{neighbourhood.Name.Persian}» مصاحبه نشده است؛ شهردار نوجوان از میان مصاحبه‌شدگان انتخاب می‌شود.",
                $"This applicant was not interviewed in a session of {neighbourhood.Name}; youth mayors are selected only from applicants interviewed for the neighbourhood.");

    /// <summary>Whether an applicant may take a seat: not yet a youth mayor or team member, of the seat's gender, with a seat free.</summary>
    private RuleViolation? CheckEligibleForSeat(YouthMayorApplication application, Neighbourhood? neighbourhood, Gender seat)
    {
        if (_youthMayors.Find(m => m.ResidentId == application.ResidentId) is { } existing)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.AlreadyYouthMayor,
                $"این متقاضی از {Fa(existing.ChosenOn)} شهردار نوجوان است.",
                $"This applicant has been a youth mayor since {existing.ChosenOn}.");
        }

        if (TeamOf(application.ResidentId) is not null)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.MemberOfATeam,
                "این متقاضی عضو تیم یک شهردار نوجوان است؛ شهردار نوجوان نمی‌تواند عضو تیم هم باشد.",
                "This applicant sits on a youth mayor's team; a youth mayor cannot also be a team member.");
        }

        if (application.Gender != seat)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.WrongGenderForSeat,
                $"کرسی {SeatName(seat).Persian} را تنها یک {SeatName(seat).Persian} می‌تواند بگیرد؛ این متقاضی {SeatName(application.Gender).Persian} است.",
                $"A {SeatName(seat)}'s seat is filled by a {SeatName(seat)}; this applicant is a {SeatName(application.Gender)}.");
        }

        return CheckSeatFree(application.NeighbourhoodId, seat, neighbourhood?.Name);
    }

    private RuleViolation? CheckSeatFree(NeighbourhoodId neighbourhoodId, Gender seat, LocalizedText? neighbourhoodName)
    {
        var seats = SeatsPerNeighbourhood(seat);
        var filled = _youthMayors.Count(m => m.NeighbourhoodId == neighbourhoodId && m.Gender == seat);
        if (filled < seats)
        {
            return null;
        }

        var name = neighbourhoodName ?? LocalizedText.Of("این محله", "This neighbourhood");
        return seats == 0
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.NoSeatForGender,
                $"منشور برای هر محله شهردار نوجوان {SeatName(seat).Persian} پیش‌بینی نکرده است.",
                $"The charter provides no {SeatName(seat)} youth mayors for a neighbourhood.")
            : seats == 1
                ? RuleViolation.Of(
                    YouthMayorCampaignRuleIds.NoSeatForGender,
                    $"«{name.Persian}» همهٔ {PersianDigits.Format(seats)} کرسی شهردار نوجوان {SeatName(seat).Persian} خود را پر کرده است.",
                    $"{name} has already filled its {seats} {SeatName(seat)} youth mayor seat.")
                : RuleViolation.Of(
                    YouthMayorCampaignRuleIds.NoSeatForGender,
                    $"«{name.Persian}» همهٔ {PersianDigits.Format(seats)} کرسی شهردار نوجوان {SeatName(seat).Persian} خود را پر کرده است.",
                    $"{name} has already filled its {seats} {SeatName(seat)} youth mayor seats.");
    }

    private static RuleViolation? CheckPollDates(LocalDate opensOn, LocalDate closesOn) =>
        closesOn < opensOn
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.PollClosesBeforeOpening,
                $"صندوق رأی نمی‌تواند در {Fa(closesOn)} بسته شود، پیش از گشایش در {Fa(opensOn)}.",
                $"The poll cannot close on {closesOn}, before it opens on {opensOn}.")
            : null;

    private static RuleViolation SelectionByElection() => RuleViolation.Of(
        YouthMayorCampaignRuleIds.SelectionByElection,
        "منشور این پویش شهرداران نوجوان را با انتخابات برمی‌گزیند؛ انتخابات را برگزار کنید و نتیجه را اعلام کنید.",
        "This campaign's charter elects its youth mayors; call an election and declare its result instead.");

    private static RuleViolation SelectionByInterview() => RuleViolation.Of(
        YouthMayorCampaignRuleIds.SelectionByInterview,
        "منشور این پویش شهرداران نوجوان را با مصاحبه و انتخاب شهردار محله برمی‌گزیند، نه با انتخابات.",
        "This campaign's charter has youth mayors selected by the neighbourhood mayor after interview, not elected.");

    private static void RequireDefined(Gender gender, string parameter)
    {
        if (!Enum.IsDefined(gender))
        {
            throw new ArgumentOutOfRangeException(parameter, gender, "Not a defined gender.");
        }
    }

    private bool IsYouthMayor(ResidentId residentId) => _youthMayors.Exists(m => m.ResidentId == residentId);

    private YouthMayor? TeamOf(ResidentId residentId) =>
        _youthMayors.Find(m => m.Team.Members.Any(member => member.ResidentId == residentId));
}
