using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Reporting;

/// <summary>
/// The figures of the report on Rafsanjan's model (29 Ordibehesht 1403 = 18 May 2024), as reported. Some do not add
/// up — 94 youth mayors with teams of 9 make 940 teenagers, the report says 1,040 — which is why reported figures are
/// kept apart from recorded ones.
/// </summary>
public static class RafsanjanReport
{
    /// <summary>The date of the report.</summary>
    public static LocalDate ReportedOn { get; } = PersianDates.FromSolarHijri(1403, 2, 29);

    /// <summary>The source.</summary>
    public static LocalizedText Source { get; } = new(
        "گزارش رونمایی از الگوی حکمرانی مردمی و مدیریت مشارکتی شهرداری رفسنجان، ۲۹ اردیبهشت ۱۴۰۳",
        "Report on the unveiling of Rafsanjan municipality's model of popular governance and participatory management, 29 Ordibehesht 1403");

    /// <summary>Key of the ideas registered (more than 2,000).</summary>
    public const string IdeasRegistered = "ideas.registered";

    /// <summary>Key of the neighbourhoods (50).</summary>
    public const string Neighbourhoods = "neighbourhoods.count";

    /// <summary>Key of the neighbourhood councils (50).</summary>
    public const string NeighbourhoodCouncils = "councils.neighbourhood";

    /// <summary>Key of the council members (350).</summary>
    public const string CouncilMembers = "councils.members";

    /// <summary>Key of the women's councils (47).</summary>
    public const string WomensCouncils = "councils.women";

    /// <summary>Key of the applicants who reached interview (350).</summary>
    public const string ApplicantsInterviewed = "youth.interviewed";

    /// <summary>Key of the interview sessions (56).</summary>
    public const string InterviewSessions = "youth.sessions";

    /// <summary>Key of the boy youth mayors (48).</summary>
    public const string BoyYouthMayors = "youth.boy-mayors";

    /// <summary>Key of the girl youth mayors (46).</summary>
    public const string GirlYouthMayors = "youth.girl-mayors";

    /// <summary>Key of the teenagers engaged in all (1,040).</summary>
    public const string TeenagersEngaged = "youth.teenagers-engaged";

    /// <summary>Every reported figure, in the order of the phases.</summary>
    public static IReadOnlyList<ReportedFigure> Figures { get; } =
    [
        Figure(IdeasRegistered, "ایدهٔ ثبت‌شده", "ideas registered", 2000, FigureQualifier.MoreThan, ProgrammePhase.CitizenIdeas),
        Figure(Neighbourhoods, "محله", "neighbourhoods", 50, FigureQualifier.Exactly, ProgrammePhase.NeighbourhoodCentredManagement),
        Figure(NeighbourhoodCouncils, "شورای محله", "neighbourhood councils", 50, FigureQualifier.Exactly, ProgrammePhase.NeighbourhoodCouncils),
        Figure(CouncilMembers, "عضو شوراهای محله", "council members", 350, FigureQualifier.Exactly, ProgrammePhase.NeighbourhoodCouncils),
        Figure(WomensCouncils, "شورای بانوان", "women's councils", 47, FigureQualifier.Exactly, ProgrammePhase.WomensCouncils),
        Figure(ApplicantsInterviewed, "متقاضی در مرحلهٔ مصاحبه", "applicants interviewed", 350, FigureQualifier.Exactly, ProgrammePhase.YouthMayors),
        Figure(InterviewSessions, "جلسهٔ مصاحبه", "interview sessions", 56, FigureQualifier.Exactly, ProgrammePhase.YouthMayors),
        Figure(BoyYouthMayors, "شهردار نوجوان پسر", "boy youth mayors", 48, FigureQualifier.Exactly, ProgrammePhase.YouthMayors),
        Figure(GirlYouthMayors, "شهردار نوجوان دختر", "girl youth mayors", 46, FigureQualifier.Exactly, ProgrammePhase.YouthMayors),
        Figure(TeenagersEngaged, "نوجوان درگیر در طرح", "teenagers engaged", 1040, FigureQualifier.Exactly, ProgrammePhase.YouthMayors),
    ];

    /// <summary>The reported figure with a key.</summary>
    /// <param name="key">The key, such as <see cref="TeenagersEngaged"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="KeyNotFoundException">The report has no such figure.</exception>
    public static ReportedFigure Get(string key) =>
        Figures.FirstOrDefault(f => f.Key == key) ?? throw new KeyNotFoundException($"The report has no figure '{key}'.");

    private static ReportedFigure Figure(string key, string persian, LocalizedTemplate english, long value, FigureQualifier qualifier, ProgrammePhase phase) =>
        new(key, LocalizedText.Of(persian, english), value, qualifier, phase, ReportedOn, Source);
}
