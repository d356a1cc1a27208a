using Microsoft.AspNetCore.Identity;

namespace RazorDemo.Identity;

/// <summary>A demo account, linked to the resident it is (residents) or the neighbourhood it serves (neighbourhood mayors).</summary>
public sealed class DemoUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public Guid? ResidentId { get; set; }

    public Guid? NeighbourhoodId { get; set; }
}
