using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.EntityFrameworkCore.Budgeting;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;
using NodaTime.Testing;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Diagnostics;

/// <summary>What the storage reports: saves, a conflict retried, a conflict given up, budgeting computations; on both databases.</summary>
[Collection(DatabaseTests.Name)]
public sealed class StorageTelemetryTest(DatabaseFixture fixture)
{
    private static readonly string[] Sources = [GovernanceTelemetry.StorageSourceName, GovernanceTelemetry.SourceName];

    [SkippableTheory]
    [InlineData(Provider.Sqlite, "sqlite")]
    [InlineData(Provider.Postgres, "postgresql")]
    public async Task ASave_ReportsItsSpan_Count_Duration_AndRows_WithTheDatabaseSystem(Provider provider, string system)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        using var capture = new TelemetryCapture(Sources);
        await using var db = database.CreateContext();
        db.Add(Build.Municipality());

        var written = await db.SaveChangesAsync();

        written.Should().BeGreaterThan(0);
        var save = capture.Activities.Should().ContainSingle(a => a.OperationName == GovernanceTelemetry.Activities.Save).Subject;
        save.ParentSpanId.Should().Be(capture.Root.SpanId);
        save.GetTagItem(GovernanceTelemetry.Tags.DatabaseSystem).Should().Be(system);
        save.GetTagItem(GovernanceTelemetry.Tags.Rows).Should().Be(written);
        capture.Of(GovernanceTelemetry.Instruments.Saves).Should().ContainSingle()
            .Which.Tags.Should().Contain(GovernanceTelemetry.Tags.DatabaseSystem, system).And.Contain(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Succeeded);
        capture.Of(GovernanceTelemetry.Instruments.SaveDuration).Should().ContainSingle().Which.Value.Should().BeGreaterThan(0);
        capture.Of(GovernanceTelemetry.Instruments.SaveRows).Should().ContainSingle().Which.Value.Should().Be(written);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AConflictRetried_ReportsTheRetry_AsAnEventOfTheCurrentActivity_AndInTheRetriesCounter(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = await StoredCityAsync(database);
        using var capture = new TelemetryCapture(Sources);
        await using var db = database.CreateContext();
        var interfered = false;

        // The first attempt loses its race: another writer renames the city between this writer's load and save.
        var result = await db.ChangeWithRetryCoreAsync<Municipality>(
            new MunicipalityByIdSpec(city),
            async (municipality, cancellationToken) =>
            {
                if (!interfered)
                {
                    interfered = true;
                    await RenameElsewhereAsync(database, city, cancellationToken);
                }

                return municipality.LaunchPhase(ProgrammePhase.CitizenIdeas, new NodaTime.LocalDate(2024, 4, 28));
            },
            ConcurrencyRetryOptions.Default,
            CancellationToken.None);

        result.IsSuccess.Should().BeTrue(result.ToString());
        var retry = capture.Root.Events.Should().ContainSingle(e => e.Name == GovernanceTelemetry.Activities.ConcurrencyRetryEvent).Subject;
        retry.Tags.Should().Contain(new KeyValuePair<string, object?>(GovernanceTelemetry.Tags.Aggregate, nameof(Municipality)))
            .And.Contain(new KeyValuePair<string, object?>(GovernanceTelemetry.Tags.Attempt, 2));
        capture.Of(GovernanceTelemetry.Instruments.ConcurrencyRetries).Should().ContainSingle()
            .Which.Tags.Should().Contain(GovernanceTelemetry.Tags.Aggregate, nameof(Municipality));
        capture.Of(GovernanceTelemetry.Instruments.ConcurrencyConflicts).Should().BeEmpty("the retry succeeded");
        capture.Of(GovernanceTelemetry.Instruments.Saves).Select(m => m.Tags[GovernanceTelemetry.Tags.Outcome])
            .Should().Contain(GovernanceTelemetry.Tags.Failed).And.Contain(GovernanceTelemetry.Tags.Succeeded);
        capture.Activities.Where(a => a.OperationName == GovernanceTelemetry.Activities.Save && a.Status == ActivityStatusCode.Error)
            .Should().Contain(a => Equals(a.GetTagItem(GovernanceTelemetry.Tags.ErrorType), typeof(ConcurrencyConflictException).FullName));
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task AConflictGivenUp_IsCounted_AndLoggedAsAWarning_InTheScopeOfTheCommandThatRaisedIt(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = await StoredCityAsync(database);
        using var capture = new TelemetryCapture(Sources);
        var logs = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(logs));
        await using var db = database.CreateContext(options => options.UseLoggerFactory(loggers));
        using var command = loggers.CreateLogger("Host").BeginScope(new Dictionary<string, object?> { ["Command"] = "LaunchPhase" });

        // Every attempt loses its race (without the lock after a conflict, which would hold the other writer off).
        var result = await db.ChangeWithRetryCoreAsync<Municipality>(
            new MunicipalityByIdSpec(city),
            async (municipality, cancellationToken) =>
            {
                await RenameElsewhereAsync(database, city, cancellationToken);
                return municipality.LaunchPhase(ProgrammePhase.CitizenIdeas, new NodaTime.LocalDate(2024, 4, 28));
            },
            ConcurrencyRetryOptions.Default with { MaxAttempts = 2, LockAfterConflict = false },
            CancellationToken.None);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(PersistenceRules.ConcurrencyConflict);
        capture.Of(GovernanceTelemetry.Instruments.ConcurrencyRetries).Should().ContainSingle();
        capture.Of(GovernanceTelemetry.Instruments.ConcurrencyConflicts).Should().ContainSingle()
            .Which.Tags.Should().Contain(GovernanceTelemetry.Tags.Aggregate, nameof(Municipality));
        capture.Root.Events.Should().Contain(e => e.Name == GovernanceTelemetry.Activities.ConcurrencyConflictEvent);
        var warning = logs.Entries.Should().ContainSingle(e => e.Category == GovernanceTelemetry.StorageLoggerCategory).Subject;
        warning.Level.Should().Be(LogLevel.Warning);
        warning.Message.Should().Contain(nameof(Municipality)).And.Contain("2 attempt");
        warning.Scope.Should().Contain("Command", "LaunchPhase");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ABudgetingComputation_ReportsItsDuration_AndTheBallotsCounted(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var voter = scenario.World.Resident(scenario.World.North, Gender.Female);
        await scenario.SaveAsync(database);
        await using var services = BudgetingServices.Build(database, new FakeClock(BudgetingServices.VotingDay));
        var worker = services.GetRequiredService<BudgetingOutcomeWorker>();
        (await services.InScopeAsync<CastBudgetBallotHandler, Result<Changed>>(h => h.HandleAsync(
            new CastBudgetBallot(scenario.World.City.Id, scenario.Round.Id, voter.Id, [scenario.Projects[0]])))).ThrowIfFailed();
        using var capture = new TelemetryCapture(Sources);

        (await worker.RecountAsync(scenario.Round.Id)).Should().BeTrue();

        var computation = capture.Activities.Should().ContainSingle(a => a.OperationName == GovernanceTelemetry.Activities.BudgetingComputation).Subject;
        computation.GetTagItem(GovernanceTelemetry.Tags.BudgetingRound).Should().Be(scenario.Round.Id.Value.ToString());
        computation.GetTagItem(GovernanceTelemetry.Tags.Ballots).Should().Be(1);
        var duration = capture.Of(GovernanceTelemetry.Instruments.BudgetingComputationDuration).Should().ContainSingle().Subject;
        duration.Unit.Should().Be("s");
        duration.Value.Should().BeGreaterThan(0).And.BeGreaterThanOrEqualTo(worker.LastDuration.TotalSeconds);
        duration.Tags.Should().Contain(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Succeeded);
        capture.Of(GovernanceTelemetry.Instruments.BudgetingBallotsCounted).Should().ContainSingle().Which.Value.Should().Be(1);
        capture.Of(GovernanceTelemetry.Instruments.BudgetingComputationFailures).Should().BeEmpty();
        computation.ParentSpanId.Should().Be(capture.Root.SpanId, "a computation started by a caller is part of its trace");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ABudgetingComputationThatFails_IsCounted_AndLoggedAsAnError(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        await scenario.SaveAsync(database);
        var logs = new CapturingLoggerProvider();
        await using var services = BudgetingServices.Build(database, new FakeClock(BudgetingServices.VotingDay), s =>
        {
            s.AddLogging(logging => logging.AddProvider(logs));
            s.AddScoped<IBudgetingResults, UnwritableResults>();
        });
        var worker = services.GetRequiredService<BudgetingOutcomeWorker>();
        using var capture = new TelemetryCapture(Sources);

        (await worker.RecountAsync(scenario.Round.Id)).Should().BeFalse();

        worker.LastError.Should().BeOfType<TimeoutException>();
        capture.Activities.Should().ContainSingle(a => a.OperationName == GovernanceTelemetry.Activities.BudgetingComputation)
            .Which.Status.Should().Be(ActivityStatusCode.Error);
        capture.Of(GovernanceTelemetry.Instruments.BudgetingComputationFailures).Should().ContainSingle()
            .Which.Tags.Should().Contain(GovernanceTelemetry.Tags.ErrorType, typeof(TimeoutException).FullName);
        capture.Of(GovernanceTelemetry.Instruments.BudgetingComputationDuration).Should().ContainSingle()
            .Which.Tags.Should().Contain(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Failed);
        var error = logs.Entries.Should().ContainSingle(e => e.Category == GovernanceTelemetry.StorageLoggerCategory).Subject;
        error.Level.Should().Be(LogLevel.Error);
        error.Exception.Should().BeOfType<TimeoutException>();
        error.Message.Should().Contain(scenario.Round.Id.Value.ToString());
    }

    private static async Task<MunicipalityId> StoredCityAsync(TestDatabase database)
    {
        var city = Build.Municipality();
        await using var db = database.CreateContext();
        db.Add(city);
        await db.SaveChangesAsync();
        return city.Id;
    }

    /// <summary>Another writer (its own context, as another process would be) renames the city.</summary>
    private static async Task RenameElsewhereAsync(TestDatabase database, MunicipalityId city, CancellationToken cancellationToken)
    {
        await using var other = database.CreateContext();
        var theirs = await other.Municipalities.SingleAsync(m => m.Id == city, cancellationToken);
        theirs.Rename(new LocalizedText("نام " + Guid.NewGuid().ToString("N")[..6], "Name " + Guid.NewGuid().ToString("N")[..6]));
        await other.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Results storage whose database does not answer.</summary>
    private sealed class UnwritableResults : IBudgetingResults
    {
        public Task<BudgetingRoundResults?> ReadAsync(BudgetingRoundId round, CancellationToken cancellationToken = default) => Task.FromResult<BudgetingRoundResults?>(null);

        public Task<bool> StoreAsync(BudgetingRoundResults results, CancellationToken cancellationToken = default) => throw new TimeoutException("The database did not answer.");
    }
}
