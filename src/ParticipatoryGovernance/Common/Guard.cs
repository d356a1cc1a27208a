using System.Runtime.CompilerServices;

namespace ParticipatoryGovernance.Common;

/// <summary>Checks of caller contracts; a failure is a bug in the caller, so these throw.</summary>
internal static class Guard
{
    public static Guid NotEmpty(Guid value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value == Guid.Empty ? throw new ArgumentException("The identifier must not be the empty GUID.", name) : value;

    public static string NotBlank(string value, int maxLength, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        var trimmed = value.Trim();
        return trimmed.Length > maxLength
            ? throw new ArgumentException($"The text must be at most {maxLength} characters; it has {trimmed.Length}.", name)
            : trimmed;
    }
}
