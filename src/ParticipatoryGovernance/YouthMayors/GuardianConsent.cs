using NodaTime;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>How the person giving consent for a minor is related to them.</summary>
public enum GuardianRelationship
{
    /// <summary>A parent (پدر یا مادر).</summary>
    Parent = 1,

    /// <summary>A legal guardian other than a parent (ولی یا قیم).</summary>
    LegalGuardian = 2,
}

/// <summary>
/// A parent's or guardian's consent (رضایت ولی) for a minor to take part in the campaign: needed for an applicant under
/// the charter's age of majority on the day the call opens, and for a team member under it on the day they join.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GuardianConsent
{
    /// <summary>Records a consent.</summary>
    /// <param name="guardianName">Who gave it.</param>
    /// <param name="relationship">How they are related to the minor.</param>
    /// <param name="givenOn">The ISO-calendar date it was given; on or before the application or joining date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="guardianName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relationship"/> is undefined.</exception>
    public GuardianConsent(PersonName guardianName, GuardianRelationship relationship, LocalDate givenOn)
    {
        ArgumentNullException.ThrowIfNull(guardianName);
        if (!Enum.IsDefined(relationship))
        {
            throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "Not a defined guardian relationship.");
        }

        GuardianName = guardianName;
        Relationship = relationship;
        GivenOn = givenOn.WithCalendar(CalendarSystem.Iso);
    }

    // For object-relational mappers, which cannot pass an owned name to a constructor.
    private GuardianConsent() => GuardianName = null!;

    /// <summary>Who gave the consent.</summary>
    public PersonName GuardianName { get; }

    /// <summary>How they are related to the minor.</summary>
    public GuardianRelationship Relationship { get; }

    /// <summary>The ISO-calendar date the consent was given.</summary>
    public LocalDate GivenOn { get; }
}
