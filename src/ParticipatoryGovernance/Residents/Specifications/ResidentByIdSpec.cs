using Ardalis.Specification;

namespace ParticipatoryGovernance.Residents.Specifications;

/// <summary>Finds one <see cref="Resident"/> by its identifier.</summary>
public sealed class ResidentByIdSpec : SingleResultSpecification<Resident>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public ResidentByIdSpec(ResidentId id) => Query.Where(x => x.Id == id);
}
