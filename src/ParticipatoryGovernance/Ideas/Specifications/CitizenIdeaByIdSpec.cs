using Ardalis.Specification;

namespace ParticipatoryGovernance.Ideas.Specifications;

/// <summary>The idea version with an identifier, whatever its status or visibility.</summary>
public sealed class CitizenIdeaByIdSpec : SingleResultSpecification<CitizenIdea>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="id">The identifier.</param>
    public CitizenIdeaByIdSpec(CitizenIdeaId id) => Query.Where(i => i.Id == id);
}
