using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.YouthMayors.Events;

/// <summary>A campaign called an election for one youth-mayor seat.</summary>
/// <param name="ElectionId">The election.</param>
/// <param name="CampaignId">The campaign.</param>
/// <param name="NeighbourhoodId">The neighbourhood.</param>
/// <param name="Seat">The seat's gender.</param>
/// <param name="PollOpensOn">The ISO-calendar date the poll opens.</param>
/// <param name="PollClosesOn">The ISO-calendar date the poll closes.</param>
public sealed record YouthMayorElectionCalled(YouthMayorElectionId ElectionId, YouthMayorCampaignId CampaignId, NeighbourhoodId NeighbourhoodId, Gender Seat, LocalDate PollOpensOn, LocalDate PollClosesOn) : IDomainEvent;

/// <summary>A voter cast a ballot. It says who voted, never how: the ballot is secret.</summary>
/// <param name="ElectionId">The election.</param>
/// <param name="VoterId">The voter.</param>
public sealed record YouthMayorBallotCast(YouthMayorElectionId ElectionId, ResidentId VoterId) : IDomainEvent;

/// <summary>An election's ballots were counted.</summary>
/// <param name="ElectionId">The election.</param>
/// <param name="Winner">The candidate elected.</param>
/// <param name="On">The ISO-calendar date of the count.</param>
public sealed record YouthMayorElectionCounted(YouthMayorElectionId ElectionId, ResidentId Winner, LocalDate On) : IDomainEvent;
