using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Municipalities.Events;

/// <summary>A municipality adopted a new charter.</summary>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="Charter">The charter it now runs by.</param>
public sealed record CharterAdopted(MunicipalityId MunicipalityId, GovernanceCharter Charter) : IDomainEvent;

/// <summary>A municipality launched a phase of the model.</summary>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="Launch">The phase and its date.</param>
public sealed record PhaseLaunched(MunicipalityId MunicipalityId, PhaseLaunch Launch) : IDomainEvent;
