using System.Security.Cryptography;
using System.Text;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors.Events;

namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// An election for one youth-mayor seat of a neighbourhood (a boy's or a girl's), for municipalities whose charter elects
/// youth mayors (<see cref="YouthMayorSelection.Election"/>): the candidates who stand, the young residents who vote once
/// each with a first and an optional second preference, and the count by the <see cref="SupplementaryVote"/>.
/// </summary>
/// <remarks>
/// <para>
/// Called by <see cref="YouthMayorCampaign.CallElection"/>; its winner takes the seat through
/// <see cref="YouthMayorCampaign.DeclareElected"/>. The ballot is secret: the election records who has voted and, apart,
/// piles of ballots marked alike, never which voter marked which ballot.
/// </para>
/// <para>An aggregate root: mutable, not thread-safe; change it only through its methods.</para>
/// </remarks>
public sealed class YouthMayorElection : AggregateRoot<YouthMayorElectionId>
{
    private readonly List<ElectionCandidate> _candidates = [];
    private readonly List<ResidentId> _voters = [];
    private readonly List<BallotPile> _ballotPiles = [];

    internal YouthMayorElection(
        YouthMayorElectionId id,
        YouthMayorCampaignId campaignId,
        NeighbourhoodId neighbourhoodId,
        Gender seat,
        LocalDate pollOpensOn,
        LocalDate pollClosesOn,
        AgeWindow voterAgeWindow,
        IEnumerable<ElectionCandidate> candidates)
        : base(id)
    {
        CampaignId = campaignId;
        NeighbourhoodId = neighbourhoodId;
        Seat = seat;
        PollOpensOn = pollOpensOn;
        PollClosesOn = pollClosesOn;
        VoterAgeWindow = voterAgeWindow;
        _candidates.AddRange(candidates);
        Raise(new YouthMayorElectionCalled(id, campaignId, neighbourhoodId, seat, pollOpensOn, pollClosesOn));
    }

    // For object-relational mappers.
    private YouthMayorElection()
        : base(default) => VoterAgeWindow = null!;

    /// <summary>The campaign that called the election.</summary>
    public YouthMayorCampaignId CampaignId { get; private set; }

    /// <summary>The neighbourhood whose seat is contested; only its residents vote.</summary>
    public NeighbourhoodId NeighbourhoodId { get; private set; }

    /// <summary>The seat: <see cref="Gender.Male"/> for a boy youth mayor, <see cref="Gender.Female"/> for a girl. Voters of any gender vote.</summary>
    public Gender Seat { get; private set; }

    /// <summary>The ISO-calendar date the poll opens; voters' ages are measured on it.</summary>
    public LocalDate PollOpensOn { get; private set; }

    /// <summary>The ISO-calendar date the poll closes; the last day ballots are accepted, and the first the count may take place.</summary>
    public LocalDate PollClosesOn { get; private set; }

    /// <summary>The ages at which a resident of the neighbourhood may vote, from the charter when the election was called.</summary>
    public AgeWindow VoterAgeWindow { get; private set; }

    /// <summary>The candidates, in the order they were listed when the election was called.</summary>
    public IReadOnlyList<ElectionCandidate> Candidates => _candidates;

    /// <summary>
    /// The candidates in the order of the lot that breaks ties nothing else breaks: ascending by the lower-case
    /// hexadecimal SHA-256 hash of <c>"{electionId}:{candidateResidentId}"</c>, both GUIDs in lower-case <c>D</c> form.
    /// Fixed when the election is called, and reproducible by anyone from the two identifiers.
    /// </summary>
    public IReadOnlyList<ResidentId> LotOrder =>
        _candidates.Select(c => c.ResidentId).OrderBy(c => LotKey(Id, c), StringComparer.Ordinal).ToList();

    /// <summary>The number of ballots cast.</summary>
    public int BallotsCast => _voters.Count;

    /// <summary>The ISO-calendar date of the count, or <see langword="null"/> before it.</summary>
    public LocalDate? CountedOn { get; private set; }

    /// <summary>The candidate elected, or <see langword="null"/> before the count.</summary>
    public ResidentId? Winner { get; private set; }

    /// <summary>Whether a resident has voted.</summary>
    /// <param name="voterId">The resident.</param>
    /// <returns><see langword="true"/> when they have cast a ballot.</returns>
    public bool HasVoted(ResidentId voterId) => _voters.Contains(voterId);

    /// <summary>
    /// Casts a voter's ballot: a resident of the neighbourhood inside <see cref="VoterAgeWindow"/> on the day the poll opens,
    /// voting once, while the poll is open, for a candidate and optionally a different second candidate.
    /// </summary>
    /// <param name="voter">The voter.</param>
    /// <param name="firstPreference">The candidate marked first.</param>
    /// <param name="secondPreference">The candidate marked second, or <see langword="null"/>.</param>
    /// <param name="on">The ISO-calendar date of the vote.</param>
    /// <returns>
    /// Success; or a failure when the poll is not open (counted, not yet open, or closed), when the voter lives in
    /// another neighbourhood, is outside the age window or has voted already, or when a preference is not a candidate or the
    /// second repeats the first.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="voter"/> is null.</exception>
    public Result CastBallot(Resident voter, ResidentId firstPreference, ResidentId? secondPreference, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(voter);
        on = on.WithCalendar(CalendarSystem.Iso);
        var violation = CheckPollOpen(on) ?? CheckVoter(voter) ?? CheckPreferences(firstPreference, secondPreference);
        if (violation is not null)
        {
            return Result.Failure(violation);
        }

        _voters.Add(voter.Id);
        var index = _ballotPiles.FindIndex(p => p.FirstPreference == firstPreference && p.SecondPreference == secondPreference);
        if (index < 0)
        {
            _ballotPiles.Add(new BallotPile(firstPreference, secondPreference));
        }
        else
        {
            _ballotPiles[index] = new BallotPile(firstPreference, secondPreference, _ballotPiles[index].Count + 1);
        }

        Raise(new YouthMayorBallotCast(Id, voter.Id));
        return Result.Success();
    }

    /// <summary>Counts the ballots by the <see cref="SupplementaryVote"/> and records the winner.</summary>
    /// <param name="on">The ISO-calendar date of the count; on or after the day the poll closes.</param>
    /// <returns>The result with its rounds; or a failure when already counted, while the poll is open, or when nobody voted.</returns>
    public Result<SupplementaryVoteResult> Count(LocalDate on)
    {
        on = on.WithCalendar(CalendarSystem.Iso);
        if (CountedOn is { } counted)
        {
            return Result.Failure<SupplementaryVoteResult>(AlreadyCounted(counted));
        }

        if (on < PollClosesOn)
        {
            return Result.Failure<SupplementaryVoteResult>(RuleViolation.Of(
                YouthMayorElectionRuleIds.PollStillOpen,
                $"صندوق تا {PersianDates.Format(PollClosesOn)} باز است؛ شمارش از آن روز به بعد است.",
                $"The poll is open until {PollClosesOn}; the count takes place on or after that day."));
        }

        if (_voters.Count == 0)
        {
            return Result.Failure<SupplementaryVoteResult>(RuleViolation.Of(
                YouthMayorElectionRuleIds.NoBallots,
                "هیچ رأیی داده نشده است؛ شمارشی برای انجام نیست.",
                "No ballot was cast, so there is nothing to count."));
        }

        var result = SupplementaryVote.Count(LotOrder, _ballotPiles);
        CountedOn = on;
        Winner = result.Winner;
        Raise(new YouthMayorElectionCounted(Id, result.Winner, on));
        return Result.Success(result);
    }

    /// <summary>The count again from the stored ballots: the same result every time, for publishing or checking.</summary>
    /// <returns>The result, or <see langword="null"/> before the count.</returns>
    public SupplementaryVoteResult? ResultOfCount() => CountedOn is null ? null : SupplementaryVote.Count(LotOrder, _ballotPiles);

    /// <summary>
    /// A candidate's key in the lot (<see cref="LotOrder"/>): the lower-case hexadecimal SHA-256 hash of the UTF-8 text
    /// <c>"{electionId}:{candidateResidentId}"</c>, both GUIDs in lower-case <c>D</c> form; the lowest key comes first.
    /// Published beside a result so that residents can check a tie broken by lot, with this method or any SHA-256 tool.
    /// </summary>
    /// <param name="electionId">The election.</param>
    /// <param name="candidate">The candidate's resident id.</param>
    /// <returns>64 lower-case hexadecimal digits.</returns>
    /// <remarks>Pure and thread-safe.</remarks>
    public static string LotKey(YouthMayorElectionId electionId, ResidentId candidate) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{electionId.Value:D}:{candidate.Value:D}")));

    private RuleViolation? CheckPollOpen(LocalDate on)
    {
        if (CountedOn is { } counted)
        {
            return AlreadyCounted(counted);
        }

        if (on < PollOpensOn)
        {
            return RuleViolation.Of(
                YouthMayorElectionRuleIds.PollNotOpen,
                $"صندوق در {PersianDates.Format(PollOpensOn)} باز می‌شود.",
                $"The poll opens on {PollOpensOn}.");
        }

        return on > PollClosesOn
            ? RuleViolation.Of(
                YouthMayorElectionRuleIds.PollClosed,
                $"صندوق در {PersianDates.Format(PollClosesOn)} بسته شده است.",
                $"The poll closed on {PollClosesOn}.")
            : null;
    }

    private RuleViolation? CheckVoter(Resident voter)
    {
        if (voter.NeighbourhoodId != NeighbourhoodId)
        {
            return RuleViolation.Of(
                YouthMayorElectionRuleIds.VoterOfOtherNeighbourhood,
                "این شهروند ساکن محلهٔ دیگری است؛ شهردار نوجوان هر محله را نوجوانان همان محله برمی‌گزینند.",
                "This resident lives in another neighbourhood; each neighbourhood's youth mayor is elected by its own young residents.");
        }

        if (!VoterAgeWindow.Contains(voter.AgeOn(PollOpensOn)))
        {
            return RuleViolation.Of(
                YouthMayorElectionRuleIds.VoterOutsideAgeWindow,
                $"رأی‌دهندگان باید در روز گشایش صندوق ({PersianDates.Format(PollOpensOn)}) {PersianDigits.Format(VoterAgeWindow.MinimumAge)} تا {PersianDigits.Format(VoterAgeWindow.MaximumAge)} ساله باشند؛ این شهروند نیست.",
                $"Voters must be {VoterAgeWindow.MinimumAge} to {VoterAgeWindow.MaximumAge} years old on the day the poll opens ({PollOpensOn}); this resident is not.");
        }

        return HasVoted(voter.Id)
            ? RuleViolation.Of(
                YouthMayorElectionRuleIds.AlreadyVoted,
                "این شهروند پیش‌تر رأی داده است؛ هر نفر یک بار رأی می‌دهد.",
                "This resident has already voted; each voter votes once.")
            : null;
    }

    private RuleViolation? CheckPreferences(ResidentId firstPreference, ResidentId? secondPreference)
    {
        foreach (var preference in secondPreference is { } s ? [firstPreference, s] : new[] { firstPreference })
        {
            if (!_candidates.Exists(c => c.ResidentId == preference))
            {
                return RuleViolation.Of(
                    YouthMayorElectionRuleIds.NotACandidate,
                    "رأی به کسی داده شده که نامزد این انتخابات نیست.",
                    $"The ballot names {preference}, who is not a candidate in this election.");
            }
        }

        return secondPreference == firstPreference
            ? RuleViolation.Of(
                YouthMayorElectionRuleIds.SecondPreferenceRepeatsFirst,
                "گزینهٔ دوم باید نامزدی جز گزینهٔ اول باشد؛ آن را خالی بگذارید یا نامزد دیگری را برگزینید.",
                "The second preference must be a different candidate from the first; leave it blank or choose another.")
            : null;
    }

    private static RuleViolation AlreadyCounted(LocalDate countedOn) => RuleViolation.Of(
        YouthMayorElectionRuleIds.AlreadyCounted,
        $"رأی‌ها در {PersianDates.Format(countedOn)} شمرده شده است؛ انتخابات پایان یافته است.",
        $"The ballots were counted on {countedOn}; the election is over.");
}
