namespace ParticipatoryGovernance.Common;

/// <summary>
/// A municipal official acting in the model: a reviewer who answers citizen ideas, a moderator, a neighbourhood mayor.
/// </summary>
/// <remarks>
/// The library keeps no staff register: <see cref="Id"/> is the official's identifier in the host application's user
/// or staff directory, and <see cref="Name"/> is kept beside it so that a record still says who acted after the
/// directory changes. Immutable and thread-safe.
/// </remarks>
public sealed record MunicipalOfficial
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxIdLength = 100;

    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Creates an official.</summary>
    /// <param name="id">The identifier in the host's user or staff directory, such as a user id.</param>
    /// <param name="name">The name or title shown on the record, such as «زهرا کاظمی، کارشناس طرح‌ها».</param>
    /// <exception cref="ArgumentException">A text is blank or too long.</exception>
    public MunicipalOfficial(string id, string name)
    {
        Id = Guard.NotBlank(id, MaxIdLength);
        Name = Guard.NotBlank(name, MaxNameLength);
    }

    /// <summary>The identifier in the host's user or staff directory.</summary>
    public string Id { get; }

    /// <summary>The name or title shown on the record.</summary>
    public string Name { get; }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
