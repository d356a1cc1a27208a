using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ardalis.Specification;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// What the command telemetry costs: a command handled as before (<c>HandleAsync</c>) against the same command through
/// <see cref="CommandTelemetry.HandleObservedAsync{TCommand, TResult}(ICommandHandler{TCommand, TResult}, TCommand, CancellationToken)"/>,
/// with nobody listening (the target: what it cost before, within noise) and with an activity and a meter listener
/// (what a host pays when it exports). The command is the cheapest there is, a refusal decided by the first look-up
/// of a store that answers at once, so the telemetry's share is as large as it can be; a real command waits on its
/// database for a thousand times longer.
/// </summary>
[MemoryDiagnoser]
public class CommandTelemetryBenchmarks : IDisposable
{
    private readonly SubmitIdeaHandler _handler = new(new EmptyStore(), new FixedClock());
    private readonly SubmitIdea _command = new(MunicipalityId.New(), ResidentId.New(), "سایه‌بان", "ایستگاه سایه ندارد.", "traffic");
    private ActivityListener? _activities;
    private MeterListener? _meters;

    /// <summary>Whether an activity listener and a meter listener take everything the library reports.</summary>
    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Listen()
    {
        if (!Listening)
        {
            return;
        }

        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GovernanceTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
        _meters.SetMeasurementEventCallback<long>((_, _, _, _) => { });
        _meters.SetMeasurementEventCallback<double>((_, _, _, _) => { });
        _meters.Start();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _meters?.Dispose();
        _activities?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public Task<Result<Created<CitizenIdeaId>>> Handle() => _handler.HandleAsync(_command);

    [Benchmark]
    public Task<Result<Created<CitizenIdeaId>>> HandleObserved() => _handler.HandleObservedAsync(_command, CancellationToken.None);

    private sealed class FixedClock : IClock
    {
        public Instant GetCurrentInstant() => Instant.FromUtc(2024, 5, 1, 8, 0);
    }

    /// <summary>A store with nothing in it, answering at once: the municipality is not found, and the command is refused.</summary>
    private sealed class EmptyStore : IGovernanceStore
    {
        public Task<T?> FindAsync<T>(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot => Task.FromResult<T?>(null);

        public Task<IReadOnlyList<T>> ListAsync<T>(ISpecification<T> specification, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot => Task.FromResult<IReadOnlyList<T>>([]);

        public Task<Result<IReadOnlyList<IDomainEvent>>> AddAsync<T>(T aggregate, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot => throw new NotSupportedException("The benchmark's command is refused before it stores anything.");

        public Task<Result<IReadOnlyList<IDomainEvent>>> ChangeAsync<T>(ISingleResultSpecification<T> specification, Func<T, Result> change, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot => throw new NotSupportedException("The benchmark's command is refused before it stores anything.");

        public Task<Result<(TNew Created, IReadOnlyList<IDomainEvent> Events)>> ChangeAndAddAsync<T, TNew>(ISingleResultSpecification<T> specification, Func<T, Result<TNew>> change, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot
            where TNew : class, IAggregateRoot => throw new NotSupportedException("The benchmark's command is refused before it stores anything.");
    }
}
