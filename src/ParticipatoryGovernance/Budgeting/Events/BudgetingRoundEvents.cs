using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Budgeting.Events;

/// <summary>A budgeting round was opened with its projects and voting window.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="Budget">The budget.</param>
/// <param name="VotingOpensOn">The ISO-calendar date voting opens.</param>
/// <param name="VotingClosesOn">The ISO-calendar date voting closes (the last day ballots are accepted).</param>
public sealed record BudgetingRoundOpened(BudgetingRoundId RoundId, Rials Budget, LocalDate VotingOpensOn, LocalDate VotingClosesOn) : IDomainEvent;

/// <summary>A resident cast or changed their ballot. It says who voted, never how.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="VoterId">The voter.</param>
/// <param name="Replaced">Whether it replaced an earlier ballot of theirs.</param>
public sealed record BudgetingBallotCast(BudgetingRoundId RoundId, ResidentId VoterId, bool Replaced) : IDomainEvent;

/// <summary>Voting closed and the round's outcomes can be computed.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="On">The ISO-calendar date it was closed.</param>
/// <param name="Ballots">The number of ballots.</param>
public sealed record BudgetingRoundClosed(BudgetingRoundId RoundId, LocalDate On, int Ballots) : IDomainEvent;
