using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Municipalities;

/// <summary>The five phases of the participatory governance model, in the order Rafsanjan rolled them out.</summary>
public enum ProgrammePhase
{
    /// <summary>Phase 1, طرح‌های خلاقانه شهروندی: any citizen submits an idea for the city and may carry it out.</summary>
    CitizenIdeas = 1,

    /// <summary>Phase 2, محله‌محوری: policy in each neighbourhood goes ahead with its residents' approval.</summary>
    NeighbourhoodCentredManagement = 2,

    /// <summary>Phase 3, شورای محله: a council in each neighbourhood, formed from its active citizens.</summary>
    NeighbourhoodCouncils = 3,

    /// <summary>Phase 4, امور بانوان: a women's council in each neighbourhood.</summary>
    WomensCouncils = 4,

    /// <summary>Phase 5, پویش «شهردارشو»: teenagers of the youth cohort become youth mayors with teams.</summary>
    YouthMayors = 5,
}

/// <summary>Names and descriptions of the <see cref="ProgrammePhase"/> values.</summary>
public static class ProgrammePhases
{
    private static readonly ProgrammePhase[] AllPhases =
    [
        ProgrammePhase.CitizenIdeas,
        ProgrammePhase.NeighbourhoodCentredManagement,
        ProgrammePhase.NeighbourhoodCouncils,
        ProgrammePhase.WomensCouncils,
        ProgrammePhase.YouthMayors,
    ];

    /// <summary>The five phases in order.</summary>
    public static IReadOnlyList<ProgrammePhase> All => AllPhases;

    /// <summary>
    /// The phase that must have been launched before this one: neighbourhood-centred management for neighbourhood
    /// councils (formed from the active citizens it identifies), women's councils (which act within it) and the youth-mayor
    /// campaign (its neighbourhood mayors choose the youth mayors, who manage its neighbourhoods); none for citizen ideas
    /// and neighbourhood-centred management. <see cref="Municipality.LaunchPhase"/> enforces it.
    /// </summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The prerequisite, or <see langword="null"/> when the phase needs none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is not one of the five phases.</exception>
    public static ProgrammePhase? PrerequisiteOf(ProgrammePhase phase) => phase switch
    {
        ProgrammePhase.CitizenIdeas or ProgrammePhase.NeighbourhoodCentredManagement => null,
        ProgrammePhase.NeighbourhoodCouncils or ProgrammePhase.WomensCouncils or ProgrammePhase.YouthMayors => ProgrammePhase.NeighbourhoodCentredManagement,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not one of the five phases of the model."),
    };

    /// <summary>The phase's name in Persian and English.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The name, such as «شورای محله» / "Neighbourhood councils".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is not one of the five phases.</exception>
    public static LocalizedText NameOf(ProgrammePhase phase) => phase switch
    {
        ProgrammePhase.CitizenIdeas => LocalizedText.Of("طرح‌های خلاقانه شهروندی", "Creative citizen ideas"),
        ProgrammePhase.NeighbourhoodCentredManagement => LocalizedText.Of("محله‌محوری", "Neighbourhood-centred management"),
        ProgrammePhase.NeighbourhoodCouncils => LocalizedText.Of("شورای محله", "Neighbourhood councils"),
        ProgrammePhase.WomensCouncils => LocalizedText.Of("شورای بانوان", "Women's councils"),
        ProgrammePhase.YouthMayors => LocalizedText.Of("پویش «شهردارشو»", "\"Become a mayor\" campaign"),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Not one of the five phases of the model."),
    };
}
