using Ardalis.Specification;

namespace ParticipatoryGovernance.Municipalities.Specifications;

/// <summary>The municipality with an identifier.</summary>
public sealed class MunicipalityByIdSpec : SingleResultSpecification<Municipality>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public MunicipalityByIdSpec(MunicipalityId id) => Query.Where(m => m.Id == id);
}
