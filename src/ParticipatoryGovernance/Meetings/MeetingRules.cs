using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;

namespace ParticipatoryGovernance.Meetings;

/// <summary>How a question put to a neighbourhood meeting is decided.</summary>
public enum MajorityRule
{
    /// <summary>More votes for than against; abstentions do not count. A tie fails.</summary>
    SimpleMajorityOfVotesCast = 1,

    /// <summary>More than half of all votes cast, abstentions included, are for.</summary>
    AbsoluteMajorityOfVotesCast = 2,

    /// <summary>At least two thirds of the votes for or against are for; abstentions do not count.</summary>
    TwoThirdsOfVotesCast = 3,
}

/// <summary>
/// The charter's rules for deciding agenda items at neighbourhood meetings: the quorum (how many of the residents
/// present must vote) and the majority needed.
/// </summary>
/// <remarks>Immutable and thread-safe. All arithmetic is on whole numbers, so no rounding decides an outcome.</remarks>
public sealed record MeetingRules
{
    /// <summary>The fewest residents who must vote (for, against or abstain) for a decision to count. Default 5. Allowed 1–1000.</summary>
    public int MinimumVoters { get; init; } = 5;

    /// <summary>The share of the residents present, in percent, who must vote for a decision to count. Default 50. Allowed 0–100.</summary>
    public int QuorumPercentOfAttendees { get; init; } = 50;

    /// <summary>The majority needed to pass. Default <see cref="MajorityRule.SimpleMajorityOfVotesCast"/>.</summary>
    public MajorityRule Majority { get; init; } = MajorityRule.SimpleMajorityOfVotesCast;

    /// <summary>Whether votes reach the quorum.</summary>
    /// <param name="votesCast">Votes cast, abstentions included.</param>
    /// <param name="attendees">Residents present.</param>
    /// <returns><see langword="true"/> when at least <see cref="MinimumVoters"/> voted and at least <see cref="QuorumPercentOfAttendees"/> percent of those present.</returns>
    public bool IsQuorate(int votesCast, int attendees) =>
        votesCast >= MinimumVoters && (long)votesCast * 100 >= (long)QuorumPercentOfAttendees * attendees;

    /// <summary>Whether a tally passes under <see cref="Majority"/>.</summary>
    /// <param name="votesFor">Votes for.</param>
    /// <param name="votesAgainst">Votes against.</param>
    /// <param name="abstentions">Abstentions.</param>
    /// <returns><see langword="true"/> when the majority is reached.</returns>
    public bool Passes(int votesFor, int votesAgainst, int abstentions) => Majority switch
    {
        MajorityRule.SimpleMajorityOfVotesCast => votesFor > votesAgainst,
        MajorityRule.AbsoluteMajorityOfVotesCast => 2L * votesFor > (long)votesFor + votesAgainst + abstentions,
        MajorityRule.TwoThirdsOfVotesCast => votesFor + votesAgainst > 0 && 3L * votesFor >= 2L * (votesFor + votesAgainst),
        _ => throw new InvalidOperationException($"Unknown majority rule {Majority}."),
    };

    internal void Validate(List<RuleViolation> errors)
    {
        const string prefix = CharterRuleIds.MeetingsPrefix;
        if (MinimumVoters is < 1 or > 1000)
        {
            errors.Add(RuleViolation.Of(
                prefix + nameof(MinimumVoters),
                $"کمترین شمار رأی‌دهندگان باید از ۱ تا ۱۰۰۰ باشد؛ اکنون {PersianDigits.Format(MinimumVoters)} است.",
                $"Meetings.MinimumVoters must be from 1 to 1000; it is {MinimumVoters}."));
        }

        if (QuorumPercentOfAttendees is < 0 or > 100)
        {
            errors.Add(RuleViolation.Of(
                prefix + nameof(QuorumPercentOfAttendees),
                $"درصد حد نصاب باید از ۰ تا ۱۰۰ باشد؛ اکنون {PersianDigits.Format(QuorumPercentOfAttendees)} است.",
                $"Meetings.QuorumPercentOfAttendees must be from 0 to 100; it is {QuorumPercentOfAttendees}."));
        }

        if (!Enum.IsDefined(Majority))
        {
            errors.Add(RuleViolation.Of(
                prefix + nameof(Majority),
                "قاعدهٔ اکثریت نامعتبر است.",
                $"Meetings.Majority must be SimpleMajorityOfVotesCast, AbsoluteMajorityOfVotesCast or TwoThirdsOfVotesCast; it is {(int)Majority}."));
        }
    }
}
