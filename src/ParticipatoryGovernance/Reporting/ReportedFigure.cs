using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Reporting;

/// <summary>How a reported number is meant: exactly, or "more than".</summary>
public enum FigureQualifier
{
    /// <summary>The number as stated.</summary>
    Exactly = 1,

    /// <summary>"More than" the number (such as "more than 2,000 ideas").</summary>
    MoreThan = 2,
}

/// <summary>
/// A figure as an official source reported it, kept apart from any figure computed from the records so that both can
/// be shown, and where they differ, said so.
/// </summary>
/// <param name="Key">A stable identifier, such as <c>youth.teenagers-engaged</c>.</param>
/// <param name="Label">What the figure counts, in Persian and English.</param>
/// <param name="Value">The number reported.</param>
/// <param name="Qualifier">Whether the number is exact or a "more than".</param>
/// <param name="Phase">The phase of the model it belongs to, if any.</param>
/// <param name="ReportedOn">The ISO-calendar date of the report.</param>
/// <param name="Source">Where it was reported.</param>
public sealed record ReportedFigure(string Key, LocalizedText Label, long Value, FigureQualifier Qualifier, ProgrammePhase? Phase, LocalDate ReportedOn, LocalizedText Source)
{
    /// <summary>Sets a figure computed from the records beside this one.</summary>
    /// <param name="recorded">The figure computed from the records.</param>
    /// <returns>The comparison.</returns>
    public FigureComparison CompareWith(long recorded) => new(this, recorded);
}

/// <summary>A reported figure beside the figure computed from the records.</summary>
/// <param name="Reported">The reported figure.</param>
/// <param name="Recorded">The figure computed from the records.</param>
public sealed record FigureComparison(ReportedFigure Reported, long Recorded)
{
    /// <summary>Whether the records bear the report out: equal for an exact figure, greater for a "more than".</summary>
    public bool Agrees => Reported.Qualifier == FigureQualifier.MoreThan ? Recorded > Reported.Value : Recorded == Reported.Value;

    /// <summary>Recorded minus reported.</summary>
    public long Difference => Recorded - Reported.Value;
}
