using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors.Events;

/// <summary>A municipality announced a "Become a mayor" call.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="CallOpensOn">The ISO-calendar date the call opens.</param>
/// <param name="CallClosesOn">The ISO-calendar date the call closes.</param>
public sealed record YouthMayorCampaignOpened(YouthMayorCampaignId CampaignId, MunicipalityId MunicipalityId, LocalDate CallOpensOn, LocalDate CallClosesOn) : IDomainEvent;

/// <summary>A campaign accepted an application.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="ApplicationId">The application.</param>
/// <param name="ResidentId">The applicant.</param>
/// <param name="NeighbourhoodId">The applicant's neighbourhood.</param>
public sealed record YouthMayorApplicationAccepted(YouthMayorCampaignId CampaignId, YouthMayorApplicationId ApplicationId, ResidentId ResidentId, NeighbourhoodId NeighbourhoodId) : IDomainEvent;

/// <summary>An applicant was shortlisted for interview, or to stand in an election.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="ApplicationId">The application.</param>
/// <param name="On">The ISO-calendar date.</param>
public sealed record YouthMayorApplicantShortlisted(YouthMayorCampaignId CampaignId, YouthMayorApplicationId ApplicationId, LocalDate On) : IDomainEvent;

/// <summary>A campaign moved on to its next stage.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Stage">The stage entered.</param>
/// <param name="On">The ISO-calendar date.</param>
public sealed record YouthMayorCampaignStageStarted(YouthMayorCampaignId CampaignId, CampaignStage Stage, LocalDate On) : IDomainEvent;

/// <summary>An interview session was held.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="SessionId">The session.</param>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="HeldOn">The ISO-calendar date.</param>
/// <param name="Interviewed">How many applicants it interviewed.</param>
public sealed record InterviewSessionHeld(YouthMayorCampaignId CampaignId, InterviewSessionId SessionId, NeighbourhoodId NeighbourhoodId, LocalDate HeldOn, int Interviewed) : IDomainEvent;

/// <summary>A youth mayor was chosen, by the neighbourhood mayor or by election.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="YouthMayorId">The youth mayor.</param>
/// <param name="ResidentId">The resident chosen.</param>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="Gender">The seat's gender.</param>
/// <param name="On">The ISO-calendar date.</param>
public sealed record YouthMayorChosen(YouthMayorCampaignId CampaignId, YouthMayorId YouthMayorId, ResidentId ResidentId, NeighbourhoodId NeighbourhoodId, Gender Gender, LocalDate On) : IDomainEvent;

/// <summary>A resident joined a youth mayor's team.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="YouthMayorId">The youth mayor whose team it is.</param>
/// <param name="ResidentId">The new member.</param>
/// <param name="UrbanFieldKey">The member's urban field.</param>
/// <param name="On">The ISO-calendar date.</param>
public sealed record YouthTeamMemberJoined(YouthMayorCampaignId CampaignId, YouthMayorId YouthMayorId, ResidentId ResidentId, string UrbanFieldKey, LocalDate On) : IDomainEvent;
