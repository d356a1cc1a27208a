using NodaTime;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// A resident's application to become a youth mayor, accepted by a <see cref="YouthMayorCampaign"/>. It holds no birth
/// date: the campaign checks the cohort and age when it accepts the application and keeps only whether the applicant was
/// a minor when the call opened.
/// </summary>
/// <remarks>Part of the campaign aggregate; change it only through <see cref="YouthMayorCampaign"/>. Not thread-safe.</remarks>
public sealed class YouthMayorApplication
{
    internal YouthMayorApplication(
        YouthMayorApplicationId id,
        ResidentId residentId,
        NeighbourhoodId neighbourhoodId,
        Gender gender,
        LocalDate appliedOn,
        bool isMinorAtCall,
        GuardianConsent? guardianConsent)
    {
        Id = id;
        ResidentId = residentId;
        NeighbourhoodId = neighbourhoodId;
        Gender = gender;
        AppliedOn = appliedOn;
        IsMinorAtCall = isMinorAtCall;
        GuardianConsent = guardianConsent;
    }

    // For object-relational mappers.
    private YouthMayorApplication()
    {
    }

    /// <summary>The application's identifier.</summary>
    public YouthMayorApplicationId Id { get; private set; }

    /// <summary>The applicant.</summary>
    public ResidentId ResidentId { get; private set; }

    /// <summary>The neighbourhood the applicant lived in when applying: the neighbourhood they stand for.</summary>
    public NeighbourhoodId NeighbourhoodId { get; private set; }

    /// <summary>The applicant's gender, which decides whether they fill a boy's or a girl's seat.</summary>
    public Gender Gender { get; private set; }

    /// <summary>The ISO-calendar date of the application.</summary>
    public LocalDate AppliedOn { get; private set; }

    /// <summary>Whether the applicant was under the charter's age of majority on the day the call opened.</summary>
    public bool IsMinorAtCall { get; private set; }

    /// <summary>The guardian's consent, recorded for applicants who were minors when the call opened; otherwise <see langword="null"/>.</summary>
    public GuardianConsent? GuardianConsent { get; private set; }

    /// <summary>The ISO-calendar date the applicant was shortlisted, or <see langword="null"/>.</summary>
    public LocalDate? ShortlistedOn { get; private set; }

    /// <summary>Whether the applicant has been shortlisted (for interview, or to stand in an election).</summary>
    public bool IsShortlisted => ShortlistedOn is not null;

    internal void Shortlist(LocalDate on) => ShortlistedOn = on;
}
