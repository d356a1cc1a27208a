namespace ParticipatoryGovernance.Common;

/// <summary>
/// The outcome of an operation that the model's rules may refuse: success, or the rules it would have broken.
/// </summary>
/// <remarks>Immutable and thread-safe. A failed result holds at least one <see cref="RuleViolation"/>.</remarks>
public class Result
{
    private static readonly Result SuccessInstance = new([]);

    /// <summary>Creates a result; use <see cref="Success()"/> and <see cref="Failure(RuleViolation[])"/> instead.</summary>
    /// <param name="violations">The rules broken; empty for success.</param>
    protected Result(IReadOnlyList<RuleViolation> violations) => Violations = violations;

    /// <summary>The rules the operation would have broken; empty when it succeeded.</summary>
    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>Whether the operation succeeded.</summary>
    public bool IsSuccess => Violations.Count == 0;

    /// <summary>Whether the model's rules refused the operation.</summary>
    public bool IsFailure => !IsSuccess;

    /// <summary>A successful result.</summary>
    /// <returns>The shared successful result.</returns>
    public static Result Success() => SuccessInstance;

    /// <summary>A successful result carrying a value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static Result<T> Success<T>(T value) => new(value, []);

    /// <summary>A failed result.</summary>
    /// <param name="violations">The rules broken; at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No violation was given.</exception>
    public static Result Failure(params RuleViolation[] violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Length == 0)
        {
            throw new ArgumentException("A failed result needs at least one rule violation.", nameof(violations));
        }

        return new Result(violations);
    }

    /// <summary>A failed result carrying no value.</summary>
    /// <typeparam name="T">The type of the value that was not produced.</typeparam>
    /// <param name="violations">The rules broken; at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No violation was given.</exception>
    public static Result<T> Failure<T>(params RuleViolation[] violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Length == 0)
        {
            throw new ArgumentException("A failed result needs at least one rule violation.", nameof(violations));
        }

        return new Result<T>(default, violations);
    }

    /// <summary>Throws when the result failed; for callers who have already checked the rules.</summary>
    /// <exception cref="RuleViolationException">The result failed.</exception>
    public void ThrowIfFailed()
    {
        if (IsFailure)
        {
            throw new RuleViolationException(Violations);
        }
    }

    /// <summary>"Success", or the violations in English.</summary>
    /// <returns>A description of the result.</returns>
    public override string ToString() => IsSuccess ? "Success" : string.Join("; ", Violations);
}

/// <summary>The outcome of an operation that produces a value unless the model's rules refuse it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    internal Result(T? value, IReadOnlyList<RuleViolation> violations)
        : base(violations) => _value = value;

    /// <summary>The value produced.</summary>
    /// <exception cref="RuleViolationException">The result failed, so there is no value.</exception>
    public T Value => IsSuccess ? _value! : throw new RuleViolationException(Violations);
}
