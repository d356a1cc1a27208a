using NodaTime;
using ParticipatoryGovernance.Neighbourhoods;

namespace ParticipatoryGovernance.Residents;

/// <summary>
/// One recorded act of participation by a resident: the evidence, kept by the aggregate where it happened (a meeting's
/// attendance, an idea's endorsements, a council's seats), from which the library explains who is an active citizen.
/// </summary>
/// <param name="ResidentId">Who took part.</param>
/// <param name="NeighbourhoodId">The neighbourhood it happened in, or <see langword="null"/> for something city-wide.</param>
/// <param name="Kind">How they took part.</param>
/// <param name="On">The ISO-calendar date it happened or, for a role, started.</param>
/// <param name="SourceId">The identifier of the meeting, idea, council or team it came from.</param>
public sealed record Participation(ResidentId ResidentId, NeighbourhoodId? NeighbourhoodId, ParticipationKind Kind, LocalDate On, Guid SourceId);
