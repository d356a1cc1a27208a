using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.OpenData;

namespace ParticipatoryGovernance.AspNetCore;

/// <summary>
/// The host's port for a municipality's open-data sets (the core's <see cref="OpenDataSets"/> decides what may be
/// published; storage reads the records). Without a registered implementation the open-data endpoints answer 404.
/// </summary>
public interface IApiOpenData
{
    /// <summary>The names of the sets the host publishes, such as <c>ideas</c> or <c>participation</c>.</summary>
    IReadOnlyList<string> SetNames { get; }

    /// <summary>One set as of today.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <param name="name">One of <see cref="SetNames"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table, or <see langword="null"/> when the host has no such set or no such municipality.</returns>
    Task<OpenDataTable?> ReadAsync(MunicipalityId municipality, string name, CancellationToken cancellationToken);
}
