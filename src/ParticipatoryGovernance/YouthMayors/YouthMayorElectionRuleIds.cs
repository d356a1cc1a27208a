namespace ParticipatoryGovernance.YouthMayors;

/// <summary>
/// The identifiers of the rules a youth-mayor election refuses with (<see cref="Common.RuleViolation.Rule"/>). Hosts and tests match
/// on them; they never change once published. In each summary, … marks a detail the message fills in.
/// </summary>
public static class YouthMayorElectionRuleIds
{
    /// <summary><c>youth-election.already-counted</c>: The ballots were counted on …; the election is over.</summary>
    public const string AlreadyCounted = "youth-election.already-counted";

    /// <summary><c>youth-election.already-voted</c>: This resident has already voted; each voter votes once.</summary>
    public const string AlreadyVoted = "youth-election.already-voted";

    /// <summary><c>youth-election.no-ballots</c>: No ballot was cast, so there is nothing to count.</summary>
    public const string NoBallots = "youth-election.no-ballots";

    /// <summary><c>youth-election.not-a-candidate</c>: The ballot names …, who is not a candidate in this election.</summary>
    public const string NotACandidate = "youth-election.not-a-candidate";

    /// <summary><c>youth-election.poll-closed</c>: The poll closed on ….</summary>
    public const string PollClosed = "youth-election.poll-closed";

    /// <summary><c>youth-election.poll-not-open</c>: The poll opens on ….</summary>
    public const string PollNotOpen = "youth-election.poll-not-open";

    /// <summary><c>youth-election.poll-still-open</c>: The poll is open until …; the count takes place on or after that day.</summary>
    public const string PollStillOpen = "youth-election.poll-still-open";

    /// <summary><c>youth-election.second-preference-repeats-first</c>: The second preference must be a different candidate from the first; leave it blank or choose another.</summary>
    public const string SecondPreferenceRepeatsFirst = "youth-election.second-preference-repeats-first";

    /// <summary><c>youth-election.voter-of-other-neighbourhood</c>: This resident lives in another neighbourhood; each neighbourhood's youth mayor is elected by its own young residents.</summary>
    public const string VoterOfOtherNeighbourhood = "youth-election.voter-of-other-neighbourhood";

    /// <summary><c>youth-election.voter-outside-age-window</c>: Voters must be … to … years old on the day the poll opens (…); this resident is not.</summary>
    public const string VoterOutsideAgeWindow = "youth-election.voter-outside-age-window";
}
