namespace ParticipatoryGovernance.Workload;

/// <summary>How far <see cref="CityGenerator"/> has got in one stage: <paramref name="Done"/> of <paramref name="Total"/> units.</summary>
/// <param name="Stage">The stage's name, one of <see cref="GenerationStages"/>.</param>
/// <param name="Done">Units finished in this stage.</param>
/// <param name="Total">Units in this stage; reports of a stage end with <paramref name="Done"/> equal to it.</param>
public readonly record struct GenerationProgress(string Stage, long Done, long Total)
{
    /// <summary>The share done, from 0 to 1 (1 for an empty stage).</summary>
    public double Fraction => Total <= 0 ? 1 : Math.Clamp((double)Done / Total, 0, 1);
}

/// <summary>The stages of generating a city, in order, and what each counts.</summary>
public static class GenerationStages
{
    /// <summary>The municipality and its neighbourhoods; counts neighbourhoods.</summary>
    public const string Neighbourhoods = "neighbourhoods";

    /// <summary>Residents, meetings, active citizens and councils, one neighbourhood at a time; counts neighbourhoods.</summary>
    public const string NeighbourhoodLife = "residents, meetings, councils";

    /// <summary>The youth-mayor campaign; counts the campaign's six stages.</summary>
    public const string Campaign = "youth-mayor campaign";

    /// <summary>Citizen ideas with their endorsements; counts ideas.</summary>
    public const string Ideas = "ideas and endorsements";

    /// <summary>Every stage, in the order they run.</summary>
    public static IReadOnlyList<string> All { get; } = [Neighbourhoods, NeighbourhoodLife, Campaign, Ideas];
}
