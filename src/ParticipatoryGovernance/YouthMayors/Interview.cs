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
    /// <remarks>For what a panel typed use <see cref="Create"/>, which refuses bad input with rule violations instead of throwing.</remarks>
    /// <exception cref="ArgumentException">
    /// <paramref name="applicationId"/> is empty; neither a score nor notes are given; or the notes are refused by
    /// <see cref="Common.UserText.Check"/> (longer than <see cref="MaxNotesLength"/>, invisible only, or holding control characters).
    /// </exception>
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

        if (Common.UserText.Check(notes, MaxNotesLength, NotesName, required: false, multiline: true) is { } problem)
        {
            throw new ArgumentException(problem.Message.English, nameof(notes));
        }

        var trimmed = Common.UserText.CleanOptional(notes);

        if (score is null && trimmed is null)
        {
            throw new ArgumentException("An interview records a score, notes, or both.", nameof(notes));
        }

        ApplicationId = applicationId;
        Score = score;
        Notes = trimmed;
    }

    /// <summary>The name of the notes field in messages.</summary>
    public static Common.LocalizedText NotesName { get; } = new("یادداشت مصاحبه", "The interview notes");

    /// <summary>The name of the score field in messages.</summary>
    public static Common.LocalizedText ScoreName { get; } = new("امتیاز مصاحبه", "The interview score");

    /// <summary>
    /// An interview from what a panel typed, or every rule it breaks: the score from 0 to <see cref="MaxScore"/>
    /// (<see cref="Common.InputRuleIds.NumberOutOfRange"/>), the notes checked by <see cref="Common.UserText.Check"/>
    /// (at most <see cref="MaxNotesLength"/>), and a score or notes given (<see cref="Common.InputRuleIds.Required"/>).
    /// </summary>
    /// <param name="applicationId">The application of the applicant interviewed; not the empty GUID.</param>
    /// <param name="score">The score, or <see langword="null"/>.</param>
    /// <param name="notes">The notes as typed, or <see langword="null"/>.</param>
    /// <returns>The interview, or the rules broken.</returns>
    /// <exception cref="ArgumentException"><paramref name="applicationId"/> is empty.</exception>
    public static Common.Result<Interview> Create(YouthMayorApplicationId applicationId, int? score, string? notes = null)
    {
        if (applicationId.Value == Guid.Empty)
        {
            throw new ArgumentException("The identifier must not be the empty GUID.", nameof(applicationId));
        }

        var errors = new List<Common.RuleViolation>();
        if (score is < 0 or > MaxScore)
        {
            errors.Add(Common.RuleViolation.Of(
                Common.InputRuleIds.NumberOutOfRange,
                $"امتیاز مصاحبه از ۰ تا {Calendar.PersianDigits.Format(MaxScore)} است؛ {Calendar.PersianDigits.Format(score.Value)} پذیرفته نیست.",
                $"An interview score runs from 0 to {MaxScore}; {score.Value} is not accepted."));
        }

        if (Common.UserText.Check(notes, MaxNotesLength, NotesName, required: false, multiline: true) is { } problem)
        {
            errors.Add(problem);
        }
        else if (score is null && string.IsNullOrWhiteSpace(notes))
        {
            errors.Add(Common.RuleViolation.Of(
                Common.InputRuleIds.Required,
                "برای هر مصاحبه امتیاز یا یادداشت (یا هر دو) را بنویسید.",
                "An interview records a score, notes, or both; give at least one."));
        }

        return errors.Count > 0 ? Common.Result.Failure<Interview>([.. errors]) : Common.Result.Success(new Interview(applicationId, score, notes));
    }

    /// <summary>The application of the applicant interviewed.</summary>
    public YouthMayorApplicationId ApplicationId { get; }

    /// <summary>The score from 0 to <see cref="MaxScore"/>, or <see langword="null"/>.</summary>
    public int? Score { get; }

    /// <summary>The panel's notes, or <see langword="null"/>.</summary>
    public string? Notes { get; }
}
