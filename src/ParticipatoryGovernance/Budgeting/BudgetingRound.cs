using NodaTime;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// A participatory budgeting round of a municipality or one neighbourhood: a budget in whole rials, accepted citizen
/// ideas as projects with their costs, a voting window, and one approval ballot per eligible resident, changeable until
/// voting closes. Once closed, it yields its <see cref="BudgetingElection"/> and the outcomes under greedy and under the
/// Method of Equal Shares with pabulib's Add1 completion (ADR 0027), each project explained in Persian and English, and exports as pabulib.
/// </summary>
/// <remarks>
/// <para>
/// Eligibility and the number of projects per ballot come from the charter's <see cref="BudgetingRules"/> when the round
/// opens, and stay with the round. A voter is eligible when they live in one of the round's neighbourhoods (the one
/// neighbourhood, or every neighbourhood of the municipality listed at opening) and are at least
/// <see cref="MinimumVoterAge"/> on the day voting opens. Dates are ISO-calendar <see cref="LocalDate"/>s shown in
/// Solar Hijri through <see cref="PersianDates"/>.
/// </para>
/// <para>A refused operation returns a failed <see cref="Result"/> and leaves the round unchanged. An aggregate root: mutable, not thread-safe.</para>
/// </remarks>
public sealed class BudgetingRound : AggregateRoot<BudgetingRoundId>
{
    /// <summary>The longest title accepted.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>
    /// The most projects a round holds: with each cost at most the budget and the budget at most
    /// <see cref="Rials.MaxEnteredAmount"/>, no sum of costs can pass 10¹⁸, well inside a <see cref="long"/>.
    /// </summary>
    public const int MaxProjects = 1000;

    private readonly List<BudgetingRoundProject> _projects = [];
    private readonly List<NeighbourhoodId> _area = [];
    private Dictionary<CitizenIdeaId, int>? _projectIndex;

    private BudgetingRound(
        BudgetingRoundId id,
        MunicipalityId municipalityId,
        NeighbourhoodId? neighbourhoodId,
        string title,
        Rials budget,
        LocalDate votingOpensOn,
        LocalDate votingClosesOn,
        BudgetingRules rules)
        : base(id)
    {
        MunicipalityId = municipalityId;
        NeighbourhoodId = neighbourhoodId;
        Title = title;
        Budget = budget;
        VotingOpensOn = votingOpensOn;
        VotingClosesOn = votingClosesOn;
        MinimumVoterAge = rules.MinimumVoterAge;
        MinimumProjectsPerBallot = rules.MinimumProjectsPerBallot;
        MaximumProjectsPerBallot = rules.MaximumProjectsPerBallot;
        BallotKind = rules.BallotKind;
        MaximumPointsPerProject = rules.MaximumPointsPerProject;
        MaximumPointsPerBallot = rules.MaximumPointsPerBallot;
        ShowResultsWhileVoting = rules.ShowResultsWhileVoting;
    }

    // For object-relational mappers.
    private BudgetingRound()
        : base(default) => Title = null!;

    /// <summary>The municipality running the round.</summary>
    public MunicipalityId MunicipalityId { get; private set; }

    /// <summary>The neighbourhood the round is for, or <see langword="null"/> for the whole municipality.</summary>
    public NeighbourhoodId? NeighbourhoodId { get; private set; }

    /// <summary>The title, such as «بودجهٔ مشارکتی ۱۴۰۴ محلهٔ ...».</summary>
    public string Title { get; private set; }

    /// <summary>The budget in whole rials.</summary>
    public Rials Budget { get; private set; }

    /// <summary>The ISO-calendar date voting opens; voters' ages are measured on it.</summary>
    public LocalDate VotingOpensOn { get; private set; }

    /// <summary>The ISO-calendar date voting closes: the last day a ballot is accepted or changed.</summary>
    public LocalDate VotingClosesOn { get; private set; }

    /// <summary>The youngest age at which a resident may vote, from the charter when the round opened.</summary>
    public int MinimumVoterAge { get; private set; }

    /// <summary>The fewest projects a ballot approves, from the charter when the round opened.</summary>
    public int MinimumProjectsPerBallot { get; private set; }

    /// <summary>The most projects a ballot approves, from the charter when the round opened.</summary>
    public int MaximumProjectsPerBallot { get; private set; }

    /// <summary>What ballots say (approvals or points), from the charter when the round opened.</summary>
    public BudgetingBallotKind BallotKind { get; private set; }

    /// <summary>For a cumulative round, the most points a ballot gives one project, from the charter when the round opened.</summary>
    public int MaximumPointsPerProject { get; private set; }

    /// <summary>For a cumulative round, the most points a ballot gives in all, from the charter when the round opened.</summary>
    public int MaximumPointsPerBallot { get; private set; }

    /// <summary>Whether results are shown while voting is open, from the charter when the round opened.</summary>
    public bool ShowResultsWhileVoting { get; private set; }

    /// <summary>The ISO-calendar date voting was closed, or <see langword="null"/> while the round is open.</summary>
    public LocalDate? ClosedOn { get; private set; }

    /// <summary>Whether voting has been closed.</summary>
    public bool IsClosed => ClosedOn is not null;

    /// <summary>The projects, in the order they were listed when the round opened (the order ties at the budget boundary follow under PROJECTS order; see docs/budgeting.md).</summary>
    public IReadOnlyList<BudgetingRoundProject> Projects => _projects;

    /// <summary>The neighbourhoods whose residents may vote.</summary>
    public IReadOnlyList<NeighbourhoodId> Area => _area;

    /// <summary>
    /// Opens a round: checks that every project is an accepted idea of the municipality (for a neighbourhood round, an
    /// idea for that neighbourhood), listed once, with a cost within the budget, and that the window is well formed.
    /// </summary>
    /// <param name="id">The new round's id.</param>
    /// <param name="municipalityId">The municipality.</param>
    /// <param name="area">The neighbourhoods whose residents vote: the one neighbourhood of a neighbourhood round, or all the municipality's.</param>
    /// <param name="forNeighbourhood">The neighbourhood the round is for, or <see langword="null"/> for the whole municipality.</param>
    /// <param name="title">The title; 1 to <see cref="MaxTitleLength"/> characters.</param>
    /// <param name="budget">The budget; more than zero.</param>
    /// <param name="votingOpensOn">The date voting opens.</param>
    /// <param name="votingClosesOn">The last day of voting; not before it opens.</param>
    /// <param name="charter">The municipality's charter; its <see cref="GovernanceCharter.Budgeting"/> rules are copied into the round.</param>
    /// <param name="projects">The ideas and the costs the municipality put on them, in ballot order.</param>
    /// <returns>The round; or a failure naming the first broken rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="municipalityId"/> is empty.</exception>
    public static Result<BudgetingRound> Open(
        BudgetingRoundId id,
        MunicipalityId municipalityId,
        IEnumerable<NeighbourhoodId> area,
        NeighbourhoodId? forNeighbourhood,
        string title,
        Rials budget,
        LocalDate votingOpensOn,
        LocalDate votingClosesOn,
        GovernanceCharter charter,
        IEnumerable<(CitizenIdea Idea, Rials Cost)> projects)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(charter);
        ArgumentNullException.ThrowIfNull(projects);
        if (id.Value == Guid.Empty || municipalityId.Value == Guid.Empty)
        {
            throw new ArgumentException("The round and municipality ids must not be empty.", nameof(id));
        }

        var areaList = area.Distinct().ToList();
        var list = projects.ToList();
        votingOpensOn = votingOpensOn.WithCalendar(CalendarSystem.Iso);
        votingClosesOn = votingClosesOn.WithCalendar(CalendarSystem.Iso);
        var violation = CheckOpening(municipalityId, areaList, forNeighbourhood, title, budget, votingOpensOn, votingClosesOn, list);
        if (violation is not null)
        {
            return Result.Failure<BudgetingRound>(violation);
        }

        var round = new BudgetingRound(id, municipalityId, forNeighbourhood, title.Trim(), budget, votingOpensOn, votingClosesOn, charter.Budgeting);
        round._area.AddRange(areaList);
        round._projects.AddRange(list.Select(p => new BudgetingRoundProject(p.Idea.Id, p.Idea.Title, p.Cost)));
        round.Raise(new BudgetingRoundOpened(id, budget, votingOpensOn, votingClosesOn));
        return Result.Success(round);
    }

    /// <summary>
    /// Checks an approval ballot against the round's rules, without storing it: voting open on the casting's date, the
    /// voter living in the round's area and old enough, the ballot approving from the fewest to the most projects the
    /// charter allows, each a project of the round and listed once, and a paper ballot naming its clerk.
    /// </summary>
    /// <param name="voter">The voter.</param>
    /// <param name="approved">The projects' ideas they approve.</param>
    /// <param name="casting">When and how the ballot was cast.</param>
    /// <returns>The ballot to store (projects in the round's order), replacing any earlier ballot of the voter; or the first broken rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Result<BudgetingRoundBallot> CheckBallot(Resident voter, IEnumerable<CitizenIdeaId> approved, BallotCasting casting)
    {
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(casting);
        var ballot = approved.ToList();
        var violation = CheckCasting(voter, casting)
            ?? (BallotKind == BudgetingBallotKind.Approval ? null : WrongKind())
            ?? CheckApprovals(ballot);
        if (violation is not null)
        {
            return Result.Failure<BudgetingRoundBallot>(violation);
        }

        var ordered = ballot.OrderBy(ProjectIndex).ToList();
        return Result.Success(new BudgetingRoundBallot(Id, voter.Id, ordered, [], casting.At, casting.Channel, casting.EnteredBy));
    }

    /// <summary>
    /// Checks a cumulative ballot against the round's rules, without storing it: as for an approval ballot, and each
    /// project given 1 to <see cref="MaximumPointsPerProject"/> points, at most <see cref="MaximumPointsPerBallot"/> in all.
    /// </summary>
    /// <param name="voter">The voter.</param>
    /// <param name="points">The points per project; each project listed once.</param>
    /// <param name="casting">When and how the ballot was cast.</param>
    /// <returns>The ballot to store (projects in the round's order, with their points); or the first broken rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="points"/> holds null.</exception>
    public Result<BudgetingRoundBallot> CheckBallot(Resident voter, IEnumerable<BudgetingPoints> points, BallotCasting casting)
    {
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(casting);
        var ballot = points.ToList();
        foreach (var entry in ballot)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(points));
        }

        var violation = CheckCasting(voter, casting)
            ?? (BallotKind == BudgetingBallotKind.Cumulative ? null : WrongKind())
            ?? CheckPoints(ballot);
        if (violation is not null)
        {
            return Result.Failure<BudgetingRoundBallot>(violation);
        }

        var ordered = ballot.OrderBy(p => ProjectIndex(p.Project)).ToList();
        return Result.Success(new BudgetingRoundBallot(
            Id, voter.Id, [.. ordered.Select(p => p.Project)], [.. ordered.Select(p => p.Points)], casting.At, casting.Channel, casting.EnteredBy));
    }

    /// <summary>The position of a project in the round's ballot order, or -1 when the idea is not a project of the round.</summary>
    /// <param name="idea">The idea.</param>
    /// <returns>The zero-based position, or -1.</returns>
    public int ProjectIndex(CitizenIdeaId idea) => (_projectIndex ??= _projects.Select((p, i) => (p.IdeaId, i)).ToDictionary(x => x.IdeaId, x => x.i)).TryGetValue(idea, out var i) ? i : -1;

    /// <summary>
    /// Whether the results may be shown on a day: once voting has closed or its last day has passed, and while it is
    /// open when the charter's <see cref="BudgetingRules.ShowResultsWhileVoting"/> allowed it.
    /// </summary>
    /// <param name="today">The date in the city.</param>
    /// <returns><see langword="true"/> when results may be shown.</returns>
    public bool MayShowResults(LocalDate today) => IsClosed || today.WithCalendar(CalendarSystem.Iso) > VotingClosesOn || ShowResultsWhileVoting;

    /// <summary>
    /// Whether ballots are taken on a day: not closed, and the day within the voting window. A round is closed only
    /// after its last day (<see cref="Close"/>), so while this holds its copy read earlier is still exact.
    /// </summary>
    /// <param name="on">The date in the city.</param>
    /// <returns><see langword="true"/> when voting is open that day.</returns>
    public bool IsVotingOpenOn(LocalDate on) => CheckVotingOpen(on.WithCalendar(CalendarSystem.Iso)) is null;

    /// <summary>Closes voting, after its last day.</summary>
    /// <param name="on">The date; after <see cref="VotingClosesOn"/>.</param>
    /// <param name="ballots">The number of ballots cast, for the event.</param>
    /// <returns>Success; or a failure when already closed or voting is still open that day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ballots"/> is negative.</exception>
    public Result Close(LocalDate on, int ballots)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ballots);
        on = on.WithCalendar(CalendarSystem.Iso);
        if (ClosedOn is { } closed)
        {
            return Result.Failure(AlreadyClosed(closed));
        }

        if (on <= VotingClosesOn)
        {
            return Result.Failure(RuleViolation.Of(
                BudgetingRuleIds.VotingStillOpen,
                $"رأی‌گیری تا پایان {PersianDates.Format(VotingClosesOn)} باز است؛ از فردای آن روز می‌توان آن را بست.",
                $"Voting is open until the end of {VotingClosesOn}; it can be closed from the next day."));
        }

        ClosedOn = on;
        Raise(new BudgetingRoundClosed(Id, on, ballots));
        return Result.Success();
    }

    /// <summary>
    /// The round with its ballots as an approval election: budget in rials, projects in ballot order with ids
    /// <see cref="BudgetingRoundProject.ProjectId"/>, one ballot per voter (voter id: the resident's GUID), and META
    /// naming the round. A cumulative round's ballots become approvals of the projects given points.
    /// </summary>
    /// <param name="ballots">The round's ballots, one per voter.</param>
    /// <returns>The election.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ballots"/> is null.</exception>
    /// <exception cref="ArgumentException">A voter has two ballots, or a ballot names an idea that is not a project of the round.</exception>
    public BudgetingElection ToElection(IEnumerable<BudgetingRoundBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        return ToElection(ballots.Select(BallotOf), 1);
    }

    /// <summary>
    /// The round's outcomes under both rules from its ballots grouped into types (as <see cref="IBudgetingBallots.ReadTypesAsync"/>
    /// reads them), each project explained in Persian and English: greedy (most approvals first, ties in ballot order)
    /// and the Method of Equal Shares with pabulib's Add1 completion (<see cref="EqualSharesCompletion.Add1WithinBudget"/>)
    /// raising every voter's share by <paramref name="add1StepPerVoter"/> rials at a time (the charter's
    /// <c>BudgetingRules.Add1StepPerVoter</c>). Available while voting is open (the results so far) and once closed.
    /// A round without ballots funds nothing and says so. A cumulative round is counted by greedy on points and by
    /// Equal Shares with the points as utilities (<see cref="CumulativeEqualShares"/>).
    /// </summary>
    /// <param name="ballots">The ballot types with their counts.</param>
    /// <param name="add1StepPerVoter">Rials added to each voter's share per Add1 step; 1 or more.</param>
    /// <returns>The outcomes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ballots"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="add1StepPerVoter"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">A ballot names an idea that is not a project of the round.</exception>
    public BudgetingRoundOutcome Outcomes(IReadOnlyCollection<BudgetingBallotType> ballots, long add1StepPerVoter)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentOutOfRangeException.ThrowIfLessThan(add1StepPerVoter, 1);
        var count = ballots.Sum(t => (long)t.Count);
        if (count == 0)
        {
            return NoBallotsYet();
        }

        // Greedy ranks by score: approvals, or on a cumulative round the points given. Equal Shares weighs a voter's
        // utility as the project's cost on approval ballots and as the points given on cumulative ones.
        var election = BudgetingElection.FromTypes(Budget.Amount, ElectionProjects(), Weighted(ballots), ElectionMeta(add1StepPerVoter), ElectionVoteType);
        return new BudgetingRoundOutcome(
            GreedyApproval.Explain(election, new GreedyOptions { TieBreak = GreedyTieBreak.ProjectOrder }),
            EqualSharesOf(election, add1StepPerVoter),
            (int)count);
    }

    /// <summary>As <see cref="Outcomes(IReadOnlyCollection{BudgetingBallotType}, long)"/>, from the ballots themselves.</summary>
    /// <param name="ballots">The round's ballots, one per voter.</param>
    /// <param name="add1StepPerVoter">Rials added to each voter's share per Add1 step; 1 or more.</param>
    /// <returns>The outcomes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ballots"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="add1StepPerVoter"/> is less than 1.</exception>
    public BudgetingRoundOutcome Outcomes(IEnumerable<BudgetingRoundBallot> ballots, long add1StepPerVoter)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        return Outcomes(TypesOf(ballots), add1StepPerVoter);
    }

    /// <summary>Groups ballots into types with their counts, in order of first appearance.</summary>
    /// <param name="ballots">The ballots.</param>
    /// <returns>The types.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ballots"/> is null.</exception>
    public static IReadOnlyList<BudgetingBallotType> TypesOf(IEnumerable<BudgetingRoundBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var types = new List<BudgetingBallotType>();
        foreach (var ballot in ballots)
        {
            var key = string.Join(',', ballot.Approved.Select(i => i.Value.ToString("N"))) + "|" + string.Join(',', ballot.Points);
            if (index.TryGetValue(key, out var at))
            {
                types[at] = types[at] with { Count = types[at].Count + 1 };
            }
            else
            {
                index.Add(key, types.Count);
                types.Add(new BudgetingBallotType(ballot.Approved, ballot.Points, 1));
            }
        }

        return types;
    }

    /// <summary>
    /// Writes a closed round as a pabulib file, rule <c>equalshares/add1</c> with META <c>add1_step_per_voter</c> when
    /// <paramref name="add1StepPerVoter"/> is not 1, and the Equal Shares outcome at that step in the <c>selected</c>
    /// column; <see cref="PabulibRules.Select"/> on the file gives the same projects.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="ballots">The round's ballots, one per voter.</param>
    /// <param name="add1StepPerVoter">Rials added to each voter's share per Add1 step (the charter's <c>BudgetingRules.Add1StepPerVoter</c>); 1 or more.</param>
    /// <returns>Success; or a failure while voting is open.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="ballots"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="add1StepPerVoter"/> is less than 1.</exception>
    public Result ExportPabulib(TextWriter writer, IEnumerable<BudgetingRoundBallot> ballots, long add1StepPerVoter)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentOutOfRangeException.ThrowIfLessThan(add1StepPerVoter, 1);
        if (ClosedOn is null)
        {
            return Result.Failure(NotClosed());
        }

        var election = ToElection(ballots.Select(BallotOf), add1StepPerVoter);
        PabulibFile.Write(election, writer, EqualSharesOf(election, add1StepPerVoter).Funded);
        return Result.Success();
    }

    /// <summary>
    /// The round as an election whose META names the rule the round is decided by: <c>equalshares/add1</c> (pabulib's
    /// Add1, <see cref="EqualSharesCompletion.Add1WithinBudget"/>), with <c>add1_step_per_voter</c> when the step is
    /// not 1, so that <see cref="PabulibRules.Select"/> on the election (or on its export) gives the round's outcome.
    /// </summary>
    private BudgetingElection ToElection(IEnumerable<BudgetingBallot> ballots, long add1StepPerVoter) =>
        new(Budget.Amount, ElectionProjects(), ballots, ElectionMeta(add1StepPerVoter), ElectionVoteType);

    private IEnumerable<BudgetingProject> ElectionProjects() =>
        _projects.Select(p => new BudgetingProject(p.ProjectId, p.Cost.Amount, [new("name", p.Title)]));

    private BudgetingVoteType ElectionVoteType => BallotKind == BudgetingBallotKind.Cumulative ? BudgetingVoteType.Cumulative : BudgetingVoteType.Approval;

    private KeyValuePair<string, string>[] ElectionMeta(long add1StepPerVoter) =>
        [
            new("description", Title),
            new("country", "Iran"),
            new("unit", MunicipalityId.Value.ToString("D")),
            new("instance", VotingOpensOn.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture)),
            new("vote_type", BallotKind == BudgetingBallotKind.Cumulative ? "cumulative" : "approval"),
            new("rule", "equalshares/add1"),
            new("date_begin", VotingOpensOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)),
            new("date_end", VotingClosesOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)),
            new("min_length", MinimumProjectsPerBallot.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("max_length", MaximumProjectsPerBallot.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("currency", "IRR"),
            .. add1StepPerVoter == 1
                ? Array.Empty<KeyValuePair<string, string>>()
                : [new(PabulibRules.Add1StepPerVoterKey, add1StepPerVoter.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        ];

    // The rules count each ballot type once with its count, never a ballot object per voter: a city's round holds
    // millions of ballots in far fewer types. Project ids are shared strings, made once per type.
    private IEnumerable<(BudgetingBallot Ballot, int Count)> Weighted(IEnumerable<BudgetingBallotType> types)
    {
        var cumulative = BallotKind == BudgetingBallotKind.Cumulative;
        var index = 0;
        foreach (var type in types)
        {
            if (type.Count == 0)
            {
                continue;
            }

            var ids = type.Approved.Select(ProjectIdOf).ToArray();
            var voter = (index++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return (cumulative ? BudgetingBallot.WithPoints(voter, ids, type.Points.Select(p => (long)p)) : new BudgetingBallot(voter, ids), type.Count);
        }
    }

    private BudgetingBallot BallotOf(BudgetingRoundBallot ballot)
    {
        var voter = ballot.VoterId.Value.ToString("D");
        var ids = ballot.Approved.Select(i => i.Value.ToString("D"));
        return BallotKind == BudgetingBallotKind.Cumulative
            ? BudgetingBallot.WithPoints(voter, ids, ballot.Points.Select(p => (long)p))
            : new BudgetingBallot(voter, ids);
    }

    // pabulib's equalshares/add1 (Add1WithinBudget, ADR 0027) at the given step: cost utilities on approval ballots,
    // the points given on cumulative ones.
    private EqualSharesOutcome EqualSharesOf(BudgetingElection election, long add1StepPerVoter) =>
        BallotKind == BudgetingBallotKind.Cumulative
            ? CumulativeEqualShares.Explain(election, EqualSharesCompletion.Add1WithinBudget, new EqualSharesOptions { Add1StepPerVoter = add1StepPerVoter })
            : PabulibRules.ExplainEqualSharesAdd1(election);

    private string ProjectIdOf(CitizenIdeaId idea)
    {
        var index = ProjectIndex(idea);
        return index >= 0 ? _projects[index].ProjectId : throw new ArgumentException($"The idea {idea} is not a project of the round.", nameof(idea));
    }

    private BudgetingRoundOutcome NoBallotsYet()
    {
        var text = LocalizedText.Of("هنوز رأیی داده نشده است؛ طرحی تأمین نمی‌شود.", "No ballots yet; no project is funded.");
        return new BudgetingRoundOutcome(
            new GreedyOutcome([], 0, [.. _projects.Select(p => new GreedyProjectResult(p.ProjectId, 0, 0, 0, GreedyVerdict.BelowThreshold, 0, [], text))]),
            new EqualSharesOutcome([], 0, 0m, 0, [.. _projects.Select(p => new EqualSharesProjectResult(p.ProjectId, 0, EqualSharesVerdict.NoSupporters, 0, 0m, 0, 0, 0m, 0m, text))]),
            0);
    }
    private static RuleViolation? CheckOpening(
        MunicipalityId municipalityId,
        List<NeighbourhoodId> area,
        NeighbourhoodId? forNeighbourhood,
        string title,
        Rials budget,
        LocalDate opensOn,
        LocalDate closesOn,
        List<(CitizenIdea Idea, Rials Cost)> projects)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > MaxTitleLength)
        {
            return RuleViolation.Of(
                BudgetingRuleIds.TitleLength,
                $"عنوان دور بودجه باید ۱ تا {PersianDigits.Format(MaxTitleLength)} نویسه باشد.",
                $"The round's title must be 1 to {MaxTitleLength} characters long.");
        }

        if (budget.Amount <= 0)
        {
            return RuleViolation.Of(BudgetingRuleIds.BudgetNotPositive, "بودجهٔ دور باید بیش از صفر ریال باشد.", "The round's budget must be more than zero rials.");
        }

        // Money bounds: a budget of at most Rials.MaxEnteredAmount, each project within it, and at most MaxProjects
        // projects keep every sum of costs under 1,000 × 10^15 = 10^18, inside a long (ApprovalProfile.CostOf).
        if (Rials.Check(budget.Amount) is { } tooMuch)
        {
            return tooMuch;
        }

        if (projects.Count > MaxProjects)
        {
            return RuleViolation.Of(
                BudgetingRuleIds.TooManyProjects,
                $"دور بودجه حداکثر {PersianDigits.Format(MaxProjects)} طرح دارد؛ {PersianDigits.Format(projects.Count)} طرح داده شده است.",
                $"A round holds at most {MaxProjects} projects; {projects.Count} were given.");
        }

        if (closesOn < opensOn)
        {
            return RuleViolation.Of(
                BudgetingRuleIds.WindowReversed,
                $"پایان رأی‌گیری ({PersianDates.Format(closesOn)}) نباید پیش از آغاز آن ({PersianDates.Format(opensOn)}) باشد.",
                $"Voting must not close ({closesOn}) before it opens ({opensOn}).");
        }

        if (area.Count == 0 || (forNeighbourhood is { } n && (area.Count != 1 || area[0] != n)))
        {
            return RuleViolation.Of(
                BudgetingRuleIds.AreaMismatch,
                "رأی‌دهندگان دور محله باید ساکنان همان محله باشند و دور شهری دست‌کم یک محله داشته باشد.",
                "A neighbourhood round's voters are that neighbourhood's residents (list it alone); a municipal round lists at least one neighbourhood.");
        }

        if (projects.Count == 0)
        {
            return RuleViolation.Of(BudgetingRuleIds.NoProjects, "دور بودجه دست‌کم یک طرح لازم دارد.", "A round needs at least one project.");
        }

        var seen = new HashSet<CitizenIdeaId>();
        foreach (var (idea, cost) in projects)
        {
            ArgumentNullException.ThrowIfNull(idea);
            var violation = CheckProject(municipalityId, forNeighbourhood, budget, idea, cost, seen);
            if (violation is not null)
            {
                return violation;
            }
        }

        return null;
    }

    private static RuleViolation? CheckProject(MunicipalityId municipalityId, NeighbourhoodId? forNeighbourhood, Rials budget, CitizenIdea idea, Rials cost, HashSet<CitizenIdeaId> seen)
    {
        if (idea.Status != IdeaStatus.Accepted)
        {
            return RuleViolation.Of(
                BudgetingRuleIds.IdeaNotAccepted,
                $"ایدهٔ «{idea.Title}» پذیرفته نشده است؛ تنها ایده‌های پذیرفته‌شده به رأی گذاشته می‌شوند.",
                $"The idea \"{idea.Title}\" is {idea.Status}, not accepted; only accepted ideas go to the vote.");
        }

        if (idea.MunicipalityId != municipalityId || (forNeighbourhood is { } n && idea.NeighbourhoodId != n))
        {
            return RuleViolation.Of(
                BudgetingRuleIds.IdeaOutsideArea,
                $"ایدهٔ «{idea.Title}» برای شهرداری یا محلهٔ دیگری است.",
                $"The idea \"{idea.Title}\" belongs to another municipality or neighbourhood than the round's.");
        }

        if (cost > budget)
        {
            return RuleViolation.Of(
                BudgetingRuleIds.ProjectOverBudget,
                $"هزینهٔ ایدهٔ «{idea.Title}» ({cost.Format()}) از کل بودجهٔ دور ({budget.Format()}) بیشتر است.",
                $"The idea \"{idea.Title}\" costs {cost}, more than the round's whole budget of {budget}.");
        }

        return seen.Add(idea.Id)
            ? null
            : RuleViolation.Of(
                BudgetingRuleIds.DuplicateProject,
                $"ایدهٔ «{idea.Title}» دو بار فهرست شده است.",
                $"The idea \"{idea.Title}\" is listed twice.");
    }

    private RuleViolation? CheckVotingOpen(LocalDate on)
    {
        if (ClosedOn is { } closed)
        {
            return AlreadyClosed(closed);
        }

        if (on < VotingOpensOn)
        {
            return RuleViolation.Of(
                BudgetingRuleIds.VotingNotOpen,
                $"رأی‌گیری در {PersianDates.Format(VotingOpensOn)} آغاز می‌شود.",
                $"Voting opens on {VotingOpensOn}.");
        }

        return on > VotingClosesOn
            ? RuleViolation.Of(
                BudgetingRuleIds.VotingClosed,
                $"رأی‌گیری در {PersianDates.Format(VotingClosesOn)} پایان یافت؛ برگهٔ رأی دیگر پذیرفته یا عوض نمی‌شود.",
                $"Voting ended on {VotingClosesOn}; ballots can no longer be cast or changed.")
            : null;
    }

    private RuleViolation? CheckVoter(Resident voter)
    {
        if (!_area.Contains(voter.NeighbourhoodId))
        {
            return RuleViolation.Of(
                BudgetingRuleIds.VoterOutsideArea,
                "این شهروند ساکن محدودهٔ این دور بودجه نیست.",
                "This resident does not live in the round's area, so they cannot vote in it.");
        }

        return voter.AgeOn(VotingOpensOn) < MinimumVoterAge
            ? RuleViolation.Of(
                BudgetingRuleIds.VoterTooYoung,
                $"رأی‌دهندگان باید در روز آغاز رأی‌گیری ({PersianDates.Format(VotingOpensOn)}) دست‌کم {PersianDigits.Format(MinimumVoterAge)} ساله باشند.",
                $"Voters must be at least {MinimumVoterAge} years old on the day voting opens ({VotingOpensOn}).")
            : null;
    }

    private RuleViolation? CheckCasting(Resident voter, BallotCasting casting)
    {
        var violation = CheckVotingOpen(casting.On.WithCalendar(CalendarSystem.Iso)) ?? CheckVoter(voter);
        if (violation is not null)
        {
            return violation;
        }

        if (!Enum.IsDefined(casting.Channel))
        {
            throw new ArgumentOutOfRangeException(nameof(casting), casting.Channel, "Not a ballot channel.");
        }

        var clerk = casting.EnteredBy;
        var clerkValid = clerk is null || (!string.IsNullOrWhiteSpace(clerk) && clerk.Length <= MunicipalOfficial.MaxIdLength);
        return (casting.Channel == BallotChannel.Paper && clerk is null) || !clerkValid
            ? RuleViolation.Of(
                BudgetingRuleIds.ClerkMissing,
                $"برگهٔ رأی کاغذی باید شناسهٔ کارمندی را که آن را وارد کرده داشته باشد (حداکثر {PersianDigits.Format(MunicipalOfficial.MaxIdLength)} نویسه).",
                $"A paper ballot must carry the identifier of the clerk who entered it (at most {MunicipalOfficial.MaxIdLength} characters).")
            : null;
    }

    private RuleViolation? CheckApprovals(List<CitizenIdeaId> ballot)
    {
        if (ballot.Count < MinimumProjectsPerBallot || ballot.Count > MaximumProjectsPerBallot)
        {
            return RuleViolation.Of(
                BudgetingRuleIds.BallotSize,
                $"هر برگهٔ رأی باید {PersianDigits.Format(MinimumProjectsPerBallot)} تا {PersianDigits.Format(MaximumProjectsPerBallot)} طرح را برگزیند؛ این برگه {PersianDigits.Format(ballot.Count)} طرح دارد.",
                $"A ballot must approve {MinimumProjectsPerBallot} to {MaximumProjectsPerBallot} projects; this one approves {ballot.Count}.");
        }

        return CheckProjects(ballot);
    }

    private RuleViolation? CheckProjects(List<CitizenIdeaId> ballot)
    {
        if (ballot.Exists(i => ProjectIndex(i) < 0))
        {
            return RuleViolation.Of(
                BudgetingRuleIds.NotAProject,
                "برگهٔ رأی طرحی را برگزیده که در این دور نیست.",
                "The ballot approves a project that is not on this round's ballot.");
        }

        return ballot.Distinct().Count() != ballot.Count
            ? RuleViolation.Of(BudgetingRuleIds.ProjectRepeated, "هر طرح را تنها یک بار برگزینید.", "Approve each project once only.")
            : null;
    }

    private RuleViolation? CheckPoints(List<BudgetingPoints> ballot)
    {
        if (ballot.Count == 0)
        {
            return RuleViolation.Of(
                BudgetingRuleIds.BallotSize,
                "برگهٔ رأی امتیازی دست‌کم به یک طرح امتیاز می‌دهد.",
                "A cumulative ballot gives points to at least one project.");
        }

        var projects = CheckProjects([.. ballot.Select(p => p.Project)]);
        if (projects is not null)
        {
            return projects;
        }

        if (ballot.Exists(p => p.Points < 1 || p.Points > MaximumPointsPerProject))
        {
            return RuleViolation.Of(
                BudgetingRuleIds.PointsPerProject,
                $"هر طرح از یک برگه ۱ تا {PersianDigits.Format(MaximumPointsPerProject)} امتیاز می‌گیرد.",
                $"A ballot gives each project 1 to {MaximumPointsPerProject} points.");
        }

        var total = ballot.Sum(p => (long)p.Points);
        return total > MaximumPointsPerBallot
            ? RuleViolation.Of(
                BudgetingRuleIds.PointsPerBallot,
                $"هر برگه در مجموع حداکثر {PersianDigits.Format(MaximumPointsPerBallot)} امتیاز می‌دهد؛ این برگه {PersianDigits.Format(total)} امتیاز داده است.",
                $"A ballot gives at most {MaximumPointsPerBallot} points in all; this one gives {total}.")
            : null;
    }

    private RuleViolation WrongKind() => BallotKind == BudgetingBallotKind.Cumulative
        ? RuleViolation.Of(BudgetingRuleIds.BallotKind, "در این دور به طرح‌ها امتیاز داده می‌شود، نه فقط تأیید.", "This round's ballots give projects points, not approvals.")
        : RuleViolation.Of(BudgetingRuleIds.BallotKind, "در این دور طرح‌ها تأیید می‌شوند، نه امتیازدهی.", "This round's ballots approve projects; they do not give points.");

    private static RuleViolation AlreadyClosed(LocalDate closedOn) => RuleViolation.Of(
        BudgetingRuleIds.RoundClosed,
        $"رأی‌گیری این دور در {PersianDates.Format(closedOn)} بسته شده است.",
        $"Voting in this round was closed on {closedOn}.");

    private static RuleViolation NotClosed() => RuleViolation.Of(
        BudgetingRuleIds.RoundNotClosed,
        "نتیجه پس از بسته شدن رأی‌گیری اعلام می‌شود.",
        "The outcome is available once voting has been closed.");
}
