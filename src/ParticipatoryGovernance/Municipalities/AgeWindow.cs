namespace ParticipatoryGovernance.Municipalities;

/// <summary>An inclusive range of ages in whole Solar Hijri years, such as 12 to 23.</summary>
/// <param name="MinimumAge">The youngest age allowed.</param>
/// <param name="MaximumAge">The oldest age allowed.</param>
public sealed record AgeWindow(int MinimumAge, int MaximumAge)
{
    /// <summary>Whether an age falls in the window.</summary>
    /// <param name="age">The age in whole years.</param>
    /// <returns><see langword="true"/> when <see cref="MinimumAge"/> ≤ age ≤ <see cref="MaximumAge"/>.</returns>
    public bool Contains(int age) => age >= MinimumAge && age <= MaximumAge;
}
