namespace ParticipatoryGovernance.YouthMayors;

/// <summary>The panel's assessment of one shortlisted applicant in an <see cref="InterviewSession"/>: a score, notes, or both.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Interview
{
    /// <summary>The highest score a panel may give.</summary>
    public const int MaxScore = 100;

    /// <summary>The longest notes accepted, in characters.</summary>
    public const int MaxNotesLength = 2000;

    /// <summary>Records an interview.</summary>
    /// <param name="applicationId">The application of the applicant interviewed.</param>
    /// <param name="score">The score from 0 to <see cref="MaxScore"/>, or <see langword="null"/> when the panel gives only notes.</param>
    /// <param name="notes">The panel's notes, or <see langword="null"/> when it gives only a score; trimmed.</param>
    /// <exception cref="ArgumentException"><paramref name="applicationId"/> is empty; neither a score nor notes are given; or the notes are longer than <see cref="MaxNotesLength"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside 0–<see cref="MaxScore"/>.</exception>
    public Interview(YouthMayorApplicationId applicationId, int? score, string? notes = null)
    {
        if (applicationId.Value == Guid.Empty)
        {
            throw new ArgumentException("The identifier must not be the empty GUID.", nameof(applicationId));
        }

        if (score is < 0 or > MaxScore)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"A score runs from 0 to {MaxScore}.");
        }

        var trimmed = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (trimmed is { Length: > MaxNotesLength })
        {
            throw new ArgumentException($"Notes must be at most {MaxNotesLength} characters; they have {trimmed.Length}.", nameof(notes));
        }

        if (score is null && trimmed is null)
        {
            throw new ArgumentException("An interview records a score, notes, or both.", nameof(notes));
        }

        ApplicationId = applicationId;
        Score = score;
        Notes = trimmed;
    }

    /// <summary>The application of the applicant interviewed.</summary>
    public YouthMayorApplicationId ApplicationId { get; }

    /// <summary>The score from 0 to <see cref="MaxScore"/>, or <see langword="null"/>.</summary>
    public int? Score { get; }

    /// <summary>The panel's notes, or <see langword="null"/>.</summary>
    public string? Notes { get; }
}
