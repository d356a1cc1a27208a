using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Municipalities;

/// <summary>
/// Rafsanjan's settings and history as reported on 29 Ordibehesht 1403: one preset among many, not hard-coded rules.
/// </summary>
public static class RafsanjanPreset
{
    private static readonly UrbanField[] Fields =
    [
        new("environment", LocalizedText.Of("محیط زیست", "Environment")),
        new("traffic", LocalizedText.Of("ترافیک", "Traffic")),
        new("culture", LocalizedText.Of("فرهنگ", "Culture")),
        new("sport", LocalizedText.Of("ورزش", "Sport")),
        new("health", LocalizedText.Of("سلامت", "Health")),
        new("social-affairs", LocalizedText.Of("امور اجتماعی", "Social affairs")),
        new("urban-services", LocalizedText.Of("خدمات شهری", "Urban services")),
        new("media", LocalizedText.Of("رسانه", "Media")),
    ];

    /// <summary>The municipality's name.</summary>
    public static LocalizedText Name { get; } = new("شهرداری رفسنجان", "Rafsanjan Municipality");

    /// <summary>The province.</summary>
    public static LocalizedText Province { get; } = new("کرمان", "Kerman");

    /// <summary>The eight urban fields of youth teams and citizen ideas.</summary>
    public static IReadOnlyList<UrbanField> UrbanFields => Fields;

    /// <summary>Rafsanjan's charter: 7-seat councils, women's councils, the 1380s cohort, a boy and a girl youth mayor per neighbourhood chosen by interview, teams of 9.</summary>
    public static GovernanceCharter Charter { get; } = new();

    /// <summary>The number of neighbourhoods the city is divided into.</summary>
    public const int NeighbourhoodCount = 50;

    /// <summary>9 Ordibehesht 1403 (28 April 2024), National Councils Day, when the model was unveiled and the youth mayors started.</summary>
    public static LocalDate UnveiledOn { get; } = PersianDates.FromSolarHijri(1403, 2, 9);

    /// <summary>
    /// The phases as the report dates them: citizen ideas from Dey 1400, the Women's Affairs Office from Dey 1401; the
    /// report gives no dates for the other phases, only that they were running by the unveiling.
    /// </summary>
    public static IReadOnlyList<PhaseLaunch> PhaseLaunches { get; } =
    [
        new(ProgrammePhase.CitizenIdeas, PersianDates.FromSolarHijri(1400, 10, 1), DatePrecision.Month),
        new(ProgrammePhase.NeighbourhoodCentredManagement, UnveiledOn, DatePrecision.OnOrBefore),
        new(ProgrammePhase.NeighbourhoodCouncils, UnveiledOn, DatePrecision.OnOrBefore),
        new(ProgrammePhase.WomensCouncils, PersianDates.FromSolarHijri(1401, 10, 1), DatePrecision.Month),
        new(ProgrammePhase.YouthMayors, UnveiledOn, DatePrecision.OnOrBefore),
    ];

    /// <summary>Creates Rafsanjan's municipality with its charter and the five phases launched as reported.</summary>
    /// <param name="id">The identifier to give it.</param>
    /// <returns>The municipality.</returns>
    public static Municipality CreateMunicipality(MunicipalityId id)
    {
        var municipality = Municipality.Create(id, Name, Charter, Province).Value;
        foreach (var launch in PhaseLaunches)
        {
            municipality.LaunchPhase(launch.Phase, launch.LaunchedOn, launch.Precision).ThrowIfFailed();
        }

        return municipality;
    }
}
