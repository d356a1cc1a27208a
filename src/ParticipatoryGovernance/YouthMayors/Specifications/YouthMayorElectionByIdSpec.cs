using Ardalis.Specification;

namespace ParticipatoryGovernance.YouthMayors.Specifications;

/// <summary>The youth-mayor election with an identifier, counted or not.</summary>
public sealed class YouthMayorElectionByIdSpec : SingleResultSpecification<YouthMayorElection>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public YouthMayorElectionByIdSpec(YouthMayorElectionId id) => Query.Where(e => e.Id == id);
}
