using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// A youth mayor (شهردار نوجوان) of a neighbourhood, chosen from the campaign's applicants by the neighbourhood mayor or by
/// election, and the <see cref="YouthTeam"/> they lead.
/// </summary>
/// <remarks>Part of the campaign aggregate; created through <see cref="YouthMayorCampaign"/>. Not thread-safe.</remarks>
public sealed class YouthMayor
{
    internal YouthMayor(
        YouthMayorId id,
        YouthMayorApplicationId applicationId,
        ResidentId residentId,
        NeighbourhoodId neighbourhoodId,
        Gender gender,
        LocalDate chosenOn,
        PersonName? selectedBy,
        YouthMayorElectionId? electedIn,
        int teamSeats)
    {
        Id = id;
        ApplicationId = applicationId;
        ResidentId = residentId;
        NeighbourhoodId = neighbourhoodId;
        Gender = gender;
        ChosenOn = chosenOn;
        SelectedBy = selectedBy;
        ElectedIn = electedIn;
        Team = new YouthTeam(teamSeats);
    }

    // For object-relational mappers.
    private YouthMayor() => Team = null!;

    /// <summary>The youth mayor's identifier, which also identifies their team.</summary>
    public YouthMayorId Id { get; private set; }

    /// <summary>The application the youth mayor was chosen from.</summary>
    public YouthMayorApplicationId ApplicationId { get; private set; }

    /// <summary>The resident who is youth mayor.</summary>
    public ResidentId ResidentId { get; private set; }

    /// <summary>The neighbourhood they are youth mayor of.</summary>
    public NeighbourhoodId NeighbourhoodId { get; private set; }

    /// <summary>Their gender: <see cref="Gender.Male"/> for a boy's seat, <see cref="Gender.Female"/> for a girl's.</summary>
    public Gender Gender { get; private set; }

    /// <summary>The ISO-calendar date they were chosen.</summary>
    public LocalDate ChosenOn { get; private set; }

    /// <summary>The neighbourhood mayor who selected them, or <see langword="null"/> when they were elected.</summary>
    public PersonName? SelectedBy { get; private set; }

    /// <summary>The election that chose them, or <see langword="null"/> when the neighbourhood mayor selected them.</summary>
    public YouthMayorElectionId? ElectedIn { get; private set; }

    /// <summary>The team they lead.</summary>
    public YouthTeam Team { get; private set; }
}
