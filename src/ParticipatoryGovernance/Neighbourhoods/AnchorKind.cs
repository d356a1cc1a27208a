namespace ParticipatoryGovernance.Neighbourhoods;

/// <summary>The kind of institution a neighbourhood is centred on.</summary>
public enum AnchorKind
{
    /// <summary>A mosque, led by its imam (Rafsanjan).</summary>
    Mosque = 1,

    /// <summary>A school, led by its head.</summary>
    School = 2,

    /// <summary>A community or cultural centre.</summary>
    CommunityCentre = 3,

    /// <summary>A church, led by its priest or minister.</summary>
    Church = 4,

    /// <summary>A library.</summary>
    Library = 5,

    /// <summary>Another institution; its leader's title says what it is.</summary>
    Other = 99,
}
