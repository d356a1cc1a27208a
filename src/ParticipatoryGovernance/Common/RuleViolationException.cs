namespace ParticipatoryGovernance.Common;

/// <summary>
/// Thrown when code asks for the value of a failed <see cref="Result"/>, or when an invalid setting reaches a
/// constructor; its message lists the broken rules in English.
/// </summary>
public sealed class RuleViolationException : InvalidOperationException
{
    /// <summary>Creates the exception for the given violations.</summary>
    /// <param name="violations">The rules broken.</param>
    public RuleViolationException(IReadOnlyList<RuleViolation> violations)
        : base(string.Join(Environment.NewLine, (violations ?? throw new ArgumentNullException(nameof(violations))).Select(v => v.ToString())))
        => Violations = violations;

    /// <summary>The rules broken.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }
}
