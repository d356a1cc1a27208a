using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ParticipatoryGovernance.TestSupport.Diagnostics;

/// <summary>
/// Listens to the library's activity sources and meters for one test: everything reported inside the test's own root
/// activity (its trace), and nothing from the tests running beside it, whose commands report to the same sources.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private const string TestsName = "ParticipatoryGovernance.TestSupport.Diagnostics";

    // Compared by name in the listener: the listener may be asked about this source while it is being created.
    private static readonly ActivitySource Tests = new(TestsName);

    private readonly ActivityListener _activities;
    private readonly MeterListener _meters;
    private readonly Activity _root;

    public TelemetryCapture(params string[] sources)
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TestsName || sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == Trace && activity.Source.Name != TestsName)
                {
                    Activities.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (sources.Contains(instrument.Meter.Name))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();

        // Current from here on in the test's flow (a synchronous callee's change to Activity.Current reaches its caller).
        _root = Tests.StartActivity("telemetry test", ActivityKind.Internal, default(ActivityContext))!;
        Trace = _root.TraceId;
    }

    public ActivityTraceId Trace { get; }

    /// <summary>The test's own activity: Activity.Current for what the test runs, so the events added to "the current activity" land here.</summary>
    public Activity Root => _root;

    public ConcurrentQueue<Activity> Activities { get; } = [];

    public ConcurrentQueue<Measured> Measurements { get; } = [];

    /// <summary>The measurements of one instrument.</summary>
    public IReadOnlyList<Measured> Of(string instrument) => [.. Measurements.Where(m => m.Instrument == instrument)];

    public void Dispose()
    {
        _root.Dispose();
        _meters.Dispose();
        _activities.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        // A measurement belongs to the test when it was taken inside the test's trace.
        if (Activity.Current?.TraceId == Trace)
        {
            Measurements.Enqueue(new Measured(instrument.Name, instrument.Unit, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        }
    }

    /// <summary>One measurement: the instrument, its unit, the value and the tags.</summary>
    public sealed record Measured(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags);
}
