using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils.Events;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Councils;

/// <summary>
/// A neighbourhood's council (شورای محله) or women's council (شورای بانوان): seats, roles, terms and the history of
/// its memberships. Phases 3 and 4 of the model.
/// </summary>
/// <remarks>
/// Invariants, each refused with a reason: no more members than seats; members live in the neighbourhood; one seat
/// per person; women's council members are women; one chair, one deputy and one secretary at most; a term ends after
/// it starts; a women's council only where the charter has them; and, where the charter says so, new members come from
/// the neighbourhood's active citizens. An aggregate root: mutable, not thread-safe.
/// </remarks>
public sealed class Council : AggregateRoot<CouncilId>
{
    /// <summary>The longest resignation note accepted, as the membership's note column holds.</summary>
    public const int MaxEndNoteLength = 4000;

    private static readonly LocalizedText EndNoteName = new("توضیح کناره‌گیری", "The resignation note");

    private readonly List<CouncilTerm> _terms = [];
    private readonly List<CouncilMembership> _memberships = [];

    private Council(CouncilId id, MunicipalityId municipalityId, NeighbourhoodId neighbourhoodId, CouncilKind kind, int seats, bool membersFromActiveCitizens, LocalDate formedOn)
        : base(id)
    {
        MunicipalityId = municipalityId;
        NeighbourhoodId = neighbourhoodId;
        Kind = kind;
        Seats = seats;
        MembersFromActiveCitizens = membersFromActiveCitizens;
        FormedOn = formedOn;
        Status = CouncilStatus.Forming;
    }

    // For object-relational mappers.
    private Council()
        : base(default)
    {
    }

    /// <summary>The municipality.</summary>
    public MunicipalityId MunicipalityId { get; private set; }

    /// <summary>The neighbourhood the council serves.</summary>
    public NeighbourhoodId NeighbourhoodId { get; private set; }

    /// <summary>Neighbourhood council or women's council.</summary>
    public CouncilKind Kind { get; private set; }

    /// <summary>The number of seats, fixed by the charter when the council was formed (Rafsanjan: 7).</summary>
    public int Seats { get; private set; }

    /// <summary>Whether new members must be active citizens, as the charter said when the council was formed.</summary>
    public bool MembersFromActiveCitizens { get; private set; }

    /// <summary>The ISO-calendar date the council was formed.</summary>
    public LocalDate FormedOn { get; private set; }

    /// <summary>Forming, active or dissolved.</summary>
    public CouncilStatus Status { get; private set; }

    /// <summary>The date the council was dissolved, when it was.</summary>
    public LocalDate? DissolvedOn { get; private set; }

    /// <summary>Every term, first to current.</summary>
    public IReadOnlyList<CouncilTerm> Terms => _terms;

    /// <summary>Every membership, current and ended, in the order they began.</summary>
    public IReadOnlyList<CouncilMembership> Memberships => _memberships;

    /// <summary>The current term.</summary>
    public CouncilTerm CurrentTerm => _terms[^1];

    /// <summary>The members who hold a seat now.</summary>
    public IEnumerable<CouncilMembership> CurrentMembers => _memberships.Where(m => m.IsCurrent);

    /// <summary>Seats with nobody in them now; zero once dissolved.</summary>
    public int VacantSeats => Status == CouncilStatus.Dissolved ? 0 : Seats - _memberships.Count(m => m.IsCurrent);

    /// <summary>Forms a council for a neighbourhood.</summary>
    /// <param name="id">The identifier; not the empty GUID.</param>
    /// <param name="municipality">The municipality, whose charter sets the seats and rules.</param>
    /// <param name="neighbourhood">The neighbourhood; it must belong to <paramref name="municipality"/>.</param>
    /// <param name="kind">Neighbourhood council or women's council.</param>
    /// <param name="formedOn">The formation date, which starts the first term.</param>
    /// <param name="termEndsOn">The last day of the first term.</param>
    /// <param name="councilsOfNeighbourhood">The neighbourhood's existing councils, to refuse a second one of the same kind.</param>
    /// <returns>The council, or why it cannot be formed.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or the neighbourhood is of another municipality.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public static Result<Council> Form(
        CouncilId id,
        Municipality municipality,
        Neighbourhood neighbourhood,
        CouncilKind kind,
        LocalDate formedOn,
        LocalDate termEndsOn,
        IEnumerable<Council> councilsOfNeighbourhood)
    {
        Guard.NotEmpty(id.Value, nameof(id));
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(neighbourhood);
        ArgumentNullException.ThrowIfNull(councilsOfNeighbourhood);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined council kind.");
        }

        if (neighbourhood.MunicipalityId != municipality.Id)
        {
            throw new ArgumentException("The neighbourhood belongs to another municipality.", nameof(neighbourhood));
        }

        var charter = municipality.Charter;
        if (kind == CouncilKind.Women && !charter.HasWomensCouncils)
        {
            return Result.Failure<Council>(RuleViolation.Of(
                CouncilRuleIds.NoWomensCouncils,
                "منشور این شهر شورای بانوان ندارد.",
                "This municipality's charter has no women's councils, so none can be formed."));
        }

        if (councilsOfNeighbourhood.Any(c => c.NeighbourhoodId == neighbourhood.Id && c.Kind == kind && c.Status != CouncilStatus.Dissolved))
        {
            var name = CouncilNames.Of(kind);
            return Result.Failure<Council>(RuleViolation.Of(
                CouncilRuleIds.AlreadyExists,
                $"محلهٔ «{neighbourhood.Name.Persian}» پیش‌تر {name.Persian} دارد؛ هر محله یکی دارد.",
                $"{neighbourhood.Name} already has a {name.English.ToLowerInvariant()}; a neighbourhood has one."));
        }

        if (TermProblem(formedOn, termEndsOn) is { } problem)
        {
            return Result.Failure<Council>(problem);
        }

        var seats = kind == CouncilKind.Women ? charter.WomensCouncilSeats : charter.CouncilSeats;
        var council = new Council(id, municipality.Id, neighbourhood.Id, kind, seats, charter.CouncilMembersFromActiveCitizens, formedOn);
        council._terms.Add(new CouncilTerm(1, formedOn, termEndsOn));
        council.Raise(new CouncilFormed(id, neighbourhood.Id, kind, formedOn));
        return Result.Success(council);
    }

    /// <summary>Gives a resident a seat in a role.</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="role">The role.</param>
    /// <param name="on">The first day in the seat; within the current term.</param>
    /// <param name="ageOfMajority">
    /// The charter's <see cref="GovernanceCharter.AgeOfMajority"/>; council members are adults on <paramref name="on"/>.
    /// Defaults to 18, the charter's default; pass the municipality's own.
    /// </param>
    /// <returns>
    /// Success, or the rule the appointment would break. A minor is refused (<see cref="CouncilRuleIds.MemberUnderAge"/>)
    /// before any rule whose message names the resident, so no refusal shows a minor's name.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="resident"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is undefined, or <paramref name="ageOfMajority"/> is not positive.</exception>
    public Result Appoint(Resident resident, CouncilRole role, LocalDate on, int ageOfMajority = 18)
    {
        ArgumentNullException.ThrowIfNull(resident);
        CheckRole(role);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ageOfMajority);
        if (Dissolved() is { } dissolved)
        {
            return Result.Failure(dissolved);
        }

        if (!CurrentTerm.Contains(on))
        {
            return Result.Failure(OutsideTerm(on));
        }

        if (CandidateRefusal(resident, on, ageOfMajority) is { } refusal)
        {
            return Result.Failure(refusal);
        }

        if (VacantSeats <= 0)
        {
            return Result.Failure(RuleViolation.Of(
                CouncilRuleIds.Full,
                $"همهٔ {PersianDigits.Format(Seats)} کرسی شورا پر است.",
                $"All {Seats} seats on the council are taken."));
        }

        if (RoleTaken(role, except: null) is { } taken)
        {
            return Result.Failure(taken);
        }

        AddMembership(resident.Id, role, on);
        return Result.Success();
    }

    /// <summary>
    /// Whether a resident could take a seat on this council on a day, as far as who they are goes (an adult of the
    /// neighbourhood, a woman for a women's council, not already a member, an active citizen where the charter asks):
    /// the rules <see cref="Appoint"/> applies to the person, for a host that lists the candidates it may offer.
    /// </summary>
    /// <param name="resident">The resident.</param>
    /// <param name="on">The day of the appointment.</param>
    /// <param name="ageOfMajority">The charter's age of majority.</param>
    /// <returns><see langword="true"/> when none of those rules refuses the resident.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resident"/> is null.</exception>
    public bool MayAppoint(Resident resident, LocalDate on, int ageOfMajority = 18)
    {
        ArgumentNullException.ThrowIfNull(resident);
        return CandidateRefusal(resident, on, ageOfMajority) is null;
    }

    private RuleViolation? CandidateRefusal(Resident resident, LocalDate on, int ageOfMajority)
    {
        // Age first: a minor is refused as a minor, whatever else would refuse them.
        if (resident.IsMinorOn(on, ageOfMajority))
        {
            return RuleViolation.Of(
                CouncilRuleIds.MemberUnderAge,
                $"این شهروند در {PersianDates.Format(on)} زیر {PersianDigits.Format(ageOfMajority)} سال است؛ اعضای شورا بزرگسال‌اند.",
                $"This resident is under {ageOfMajority} on {on}; council members are adults.");
        }

        if (resident.NeighbourhoodId != NeighbourhoodId)
        {
            return RuleViolation.Of(
                CouncilRuleIds.MemberLivesElsewhere,
                "این شهروند ساکن این محله نیست؛ اعضای شورا از ساکنان محله‌اند.",
                "This resident does not live in this neighbourhood; council members are its residents.");
        }

        if (Kind == CouncilKind.Women && resident.Gender != Gender.Female)
        {
            return RuleViolation.Of(
                CouncilRuleIds.WomensCouncilMembersAreWomen,
                "اعضای شورای بانوان زن هستند.",
                "This resident cannot sit on a women's council: its members are women.");
        }

        if (CurrentMembership(resident.Id) is not null)
        {
            return RuleViolation.Of(
                CouncilRuleIds.AlreadyAMember,
                "این شهروند پیش‌تر عضو این شوراست؛ هر نفر یک کرسی دارد.",
                "This resident already holds a seat on this council; one seat per person.");
        }

        if (MembersFromActiveCitizens && !resident.IsActiveCitizen)
        {
            return RuleViolation.Of(
                CouncilRuleIds.MemberNotActiveCitizen,
                "این شهروند در شمار شهروندان فعال محله نیست؛ منشور اعضای شورا را از میان آنان می‌خواهد.",
                "This resident is not among the neighbourhood's active citizens; the charter has new members come from them.");
        }

        return null;
    }

    /// <summary>Moves a current member to another role; the old membership ends and a new one records the role.</summary>
    /// <param name="residentId">The member.</param>
    /// <param name="role">The new role.</param>
    /// <param name="on">The first day in the new role.</param>
    /// <returns>Success, or why not.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is undefined.</exception>
    public Result ChangeRole(ResidentId residentId, CouncilRole role, LocalDate on)
    {
        CheckRole(role);
        if (Dissolved() is { } dissolved)
        {
            return Result.Failure(dissolved);
        }

        if (CurrentMembership(residentId) is not { } membership)
        {
            return Result.Failure(NotAMember());
        }

        if (membership.Role == role)
        {
            return Result.Success();
        }

        if (!CurrentTerm.Contains(on) || on < membership.StartedOn)
        {
            return Result.Failure(OutsideTerm(on));
        }

        if (RoleTaken(role, except: residentId) is { } taken)
        {
            return Result.Failure(taken);
        }

        membership.End(on, MembershipEnd.RoleChanged, null);
        AddMembership(residentId, role, on);
        return Result.Success();
    }

    /// <summary>Records a member's resignation; the membership is kept as history.</summary>
    /// <param name="residentId">The member.</param>
    /// <param name="on">The last day in the seat.</param>
    /// <param name="reason">Why, if given: text a person typed, at most <see cref="MaxEndNoteLength"/> characters (see <see cref="UserText.Check"/>).</param>
    /// <returns>
    /// Success, or a failure when the resident holds no seat, the date is before the seat began, or the note is refused
    /// (an <see cref="InputRuleIds"/> rule).
    /// </returns>
    public Result Resign(ResidentId residentId, LocalDate on, string? reason = null)
    {
        if (Dissolved() is { } dissolved)
        {
            return Result.Failure(dissolved);
        }

        if (CurrentMembership(residentId) is not { } membership)
        {
            return Result.Failure(NotAMember());
        }

        if (on < membership.StartedOn)
        {
            return Result.Failure(RuleViolation.Of(
                CouncilRuleIds.ResignedBeforeStart,
                $"استعفا نمی‌تواند پیش از آغاز عضویت ({PersianDates.Format(membership.StartedOn)}) باشد.",
                $"A resignation cannot be dated before the seat began ({membership.StartedOn})."));
        }

        if (UserText.Check(reason, MaxEndNoteLength, EndNoteName, required: false, multiline: true) is { } badNote)
        {
            return Result.Failure(badNote);
        }

        membership.End(on, MembershipEnd.Resigned, UserText.CleanOptional(reason));
        Raise(new CouncilMemberLeft(Id, residentId, MembershipEnd.Resigned, on));
        return Result.Success();
    }

    /// <summary>
    /// Ends the seat of a member who moved out of the council's neighbourhood (council members live in it), recorded as
    /// <see cref="MembershipEnd.Moved"/>; the handler of <see cref="Residents.Events.ResidentMoved"/> calls it for each
    /// council of the neighbourhood the resident left.
    /// </summary>
    /// <param name="residentId">The resident who moved.</param>
    /// <param name="on">The last day in the seat, usually the day the move was recorded.</param>
    /// <returns>
    /// Success, also when the resident holds no seat here or the council is dissolved (nothing changes then: the move
    /// may be handled twice); or a failure (<see cref="CouncilRuleIds.MovedBeforeStart"/>) when the date is before the
    /// seat began.
    /// </returns>
    public Result EndMembershipOnMove(ResidentId residentId, LocalDate on)
    {
        if (Status == CouncilStatus.Dissolved || CurrentMembership(residentId) is not { } membership)
        {
            return Result.Success();
        }

        if (on < membership.StartedOn)
        {
            return Result.Failure(RuleViolation.Of(
                CouncilRuleIds.MovedBeforeStart,
                $"پایان عضویت به سبب جابه‌جایی نمی‌تواند پیش از آغاز عضویت ({PersianDates.Format(membership.StartedOn)}) باشد.",
                $"A seat cannot end for a move before the seat began ({membership.StartedOn})."));
        }

        membership.End(on, MembershipEnd.Moved, null);
        Raise(new CouncilMemberLeft(Id, residentId, MembershipEnd.Moved, on));
        return Result.Success();
    }

    /// <summary>Makes a forming council active: it needs a chair and more than half of its seats filled.</summary>
    /// <param name="on">The date it starts acting.</param>
    /// <returns>Success, or why not.</returns>
    public Result Activate(LocalDate on)
    {
        if (Dissolved() is { } dissolved)
        {
            return Result.Failure(dissolved);
        }

        if (Status == CouncilStatus.Active)
        {
            return Result.Success();
        }

        var members = _memberships.Count(m => m.IsCurrent);
        var hasChair = _memberships.Exists(m => m.IsCurrent && m.Role == CouncilRole.Chair);
        if (!hasChair || members * 2 <= Seats)
        {
            // Two whole sentences rather than a word put into one, so that every language can say each its own way.
            return Result.Failure(hasChair
                ? RuleViolation.Of(
                    CouncilRuleIds.NotReady,
                    $"شورا برای آغاز کار رئیس و بیش از نیمی از {PersianDigits.Format(Seats)} کرسی پر لازم دارد؛ اکنون {PersianDigits.Format(members)} عضو با رئیس دارد.",
                    $"A council starts acting with a chair and more than half of its {Seats} seats filled; it has {members} member(s) with chair.")
                : RuleViolation.Of(
                    CouncilRuleIds.NotReady,
                    $"شورا برای آغاز کار رئیس و بیش از نیمی از {PersianDigits.Format(Seats)} کرسی پر لازم دارد؛ اکنون {PersianDigits.Format(members)} عضو بی رئیس دارد.",
                    $"A council starts acting with a chair and more than half of its {Seats} seats filled; it has {members} member(s) and no chair."));
        }

        if (!CurrentTerm.Contains(on))
        {
            return Result.Failure(OutsideTerm(on));
        }

        Status = CouncilStatus.Active;
        Raise(new CouncilActivated(Id, NeighbourhoodId, Kind, on));
        return Result.Success();
    }

    /// <summary>
    /// Ends the current term and starts the next, the day after: every current membership ends as finished, and the
    /// council forms again for the new term.
    /// </summary>
    /// <param name="endsOn">The last day of the new term.</param>
    /// <returns>Success, or why not.</returns>
    public Result StartNextTerm(LocalDate endsOn)
    {
        if (Dissolved() is { } dissolved)
        {
            return Result.Failure(dissolved);
        }

        var current = CurrentTerm;
        var startsOn = current.EndsOn.PlusDays(1);
        if (TermProblem(startsOn, endsOn) is { } problem)
        {
            return Result.Failure(problem);
        }

        EndCurrentMemberships(current.EndsOn, MembershipEnd.TermFinished);
        _terms.Add(new CouncilTerm(current.Number + 1, startsOn, endsOn));
        Status = CouncilStatus.Forming;
        return Result.Success();
    }

    /// <summary>Dissolves the council; its history stays.</summary>
    /// <param name="on">The date.</param>
    /// <returns>Success, or a failure when it is already dissolved or the date is before its formation.</returns>
    public Result Dissolve(LocalDate on)
    {
        if (Dissolved() is { } dissolved)
        {
            return Result.Failure(dissolved);
        }

        if (on < FormedOn)
        {
            return Result.Failure(RuleViolation.Of(
                CouncilRuleIds.DissolvedBeforeFormed,
                "انحلال نمی‌تواند پیش از تشکیل شورا باشد.",
                $"A council cannot be dissolved before it was formed ({FormedOn})."));
        }

        EndCurrentMemberships(on, MembershipEnd.CouncilDissolved);
        Status = CouncilStatus.Dissolved;
        DissolvedOn = on;
        Raise(new CouncilDissolved(Id, NeighbourhoodId, Kind, on));
        return Result.Success();
    }

    /// <summary>The memberships held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The memberships whose seat was held that day.</returns>
    public IEnumerable<CouncilMembership> MembersOn(LocalDate date) => _memberships.Where(m => m.HeldOn(date));

    /// <summary>The council's seats as participation records, for the active-citizen rules.</summary>
    /// <returns>One <see cref="ParticipationKind.CouncilSeatHeld"/> record per membership, dated when it began.</returns>
    public IEnumerable<Participation> Participations() =>
        _memberships.Select(m => new Participation(m.ResidentId, NeighbourhoodId, ParticipationKind.CouncilSeatHeld, m.StartedOn, Id.Value));

    private static RuleViolation? TermProblem(LocalDate startsOn, LocalDate endsOn) =>
        endsOn > startsOn
            ? null
            : RuleViolation.Of(
                CouncilRuleIds.TermEndsBeforeStart,
                $"دورهٔ شورا باید پس از آغازش ({PersianDates.Format(startsOn)}) پایان یابد، نه در {PersianDates.Format(endsOn)}.",
                $"A term must end after it starts ({startsOn}); {endsOn} does not.");

    private static void CheckRole(CouncilRole role)
    {
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Not a defined council role.");
        }
    }

    private void AddMembership(ResidentId residentId, CouncilRole role, LocalDate on)
    {
        _memberships.Add(new CouncilMembership(Guid.CreateVersion7(), residentId, role, CurrentTerm.Number, on, CurrentTerm.EndsOn));
        Raise(new CouncilMemberAppointed(Id, NeighbourhoodId, residentId, role, on));
    }

    private void EndCurrentMemberships(LocalDate on, MembershipEnd reason)
    {
        foreach (var membership in _memberships.Where(m => m.IsCurrent))
        {
            membership.End(on, reason, null);
            Raise(new CouncilMemberLeft(Id, membership.ResidentId, reason, on));
        }
    }

    private CouncilMembership? CurrentMembership(ResidentId residentId) => _memberships.Find(m => m.IsCurrent && m.ResidentId == residentId);

    private RuleViolation? RoleTaken(CouncilRole role, ResidentId? except)
    {
        if (role == CouncilRole.Member)
        {
            return null;
        }

        var holder = _memberships.Find(m => m.IsCurrent && m.Role == role && m.ResidentId != except);
        if (holder is null)
        {
            return null;
        }

        var name = CouncilNames.Of(role);
        return RuleViolation.Of(
            role == CouncilRole.Chair ? CouncilRuleIds.OneChair : CouncilRuleIds.RoleTaken,
            $"شورا پیش‌تر {name.Persian} دارد؛ هر شورا تنها یک {name.Persian} دارد.",
            $"The council already has a {name.English.ToLowerInvariant()}; it has only one.");
    }

    private RuleViolation? Dissolved() => Status == CouncilStatus.Dissolved
        ? RuleViolation.Of(CouncilRuleIds.Dissolved, "شورا منحل شده است و تغییر نمی‌کند.", "The council has been dissolved and can no longer change.")
        : null;

    private RuleViolation OutsideTerm(LocalDate on) => RuleViolation.Of(
        CouncilRuleIds.OutsideTerm,
        $"تاریخ {PersianDates.Format(on)} در دورهٔ کنونی شورا ({PersianDates.Format(CurrentTerm.StartsOn)} تا {PersianDates.Format(CurrentTerm.EndsOn)}) نیست.",
        $"{on} is outside the council's current term ({CurrentTerm.StartsOn} to {CurrentTerm.EndsOn}).");

    private static RuleViolation NotAMember() => RuleViolation.Of(
        CouncilRuleIds.NotAMember,
        "این شهروند اکنون عضو شورا نیست.",
        "This resident does not hold a seat on the council now.");
}
