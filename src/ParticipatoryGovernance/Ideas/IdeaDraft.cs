using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Ideas;

/// <summary>
/// What a resident writes when submitting an idea or a new version of a rejected one: title, description, urban
/// field, the neighbourhood it is for (or the whole city), and optionally an estimated cost.
/// </summary>
/// <remarks>Immutable and thread-safe. Texts are trimmed.</remarks>
public sealed record IdeaDraft
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest description accepted.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>Creates a draft.</summary>
    /// <param name="title">The title; at most <see cref="MaxTitleLength"/> characters.</param>
    /// <param name="description">The description; at most <see cref="MaxDescriptionLength"/> characters.</param>
    /// <param name="field">The urban field; it must be one of the municipality's charter fields when submitted.</param>
    /// <param name="neighbourhoodId">The neighbourhood the idea is for, or <see langword="null"/> for the whole city.</param>
    /// <param name="estimatedCost">The proposer's estimate of the cost, if any.</param>
    /// <remarks>
    /// For text a person typed use <see cref="Create"/>, which refuses bad input with rule violations instead of throwing.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// A text is refused by <see cref="UserText.Check"/> (blank, too long, invisible only, or holding control characters),
    /// or <paramref name="neighbourhoodId"/> is empty.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public IdeaDraft(string title, string description, UrbanField field, NeighbourhoodId? neighbourhoodId = null, Rials? estimatedCost = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(description);
        Title = Accepted(UserText.Check(title, MaxTitleLength, TitleName, multiline: false), title, nameof(title));
        Description = Accepted(UserText.Check(description, MaxDescriptionLength, DescriptionName, multiline: true), description, nameof(description));
        ArgumentNullException.ThrowIfNull(field);
        if (neighbourhoodId is { } neighbourhood)
        {
            Guard.NotEmpty(neighbourhood.Value, nameof(neighbourhoodId));
        }

        Field = field;
        NeighbourhoodId = neighbourhoodId;
        EstimatedCost = estimatedCost;
    }

    /// <summary>The name of the title field in messages.</summary>
    public static LocalizedText TitleName { get; } = new("عنوان ایده", "The idea's title");

    /// <summary>The name of the description field in messages.</summary>
    public static LocalizedText DescriptionName { get; } = new("شرح ایده", "The idea's description");

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The description.</summary>
    public string Description { get; }

    /// <summary>The urban field.</summary>
    public UrbanField Field { get; }

    /// <summary>The neighbourhood the idea is for, or <see langword="null"/> for the whole city.</summary>
    public NeighbourhoodId? NeighbourhoodId { get; }

    /// <summary>The proposer's estimate of the cost, or <see langword="null"/> when none was given.</summary>
    public Rials? EstimatedCost { get; }

    /// <summary>
    /// A draft from what a resident typed, or every rule it breaks: the title (at most <see cref="MaxTitleLength"/>
    /// characters, one line) and description (at most <see cref="MaxDescriptionLength"/>) are checked by
    /// <see cref="UserText.Check"/>, and an estimated cost must be at most <see cref="Rials.MaxEnteredAmount"/>.
    /// </summary>
    /// <param name="title">The title as typed; may be null.</param>
    /// <param name="description">The description as typed; may be null.</param>
    /// <param name="field">The urban field; it must be one of the municipality's charter fields when submitted.</param>
    /// <param name="neighbourhoodId">The neighbourhood the idea is for, or <see langword="null"/> for the whole city.</param>
    /// <param name="estimatedCost">The proposer's estimate of the cost in rials, if any; negative amounts are refused too.</param>
    /// <returns>
    /// The draft, or the rules broken (identifiers in <see cref="InputRuleIds"/>), each naming its field:
    /// <c>Title</c>, <c>Description</c> or <c>EstimatedCost</c>.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="neighbourhoodId"/> is the empty GUID.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public static Result<IdeaDraft> Create(string? title, string? description, UrbanField field, NeighbourhoodId? neighbourhoodId = null, long? estimatedCost = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        var errors = new List<RuleViolation>();
        if (UserText.Check(title, MaxTitleLength, TitleName, multiline: false) is { } titleProblem)
        {
            errors.Add(titleProblem.AtField("Title"));
        }

        if (UserText.Check(description, MaxDescriptionLength, DescriptionName, multiline: true) is { } descriptionProblem)
        {
            errors.Add(descriptionProblem.AtField("Description"));
        }

        if (estimatedCost is { } cost && Rials.Check(cost) is { } costProblem)
        {
            errors.Add(costProblem.AtField("EstimatedCost"));
        }

        return errors.Count > 0
            ? Result.Failure<IdeaDraft>([.. errors])
            : Result.Success(new IdeaDraft(title!, description!, field, neighbourhoodId, estimatedCost is { } amount ? new Rials(amount) : null));
    }

    private static string Accepted(RuleViolation? problem, string value, string parameter) =>
        problem is null ? UserText.Clean(value) : throw new ArgumentException(problem.Message.English, parameter);
}
