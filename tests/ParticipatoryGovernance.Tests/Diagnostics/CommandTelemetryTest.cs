using System.Diagnostics;
using Ardalis.Specification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.Diagnostics;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.Tests.UseCases;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Diagnostics;

/// <summary>What a command reports: its activity, the command counter and duration, the log scope it runs in.</summary>
public sealed class CommandTelemetryTest
{
    private readonly FakeClock _clock = new(At(1403, 3, 1));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly Municipality _city = City();
    private readonly Neighbourhood _north = Make.Neighbourhood(1);
    private readonly Resident _sara;

    public CommandTelemetryTest()
    {
        _sara = Make.Resident(_north.Id, "سارا", "رضایی", Gender.Female, 1370, 1, 1);
        _store.With(_city, _north, _sara);
    }

    [Fact]
    public async Task ARefusedCommand_ReportsTheRefusingRule_OnItsActivity_AndInItsCounterAndDuration()
    {
        using var capture = new TelemetryCapture(GovernanceTelemetry.SourceName);

        var result = await new SubmitIdeaHandler(_store, _clock).HandleObservedAsync(new SubmitIdea(_city.Id, _sara.Id, "", "شرح", "traffic"), CancellationToken.None);

        result.IsFailure.Should().BeTrue();
        var rule = result.Violations[0].Rule;
        rule.Should().Be("input.required");
        var activity = capture.Activities.Should().ContainSingle().Subject;
        activity.OperationName.Should().Be(nameof(SubmitIdea));
        activity.Source.Name.Should().Be(GovernanceTelemetry.SourceName);
        activity.GetTagItem(GovernanceTelemetry.Tags.Command).Should().Be(nameof(SubmitIdea));
        activity.GetTagItem(GovernanceTelemetry.Tags.Municipality).Should().Be(_city.Id.Value.ToString());
        activity.GetTagItem(GovernanceTelemetry.Tags.Outcome).Should().Be(GovernanceTelemetry.Tags.Refused);
        activity.GetTagItem(GovernanceTelemetry.Tags.RuleId).Should().Be(rule);
        activity.Status.Should().Be(ActivityStatusCode.Unset, "a refusal is a person's input, not a fault");

        var counted = capture.Of(GovernanceTelemetry.Instruments.Commands).Should().ContainSingle().Subject;
        counted.Value.Should().Be(1);
        counted.Unit.Should().Be("{command}");
        counted.Tags.Should().Contain(GovernanceTelemetry.Tags.Command, nameof(SubmitIdea))
            .And.Contain(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Refused)
            .And.Contain(GovernanceTelemetry.Tags.RuleId, rule)
            .And.NotContainKey(GovernanceTelemetry.Tags.Municipality, "a metric tag per city would grow without bound");
        var timed = capture.Of(GovernanceTelemetry.Instruments.CommandDuration).Should().ContainSingle().Subject;
        timed.Unit.Should().Be("s");
        timed.Value.Should().BeGreaterThan(0).And.BeLessThan(activity.Duration.TotalSeconds + 1);
        timed.Tags.Should().Contain(GovernanceTelemetry.Tags.RuleId, rule);
    }

    [Fact]
    public async Task AHandlerFromTheContainer_IsObserved_AndEverythingLoggedWhileItRuns_CarriesTheCommandAndMunicipality()
    {
        using var capture = new TelemetryCapture(GovernanceTelemetry.SourceName);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddParticipatoryGovernance(options => options.Clock = _clock)
            .AddScoped<IGovernanceStore>(sp => new LoggingStore(_store, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Storage")));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();

        var handler = scope.ServiceProvider.GetRequiredService<ICommandHandler<SubmitIdea, Created<CitizenIdeaId>>>();
        var result = await handler.HandleAsync(new SubmitIdea(_city.Id, _sara.Id, "سایه‌بان ایستگاه", "ایستگاه اتوبوس سایه ندارد.", "traffic", _north.Id));

        handler.Should().BeOfType<ObservedCommandHandler<SubmitIdea, Created<CitizenIdeaId>>>();
        scope.ServiceProvider.GetRequiredService<SubmitIdeaHandler>().Should().BeOfType<SubmitIdeaHandler>("the concrete handler resolves undecorated");
        result.IsSuccess.Should().BeTrue(result.ToString());
        var activity = capture.Activities.Should().ContainSingle().Subject;
        activity.GetTagItem(GovernanceTelemetry.Tags.Outcome).Should().Be(GovernanceTelemetry.Tags.Succeeded);
        activity.GetTagItem(GovernanceTelemetry.Tags.RuleId).Should().BeNull();
        capture.Of(GovernanceTelemetry.Instruments.Commands).Should().ContainSingle()
            .Which.Tags.Should().Contain(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Succeeded).And.NotContainKey(GovernanceTelemetry.Tags.RuleId);

        var written = logs.Entries.Where(e => e.Category == "Storage").ToList();
        written.Should().NotBeEmpty("the store logs each call");
        written.Should().OnlyContain(e => Equals(e.Scope["Command"], nameof(SubmitIdea)) && e.Scope["MunicipalityId"]!.ToString() == _city.Id.Value.ToString());
    }

    [Fact]
    public async Task ACommandThatThrows_IsReportedAsFailed_WithTheErrorType_LoggedInItsScope_AndTheExceptionStillThrown()
    {
        using var capture = new TelemetryCapture(GovernanceTelemetry.SourceName);
        var logs = new CapturingLoggerProvider();
        var logger = logs.CreateLogger(GovernanceTelemetry.CommandLoggerCategory);
        var broken = new SubmitIdeaHandler(new BrokenStore(), _clock);

        var act = () => broken.HandleObservedAsync(new SubmitIdea(_city.Id, _sara.Id, "عنوان", "شرح", "traffic"), logger);

        await act.Should().ThrowAsync<TimeoutException>();
        var activity = capture.Activities.Should().ContainSingle().Subject;
        activity.Status.Should().Be(ActivityStatusCode.Error);
        activity.GetTagItem(GovernanceTelemetry.Tags.Outcome).Should().Be(GovernanceTelemetry.Tags.Failed);
        activity.GetTagItem(GovernanceTelemetry.Tags.ErrorType).Should().Be(typeof(TimeoutException).FullName);
        capture.Of(GovernanceTelemetry.Instruments.Commands).Should().ContainSingle()
            .Which.Tags.Should().Contain(GovernanceTelemetry.Tags.Outcome, GovernanceTelemetry.Tags.Failed).And.Contain(GovernanceTelemetry.Tags.ErrorType, typeof(TimeoutException).FullName);
        var entry = logs.Entries.Should().ContainSingle().Subject;
        entry.Level.Should().Be(LogLevel.Error);
        entry.Exception.Should().BeOfType<TimeoutException>();
        entry.Scope.Should().Contain("Command", nameof(SubmitIdea));
    }

    [Fact]
    public async Task ACommandNested_InAHostsActivity_IsItsChild()
    {
        using var capture = new TelemetryCapture(GovernanceTelemetry.SourceName);
        var parent = Activity.Current!;

        await new SubmitIdeaHandler(_store, _clock).HandleObservedAsync(new SubmitIdea(_city.Id, _sara.Id, null, null, null), CancellationToken.None);

        capture.Activities.Should().ContainSingle().Which.ParentSpanId.Should().Be(parent.SpanId);
    }

    /// <summary>A store that logs each call, as a host's storage would, to see which scope its logs are written in.</summary>
    private sealed class LoggingStore(IGovernanceStore inner, ILogger logger) : IGovernanceStore
    {
        private static readonly Action<ILogger, string, Exception?> Called = LoggerMessage.Define<string>(LogLevel.Information, new EventId(1), "Store {Call}");

        public Task<T?> FindAsync<T>(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot
        {
            Called(logger, "Find", null);
            return inner.FindAsync(specification, cancellationToken);
        }

        public Task<IReadOnlyList<T>> ListAsync<T>(ISpecification<T> specification, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot
        {
            Called(logger, "List", null);
            return inner.ListAsync(specification, cancellationToken);
        }

        public Task<Result<IReadOnlyList<IDomainEvent>>> AddAsync<T>(T aggregate, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot
        {
            Called(logger, "Add", null);
            return inner.AddAsync(aggregate, cancellationToken);
        }

        public Task<Result<IReadOnlyList<IDomainEvent>>> ChangeAsync<T>(ISingleResultSpecification<T> specification, Func<T, Result> change, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot => inner.ChangeAsync(specification, change, cancellationToken);

        public Task<Result<(TNew Created, IReadOnlyList<IDomainEvent> Events)>> ChangeAndAddAsync<T, TNew>(ISingleResultSpecification<T> specification, Func<T, Result<TNew>> change, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot
            where TNew : class, IAggregateRoot => inner.ChangeAndAddAsync(specification, change, cancellationToken);
    }

    /// <summary>A store whose database is gone: every call throws.</summary>
    private sealed class BrokenStore : IGovernanceStore
    {
        public Task<T?> FindAsync<T>(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot => throw new TimeoutException("The database did not answer.");

        public Task<IReadOnlyList<T>> ListAsync<T>(ISpecification<T> specification, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot => throw new TimeoutException("The database did not answer.");

        public Task<Result<IReadOnlyList<IDomainEvent>>> AddAsync<T>(T aggregate, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot => throw new TimeoutException("The database did not answer.");

        public Task<Result<IReadOnlyList<IDomainEvent>>> ChangeAsync<T>(ISingleResultSpecification<T> specification, Func<T, Result> change, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot => throw new TimeoutException("The database did not answer.");

        public Task<Result<(TNew Created, IReadOnlyList<IDomainEvent> Events)>> ChangeAndAddAsync<T, TNew>(ISingleResultSpecification<T> specification, Func<T, Result<TNew>> change, CancellationToken cancellationToken = default)
            where T : class, IAggregateRoot
            where TNew : class, IAggregateRoot => throw new TimeoutException("The database did not answer.");
    }
}
