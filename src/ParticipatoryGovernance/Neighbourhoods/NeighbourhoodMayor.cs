using NodaTime;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Neighbourhoods;

/// <summary>
/// The neighbourhood mayor (شهردار محله): the municipal official in charge of a neighbourhood, who leads youth-mayor
/// interviews and chooses the youth mayors.
/// </summary>
/// <param name="Name">The official's name.</param>
/// <param name="AppointedOn">The ISO-calendar date of appointment.</param>
public sealed record NeighbourhoodMayor(PersonName Name, LocalDate AppointedOn);
