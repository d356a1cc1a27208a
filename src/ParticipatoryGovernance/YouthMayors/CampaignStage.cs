using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// The stages of a "Become a mayor" campaign, in order. A campaign under
/// <see cref="YouthMayorSelection.InterviewByNeighbourhoodMayor"/> passes through all six; under
/// <see cref="YouthMayorSelection.Election"/> it skips <see cref="Interviews"/>: the shortlist is the list of
/// candidates who stand, and the selection is made by the polls.
/// </summary>
public enum CampaignStage
{
    /// <summary>The call (فراخوان): residents of the cohort apply between the call's opening and closing dates.</summary>
    Application = 1,

    /// <summary>Applications are checked and a shortlist drawn up for interview (or, in an election, the candidates who stand).</summary>
    Shortlisting = 2,

    /// <summary>Shortlisted applicants are interviewed in sessions led by their neighbourhood mayor.</summary>
    Interviews = 3,

    /// <summary>Youth mayors are chosen: by the neighbourhood mayor from those interviewed, or by election; teams are formed.</summary>
    Selection = 4,

    /// <summary>Youth mayors and their teams receive specialised training; teams may still be completed.</summary>
    Training = 5,

    /// <summary>The youth mayors' term has started (in Rafsanjan on 9 Ordibehesht 1403, National Councils Day).</summary>
    Term = 6,
}

/// <summary>Names and order of the <see cref="CampaignStage"/> values.</summary>
public static class CampaignStages
{
    private static readonly CampaignStage[] ByInterview =
    [
        CampaignStage.Application, CampaignStage.Shortlisting, CampaignStage.Interviews,
        CampaignStage.Selection, CampaignStage.Training, CampaignStage.Term,
    ];

    private static readonly CampaignStage[] ByElection =
    [
        CampaignStage.Application, CampaignStage.Shortlisting,
        CampaignStage.Selection, CampaignStage.Training, CampaignStage.Term,
    ];

    /// <summary>The stages a campaign passes through, in order, for a way of choosing youth mayors.</summary>
    /// <param name="selection">How youth mayors are chosen.</param>
    /// <returns>Six stages for interviews; five, without <see cref="CampaignStage.Interviews"/>, for an election.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="selection"/> is undefined.</exception>
    public static IReadOnlyList<CampaignStage> Sequence(YouthMayorSelection selection) => selection switch
    {
        YouthMayorSelection.InterviewByNeighbourhoodMayor => ByInterview,
        YouthMayorSelection.Election => ByElection,
        _ => throw new ArgumentOutOfRangeException(nameof(selection), selection, "Not a defined way of choosing youth mayors."),
    };

    /// <summary>The stage's name in Persian and English.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Such as «مصاحبه» / "interviews".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is undefined.</exception>
    public static LocalizedText NameOf(CampaignStage stage) => stage switch
    {
        CampaignStage.Application => LocalizedText.Of("فراخوان و ثبت‌نام", "call and applications"),
        CampaignStage.Shortlisting => LocalizedText.Of("گزینش برای مصاحبه", "shortlisting"),
        CampaignStage.Interviews => LocalizedText.Of("مصاحبه", "interviews"),
        CampaignStage.Selection => LocalizedText.Of("انتخاب شهرداران نوجوان", "selection of youth mayors"),
        CampaignStage.Training => LocalizedText.Of("آموزش", "training"),
        CampaignStage.Term => LocalizedText.Of("دورهٔ خدمت", "term of office"),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a defined campaign stage."),
    };
}

/// <summary>When a campaign entered a stage.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="StartedOn">The ISO-calendar date it started.</param>
public sealed record CampaignStageStart(CampaignStage Stage, LocalDate StartedOn);
