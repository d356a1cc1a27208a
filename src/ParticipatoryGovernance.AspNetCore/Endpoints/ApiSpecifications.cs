using Ardalis.Specification;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.AspNetCore.Endpoints;

/// <summary>A municipality's neighbourhoods by number, one page.</summary>
internal sealed class NeighbourhoodsPageSpec : Specification<Neighbourhood>
{
    public NeighbourhoodsPageSpec(MunicipalityId municipality, int skip, int take) =>
        Query.Where(n => n.MunicipalityId == municipality).OrderBy(n => n.Number).Skip(skip).Take(take);
}

/// <summary>A municipality's councils, by formation date, one page (or all of them).</summary>
internal sealed class CouncilsPageSpec : Specification<Council>
{
    public CouncilsPageSpec(MunicipalityId municipality, int skip = 0, int? take = null)
    {
        Query.Where(c => c.MunicipalityId == municipality).OrderBy(c => c.FormedOn).ThenBy(c => c.Id);
        if (take is { } t)
        {
            Query.Skip(skip).Take(t);
        }
    }
}

/// <summary>A municipality's budgeting rounds, latest voting first, one page.</summary>
internal sealed class BudgetingRoundsPageSpec : Specification<BudgetingRound>
{
    public BudgetingRoundsPageSpec(MunicipalityId municipality, int skip, int take) =>
        Query.Where(r => r.MunicipalityId == municipality).OrderByDescending(r => r.VotingOpensOn).ThenBy(r => r.Id).Skip(skip).Take(take);
}

/// <summary>The visible comments on one subject, oldest first, one page.</summary>
internal sealed class VisibleCommentsPageSpec : Specification<Comment>
{
    public VisibleCommentsPageSpec(MunicipalityId municipality, CommentSubject subject, int skip, int take)
    {
        var kind = subject.Kind;
        var id = subject.Id;
        Query.Where(c => c.MunicipalityId == municipality && c.SubjectKind == kind && c.SubjectId == id && c.Visibility == CommentVisibility.Visible)
            .OrderBy(c => c.PostedAt).ThenBy(c => c.Id).Skip(skip).Take(take);
    }
}
