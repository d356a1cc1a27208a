namespace ParticipatoryGovernance.Common;

/// <summary>Something that happened in the model that other parts may react to.</summary>
public interface IDomainEvent
{
}
