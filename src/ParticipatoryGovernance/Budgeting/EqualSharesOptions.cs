namespace ParticipatoryGovernance.Budgeting;

/// <summary>How the Method of Equal Shares does its arithmetic.</summary>
public enum EqualSharesArithmetic
{
    /// <summary>
    /// Floating point where the margin of a decision is far above its rounding, exact fractions for every closer call
    /// and every exact tie (ADR 0014). The outcome is the exact one; this is the default.
    /// </summary>
    Fast = 0,

    /// <summary>
    /// Every run in exact fractions: the reference an audit can rerun. The same outcome as <see cref="Fast"/>, many
    /// times slower on large elections.
    /// </summary>
    Exact = 1,
}

/// <summary>How Add1 finds the deciding share; both give the same outcome and deciding share.</summary>
public enum EqualSharesAdd1Search
{
    /// <summary>
    /// Runs Equal Shares only at shares where the outcome may differ from the last one computed: after each run it
    /// proves how far that outcome holds as the share rises, and goes on from the next step after that (ADR 0030). The
    /// default; its cost hardly depends on the size of the currency unit. Needs <see cref="EqualSharesArithmetic.Fast"/>;
    /// with exact arithmetic Add1 steps.
    /// </summary>
    Jump = 0,

    /// <summary>Runs Equal Shares at every step, one after another (or in parallel lanes): the reference Jump is tested against.</summary>
    Step = 1,
}

/// <summary>
/// How <see cref="EqualShares"/> counts: the Add1 step, the arithmetic, how Add1 searches for the deciding share, and
/// how many Add1 runs may use the processors at once. None of them changes the outcome except <see cref="Add1StepPerVoter"/>.
/// </summary>
/// <remarks>This type is an immutable value; it is thread-safe.</remarks>
public sealed record EqualSharesOptions
{
    /// <summary>One-unit Add1 steps, fast arithmetic, as many Add1 runs at once as the engine chooses.</summary>
    public static EqualSharesOptions Default { get; } = new();

    /// <summary>
    /// Currency units added to every voter's share per Add1 step; 1 (the default) as pabutools and pabulib do. A
    /// larger step is for currencies whose unit is tiny (a rial), where one-unit steps would take millions of runs.
    /// It does not matter for <see cref="EqualSharesCompletion.None"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long Add1StepPerVoter
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 1;

    /// <summary><see cref="EqualSharesArithmetic.Fast"/> (the default) or <see cref="EqualSharesArithmetic.Exact"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="EqualSharesArithmetic"/>.</exception>
    public EqualSharesArithmetic Arithmetic
    {
        get;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown arithmetic.");
            }

            field = value;
        }
    }

    /// <summary>
    /// <see cref="EqualSharesAdd1Search.Jump"/> (the default) or <see cref="EqualSharesAdd1Search.Step"/>; it does not
    /// change the outcome.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="EqualSharesAdd1Search"/>.</exception>
    public EqualSharesAdd1Search Add1Search
    {
        get;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown Add1 search.");
            }

            field = value;
        }
    }

    /// <summary>
    /// How many Add1 runs may go on at once, each on its own thread-pool thread; null (the default) lets the engine
    /// choose: one at a time below 200,000 voter types × projects, otherwise as many as there are processors, at most
    /// 8 (ADR 0024). A value of 1 keeps a count on the calling thread, so that one count does not take a web server's
    /// processors; a larger value runs that many shares at once whatever the election's size.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? MaxDegreeOfParallelism
    {
        get;
        init
        {
            if (value is { } lanes)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1, nameof(value));
            }

            field = value;
        }
    }
}
