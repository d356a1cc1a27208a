using Ardalis.Specification;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// Endorsements of one idea and votes on one agenda item by <see cref="Residents"/> residents, each through
/// <see cref="ConcurrencyRetry.ChangeWithRetryAsync{T}"/> with its own context (as requests would): all at once against
/// the baseline of one after another. Every iteration starts with a new idea and a new meeting; the time is for all of
/// the residents, so divide by <see cref="Residents"/> for one endorsement or vote.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ParticipationThroughputBenchmarks
{
    /// <summary>Residents who endorse or vote in each iteration.</summary>
    public const int Residents = 200;

    private static readonly Instant At = Instant.FromUtc(2024, 6, 1, 8, 0);
    private ServiceProvider _services = null!;
    private Municipality _city = null!;
    private Neighbourhood _neighbourhood = null!;
    private List<Resident> _residents = [];
    private CitizenIdeaId _idea;
    private MeetingId _meeting;

    [Params("sqlite", "postgres")]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var storage = BenchmarkDatabases.StorageOf(Provider);
        _services = BenchmarkDatabases.Services(storage, await BenchmarkDatabases.FreshAsync(storage, "participation_throughput"));
        _city = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
        _neighbourhood = new Neighbourhood(
            NeighbourhoodId.New(),
            _city.Id,
            1,
            new LocalizedText("محلهٔ ۱", "Neighbourhood 1"),
            CommunityAnchor.Mosque(new LocalizedText("مسجد جامع", "Grand mosque")));
        _residents = [.. Enumerable.Range(0, Residents).Select(i => new Resident(
            ResidentId.New(),
            _neighbourhood.Id,
            new PersonName("ساکن", $"شماره {i}"),
            i % 2 == 0 ? Gender.Female : Gender.Male,
            PersianDates.FromSolarHijri(1360, 6, 15)))];
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        context.Add(_city);
        context.Add(_neighbourhood);
        context.AddRange(_residents);
        await context.SaveChangesAsync();
    }

    [IterationSetup]
    public void NewIdeaAndMeeting() => NewIdeaAndMeetingAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void CleanUp() => _services.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Endorse")]
    public async Task EndorseOneAfterAnother()
    {
        foreach (var resident in _residents)
        {
            await EndorseAsync(resident);
        }
    }

    [Benchmark]
    [BenchmarkCategory("Endorse")]
    public Task EndorseAllAtOnce() => Task.WhenAll(_residents.Select(r => Task.Run(() => EndorseAsync(r))));

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Vote")]
    public async Task VoteOneAfterAnother()
    {
        foreach (var resident in _residents)
        {
            await VoteAsync(resident);
        }
    }

    [Benchmark]
    [BenchmarkCategory("Vote")]
    public Task VoteAllAtOnce() => Task.WhenAll(_residents.Select(r => Task.Run(() => VoteAsync(r))));

    private async Task EndorseAsync(Resident resident)
    {
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        (await context.ChangeWithRetryAsync(new CitizenIdeaByIdSpec(_idea), i => i.Endorse(resident.Id, At + Duration.FromMinutes(1), _city.Charter.Ideas))).ThrowIfFailed();
    }

    private async Task VoteAsync(Resident resident)
    {
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        (await context.ChangeWithRetryAsync(new MeetingById(_meeting), m => m.CastVote(1, resident.Id, (VoteChoice)(1 + (resident.Name.FamilyName.Length % 3)), At + Duration.FromMinutes(5)))).ThrowIfFailed();
    }

    private async Task NewIdeaAndMeetingAsync()
    {
        var draft = new IdeaDraft("سایه‌بان برای ایستگاه اتوبوس", "ایستگاه‌های محله در تابستان سایه ندارند.", _city.Charter.FindUrbanField("urban-services")!, _neighbourhood.Id);
        var idea = CitizenIdea.Submit(CitizenIdeaId.New(), _city, _residents[0].Id, draft, At).Value;
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), _neighbourhood, new LocalizedText("مسجد جامع", "Grand mosque"), At, _city.Charter.Meetings);
        meeting.AddAgendaItem("بودجهٔ محله").ThrowIfFailed();
        meeting.Open(At).ThrowIfFailed();
        _residents.ForEach(r => meeting.RecordAttendance(r, At).ThrowIfFailed());
        meeting.PutToVote(1).ThrowIfFailed();
        await using var scope = _services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        context.Add(idea);
        context.Add(meeting);
        await context.SaveChangesAsync();
        _idea = idea.Id;
        _meeting = meeting.Id;
    }

    private sealed class MeetingById : SingleResultSpecification<NeighbourhoodMeeting>
    {
        public MeetingById(MeetingId id) => Query.Where(m => m.Id == id);
    }
}
