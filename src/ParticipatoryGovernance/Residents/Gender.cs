namespace ParticipatoryGovernance.Residents;

/// <summary>A resident's gender as recorded by the municipality; women's councils and youth-mayor places depend on it.</summary>
public enum Gender
{
    /// <summary>Female (زن).</summary>
    Female = 1,

    /// <summary>Male (مرد).</summary>
    Male = 2,
}
