using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Neighbourhoods;

/// <summary>
/// The institution a neighbourhood is centred on and the title of its leader: in Rafsanjan a mosque and its imam
/// (امام محله); elsewhere a school and its head, or a community centre and its director.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CommunityAnchor
{
    /// <summary>Creates an anchor.</summary>
    /// <param name="kind">The kind of institution.</param>
    /// <param name="name">Its name, such as «مسجد جامع».</param>
    /// <param name="leaderTitle">Its leader's title, such as «امام محله» / "Neighbourhood imam".</param>
    /// <param name="leaderName">The leader's name, when public; the model names officials by role, so it may be left out.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="leaderTitle"/> is null.</exception>
    public CommunityAnchor(AnchorKind kind, LocalizedText name, LocalizedText leaderTitle, PersonName? leaderName = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined kind of anchor institution.");
        }

        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(leaderTitle);
        Kind = kind;
        Name = name;
        LeaderTitle = leaderTitle;
        LeaderName = leaderName;
    }

    /// <summary>The kind of institution.</summary>
    public AnchorKind Kind { get; }

    /// <summary>The institution's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The leader's title.</summary>
    public LocalizedText LeaderTitle { get; }

    /// <summary>The leader's name, when public.</summary>
    public PersonName? LeaderName { get; }

    /// <summary>A mosque led by the neighbourhood's imam (امام محله), as in Rafsanjan.</summary>
    /// <param name="name">The mosque's name.</param>
    /// <param name="imam">The imam's name, when public.</param>
    /// <returns>The anchor.</returns>
    public static CommunityAnchor Mosque(LocalizedText name, PersonName? imam = null) =>
        new(AnchorKind.Mosque, name, LocalizedText.Of("امام محله", "Neighbourhood imam"), imam);

    /// <summary>A school led by its head.</summary>
    /// <param name="name">The school's name.</param>
    /// <param name="head">The head's name, when public.</param>
    /// <returns>The anchor.</returns>
    public static CommunityAnchor School(LocalizedText name, PersonName? head = null) =>
        new(AnchorKind.School, name, LocalizedText.Of("مدیر مدرسه", "Head teacher"), head);

    /// <summary>A community centre led by its director.</summary>
    /// <param name="name">The centre's name.</param>
    /// <param name="director">The director's name, when public.</param>
    /// <returns>The anchor.</returns>
    public static CommunityAnchor CommunityCentre(LocalizedText name, PersonName? director = null) =>
        new(AnchorKind.CommunityCentre, name, LocalizedText.Of("مدیر سرای محله", "Centre director"), director);
}
