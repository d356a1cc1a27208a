using System.Collections.Concurrent;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Channels;

/// <summary>
/// Ideas' short public numbers (1, 2, 3… per city), for channels where a resident types a number, not a link: a USSD
/// menu, an SMS such as <c>ENDORSE 45</c>, a poster at the neighbourhood office.
/// </summary>
/// <remarks>
/// A number is given the first time it is asked for and never changes or goes to another idea. Implementations may be
/// shared and must be thread-safe.
/// </remarks>
public interface IIdeaNumbers
{
    /// <summary>The idea's number, given now when it has none.</summary>
    /// <param name="municipality">The idea's city.</param>
    /// <param name="idea">The idea.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The number, from 1.</returns>
    Task<int> NumberOfAsync(MunicipalityId municipality, CitizenIdeaId idea, CancellationToken cancellationToken = default);

    /// <summary>The idea with a number in a city.</summary>
    /// <param name="municipality">The city.</param>
    /// <param name="number">The number.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The idea, or <see langword="null"/> when no idea of the city has that number.</returns>
    Task<CitizenIdeaId?> IdeaOfAsync(MunicipalityId municipality, int number, CancellationToken cancellationToken = default);
}

/// <summary>Ideas' numbers kept in memory: for one process and for tests.</summary>
public sealed class InMemoryIdeaNumbers : IIdeaNumbers
{
    private readonly Lock _lock = new();
    private readonly Dictionary<CitizenIdeaId, int> _numbers = [];
    private readonly Dictionary<(MunicipalityId, int), CitizenIdeaId> _ideas = [];
    private readonly ConcurrentDictionary<MunicipalityId, int> _last = new();

    /// <inheritdoc />
    public Task<int> NumberOfAsync(MunicipalityId municipality, CitizenIdeaId idea, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_numbers.TryGetValue(idea, out var number))
            {
                number = _last.AddOrUpdate(municipality, 1, (_, n) => n + 1);
                _numbers[idea] = number;
                _ideas[(municipality, number)] = idea;
            }

            return Task.FromResult(number);
        }
    }

    /// <inheritdoc />
    public Task<CitizenIdeaId?> IdeaOfAsync(MunicipalityId municipality, int number, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_ideas.TryGetValue((municipality, number), out var idea) ? idea : (CitizenIdeaId?)null);
        }
    }
}
