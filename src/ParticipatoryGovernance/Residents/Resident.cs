using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents.Events;

namespace ParticipatoryGovernance.Residents;

/// <summary>
/// A resident (شهروند) of a neighbourhood: name, gender, birth date and neighbourhood.
/// </summary>
/// <remarks>
/// <para>
/// Many residents are minors, so the birth date is not a public property: ask for <see cref="AgeOn"/>,
/// <see cref="IsMinorOn"/> or <see cref="BelongsTo"/> instead, and use <see cref="ToPublicProfile"/> for anything a
/// public page shows. <see cref="DiscloseBirthDate"/> exists for record keeping and says so in its name.
/// </para>
/// <para>An aggregate root: mutable, not thread-safe; change it only through its methods.</para>
/// </remarks>
public sealed class Resident : AggregateRoot<ResidentId>
{
    /// <summary>Creates a resident.</summary>
    /// <param name="id">The identifier; not the empty GUID.</param>
    /// <param name="neighbourhoodId">The neighbourhood the resident lives in; not the empty GUID.</param>
    /// <param name="name">The resident's name.</param>
    /// <param name="gender">The resident's gender.</param>
    /// <param name="birthDate">The birth date, in any calendar; stored in the ISO calendar.</param>
    /// <exception cref="ArgumentException">An identifier is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gender"/> is undefined.</exception>
    public Resident(ResidentId id, NeighbourhoodId neighbourhoodId, PersonName name, Gender gender, LocalDate birthDate)
        : base(id)
    {
        Guard.NotEmpty(id.Value, nameof(id));
        Guard.NotEmpty(neighbourhoodId.Value, nameof(neighbourhoodId));
        ArgumentNullException.ThrowIfNull(name);
        if (!Enum.IsDefined(gender))
        {
            throw new ArgumentOutOfRangeException(nameof(gender), gender, "Not a defined gender.");
        }

        NeighbourhoodId = neighbourhoodId;
        Name = name;
        Gender = gender;
        BirthDate = birthDate.WithCalendar(CalendarSystem.Iso);
    }

    /// <summary>The oldest age a newly registered resident may have; an earlier birth date is a typing mistake.</summary>
    public const int MaxAgeYears = 130;

    /// <summary>
    /// Registers a resident from what a person typed or imported: the birth date must be no later than
    /// <paramref name="today"/> and no more than <see cref="MaxAgeYears"/> years before it.
    /// </summary>
    /// <param name="id">The identifier; not the empty GUID.</param>
    /// <param name="neighbourhoodId">The neighbourhood the resident lives in; not the empty GUID.</param>
    /// <param name="name">The resident's name; build it with <see cref="PersonName.Create"/> from typed text.</param>
    /// <param name="gender">The resident's gender.</param>
    /// <param name="birthDate">The birth date, in any calendar.</param>
    /// <param name="today">The city's date today, from the injected clock.</param>
    /// <returns>The resident, or a failure with rule <see cref="ResidentRuleIds.BirthDateOutOfRange"/>.</returns>
    /// <exception cref="ArgumentException">An identifier is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gender"/> is undefined.</exception>
    public static Result<Resident> Register(ResidentId id, NeighbourhoodId neighbourhoodId, PersonName name, Gender gender, LocalDate birthDate, LocalDate today)
    {
        var born = birthDate.WithCalendar(CalendarSystem.Iso);
        var day = today.WithCalendar(CalendarSystem.Iso);
        var earliest = day.PlusYears(-MaxAgeYears);
        if (born > day || born < earliest)
        {
            return Result.Failure<Resident>(RuleViolation.Of(
                ResidentRuleIds.BirthDateOutOfRange,
                $"تاریخ تولد {PersianDates.Format(born)} پذیرفته نیست؛ باید از {PersianDates.Format(earliest)} تا {PersianDates.Format(day)} باشد.",
                $"The birth date {born} is not accepted; it must be from {earliest} to {day}."));
        }

        return Result.Success(new Resident(id, neighbourhoodId, name, gender, born));
    }

    // For EF Core, which cannot pass value objects to a constructor: it sets Name from its columns right after this
    // runs. Rebuilds stored state only; see docs/decisions/0011.
    private Resident(ResidentId id, NeighbourhoodId neighbourhoodId, Gender gender, LocalDate birthDate)
        : base(id)
    {
        NeighbourhoodId = neighbourhoodId;
        Gender = gender;
        BirthDate = birthDate;
        Name = null!;
    }

    /// <summary>The neighbourhood the resident lives in.</summary>
    public NeighbourhoodId NeighbourhoodId { get; private set; }

    /// <summary>The resident's name. Public views of minors should show <see cref="PersonName.GivenNameAndInitial"/>.</summary>
    public PersonName Name { get; private set; }

    /// <summary>The resident's gender.</summary>
    public Gender Gender { get; private set; }

    /// <summary>Whether the last active-citizen assessment found the resident active.</summary>
    public bool IsActiveCitizen { get; private set; }

    /// <summary>The last active-citizen assessment's date and the rules that held, or <see langword="null"/> before any.</summary>
    public ActiveCitizenship? ActiveCitizenship { get; private set; }

    /// <summary>The birth date in the ISO calendar; internal so that it cannot reach a public view by accident.</summary>
    internal LocalDate BirthDate { get; private set; }

    /// <summary>The resident's age in whole Solar Hijri years on a date.</summary>
    /// <param name="date">The ISO-calendar date.</param>
    /// <returns>The age.</returns>
    public int AgeOn(LocalDate date) => PersianDates.AgeOn(BirthDate, date);

    /// <summary>Whether the resident is under an age of majority on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="ageOfMajority">The age of majority; the charter's is usually 18.</param>
    /// <returns><see langword="true"/> when the resident is younger than <paramref name="ageOfMajority"/>.</returns>
    public bool IsMinorOn(LocalDate date, int ageOfMajority = 18) => AgeOn(date) < ageOfMajority;

    /// <summary>Whether the resident was born in a cohort, such as the 1380s.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <returns><see langword="true"/> when the birth date falls in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cohort"/> is null.</exception>
    public bool BelongsTo(BirthCohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return cohort.Contains(BirthDate);
    }

    /// <summary>The Solar Hijri decade the resident was born in, such as the 1380s.</summary>
    public BirthCohort BirthDecade => BirthCohort.DecadeOf(PersianDates.ToSolarHijri(BirthDate).Year);

    /// <summary>
    /// The birth date, for record keeping only (eligibility checks, official registers). Never put it in a public view:
    /// use <see cref="ToPublicProfile"/> there.
    /// </summary>
    /// <returns>The ISO-calendar birth date.</returns>
    public LocalDate DiscloseBirthDate() => BirthDate;

    /// <summary>What a public page may show of the resident on a date: no birth date, and only a given name and initial for minors.</summary>
    /// <param name="asOf">The date the view is for.</param>
    /// <param name="ageOfMajority">The age of majority; the charter's is usually 18.</param>
    /// <returns>The public profile.</returns>
    public ResidentPublicProfile ToPublicProfile(LocalDate asOf, int ageOfMajority = 18)
    {
        var age = AgeOn(asOf);
        var minor = age < ageOfMajority;
        return new ResidentPublicProfile(Id, NeighbourhoodId, minor ? Name.GivenNameAndInitial : Name.ToString(), Gender, AgeBands.Of(age), minor);
    }

    /// <summary>Records that the resident moved to another neighbourhood.</summary>
    /// <param name="neighbourhoodId">The new neighbourhood; not the empty GUID.</param>
    /// <exception cref="ArgumentException"><paramref name="neighbourhoodId"/> is empty.</exception>
    public void MoveTo(NeighbourhoodId neighbourhoodId)
    {
        Guard.NotEmpty(neighbourhoodId.Value, nameof(neighbourhoodId));
        if (neighbourhoodId == NeighbourhoodId)
        {
            return;
        }

        var from = NeighbourhoodId;
        NeighbourhoodId = neighbourhoodId;
        Raise(new ResidentMoved(Id, from, neighbourhoodId));
    }

    /// <summary>Records an active-citizen assessment of this resident; raises an event when the status changes.</summary>
    /// <param name="assessment">The assessment, made by <see cref="ActiveCitizenAssessor"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">The assessment is of another resident.</exception>
    public void RecordActiveCitizenship(ActiveCitizenAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.ResidentId != Id)
        {
            throw new ArgumentException("The assessment is of another resident.", nameof(assessment));
        }

        var wasActive = IsActiveCitizen;
        ActiveCitizenship = new ActiveCitizenship(assessment.AssessedOn, [.. assessment.Reasons.Select(r => r.RuleId)]);
        IsActiveCitizen = ActiveCitizenship.IsActive;
        if (wasActive != IsActiveCitizen)
        {
            Raise(new ActiveCitizenStatusChanged(Id, NeighbourhoodId, IsActiveCitizen, assessment.AssessedOn));
        }
    }

    /// <summary>Corrects the resident's name.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public void Rename(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }
}
