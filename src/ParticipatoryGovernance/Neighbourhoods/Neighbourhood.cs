using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods.Events;

namespace ParticipatoryGovernance.Neighbourhoods;

/// <summary>
/// A neighbourhood (محله) of a municipality, centred on a <see cref="CommunityAnchor"/> and run by a
/// <see cref="NeighbourhoodMayor"/>. Rafsanjan has 50, each around a mosque and its imam.
/// </summary>
/// <remarks>An aggregate root: mutable, not thread-safe; change it only through its methods.</remarks>
public sealed class Neighbourhood : AggregateRoot<NeighbourhoodId>
{
    /// <summary>Creates a neighbourhood.</summary>
    /// <param name="id">The identifier; not the empty GUID.</param>
    /// <param name="municipalityId">The municipality it belongs to; not the empty GUID.</param>
    /// <param name="number">Its number in the municipality, from 1; unique within the municipality.</param>
    /// <param name="name">Its name.</param>
    /// <param name="anchor">The institution it is centred on.</param>
    /// <exception cref="ArgumentException">An identifier is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="anchor"/> is null.</exception>
    public Neighbourhood(NeighbourhoodId id, MunicipalityId municipalityId, int number, LocalizedText name, CommunityAnchor anchor)
        : base(id)
    {
        Guard.NotEmpty(id.Value, nameof(id));
        Guard.NotEmpty(municipalityId.Value, nameof(municipalityId));
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(anchor);
        MunicipalityId = municipalityId;
        Number = number;
        Name = name;
        Anchor = anchor;
    }

    // For EF Core, which cannot pass value objects to a constructor: it sets Name, Anchor and Mayor from their columns
    // right after this runs. Rebuilds stored state only; see docs/decisions/0011.
    private Neighbourhood(NeighbourhoodId id, MunicipalityId municipalityId, int number)
        : base(id)
    {
        MunicipalityId = municipalityId;
        Number = number;
        Name = null!;
        Anchor = null!;
    }

    /// <summary>The municipality the neighbourhood belongs to.</summary>
    public MunicipalityId MunicipalityId { get; private set; }

    /// <summary>Its number in the municipality, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>Its name.</summary>
    public LocalizedText Name { get; private set; }

    /// <summary>The institution it is centred on.</summary>
    public CommunityAnchor Anchor { get; private set; }

    /// <summary>The neighbourhood mayor, or <see langword="null"/> while the post is vacant.</summary>
    public NeighbourhoodMayor? Mayor { get; private set; }

    /// <summary>Centres the neighbourhood on another institution, for example when a new community centre opens.</summary>
    /// <param name="anchor">The new anchor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="anchor"/> is null.</exception>
    public void ReplaceAnchor(CommunityAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        if (anchor.Equals(Anchor))
        {
            return;
        }

        Anchor = anchor;
        Raise(new CommunityAnchorReplaced(Id, anchor));
    }

    /// <summary>Appoints a neighbourhood mayor, replacing any previous one.</summary>
    /// <param name="mayor">The official.</param>
    /// <returns>Success, or a failure when the appointment is dated before the current mayor's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mayor"/> is null.</exception>
    public Result AppointMayor(NeighbourhoodMayor mayor)
    {
        ArgumentNullException.ThrowIfNull(mayor);
        if (Mayor is not null && mayor.AppointedOn < Mayor.AppointedOn)
        {
            return Result.Failure(RuleViolation.Of(
                NeighbourhoodRuleIds.MayorAppointedEarlier,
                $"شهردار کنونی محله از {PersianDates.Format(Mayor.AppointedOn)} منصوب شده است؛ انتصاب تازه نمی‌تواند پیش از آن باشد.",
                $"The current neighbourhood mayor was appointed on {Mayor.AppointedOn}; a new appointment cannot be dated earlier."));
        }

        if (mayor.Equals(Mayor))
        {
            return Result.Success();
        }

        Mayor = mayor;
        Raise(new NeighbourhoodMayorAppointed(Id, mayor));
        return Result.Success();
    }

    /// <summary>Renames the neighbourhood.</summary>
    /// <param name="name">The new name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public void Rename(LocalizedText name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>Whether the neighbourhood has a mayor on a date.</summary>
    /// <param name="date">The ISO-calendar date.</param>
    /// <returns><see langword="true"/> when a mayor had been appointed by then.</returns>
    public bool HasMayorOn(LocalDate date) => Mayor is not null && Mayor.AppointedOn <= date;
}
