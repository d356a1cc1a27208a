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
    /// <exception cref="ArgumentException">A text is blank or too long, or <paramref name="neighbourhoodId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public IdeaDraft(string title, string description, UrbanField field, NeighbourhoodId? neighbourhoodId = null, Rials? estimatedCost = null)
    {
        Title = Guard.NotBlank(title, MaxTitleLength);
        Description = Guard.NotBlank(description, MaxDescriptionLength);
        ArgumentNullException.ThrowIfNull(field);
        if (neighbourhoodId is { } neighbourhood)
        {
            Guard.NotEmpty(neighbourhood.Value, nameof(neighbourhoodId));
        }

        Field = field;
        NeighbourhoodId = neighbourhoodId;
        EstimatedCost = estimatedCost;
    }

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
}
