using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.Ideas;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Tests.UseCases;

/// <summary>The budgeting acts through their handlers: raw input refused by rule id, the round's own rules reaching the caller.</summary>
public sealed class BudgetingUseCasesTest
{
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000b4"));
    private static readonly LocalDate OpensOn = Make.Solar(1404, 2, 1);
    private static readonly LocalDate ClosesOn = Make.Solar(1404, 2, 10);
    private readonly FakeClock _clock = new(Instant.FromUtc(2025, 1, 1, 0, 0));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly InMemoryBudgetingBallots _ballots = new();
    private readonly Municipality _city = IdeaScenario.City();
    private readonly Neighbourhood _north = new(IdeaScenario.North, Make.Rafsanjan, 1, new LocalizedText("شمال", "North"), CommunityAnchor.Mosque(new LocalizedText("مسجد", "Mosque")));
    private readonly Neighbourhood _elsewhere = Make.Neighbourhood(1, Other);
    private readonly Resident _voter = Make.Resident(IdeaScenario.North, "زهرا", "محمدی", Gender.Female, 1360, 1, 1);
    private readonly Resident _stranger;
    private readonly CitizenIdea _park = Accepted("بوستان محله");
    private readonly CitizenIdea _lights = Accepted("روشنایی کوچه");
    private readonly CitizenIdea _submitted = IdeaScenario.InStatus(IdeaStatus.UnderReview, IdeaScenario.At(1403, 12, 1));
    private readonly CitizenIdea _foreign;

    public BudgetingUseCasesTest()
    {
        var otherCity = RafsanjanPreset.CreateMunicipality(Other);
        _stranger = Make.Resident(_elsewhere.Id, "رضا", "نوری", Gender.Male, 1360, 2, 2);
        _foreign = CitizenIdea.Submit(CitizenIdeaId.New(), otherCity, _stranger.Id, IdeaScenario.Draft(_elsewhere.Id), IdeaScenario.At(1403, 12, 1)).Value;
        _store.With(_city, otherCity, _north, _elsewhere, _voter, _stranger, _park, _lights, _submitted, _foreign);
        On(OpensOn.PlusDays(-5));
    }

    [Fact]
    public async Task Open_StoresTheRoundOfTheWholeCity_WhenTheInputIsGood()
    {
        var result = await Open(new OpenBudgetingRound(_city.Id, "  بودجهٔ ۱۴۰۴ ", 100, [new(_park.Id, 60), new(_lights.Id, 40)], OpensOn, ClosesOn));

        result.IsSuccess.Should().BeTrue(result.ToString());
        var round = _store.All<BudgetingRound>().Should().ContainSingle().Subject;
        round.Id.Should().Be(result.Value.Id);
        round.Title.Should().Be("بودجهٔ ۱۴۰۴");
        round.Area.Should().Equal(_north.Id);
        round.Projects.Select(p => p.Cost).Should().Equal(new Rials(60), new Rials(40));
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<BudgetingRoundOpened>();
        _store.Stored.Should().Equal(result.Value.Events);
    }

    [Theory]
    [InlineData(5_000, 100L, 60L, 0, "input.too-long")]
    [InlineData(0, 100L, 60L, 0, "input.required")]
    [InlineData(10, long.MaxValue, 60L, 0, InputRuleIds.AmountOutOfRange)]
    [InlineData(10, -1L, 60L, 0, InputRuleIds.AmountOutOfRange)]
    [InlineData(10, 100L, long.MaxValue, 0, InputRuleIds.AmountOutOfRange)]
    [InlineData(10, 100L, -5L, 0, InputRuleIds.AmountOutOfRange)]
    [InlineData(10, 100L, 60L, 7_000, UseCaseRules.DateOutOfRange)]
    [InlineData(10, 0L, 60L, 0, "budgeting.budget-not-positive")]
    [InlineData(10, 50L, 60L, 0, "budgeting.project-over-budget")]
    public async Task Open_RefusesByRule_WhenAFieldIsBad(int titleLength, long budget, long cost, int yearsAway, string rule)
    {
        var result = await Open(new OpenBudgetingRound(_city.Id, new string('ب', titleLength), budget, [new(_park.Id, cost)], OpensOn, ClosesOn.PlusYears(yearsAway)));

        result.Violations.Select(v => v.Rule).Should().Contain(rule);
        _store.All<BudgetingRound>().Should().BeEmpty();
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Open_RefusesByRule_WhenAProjectIsNotAnAcceptedIdeaOfTheCity()
    {
        (await Open(new OpenBudgetingRound(_city.Id, "دور", 100, [new(_foreign.Id, 10)], OpensOn, ClosesOn)))
            .Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await Open(new OpenBudgetingRound(_city.Id, "دور", 100, [new(CitizenIdeaId.New(), 10)], OpensOn, ClosesOn)))
            .Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await Open(new OpenBudgetingRound(_city.Id, "دور", 100, [new(_submitted.Id, 10)], OpensOn, ClosesOn)))
            .Violations.Single().Rule.Should().Be("budgeting.idea-not-accepted");
        (await Open(new OpenBudgetingRound(_city.Id, "دور", 100, null, OpensOn, ClosesOn)))
            .Violations.Single().Rule.Should().Be("budgeting.no-projects");
        (await Open(new OpenBudgetingRound(_city.Id, "دور", 100, [new(_park.Id, 10)], OpensOn, ClosesOn, _elsewhere.Id)))
            .Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await Open(new OpenBudgetingRound(MunicipalityId.New(), "دور", 100, [new(_park.Id, 10)], OpensOn, ClosesOn)))
            .Violations.Single().Rule.Should().Be(UseCaseRules.MunicipalityNotFound);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task CastBallot_StoresTheBallot_WhenTheVoterMayVote()
    {
        var round = await OpenedRound();
        On(OpensOn);

        var result = await Cast(round, _voter.Id, [_park.Id]);

        result.IsSuccess.Should().BeTrue(result.ToString());
        _ballots.Rows.Should().ContainSingle().Which.Approved.Should().Equal(_park.Id);
        _ballots.Rows[0].Channel.Should().Be(BallotChannel.Web);
        _ballots.Rows[0].CastAt.Should().Be(_clock.GetCurrentInstant());
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<BudgetingBallotCast>();
    }

    [Fact]
    public async Task CastBallot_ReturnsTheRoundsBallotSizeRefusal_WhenTheBallotIsEmptyOrTooLong()
    {
        var round = await OpenedRound(new GovernanceCharter { Budgeting = new BudgetingRules { MaximumProjectsPerBallot = 1 } });
        On(OpensOn);

        (await Cast(round, _voter.Id, [_park.Id, _lights.Id])).Violations.Single().Rule.Should().Be("budgeting.ballot-size");
        (await Cast(round, _voter.Id, [])).Violations.Single().Rule.Should().Be("budgeting.ballot-size");
        (await Cast(round, _voter.Id, null)).Violations.Single().Rule.Should().Be("budgeting.ballot-size");
        _ballots.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task CastBallot_RefusesAsNotFound_WhenTheVoterOrTheRoundBelongsToAnotherCity()
    {
        var round = await OpenedRound();
        On(OpensOn);

        (await Cast(round, _stranger.Id, [_park.Id])).Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        (await new CastBudgetBallotHandler(_store, _ballots, _clock).HandleAsync(new CastBudgetBallot(Other, round, _stranger.Id, [_park.Id])))
            .Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        _ballots.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task Close_StoresTheClosing_AfterTheLastDayOfVoting()
    {
        var round = await OpenedRound();
        var handler = new CloseBudgetingRoundHandler(_store, _ballots, _clock);
        On(ClosesOn);

        (await handler.HandleAsync(new CloseBudgetingRound(_city.Id, round))).Violations.Single().Rule.Should().Be("budgeting.voting-still-open");
        (await handler.HandleAsync(new CloseBudgetingRound(Other, round))).Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);

        On(ClosesOn.PlusDays(1));
        var closed = await handler.HandleAsync(new CloseBudgetingRound(_city.Id, round));

        closed.IsSuccess.Should().BeTrue(closed.ToString());
        closed.Value.Events.Should().ContainSingle().Which.Should().BeOfType<BudgetingRoundClosed>();
        _store.All<BudgetingRound>().Single().IsClosed.Should().BeTrue();
    }

    [Fact]
    public async Task CastBallot_ReplacesTheVotersBallot_KeepingOneRow()
    {
        var round = await OpenedRound();
        On(OpensOn);

        (await Cast(round, _voter.Id, [_park.Id])).IsSuccess.Should().BeTrue();
        var second = await Cast(round, _voter.Id, [_lights.Id]);

        _ballots.Rows.Should().ContainSingle().Which.Approved.Should().Equal(_lights.Id);
        second.Value.Events.OfType<BudgetingBallotCast>().Single().Replaced.Should().BeTrue();
    }

    [Fact]
    public async Task CastBallot_StoresNothing_WhenTheRoundIsClosed()
    {
        var round = await OpenedRound();
        On(ClosesOn.PlusDays(1));
        (await new CloseBudgetingRoundHandler(_store, _ballots, _clock).HandleAsync(new CloseBudgetingRound(_city.Id, round))).ThrowIfFailed();

        (await Cast(round, _voter.Id, [_park.Id])).Violations.Single().Rule.Should().Be(BudgetingRuleIds.RoundClosed);
        _ballots.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task CastBallots_StoresTheAcceptedOnes_AndReportsEachRefusalWithItsPlaceInTheBatch()
    {
        var round = await OpenedRound(new GovernanceCharter { Budgeting = new BudgetingRules { MaximumProjectsPerBallot = 1 } });
        var neighbour = Make.Resident(IdeaScenario.North, "مهدی", "رضایی", Gender.Male, 1365, 3, 3);
        var child = Make.Resident(IdeaScenario.North, "سارا", "رضایی", Gender.Female, 1395, 3, 3);
        _store.With(neighbour, child);
        On(OpensOn);

        var result = await new CastBudgetBallotsHandler(_store, _ballots, _clock).HandleAsync(new CastBudgetBallots(
            _city.Id,
            round,
            [
                new(_voter.Id, [_park.Id]),
                new(_stranger.Id, [_park.Id]),
                new(neighbour.Id, [_park.Id, _lights.Id]),
                new(child.Id, [_lights.Id]),
                new(_voter.Id, [_lights.Id]),
                new(neighbour.Id, [CitizenIdeaId.New()]),
            ],
            BallotChannel.Paper,
            "clerk-12"));

        result.IsSuccess.Should().BeTrue(result.ToString());
        result.Value.Stored.Should().Be(1);
        result.Value.Refused.Select(r => (r.Index, r.Violations.Single().Rule)).Should().Equal(
            (1, UseCaseRules.NotFound),
            (2, BudgetingRuleIds.BallotSize),
            (3, BudgetingRuleIds.VoterTooYoung),
            (4, BudgetingRuleIds.VoterRepeated),
            (5, BudgetingRuleIds.VoterRepeated));
        result.Value.Refused.Should().OnlyContain(r => r.Violations.All(v => v.Message.Persian.Length > 0 && v.Message.English.Length > 0));
        _ballots.Rows.Should().ContainSingle().Which.Should().Match<BudgetingRoundBallot>(b => b.VoterId == _voter.Id && b.Channel == BallotChannel.Paper && b.EnteredBy == "clerk-12");
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<BudgetingBallotCast>();
    }

    [Fact]
    public async Task CastBallots_RefusesAPaperBatch_WithoutItsClerk()
    {
        var round = await OpenedRound();
        On(OpensOn);

        var result = await new CastBudgetBallotsHandler(_store, _ballots, _clock).HandleAsync(
            new CastBudgetBallots(_city.Id, round, [new(_voter.Id, [_park.Id])], BallotChannel.Paper));

        result.Value.Refused.Single().Violations.Single().Rule.Should().Be(BudgetingRuleIds.ClerkMissing);
        _ballots.Rows.Should().BeEmpty();
    }

    [Fact]
    public async Task ReadResults_OnlyReadsTheStoredResults_AndNeverCountsBallots()
    {
        var round = await OpenedRound();
        On(OpensOn);
        (await Cast(round, _voter.Id, [_park.Id])).ThrowIfFailed();
        var results = new InMemoryBudgetingResults();
        var reader = new ReadBudgetingResultsHandler(_store, results, _clock);

        var before = (await reader.HandleAsync(new ReadBudgetingResults(_city.Id, round))).Value;
        var stored = _store.All<BudgetingRound>().Single();
        var tally = await _ballots.ReadTypesAsync(round);
        await results.StoreAsync(new BudgetingRoundResults(round, tally.Ballots, tally.Watermark, _clock.GetCurrentInstant(), stored.Outcomes(tally.Types, 10_000)));
        var readsBefore = _ballots.TypeReads;
        var after = (await reader.HandleAsync(new ReadBudgetingResults(_city.Id, round))).Value;

        before.Shown.Should().BeTrue();
        before.Results.Should().BeNull();
        before.Note.Should().Be(ReadBudgetingResultsHandler.BeingCounted);
        after.Results!.Outcome.Greedy.Funded.Should().StartWith(_park.Id.Value.ToString("D"));
        after.Results.Ballots.Should().Be(1);
        after.Note.Should().BeNull();
        _ballots.TypeReads.Should().Be(readsBefore, "a page view reads the stored record only");
        results.Reads.Should().Be(2);
    }

    [Fact]
    public async Task ReadResults_HidesTheResultsWhileVoting_WhenTheCharterSaysSo_AndSaysNoBallotsYetForAnEmptyRound()
    {
        var hidden = await OpenedRound(new GovernanceCharter { Budgeting = new BudgetingRules { ShowResultsWhileVoting = false } });
        var empty = await OpenedRound();
        var results = new InMemoryBudgetingResults();
        var stored = _store.All<BudgetingRound>().Single(r => r.Id == empty);
        await results.StoreAsync(new BudgetingRoundResults(empty, 0, 0, _clock.GetCurrentInstant(), stored.Outcomes(Array.Empty<BudgetingBallotType>(), 10_000)));
        var reader = new ReadBudgetingResultsHandler(_store, results, _clock);
        On(OpensOn);

        var hiddenView = (await reader.HandleAsync(new ReadBudgetingResults(_city.Id, hidden))).Value;
        var emptyView = (await reader.HandleAsync(new ReadBudgetingResults(_city.Id, empty))).Value;

        (hiddenView.Shown, hiddenView.Results, hiddenView.Note).Should().Be((false, null, ReadBudgetingResultsHandler.HiddenWhileVoting));
        emptyView.Note!.English.Should().Be("No ballots yet.");
        emptyView.Note.Persian.Should().Be("هنوز رأیی داده نشده است.");
        (await Cast(empty, _voter.Id, [_park.Id])).IsSuccess.Should().BeTrue("an empty round takes its first ballot");
    }

    private static CitizenIdea Accepted(string title)
    {
        var idea = CitizenIdea.Submit(
            CitizenIdeaId.New(), IdeaScenario.City(), ResidentId.New(), IdeaScenario.Draft(IdeaScenario.North, title: title), IdeaScenario.At(1403, 12, 1)).Value;
        idea.StartReview(IdeaScenario.Reviewer, IdeaScenario.At(1403, 12, 2), "بررسی").ThrowIfFailed();
        idea.Accept(IdeaScenario.Reviewer, IdeaScenario.At(1403, 12, 3), "پذیرفته شد").ThrowIfFailed();
        return idea;
    }

    private void On(LocalDate date) =>
        _clock.Reset(date.At(new LocalTime(10, 0)).InZoneStrictly(PersianDates.TimeZone).ToInstant());

    private Task<Result<Created<BudgetingRoundId>>> Open(OpenBudgetingRound command) =>
        new OpenBudgetingRoundHandler(_store, _clock).HandleAsync(command);

    private async Task<BudgetingRoundId> OpenedRound(GovernanceCharter? charter = null)
    {
        if (charter is not null)
        {
            var round = BudgetingRound.Open(BudgetingRoundId.New(), _city.Id, [_north.Id], null, "دور", new Rials(100), OpensOn, ClosesOn, charter, [(_park, new Rials(60)), (_lights, new Rials(40))]).Value;
            _store.With(round);
            return round.Id;
        }

        var opened = await Open(new OpenBudgetingRound(_city.Id, "دور", 100, [new(_park.Id, 60), new(_lights.Id, 40)], OpensOn, ClosesOn));
        return opened.Value.Id;
    }

    private Task<Result<Changed>> Cast(BudgetingRoundId round, ResidentId voter, IReadOnlyList<CitizenIdeaId>? approved) =>
        new CastBudgetBallotHandler(_store, _ballots, _clock).HandleAsync(new CastBudgetBallot(_city.Id, round, voter, approved));
}

/// <summary>The ballots' storage port in memory: one ballot per round and voter, replaced in place; counts its reads of ballot types.</summary>
internal sealed class InMemoryBudgetingBallots : IBudgetingBallots
{
    private readonly List<(BudgetingRoundBallot Ballot, long Change)> _rows = [];
    private long _change;

    public IReadOnlyList<BudgetingRoundBallot> Rows => [.. _rows.Select(r => r.Ballot)];

    public int TypeReads { get; private set; }

    public Task<Result<BudgetingBallotCast>> StoreAsync(BudgetingRoundBallot ballot, CancellationToken cancellationToken = default) =>
        StoreAllAsync([ballot], cancellationToken).ContinueWith(t => t.Result.IsSuccess ? Result.Success(t.Result.Value[0]) : Result.Failure<BudgetingBallotCast>([.. t.Result.Violations]), TaskScheduler.Default);

    public Task<Result<IReadOnlyList<BudgetingBallotCast>>> StoreAllAsync(IReadOnlyList<BudgetingRoundBallot> ballots, CancellationToken cancellationToken = default)
    {
        var events = new List<BudgetingBallotCast>();
        foreach (var ballot in ballots)
        {
            var replaced = _rows.RemoveAll(r => r.Ballot.RoundId == ballot.RoundId && r.Ballot.VoterId == ballot.VoterId) > 0;
            _rows.Add((ballot, ++_change));
            events.Add(new BudgetingBallotCast(ballot.RoundId, ballot.VoterId, replaced));
        }

        return Task.FromResult(Result.Success<IReadOnlyList<BudgetingBallotCast>>(events));
    }

    public Task<BudgetingBallotTally> ReadTypesAsync(BudgetingRoundId round, CancellationToken cancellationToken = default)
    {
        TypeReads++;
        var mine = _rows.Where(r => r.Ballot.RoundId == round).ToList();
        return Task.FromResult(new BudgetingBallotTally(BudgetingRound.TypesOf(mine.Select(r => r.Ballot)), mine.Count, mine.Count == 0 ? 0 : mine.Max(r => r.Change)));
    }

    public Task<long> WatermarkAsync(BudgetingRoundId round, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.Where(r => r.Ballot.RoundId == round).Select(r => r.Change).DefaultIfEmpty().Max());

    public Task<int> CountAsync(BudgetingRoundId round, CancellationToken cancellationToken = default) => Task.FromResult(_rows.Count(r => r.Ballot.RoundId == round));

    public Task<BudgetingRoundBallot?> FindAsync(BudgetingRoundId round, ResidentId voter, CancellationToken cancellationToken = default) =>
        Task.FromResult(_rows.Select(r => r.Ballot).FirstOrDefault(b => b.RoundId == round && b.VoterId == voter));

    public Task<IReadOnlyList<BudgetingRoundBallot>> ListAsync(BudgetingRoundId round, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BudgetingRoundBallot>>([.. _rows.Select(r => r.Ballot).Where(b => b.RoundId == round)]);

    public Task<BudgetingChannelBallots> ListByChannelAsync(BudgetingRoundId round, BallotChannel channel, int latest, CancellationToken cancellationToken = default)
    {
        var byChannel = _rows.Select(r => r.Ballot).Where(b => b.RoundId == round && b.Channel == channel).ToList();
        return Task.FromResult(new BudgetingChannelBallots(byChannel.Count, [.. byChannel.AsEnumerable().Reverse().Take(latest)]));
    }
}

/// <summary>The results' storage port in memory; counts its reads.</summary>
internal sealed class InMemoryBudgetingResults : IBudgetingResults
{
    private readonly Dictionary<BudgetingRoundId, BudgetingRoundResults> _results = [];

    public int Reads { get; private set; }

    public Task<BudgetingRoundResults?> ReadAsync(BudgetingRoundId round, CancellationToken cancellationToken = default)
    {
        Reads++;
        return Task.FromResult(_results.GetValueOrDefault(round));
    }

    public Task<bool> StoreAsync(BudgetingRoundResults results, CancellationToken cancellationToken = default)
    {
        _results[results.RoundId] = results;
        return Task.FromResult(true);
    }
}
