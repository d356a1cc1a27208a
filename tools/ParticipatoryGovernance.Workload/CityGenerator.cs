using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Workload;

/// <summary>
/// Builds a whole municipality through the model's own public API — every record is made by the aggregate methods a
/// real city would call, so every rule holds — and streams it to an <see cref="ICityWriter"/>.
/// </summary>
/// <remarks>
/// <para>
/// Deterministic: the same profile and seed give the same people, dates, texts and identifiers on every run. Numbers
/// come from seeded <see cref="Random"/> streams, identifiers are version 7 GUIDs built from the record's own date and
/// the seeded stream, and time is the profile's: records are dated from the phases' launch up to
/// <see cref="CityProfile.AsOf"/>, never by the system clock. The exceptions are the few identifiers the model assigns
/// inside an aggregate (council memberships, campaign applications, interview sessions, youth mayors), which it draws
/// itself; the aggregates' own identifiers and every field are reproducible.
/// </para>
/// <para>
/// Memory stays bounded by a neighbourhood's residents, a batch of ideas, the campaign's teenagers and a few compact
/// arrays (an identifier per resident old enough to take part in ideas, and a plan entry per idea).
/// </para>
/// <para>Each call keeps its own state, so calls with different writers may run at the same time.</para>
/// </remarks>
public sealed partial class CityGenerator
{
    private const int PlacesStream = 1;
    private const int PeopleStream = 2;
    private const int MeetingsStream = 3;
    private const int CouncilsStream = 4;
    private const int CampaignStream = 5;
    private const int IdeaPlanStream = 6;
    private const int IdeasStream = 7;

    private readonly CityProfile _profile;
    private readonly GovernanceCharter _charter;
    private readonly int _seed;
    private readonly ICityWriter _writer;
    private readonly IProgress<GenerationProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Neighbourhood> _neighbourhoods = [];
    private Municipality _municipality = null!;
    private Instant _recordsOpenedAt;

    private CityGenerator(CityProfile profile, int seed, ICityWriter writer, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        _profile = profile;
        _charter = profile.Charter;
        _seed = seed;
        _writer = writer;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// Generates the city <paramref name="profile"/> describes from <paramref name="seed"/> and hands it to
    /// <paramref name="writer"/> batch by batch, in the order <see cref="ICityWriter"/> describes.
    /// </summary>
    /// <param name="profile">The city's size and shape; checked with <see cref="CityProfile.EnsureValid"/>.</param>
    /// <param name="seed">Any number; the same seed gives the same city.</param>
    /// <param name="writer">Where the batches go.</param>
    /// <param name="progress">Told after each unit of each stage (see <see cref="GenerationStages"/>); each stage's last report has Done equal to Total.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>The counts of what was written, also passed to <see cref="ICityWriter.CompleteAsync"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile's settings do not fit together.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<CityCounts> GenerateAsync(
        CityProfile profile,
        int seed,
        ICityWriter writer,
        IProgress<GenerationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(writer);
        profile.EnsureValid();
        var generator = new CityGenerator(profile, seed, writer, progress, cancellationToken);
        return await generator.RunAsync().ConfigureAwait(false);
    }

    /// <summary>Generates the city into a new <see cref="InMemoryCityWriter"/>: for tests and small cities such as Rafsanjan.</summary>
    /// <exception cref="ArgumentException">The profile's settings do not fit together.</exception>
    public static async Task<InMemoryCityWriter> GenerateInMemoryAsync(CityProfile profile, int seed, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var city = new InMemoryCityWriter();
        await GenerateAsync(profile, seed, city, progress, cancellationToken).ConfigureAwait(false);
        return city;
    }

    /// <summary>The instant at <paramref name="hour"/>:<paramref name="minute"/> on <paramref name="date"/> in the city's time zone (Asia/Tehran).</summary>
    internal static Instant At(LocalDate date, int hour, int minute = 0, int second = 0) =>
        date.At(new LocalTime(hour, minute, second)).InZoneLeniently(PersianDates.TimeZone).ToInstant();

    private async Task<CityCounts> RunAsync()
    {
        await WriteMunicipalityAndNeighbourhoodsAsync().ConfigureAwait(false);
        PlanCampaign();
        await WriteNeighbourhoodLifeAsync().ConfigureAwait(false);
        await WriteCampaignAsync().ConfigureAwait(false);
        await WriteIdeasAsync().ConfigureAwait(false);
        var counts = new CityCounts(
            _neighbourhoods.Count,
            _residentCount,
            _activeCitizenCount,
            _meetingCount,
            _decisionCount,
            _voteCount,
            _councilCount,
            _profile.Ideas,
            _ideaVersionCount,
            _endorsementCount,
            _applicantCount,
            _sessionCount,
            _youthMayorCount,
            _teamMemberCount);
        _cancellationToken.ThrowIfCancellationRequested();
        await _writer.CompleteAsync(counts, _cancellationToken).ConfigureAwait(false);
        return counts;
    }

    private async Task WriteMunicipalityAndNeighbourhoodsAsync()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        Report(GenerationStages.Neighbourhoods, 0, _profile.Neighbourhoods);
        var random = new SeededRandom(_seed, PlacesStream);
        var opened = _profile.PhaseLaunches.Select(l => l.LaunchedOn).Append(_profile.NeighbourhoodMayorsAppointedOn).Min();
        _recordsOpenedAt = At(opened, 8);
        _municipality = Municipality.Create(new MunicipalityId(random.NextGuid(_recordsOpenedAt)), _profile.Name, _charter, _profile.Province).Value;
        foreach (var launch in _profile.PhaseLaunches.OrderBy(l => l.Phase))
        {
            _municipality.LaunchPhase(launch.Phase, launch.LaunchedOn, launch.Precision).ThrowIfFailed();
        }

        _municipality.ClearDomainEvents();
        await _writer.WriteMunicipalityAsync(_municipality, _cancellationToken).ConfigureAwait(false);

        // Each neighbourhood gets a different mosque name while the list lasts, in an order the seed decides.
        var mosques = Enumerable.Range(0, MosqueNames.Count).ToList();
        random.Shuffle(mosques);
        for (var number = 1; number <= _profile.Neighbourhoods; number++)
        {
            var round = (number - 1) / MosqueNames.Count;
            var mosque = MosqueNames.Of((round * MosqueNames.Count) + mosques[(number - 1) % MosqueNames.Count], number);
            var digits = PersianDigits.Format(number);
            var neighbourhood = new Neighbourhood(
                new NeighbourhoodId(random.NextGuid(_recordsOpenedAt)),
                _municipality.Id,
                number,
                new LocalizedText($"محله {digits}", $"Neighbourhood {number}"),
                CommunityAnchor.Mosque(mosque));

            // The neighbourhood mayor is an official, named by role as the report names officials.
            neighbourhood.AppointMayor(new NeighbourhoodMayor(new PersonName("شهردار", $"محله {digits}"), _profile.NeighbourhoodMayorsAppointedOn)).ThrowIfFailed();
            neighbourhood.ClearDomainEvents();
            _neighbourhoods.Add(neighbourhood);
        }

        await _writer.WriteNeighbourhoodsAsync(_neighbourhoods, _cancellationToken).ConfigureAwait(false);
        Report(GenerationStages.Neighbourhoods, _profile.Neighbourhoods, _profile.Neighbourhoods);
    }

    private void Report(string stage, long done, long total) => _progress?.Report(new GenerationProgress(stage, done, total));
}
