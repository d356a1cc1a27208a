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

    /// <summary>
    /// A name from what a person typed, or every rule it breaks: each part is checked by <see cref="UserText.Check"/>
    /// (one line, at most <see cref="MaxPartLength"/> characters, not invisible only, no control or text-direction characters).
    /// </summary>
    /// <param name="givenName">The given name as typed; may be null.</param>
    /// <param name="familyName">The family name as typed; may be null.</param>
    /// <returns>The name, or the rules broken (identifiers in <see cref="InputRuleIds"/>).</returns>
    public static Result<PersonName> Create(string? givenName, string? familyName)
    {
        var errors = new List<RuleViolation>();
        if (UserText.Check(givenName, MaxPartLength, GivenNameField, multiline: false) is { } given)
        {
            errors.Add(given);
        }

        if (UserText.Check(familyName, MaxPartLength, FamilyNameField, multiline: false) is { } family)
        {
            errors.Add(family);
        }

        return errors.Count > 0 ? Result.Failure<PersonName>([.. errors]) : Result.Success(new PersonName(givenName!, familyName!));
    }

    /// <summary>The name of the given-name field in messages.</summary>
    public static LocalizedText GivenNameField { get; } = new("نام", "The given name");

    /// <summary>The name of the family-name field in messages.</summary>
    public static LocalizedText FamilyNameField { get; } = new("نام خانوادگی", "The family name");

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
