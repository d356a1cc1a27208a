using Ardalis.Specification;

namespace ParticipatoryGovernance.Residents.Specifications;

/// <summary>The resident with an identifier.</summary>
public sealed class ResidentByIdSpec : SingleResultSpecification<Resident>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public ResidentByIdSpec(ResidentId id) => Query.Where(r => r.Id == id);
}
