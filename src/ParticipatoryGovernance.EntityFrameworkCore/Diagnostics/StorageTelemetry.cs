using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ParticipatoryGovernance.Diagnostics;

namespace ParticipatoryGovernance.EntityFrameworkCore.Diagnostics;

/// <summary>
/// The storage package's activity source and instruments (<see cref="GovernanceTelemetry.StorageSourceName"/>): saves,
/// optimistic-concurrency retries and conflicts given up, budgeting computations. Every report first checks that
/// someone listens, so an unobserved process pays a branch per report.
/// </summary>
internal static class StorageTelemetry
{
    public static readonly ActivitySource Source = new(GovernanceTelemetry.StorageSourceName, GovernanceTelemetry.VersionOf(typeof(StorageTelemetry).Assembly));

    public static readonly Meter Meter = new(GovernanceTelemetry.StorageMeterName, GovernanceTelemetry.VersionOf(typeof(StorageTelemetry).Assembly));

    private static readonly double[] SecondsBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10, 30];

    private static readonly Counter<long> Saves = Meter.CreateCounter<long>(GovernanceTelemetry.Instruments.Saves, "{save}", "Saves of the governance context, by database system and outcome.");

    private static readonly Histogram<double> SaveDuration = Meter.CreateHistogram(
        GovernanceTelemetry.Instruments.SaveDuration, "s", "How long saves took, their transaction included.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

    private static readonly Histogram<long> SaveRows = Meter.CreateHistogram<long>(GovernanceTelemetry.Instruments.SaveRows, "{row}", "Rows written by successful saves.");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(GovernanceTelemetry.Instruments.ConcurrencyRetries, "{retry}", "Changes tried again after losing an optimistic-concurrency race, by aggregate.");

    private static readonly Counter<long> Conflicts = Meter.CreateCounter<long>(GovernanceTelemetry.Instruments.ConcurrencyConflicts, "{conflict}", "Changes given up after every attempt lost its race, by aggregate.");

    private static readonly Histogram<double> ComputationDuration = Meter.CreateHistogram(
        GovernanceTelemetry.Instruments.BudgetingComputationDuration, "s", "How long budgeting outcome computations took.", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

    private static readonly Counter<long> BallotsCounted = Meter.CreateCounter<long>(GovernanceTelemetry.Instruments.BudgetingBallotsCounted, "{ballot}", "Ballots counted by budgeting computations.");

    private static readonly Counter<long> ComputationFailures = Meter.CreateCounter<long>(GovernanceTelemetry.Instruments.BudgetingComputationFailures, "{computation}", "Budgeting computations that failed.");

    /// <summary>Whether anyone listens to saves (an activity listener of this source, or one of the save instruments).</summary>
    public static bool SavesObserved => Saves.Enabled || SaveDuration.Enabled || SaveRows.Enabled || Source.HasListeners();

    /// <summary>Starts observing a save: an activity when someone listens, a start time when an instrument is on.</summary>
    /// <param name="context">The context saving.</param>
    public static SaveObservation StartSave(DbContext context)
    {
        var measured = Saves.Enabled || SaveDuration.Enabled || SaveRows.Enabled;
        var activity = Source.HasListeners() ? Source.StartActivity(GovernanceTelemetry.Activities.Save) : null;
        if (!measured && activity is null)
        {
            return default;
        }

        var system = SystemOf(context);
        activity?.SetTag(GovernanceTelemetry.Tags.DatabaseSystem, system);
        return new SaveObservation(activity, system, measured ? Stopwatch.GetTimestamp() : 0, measured);
    }

    /// <summary>A change lost its race and is tried again: an event on the current activity and the retries counter.</summary>
    /// <param name="aggregate">The aggregate's type name.</param>
    /// <param name="nextAttempt">The attempt about to start (2 for the first retry).</param>
    public static void Retried(string aggregate, int nextAttempt)
    {
        if (Retries.Enabled)
        {
            Retries.Add(1, new KeyValuePair<string, object?>(GovernanceTelemetry.Tags.Aggregate, aggregate));
        }

        Activity.Current?.AddEvent(new ActivityEvent(GovernanceTelemetry.Activities.ConcurrencyRetryEvent, tags: new ActivityTagsCollection
        {
            { GovernanceTelemetry.Tags.Aggregate, aggregate },
            { GovernanceTelemetry.Tags.Attempt, nextAttempt },
        }));
    }

    /// <summary>A change given up after its last lost race: the conflicts counter, an event, and a warning in the log.</summary>
    /// <param name="context">The context, whose logger factory (the host's, when it registered one) writes the warning.</param>
    /// <param name="aggregate">The aggregate's type name.</param>
    /// <param name="attempts">The attempts made.</param>
    /// <param name="changes">The changes given up together (one batch of the in-process queue).</param>
    public static void GaveUp(DbContext context, string aggregate, int attempts, int changes)
    {
        if (Conflicts.Enabled)
        {
            Conflicts.Add(changes, new KeyValuePair<string, object?>(GovernanceTelemetry.Tags.Aggregate, aggregate));
        }

        Activity.Current?.AddEvent(new ActivityEvent(GovernanceTelemetry.Activities.ConcurrencyConflictEvent, tags: new ActivityTagsCollection
        {
            { GovernanceTelemetry.Tags.Aggregate, aggregate },
            { GovernanceTelemetry.Tags.Attempt, attempts },
        }));
        StorageLog.GaveUp(LoggerOf(context), aggregate, attempts, changes);
    }

    /// <summary>Starts observing a budgeting computation (an activity when someone listens).</summary>
    /// <param name="round">The round's identifier.</param>
    public static Activity? StartComputation(Guid round)
    {
        var activity = Source.HasListeners() ? Source.StartActivity(GovernanceTelemetry.Activities.BudgetingComputation) : null;
        activity?.SetTag(GovernanceTelemetry.Tags.BudgetingRound, round.ToString());
        return activity;
    }

    /// <summary>A budgeting computation stored its results.</summary>
    public static void Computed(Activity? activity, TimeSpan duration, int ballots)
    {
        activity?.SetTag(GovernanceTelemetry.Tags.Ballots, ballots).SetTag(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Succeeded);
        var tags = new KeyValuePair<string, object?>(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Succeeded);
        if (ComputationDuration.Enabled)
        {
            ComputationDuration.Record(duration.TotalSeconds, tags);
        }

        if (BallotsCounted.Enabled)
        {
            BallotsCounted.Add(ballots);
        }
    }

    /// <summary>A budgeting computation failed: the failures counter, the activity's error status, and an error in the log.</summary>
    public static void ComputationFailed(Activity? activity, ILogger? logger, Guid round, TimeSpan duration, Exception exception)
    {
        var error = exception.GetType().FullName;
        activity?.SetTag(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Failed)
            .SetTag(GovernanceTelemetry.Tags.ErrorType, error)
            .SetStatus(ActivityStatusCode.Error, exception.Message);
        if (ComputationFailures.Enabled)
        {
            ComputationFailures.Add(1, new KeyValuePair<string, object?>(GovernanceTelemetry.Tags.ErrorType, error));
        }

        if (ComputationDuration.Enabled)
        {
            ComputationDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Failed));
        }

        StorageLog.ComputationFailed(logger ?? NullLogger.Instance, round, exception);
    }

    /// <summary>The storage package's logger from the context's logger factory (the host's when the context came from its container).</summary>
    public static ILogger LoggerOf(DbContext context)
    {
        try
        {
            return context.GetService<ILoggerFactory>()?.CreateLogger(GovernanceTelemetry.StorageLoggerCategory) ?? NullLogger.Instance;
        }
        catch (InvalidOperationException)
        {
            return NullLogger.Instance;
        }
    }

    private static string SystemOf(DbContext context) => context.Database.ProviderName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "postgresql",
        "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
        var other => other ?? "unknown",
    };

    /// <summary>One save being observed; <see langword="default"/> when nobody listens.</summary>
    internal readonly struct SaveObservation
    {
        private readonly Activity? _activity;
        private readonly string? _system;
        private readonly long _started;
        private readonly bool _measured;

        public SaveObservation(Activity? activity, string system, long started, bool measured)
        {
            _activity = activity;
            _system = system;
            _started = started;
            _measured = measured;
        }

        /// <summary>The save wrote its rows and committed.</summary>
        public void Succeeded(int rows)
        {
            _activity?.SetTag(GovernanceTelemetry.Tags.Rows, rows).SetTag(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Succeeded);
            if (_measured)
            {
                var tags = Tags(GovernanceTelemetry.Tags.Succeeded, null);
                Saves.Add(1, tags);
                SaveDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
                SaveRows.Record(rows, new KeyValuePair<string, object?>(GovernanceTelemetry.Tags.DatabaseSystem, _system));
            }

            _activity?.Dispose();
        }

        /// <summary>The save threw (a lost race is <c>ConcurrencyConflictException</c>); nothing was stored.</summary>
        public void Failed(Exception exception)
        {
            var error = exception.GetType().FullName;
            _activity?.SetTag(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Failed)
                .SetTag(GovernanceTelemetry.Tags.ErrorType, error)
                .SetStatus(ActivityStatusCode.Error, exception.Message);
            if (_measured)
            {
                var tags = Tags(GovernanceTelemetry.Tags.Failed, error);
                Saves.Add(1, tags);
                SaveDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
            }

            _activity?.Dispose();
        }

        private TagList Tags(string outcome, string? error)
        {
            var tags = new TagList
            {
                { GovernanceTelemetry.Tags.DatabaseSystem, _system },
                { GovernanceTelemetry.Tags.Outcome, outcome },
            };
            if (error is not null)
            {
                tags.Add(GovernanceTelemetry.Tags.ErrorType, error);
            }

            return tags;
        }
    }
}
