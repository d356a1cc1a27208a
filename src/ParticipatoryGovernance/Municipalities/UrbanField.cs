using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Municipalities;

/// <summary>
/// A field of city life that a youth team member or a citizen idea works in, such as the environment or traffic.
/// A municipality's charter lists its fields.
/// </summary>
/// <remarks>Two fields are equal when their <see cref="Key"/>s are equal, ignoring case.</remarks>
public sealed class UrbanField : IEquatable<UrbanField>
{
    /// <summary>Creates a field.</summary>
    /// <param name="key">A stable identifier in lower-case Latin letters, digits and hyphens, such as <c>environment</c>.</param>
    /// <param name="name">The name shown to people.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or has other characters.</exception>
    public UrbanField(string key, LocalizedText name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(name);
        if (!key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException($"The key '{key}' may hold only lower-case Latin letters, digits and hyphens.", nameof(key));
        }

        Key = key;
        Name = name;
    }

    /// <summary>The stable identifier, such as <c>environment</c>.</summary>
    public string Key { get; }

    /// <summary>The name shown to people.</summary>
    public LocalizedText Name { get; }

    /// <inheritdoc />
    public bool Equals(UrbanField? other) => other is not null && string.Equals(Key, other.Key, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UrbanField);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Key);

    /// <summary>The key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key;
}
