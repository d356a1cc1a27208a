namespace ParticipatoryGovernance.Common;

/// <summary>A person's given and family names, as written in the municipality's records.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PersonName
{
    /// <summary>The longest name part accepted.</summary>
    public const int MaxPartLength = 100;

    /// <summary>Creates a name.</summary>
    /// <param name="givenName">The given name, such as «زهرا».</param>
    /// <param name="familyName">The family name, such as «احمدی».</param>
    /// <exception cref="ArgumentException">A part is blank or longer than <see cref="MaxPartLength"/> characters.</exception>
    public PersonName(string givenName, string familyName)
    {
        GivenName = Guard.NotBlank(givenName, MaxPartLength);
        FamilyName = Guard.NotBlank(familyName, MaxPartLength);
    }

    /// <summary>The given name.</summary>
    public string GivenName { get; }

    /// <summary>The family name.</summary>
    public string FamilyName { get; }

    /// <summary>The given name and the first letter of the family name, for public views of minors: «زهرا ا.».</summary>
    public string GivenNameAndInitial => $"{GivenName} {FamilyName[0]}.";

    /// <summary>The full name, given name first.</summary>
    /// <returns>Such as «زهرا احمدی».</returns>
    public override string ToString() => $"{GivenName} {FamilyName}";
}
