using Ardalis.Specification;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Channels;

/// <summary>The open rounds of a city not yet closed (voting's dates are checked in memory).</summary>
internal sealed class UnclosedRoundsSpec : Specification<BudgetingRound>
{
    public UnclosedRoundsSpec(MunicipalityId municipality) => Query.Where(r => r.MunicipalityId == municipality && r.ClosedOn == null);
}

/// <summary>An idea found by its public number.</summary>
internal sealed record NumberedIdea(int Number, CitizenIdea Idea);

/// <summary>
/// What the USSD menu and the SMS keywords share: the resident's open rounds, a ballot by project numbers, an idea by
/// its number. Reads go to the store; acts go through <see cref="IChannelActs"/> (the commands' handlers).
/// </summary>
internal sealed class ChannelParticipation(IGovernanceStore store, IBudgetingBallots ballots, IIdeaNumbers numbers, IChannelActs acts, IClock clock)
{
    private const int MaxVersionHops = 20;

    public IClock Clock => clock;

    /// <summary>The rounds open today whose area holds the resident's neighbourhood, closing soonest first.</summary>
    public async Task<IReadOnlyList<BudgetingRound>> OpenRoundsAsync(PhoneResident who, CancellationToken cancellationToken)
    {
        var resident = await store.FindAsync(new ResidentByIdSpec(who.Resident), cancellationToken);
        if (resident is null)
        {
            return [];
        }

        var today = clock.Today();
        var rounds = await store.ListAsync(new UnclosedRoundsSpec(who.Municipality), cancellationToken);
        return [.. rounds.Where(r => r.IsVotingOpenOn(today) && r.Area.Contains(resident.NeighbourhoodId)).OrderBy(r => r.VotingClosesOn).ThenBy(r => r.Id)];
    }

    /// <summary>The resident's stored ballot in a round as project numbers (from 1), or empty.</summary>
    public async Task<List<int>> StoredChoiceAsync(BudgetingRound round, PhoneResident who, CancellationToken cancellationToken)
    {
        var ballot = await ballots.FindAsync(round.Id, who.Resident, cancellationToken);
        return ballot is null ? [] : [.. ballot.Approved.Select(round.ProjectIndex).Where(i => i >= 0).Select(i => i + 1).Order()];
    }

    /// <summary>
    /// Casts the resident's approval ballot of project numbers (from 1) through <see cref="CastBudgetBallots"/>, marked
    /// <see cref="BallotChannel.Ussd"/>; a number that is no project of the round is refused before the command.
    /// </summary>
    public async Task<Result> CastAsync(BudgetingRound round, PhoneResident who, IReadOnlyCollection<int> chosen, CancellationToken cancellationToken)
    {
        var missing = chosen.FirstOrDefault(n => n < 1 || n > round.Projects.Count);
        if (missing != 0 || chosen.Contains(0))
        {
            return Result.Failure(ChannelTexts.NoSuchProject(missing));
        }

        var approved = chosen.Distinct().Order().Select(n => round.Projects[n - 1].IdeaId).ToList();
        var result = await acts.CastBallotsAsync(
            new CastBudgetBallots(who.Municipality, round.Id, [new BudgetBallotEntry(who.Resident, approved)], BallotChannel.Ussd),
            cancellationToken);
        if (result.IsFailure)
        {
            return Result.Failure([.. result.Violations]);
        }

        return result.Value.Refused.Count > 0 ? Result.Failure([.. result.Value.Refused[0].Violations]) : Result.Success();
    }

    /// <summary>The idea with a public number in the resident's city, its latest version, when residents may see it.</summary>
    public async Task<NumberedIdea?> IdeaAsync(PhoneResident who, int number, CancellationToken cancellationToken)
    {
        var id = await numbers.IdeaOfAsync(who.Municipality, number, cancellationToken);
        if (id is null)
        {
            return null;
        }

        var idea = await store.FindAsync(new CitizenIdeaByIdSpec(id.Value), cancellationToken);
        for (var hops = 0; idea is { NextVersionId: { } next } && hops < MaxVersionHops; hops++)
        {
            idea = await store.FindAsync(new CitizenIdeaByIdSpec(next), cancellationToken);
        }

        return idea is null || idea.MunicipalityId != who.Municipality || idea.Visibility != IdeaVisibility.Visible ? null : new NumberedIdea(number, idea);
    }

    /// <summary>Endorses an idea through <see cref="EndorseIdea"/>.</summary>
    public async Task<Result> EndorseAsync(PhoneResident who, CitizenIdea idea, CancellationToken cancellationToken)
    {
        var result = await acts.EndorseIdeaAsync(new EndorseIdea(who.Municipality, idea.Id, who.Resident), cancellationToken);
        return result.IsFailure ? Result.Failure([.. result.Violations]) : Result.Success();
    }

    /// <summary>The total cost of the chosen projects.</summary>
    public static long Total(BudgetingRound round, IEnumerable<int> chosen) =>
        chosen.Where(n => n >= 1 && n <= round.Projects.Count).Sum(n => round.Projects[n - 1].Cost.Amount);

    /// <summary>A whole number with thousands separators, in the language's digits.</summary>
    public static string Amount(long value, string language) =>
        language == "fa"
            ? PersianDigits.ToPersian(value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '٬'))
            : value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A number in the language's digits.</summary>
    public static string Number(long value, string language) =>
        language == "fa" ? PersianDigits.Format(value) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Today's instant, for sessions.</summary>
    public Instant Now() => clock.GetCurrentInstant();
}
