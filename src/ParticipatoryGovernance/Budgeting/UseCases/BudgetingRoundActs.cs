using NodaTime;
using ParticipatoryGovernance.Budgeting.Specifications;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Budgeting.UseCases;

/// <summary>One project of a round as the municipality entered it: an accepted idea and the cost put on it.</summary>
/// <param name="Idea">The accepted idea of this municipality.</param>
/// <param name="Cost">The cost in rials, as entered.</param>
public sealed record BudgetingProjectInput(CitizenIdeaId Idea, long Cost);

/// <summary>The municipality opens a participatory budgeting round for the whole city or one neighbourhood.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Title">The title, as typed.</param>
/// <param name="Budget">The budget in rials, as entered.</param>
/// <param name="Projects">The projects in ballot order: accepted ideas of this municipality with their costs.</param>
/// <param name="VotingOpensOn">The ISO-calendar date voting opens.</param>
/// <param name="VotingClosesOn">The ISO-calendar date of the last day of voting.</param>
/// <param name="Neighbourhood">The neighbourhood the round is for, or null for the whole city (every neighbourhood's residents vote).</param>
public sealed record OpenBudgetingRound(
    MunicipalityId Municipality,
    string? Title,
    long Budget,
    IReadOnlyList<BudgetingProjectInput>? Projects,
    LocalDate VotingOpensOn,
    LocalDate VotingClosesOn,
    NeighbourhoodId? Neighbourhood = null) : ICommand<Created<BudgetingRoundId>>;

/// <summary>Handles <see cref="OpenBudgetingRound"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class OpenBudgetingRoundHandler(IGovernanceStore store, IClock clock) : ICommandHandler<OpenBudgetingRound, Created<BudgetingRoundId>>
{
    private static readonly LocalizedText TitleName = new("عنوان دور بودجه", "round's title");
    private static readonly LocalizedText BudgetName = new("بودجهٔ دور", "round's budget");
    private static readonly LocalizedText CostName = new("هزینهٔ طرح", "project's cost");
    private static readonly LocalizedText OpensName = new("تاریخ آغاز رأی‌گیری", "date voting opens");
    private static readonly LocalizedText ClosesName = new("تاریخ پایان رأی‌گیری", "date voting closes");

    /// <inheritdoc />
    public async Task<Result<Created<BudgetingRoundId>>> HandleAsync(OpenBudgetingRound command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var municipality = await store.MunicipalityAsync(command.Municipality, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Created<BudgetingRoundId>>(municipality);
        }

        var today = clock.Today();
        var inputs = command.Projects?.Where(p => p is not null).ToList() ?? [];
        var refusals = new List<RuleViolation?>
        {
            UserText.Check(command.Title, BudgetingRound.MaxTitleLength, TitleName),
            RialsInput.Check(command.Budget, BudgetName),
            UseCaseRules.CheckDate(command.VotingOpensOn, today, OpensName),
            UseCaseRules.CheckDate(command.VotingClosesOn, today, ClosesName),
        };
        refusals.AddRange(inputs.Select(p => RialsInput.Check(p.Cost, CostName)).Distinct());

        List<NeighbourhoodId> area;
        if (command.Neighbourhood is { } only)
        {
            var neighbourhood = await store.NeighbourhoodAsync(command.Municipality, only, cancellationToken);
            refusals.AddRange(neighbourhood.Violations);
            area = [only];
        }
        else
        {
            area = [.. (await store.ListAsync(new NeighbourhoodsOfMunicipalitySpec(command.Municipality), cancellationToken)).Select(n => n.Id)];
        }

        var projects = new List<(CitizenIdea Idea, Rials Cost)>();
        foreach (var input in inputs)
        {
            var idea = await store.FindAsync(new CitizenIdeaByIdSpec(input.Idea), cancellationToken);
            if (idea is null || idea.MunicipalityId != command.Municipality)
            {
                refusals.Add(UseCaseRules.Missing(UseCaseRules.Things.Idea));
            }
            else if (input.Cost is >= 0 and <= RialsInput.MaxAmount)
            {
                projects.Add((idea, new Rials(input.Cost)));
            }
        }

        var refused = refusals.OfType<RuleViolation>().Distinct().ToArray();
        if (refused.Length > 0)
        {
            return Result.Failure<Created<BudgetingRoundId>>(refused);
        }

        var round = BudgetingRound.Open(
            BudgetingRoundId.New(),
            command.Municipality,
            area,
            command.Neighbourhood,
            UserText.Clean(command.Title!),
            new Rials(command.Budget),
            command.VotingOpensOn,
            command.VotingClosesOn,
            municipality.Value.Charter,
            projects);
        if (round.IsFailure)
        {
            return HandlerSteps.Fail<Created<BudgetingRoundId>>(round);
        }

        var stored = await store.AddAsync(round.Value, cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new Created<BudgetingRoundId>(round.Value.Id, stored.Value))
            : HandlerSteps.Fail<Created<BudgetingRoundId>>(stored);
    }
}

/// <summary>A resident casts, or replaces, their ballot in an open round, today, on the web.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Round">The round.</param>
/// <param name="Voter">The voter; a resident of this municipality.</param>
/// <param name="Approved">For an approval round, the ideas they approve; how many a ballot holds is the round's rule.</param>
/// <param name="Points">For a cumulative round, the points they give each project; null for an approval round.</param>
public sealed record CastBudgetBallot(
    MunicipalityId Municipality,
    BudgetingRoundId Round,
    ResidentId Voter,
    IReadOnlyList<CitizenIdeaId>? Approved,
    IReadOnlyList<BudgetingPoints>? Points = null) : ICommand<Changed>;

/// <summary>
/// Handles <see cref="CastBudgetBallot"/>: takes the round without its ballots (an open round may come from memory),
/// and lets the ballots' port read the voter and store, as its own row (an upsert on round and voter) with its event,
/// the ballot the round's rules make of them; requests arriving together share that read and that commit. The other
/// ballots are never read.
/// </summary>
/// <param name="store">The storage port.</param>
/// <param name="ballots">The ballots' storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CastBudgetBallotHandler(IGovernanceStore store, IBudgetingBallots ballots, IClock clock) : ICommandHandler<CastBudgetBallot, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(CastBudgetBallot command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var casting = new BallotCasting(clock.Now(), clock.Today());
        var round = await BallotSteps.BallotRoundAsync(store, ballots, command.Municipality, command.Round, casting.On, cancellationToken);
        if (round.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(round);
        }

        // The hot path: the voter lives in the round's area (or is not found at all). A voter of the city living
        // outside the area, or of another city, is told which after a second look below.
        var outsideArea = false;
        var stored = await ballots.CastAsync(
            round.Value.Id,
            command.Voter,
            voter =>
            {
                if (voter is null)
                {
                    return Result.Failure<BudgetingRoundBallot>(UseCaseRules.Missing(UseCaseRules.Things.Resident));
                }

                if (!round.Value.Area.Contains(voter.NeighbourhoodId))
                {
                    outsideArea = true;
                    return Result.Failure<BudgetingRoundBallot>(UseCaseRules.Missing(UseCaseRules.Things.Resident));
                }

                return BallotSteps.Check(round.Value, voter, command.Approved, command.Points, casting);
            },
            cancellationToken);
        if (outsideArea)
        {
            return await CastOutsideAreaAsync(command, round.Value, casting, cancellationToken);
        }

        return stored.IsSuccess ? Result.Success(new Changed([stored.Value])) : HandlerSteps.Fail<Changed>(stored);
    }

    // The voter was stored outside the round's area when the port read them: another city's resident is "not found";
    // the city's own resident gets the round's own refusal (or, having moved into the area meanwhile, a stored ballot).
    private async Task<Result<Changed>> CastOutsideAreaAsync(CastBudgetBallot command, BudgetingRound round, BallotCasting casting, CancellationToken cancellationToken)
    {
        var voter = await BallotSteps.VoterAsync(store, round, command.Voter, cancellationToken);
        if (voter.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(voter);
        }

        var ballot = BallotSteps.Check(round, voter.Value, command.Approved, command.Points, casting);
        if (ballot.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(ballot);
        }

        var stored = await ballots.StoreAsync(ballot.Value, cancellationToken);
        return stored.IsSuccess ? Result.Success(new Changed([stored.Value])) : HandlerSteps.Fail<Changed>(stored);
    }
}

/// <summary>One ballot of a batch, as received: from a clerk's pile of paper ballots or a USSD gateway.</summary>
/// <param name="Voter">The voter.</param>
/// <param name="Approved">For an approval round, the ideas approved.</param>
/// <param name="Points">For a cumulative round, the points per project.</param>
public sealed record BudgetBallotEntry(ResidentId Voter, IReadOnlyList<CitizenIdeaId>? Approved, IReadOnlyList<BudgetingPoints>? Points = null);

/// <summary>
/// A batch of ballots for one round, checked one by one with the same rules as a single ballot; the accepted ones are
/// stored in one transaction, and each refused one is reported with its reasons.
/// </summary>
/// <param name="Municipality">The city.</param>
/// <param name="Round">The round.</param>
/// <param name="Ballots">The ballots; a voter appears once (a second entry for a voter is refused).</param>
/// <param name="Channel">How the batch arrived: <see cref="BallotChannel.Paper"/> (a clerk) or <see cref="BallotChannel.Ussd"/> (a gateway).</param>
/// <param name="EnteredBy">The clerk who entered paper ballots (their staff id); required for paper.</param>
public sealed record CastBudgetBallots(
    MunicipalityId Municipality,
    BudgetingRoundId Round,
    IReadOnlyList<BudgetBallotEntry>? Ballots,
    BallotChannel Channel,
    string? EnteredBy = null) : ICommand<BallotsCast>;

/// <summary>A ballot of a batch that was refused, and why.</summary>
/// <param name="Index">Its position in the batch, from 0.</param>
/// <param name="Voter">The voter it named.</param>
/// <param name="Violations">The reasons, in Persian and English.</param>
public sealed record BallotRefusal(int Index, ResidentId Voter, IReadOnlyList<RuleViolation> Violations);

/// <summary>What a batch of ballots produced: the events of the stored ballots and the refused ones.</summary>
/// <param name="Stored">How many ballots were stored.</param>
/// <param name="Refused">The refused ballots, in batch order.</param>
/// <param name="Events">The stored ballots' events.</param>
public sealed record BallotsCast(int Stored, IReadOnlyList<BallotRefusal> Refused, IReadOnlyList<IDomainEvent> Events);

/// <summary>Handles <see cref="CastBudgetBallots"/>: one read of the round, one of the voters, one transaction for the accepted ballots.</summary>
/// <param name="store">The storage port.</param>
/// <param name="ballots">The ballots' storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class CastBudgetBallotsHandler(IGovernanceStore store, IBudgetingBallots ballots, IClock clock) : ICommandHandler<CastBudgetBallots, BallotsCast>
{
    /// <summary>The most ballots one batch holds.</summary>
    public const int MaxBatch = 10_000;

    private static readonly LocalizedText BatchName = new("برگه‌های رأی یک دسته", "ballots in one batch");

    /// <inheritdoc />
    public async Task<Result<BallotsCast>> HandleAsync(CastBudgetBallots command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var entries = command.Ballots ?? [];
        if (entries.Count > MaxBatch)
        {
            return Result.Failure<BallotsCast>(UseCaseRules.TooManyOf(BatchName, MaxBatch));
        }

        var round = await BallotSteps.RoundAsync(store, command.Municipality, command.Round, cancellationToken);
        if (round.IsFailure)
        {
            return HandlerSteps.Fail<BallotsCast>(round);
        }

        var voterIds = entries.Where(e => e is not null).Select(e => e.Voter).Distinct().ToList();
        var voters = (await store.ListAsync(new BudgetingVotersSpec(voterIds), cancellationToken)).ToDictionary(r => r.Id);
        var city = (await store.ListAsync(new NeighbourhoodsOfMunicipalitySpec(command.Municipality), cancellationToken)).Select(n => n.Id).ToHashSet();
        var casting = new BallotCasting(clock.Now(), clock.Today(), command.Channel, command.EnteredBy);
        var accepted = new List<BudgetingRoundBallot>();
        var refused = new List<BallotRefusal>();
        var seen = new HashSet<ResidentId>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null)
            {
                refused.Add(new BallotRefusal(i, default, [UseCaseRules.Missing(UseCaseRules.Things.Resident)]));
                continue;
            }

            if (!seen.Add(entry.Voter))
            {
                refused.Add(new BallotRefusal(i, entry.Voter, [RuleViolation.Of(
                    BudgetingRuleIds.VoterRepeated,
                    "این شهروند برگهٔ دیگری در همین دسته دارد؛ هر دسته از هر رأی‌دهنده یک برگه می‌پذیرد.",
                    "This voter has another ballot in the same batch; a batch takes one ballot per voter.")]));
                continue;
            }

            // A resident of another city is "not found", as for a single ballot; the round's area decides the rest.
            if (!voters.TryGetValue(entry.Voter, out var voter) || !city.Contains(voter.NeighbourhoodId))
            {
                refused.Add(new BallotRefusal(i, entry.Voter, [UseCaseRules.Missing(UseCaseRules.Things.Resident)]));
                continue;
            }

            // A paper ballot never replaces one already stored: a clerk typing a ballot twice, or a resident who voted
            // on the web and in the box, is refused with the reason rather than silently overwriting the first.
            if (command.Channel == BallotChannel.Paper && await ballots.FindAsync(command.Round, entry.Voter, cancellationToken) is { } existing)
            {
                refused.Add(new BallotRefusal(i, entry.Voter, [RuleViolation.Of(
                    BudgetingRuleIds.PaperVoterHasBallot,
                    existing.Channel == BallotChannel.Paper
                        ? "برگهٔ کاغذی این شهروند پیش‌تر وارد شده است؛ هر شهروند یک برگه دارد."
                        : "این شهروند پیش‌تر در این دور رأی داده است (نه با برگهٔ کاغذی)؛ برگهٔ کاغذی جای آن را نمی‌گیرد.",
                    existing.Channel == BallotChannel.Paper
                        ? "This resident's paper ballot has already been entered; each resident has one ballot."
                        : "This resident has already voted in this round (not on paper); a paper ballot does not replace it.")]));
                continue;
            }

            var ballot = BallotSteps.Check(round.Value, voter, entry.Approved, entry.Points, casting);
            if (ballot.IsFailure)
            {
                refused.Add(new BallotRefusal(i, entry.Voter, [.. ballot.Violations]));
            }
            else
            {
                accepted.Add(ballot.Value);
            }
        }

        if (accepted.Count == 0)
        {
            return Result.Success(new BallotsCast(0, refused, []));
        }

        var stored = await ballots.StoreAllAsync(accepted, cancellationToken);
        return stored.IsSuccess
            ? Result.Success(new BallotsCast(accepted.Count, refused, [.. stored.Value]))
            : HandlerSteps.Fail<BallotsCast>(stored);
    }
}

/// <summary>The municipality closes voting in a round, after its last day.</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Round">The round.</param>
public sealed record CloseBudgetingRound(MunicipalityId Municipality, BudgetingRoundId Round) : ICommand<Changed>;

/// <summary>Handles <see cref="CloseBudgetingRound"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="ballots">The ballots' storage port, for the count the event records.</param>
/// <param name="clock">The clock.</param>
public sealed class CloseBudgetingRoundHandler(IGovernanceStore store, IBudgetingBallots ballots, IClock clock) : ICommandHandler<CloseBudgetingRound, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(CloseBudgetingRound command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        var count = await ballots.CountAsync(command.Round, cancellationToken);
        return await RoundChanges.ChangeAsync(store, command.Municipality, command.Round, [], round => round.Close(today, count), cancellationToken);
    }
}

/// <summary>Reads a round's stored results for a page: never computes them (a background worker does).</summary>
/// <param name="Municipality">The city.</param>
/// <param name="Round">The round.</param>
public sealed record ReadBudgetingResults(MunicipalityId Municipality, BudgetingRoundId Round) : ICommand<BudgetingResultsView>;

/// <summary>What a page shows of a round's results.</summary>
/// <param name="Round">The round (without ballots).</param>
/// <param name="Shown">Whether results may be shown today (<see cref="BudgetingRound.MayShowResults"/>).</param>
/// <param name="Results">The stored results when shown and computed; <see langword="null"/> otherwise.</param>
/// <param name="Note">What to say instead of, or above, the results: no ballots yet, hidden while voting, being counted; null when the results are simply shown.</param>
public sealed record BudgetingResultsView(BudgetingRound Round, bool Shown, BudgetingRoundResults? Results, LocalizedText? Note);

/// <summary>Handles <see cref="ReadBudgetingResults"/>: two reads (the round, its stored results), no computation.</summary>
/// <param name="store">The storage port.</param>
/// <param name="results">The stored results.</param>
/// <param name="clock">The clock.</param>
public sealed class ReadBudgetingResultsHandler(IGovernanceStore store, IBudgetingResults results, IClock clock) : ICommandHandler<ReadBudgetingResults, BudgetingResultsView>
{
    /// <summary>Shown for a round nobody has voted in yet.</summary>
    public static readonly LocalizedText NoBallotsYet = new("هنوز رأیی داده نشده است.", "No ballots yet.");

    /// <summary>Shown while voting is open in a round whose charter hides results until it closes.</summary>
    public static readonly LocalizedText HiddenWhileVoting = new("نتیجه پس از پایان رأی‌گیری نمایش داده می‌شود.", "Results are shown once voting has closed.");

    /// <summary>Shown when ballots exist but their results have not been computed yet.</summary>
    public static readonly LocalizedText BeingCounted = new("رأی‌ها در حال شمارش است؛ کمی بعد دوباره ببینید.", "The ballots are being counted; look again shortly.");

    /// <inheritdoc />
    public async Task<Result<BudgetingResultsView>> HandleAsync(ReadBudgetingResults command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var round = await BallotSteps.RoundAsync(store, command.Municipality, command.Round, cancellationToken);
        if (round.IsFailure)
        {
            return HandlerSteps.Fail<BudgetingResultsView>(round);
        }

        var found = round.Value;
        if (!found.MayShowResults(clock.Today()))
        {
            return Result.Success(new BudgetingResultsView(found, false, null, HiddenWhileVoting));
        }

        var stored = await results.ReadAsync(found.Id, cancellationToken);
        var note = stored is null ? BeingCounted : stored.Ballots == 0 ? NoBallotsYet : null;
        return Result.Success(new BudgetingResultsView(found, true, stored, note));
    }
}

/// <summary>The steps the ballot commands share: the round of the city, read without ballots, and the check by kind.</summary>
internal static class BallotSteps
{
    // The hot path of a ballot: the round (without ballots) and the voter, two reads. The municipality and the voter's
    // neighbourhood are read only when needed to say which record is missing or whether a resident of the city lives
    // outside the round's area.
    /// <summary>
    /// The round as a single ballot is checked against it: through the ballots' port, which may keep an open round in
    /// memory. That copy is exact while voting is open (a round closes only after its last day); on any other day the
    /// round is read from the store, so a late ballot gets the same answer as without the copy.
    /// </summary>
    public static async Task<Result<BudgetingRound>> BallotRoundAsync(IGovernanceStore store, IBudgetingBallots ballots, MunicipalityId municipality, BudgetingRoundId roundId, LocalDate on, CancellationToken cancellationToken)
    {
        var round = await ballots.FindRoundAsync(roundId, cancellationToken);
        return round is not null && round.MunicipalityId == municipality && round.IsVotingOpenOn(on)
            ? Result.Success(round)
            : await RoundAsync(store, municipality, roundId, cancellationToken);
    }

    public static async Task<Result<BudgetingRound>> RoundAsync(IGovernanceStore store, MunicipalityId municipality, BudgetingRoundId roundId, CancellationToken cancellationToken)
    {
        var round = await store.FindAsync(new BudgetingRoundByIdSpec(roundId), cancellationToken);
        if (round is not null && round.MunicipalityId == municipality)
        {
            return Result.Success(round);
        }

        var city = await store.MunicipalityAsync(municipality, cancellationToken);
        return city.IsFailure
            ? HandlerSteps.Fail<BudgetingRound>(city)
            : Result.Failure<BudgetingRound>(UseCaseRules.Missing(UseCaseRules.Things.Round));
    }

    /// <summary>A resident of the round's city; another city's resident is "not found", as everywhere.</summary>
    public static async Task<Result<Resident>> VoterAsync(IGovernanceStore store, BudgetingRound round, ResidentId voterId, CancellationToken cancellationToken)
    {
        var voter = await store.FindAsync(new ResidentByIdSpec(voterId), cancellationToken);
        if (voter is null)
        {
            return Result.Failure<Resident>(UseCaseRules.Missing(UseCaseRules.Things.Resident));
        }

        if (round.Area.Contains(voter.NeighbourhoodId))
        {
            return Result.Success(voter);
        }

        var home = await store.NeighbourhoodAsync(round.MunicipalityId, voter.NeighbourhoodId, cancellationToken);
        return home.IsSuccess ? Result.Success(voter) : Result.Failure<Resident>(UseCaseRules.Missing(UseCaseRules.Things.Resident));
    }

    public static Result<BudgetingRoundBallot> Check(BudgetingRound round, Resident voter, IReadOnlyList<CitizenIdeaId>? approved, IReadOnlyList<BudgetingPoints>? points, BallotCasting casting) =>
        round.BallotKind == BudgetingBallotKind.Cumulative && (points is not null || approved is null)
            ? round.CheckBallot(voter, points?.Where(p => p is not null) ?? [], casting)
            : round.CheckBallot(voter, approved?.ToList() ?? [], casting);
}

/// <summary>The one path every change to a stored round takes: municipality, input refusals, retried change within the city.</summary>
internal static class RoundChanges
{
    public static async Task<Result<Changed>> ChangeAsync(
        IGovernanceStore store,
        MunicipalityId municipalityId,
        BudgetingRoundId roundId,
        IEnumerable<RuleViolation> inputRefusals,
        Func<BudgetingRound, Result> change,
        CancellationToken cancellationToken)
    {
        var municipality = await store.MunicipalityAsync(municipalityId, cancellationToken);
        if (municipality.IsFailure)
        {
            return HandlerSteps.Fail<Changed>(municipality);
        }

        var refusals = inputRefusals.ToArray();
        if (refusals.Length > 0)
        {
            return Result.Failure<Changed>(refusals);
        }

        var stored = await store.ChangeAsync(
            new BudgetingRoundByIdSpec(roundId),
            HandlerSteps.Within<BudgetingRound>(r => r.MunicipalityId, municipalityId, UseCaseRules.Things.Round, change),
            cancellationToken);
        return stored.Done();
    }
}
