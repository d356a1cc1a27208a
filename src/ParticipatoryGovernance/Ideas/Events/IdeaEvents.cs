using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas.Events;

/// <summary>A resident submitted an idea, or a new version of a rejected one.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="ProposerId">The proposer.</param>
/// <param name="Version">The version number, 1 for a new idea.</param>
/// <param name="At">When.</param>
public sealed record IdeaSubmitted(CitizenIdeaId IdeaId, MunicipalityId MunicipalityId, ResidentId ProposerId, int Version, Instant At) : IDomainEvent;

/// <summary>An idea's status changed.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="Transition">The change, with who, when and why.</param>
public sealed record IdeaStatusChanged(CitizenIdeaId IdeaId, IdeaTransition Transition) : IDomainEvent;

/// <summary>A resident endorsed an idea.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="Endorsement">The endorsement.</param>
public sealed record IdeaEndorsed(CitizenIdeaId IdeaId, IdeaEndorsement Endorsement) : IDomainEvent;

/// <summary>A resident withdrew an endorsement.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="ResidentId">The resident.</param>
/// <param name="At">When.</param>
public sealed record IdeaEndorsementWithdrawn(CitizenIdeaId IdeaId, ResidentId ResidentId, Instant At) : IDomainEvent;

/// <summary>A resident reported an idea as abusive.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="Report">The report.</param>
public sealed record IdeaReported(CitizenIdeaId IdeaId, IdeaReport Report) : IDomainEvent;

/// <summary>An idea was hidden after reports, or restored or removed by a moderator.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="Change">The change, with who, when and why.</param>
public sealed record IdeaVisibilityChanged(CitizenIdeaId IdeaId, IdeaVisibilityChange Change) : IDomainEvent;

/// <summary>An official recorded a step in carrying out an idea.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="Milestone">The step and the progress after it.</param>
public sealed record IdeaProgressReported(CitizenIdeaId IdeaId, IdeaMilestone Milestone) : IDomainEvent;

/// <summary>An official recorded a resident as carrying out an idea.</summary>
/// <param name="IdeaId">The idea.</param>
/// <param name="Implementer">The resident and the record.</param>
public sealed record IdeaImplementerRecorded(CitizenIdeaId IdeaId, IdeaImplementer Implementer) : IDomainEvent;

/// <summary>The proposer resubmitted a rejected idea as a new version.</summary>
/// <param name="PreviousVersionId">The rejected version.</param>
/// <param name="NewVersionId">The new version.</param>
public sealed record IdeaResubmitted(CitizenIdeaId PreviousVersionId, CitizenIdeaId NewVersionId) : IDomainEvent;
