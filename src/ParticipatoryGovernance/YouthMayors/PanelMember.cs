using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>A member of an interview panel besides the neighbourhood mayor who leads it, such as the neighbourhood's imam or a council member.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="Role">What they are on the panel for, such as «امام محله» / "Neighbourhood imam".</param>
public sealed record PanelMember(PersonName Name, LocalizedText Role)
{
    // For object-relational mappers, which cannot pass owned values to a constructor.
    private PanelMember()
        : this(null!, null!)
    {
    }
}
