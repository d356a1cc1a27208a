using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace ParticipatoryGovernance.Diagnostics;

/// <summary>
/// The names under which the library reports what it does: the <see cref="ActivitySource"/> and
/// <see cref="Meter"/> names a host subscribes to (OpenTelemetry's <c>AddSource</c> and <c>AddMeter</c>), every
/// instrument's name and unit, and the tags they carry. docs/observability.md lists them with what to alert on.
/// </summary>
/// <remarks>
/// The library depends on no telemetry SDK: it writes to <see cref="System.Diagnostics"/> only, and when nobody listens
/// (no <see cref="ActivityListener"/>, no <see cref="MeterListener"/>) each report costs a check of
/// <see cref="ActivitySource.HasListeners"/> or <see cref="Instrument.Enabled"/>. Names follow OpenTelemetry's
/// semantic conventions: lower-case, dotted, with UCUM units (<c>s</c> for durations, <c>{command}</c> for counts).
/// </remarks>
public static class GovernanceTelemetry
{
    /// <summary>The activity source and meter of the model's use cases (commands): <c>ParticipatoryGovernance</c>.</summary>
    public const string SourceName = "ParticipatoryGovernance";

    /// <summary>The meter of the model's use cases; the same name as <see cref="SourceName"/>.</summary>
    public const string MeterName = SourceName;

    /// <summary>The activity source and meter of the EF Core storage package: <c>ParticipatoryGovernance.EntityFrameworkCore</c>.</summary>
    public const string StorageSourceName = "ParticipatoryGovernance.EntityFrameworkCore";

    /// <summary>The meter of the EF Core storage package; the same name as <see cref="StorageSourceName"/>.</summary>
    public const string StorageMeterName = StorageSourceName;

    /// <summary>
    /// The logger category of the commands (<c>ParticipatoryGovernance.Commands</c>): its scope (keys <c>Command</c> and
    /// <c>MunicipalityId</c>) surrounds everything logged while a command runs, and a command that throws is logged in it.
    /// </summary>
    public const string CommandLoggerCategory = "ParticipatoryGovernance.Commands";

    /// <summary>The logger category of the storage package's reports (changes given up, budgeting computations that failed).</summary>
    public const string StorageLoggerCategory = "ParticipatoryGovernance.EntityFrameworkCore";

    /// <summary>The version the sources and meters report: this assembly's informational version.</summary>
    public static string Version { get; } = VersionOf(typeof(GovernanceTelemetry).Assembly);

    /// <summary>The activity source of the use cases (<see cref="SourceName"/>).</summary>
    internal static ActivitySource Source { get; } = new(SourceName, Version);

    /// <summary>The meter of the use cases (<see cref="MeterName"/>).</summary>
    internal static Meter Meter { get; } = new(MeterName, Version);

    /// <summary>The version of an assembly of the library, without the source revision after '+'.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>Its informational version, or its assembly version when it has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    public static string VersionOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational is null
            ? assembly.GetName().Version?.ToString() ?? "0.0.0"
            : informational.Split('+')[0];
    }

    /// <summary>The instruments' names (OpenTelemetry style: lower-case and dotted).</summary>
    public static class Instruments
    {
        /// <summary>Counter, unit <c>{command}</c>: commands handled, tagged with the command, its outcome and the refusing rule.</summary>
        public const string Commands = "governance.commands";

        /// <summary>Histogram, unit <c>s</c>: how long a command took, with the tags of <see cref="Commands"/>.</summary>
        public const string CommandDuration = "governance.command.duration";

        /// <summary>Counter, unit <c>{save}</c>: saves of the storage context, tagged with the database system and outcome.</summary>
        public const string Saves = "governance.storage.saves";

        /// <summary>Histogram, unit <c>s</c>: how long a save took (its transaction included).</summary>
        public const string SaveDuration = "governance.storage.save.duration";

        /// <summary>Histogram, unit <c>{row}</c>: rows a successful save wrote.</summary>
        public const string SaveRows = "governance.storage.save.rows";

        /// <summary>Counter, unit <c>{retry}</c>: optimistic-concurrency retries (a save lost a race and is tried again), tagged with the aggregate.</summary>
        public const string ConcurrencyRetries = "governance.storage.concurrency.retries";

        /// <summary>Counter, unit <c>{conflict}</c>: changes given up after every attempt lost its race (the person is refused), tagged with the aggregate.</summary>
        public const string ConcurrencyConflicts = "governance.storage.concurrency.conflicts";

        /// <summary>Histogram, unit <c>s</c>: how long a budgeting round's outcome computation took (read, count, store).</summary>
        public const string BudgetingComputationDuration = "governance.budgeting.computation.duration";

        /// <summary>Counter, unit <c>{ballot}</c>: ballots counted by budgeting computations (a ballot counted again in a later run counts again).</summary>
        public const string BudgetingBallotsCounted = "governance.budgeting.ballots.counted";

        /// <summary>Counter, unit <c>{computation}</c>: budgeting computations that failed (kept for the next check), tagged with the error type.</summary>
        public const string BudgetingComputationFailures = "governance.budgeting.computation.failures";
    }

    /// <summary>The names of the activities (spans) the library starts, besides one per command named after the command's type.</summary>
    public static class Activities
    {
        /// <summary>A save of the storage context.</summary>
        public const string Save = "governance.storage.save";

        /// <summary>A budgeting round's outcome computation.</summary>
        public const string BudgetingComputation = "governance.budgeting.compute";

        /// <summary>The event added to the current activity each time a change is retried after losing a race.</summary>
        public const string ConcurrencyRetryEvent = "governance.concurrency.retry";

        /// <summary>The event added to the current activity when a change is given up after its last lost race.</summary>
        public const string ConcurrencyConflictEvent = "governance.concurrency.conflict";
    }

    /// <summary>The tags (attributes) on activities, measurements and log scopes.</summary>
    public static class Tags
    {
        /// <summary>The command's type name, such as <c>SubmitIdea</c>.</summary>
        public const string Command = "governance.command";

        /// <summary>How a command ended: <see cref="Succeeded"/>, <see cref="Refused"/> or <see cref="Failed"/>.</summary>
        public const string Outcome = "governance.outcome";

        /// <summary>The identifier of the rule that refused a command or a save (the first when several did).</summary>
        public const string RuleId = "governance.rule.id";

        /// <summary>The municipality's identifier (on activities and log scopes only: a metric tag would grow with every city).</summary>
        public const string Municipality = "governance.municipality.id";

        /// <summary>The aggregate type a storage report is about, such as <c>CitizenIdea</c>.</summary>
        public const string Aggregate = "governance.aggregate";

        /// <summary>The attempt a retry starts, or the attempts made before giving up (2 is the first retry).</summary>
        public const string Attempt = "governance.attempt";

        /// <summary>The budgeting round's identifier (on activities only).</summary>
        public const string BudgetingRound = "governance.budgeting.round.id";

        /// <summary>The ballots a budgeting computation counted.</summary>
        public const string Ballots = "governance.budgeting.ballots";

        /// <summary>Rows a save wrote.</summary>
        public const string Rows = "governance.storage.rows";

        /// <summary>OpenTelemetry's <c>db.system.name</c>: <c>postgresql</c>, <c>sqlite</c> or the EF Core provider's name.</summary>
        public const string DatabaseSystem = "db.system.name";

        /// <summary>OpenTelemetry's <c>error.type</c>: the exception's type name when something threw.</summary>
        public const string ErrorType = "error.type";

        /// <summary>The value of <see cref="Outcome"/> when the act was stored (or the read answered).</summary>
        public const string Succeeded = "succeeded";

        /// <summary>The value of <see cref="Outcome"/> when a rule refused the act (nothing stored): a person's input, not a fault.</summary>
        public const string Refused = "refused";

        /// <summary>The value of <see cref="Outcome"/> when the act threw (the database is gone, say): a fault to look into.</summary>
        public const string Failed = "failed";
    }
}
