using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Ideas;

public sealed partial class CitizenIdea
{
    private static readonly Operation EndorseOperation = new(
        IdeaRuleIds.EndorsementsClosed, new("حمایت یا پس گرفتن حمایت", "endorse it or withdraw an endorsement"), [.. IdeaStatuses.Endorsable]);

    private readonly List<IdeaEndorsement> _endorsements = [];

    /// <summary>The residents' current endorsements, in the order they were given; a withdrawn endorsement is gone.</summary>
    public IReadOnlyList<IdeaEndorsement> Endorsements => _endorsements;

    /// <summary>Whether a resident currently endorses the idea.</summary>
    /// <param name="residentId">The resident.</param>
    /// <returns><see langword="true"/> when the resident's endorsement stands.</returns>
    public bool IsEndorsedBy(ResidentId residentId) => _endorsements.Exists(e => e.ResidentId == residentId);

    /// <summary>
    /// A resident endorses the idea. When the endorsements given within the charter's support window reach its
    /// threshold while the idea is still submitted, the charter moves it to review at once (CONSUL's rule), recorded
    /// with <see cref="Actor.Charter"/> as the actor.
    /// </summary>
    /// <param name="residentId">The endorsing resident.</param>
    /// <param name="at">When.</param>
    /// <param name="rules">The municipality's idea rules, from <c>GovernanceCharter.Ideas</c>.</param>
    /// <returns>
    /// Success; or a failure when the resident is the proposer (<c>idea.own-idea-endorsement</c>), has already endorsed
    /// it (<c>idea.already-endorsed</c>), the idea is rejected, withdrawn or implemented (<c>idea.endorsements-closed</c>),
    /// hidden or removed, or the date is too early.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="residentId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public Result Endorse(ResidentId residentId, Instant at, IdeaRules rules)
    {
        Guard.NotEmpty(residentId.Value, nameof(residentId));
        ArgumentNullException.ThrowIfNull(rules);
        if (residentId == ProposerId)
        {
            return Result.Failure(IdeaRefusal.OwnIdeaEndorsement());
        }

        var existing = _endorsements.Find(e => e.ResidentId == residentId);
        if (existing is not null)
        {
            return Result.Failure(IdeaRefusal.AlreadyEndorsed(existing.At));
        }

        var refusal = CheckCanAct(EndorseOperation, at);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        var endorsement = new IdeaEndorsement(residentId, at);
        _endorsements.Add(endorsement);
        Raise(new IdeaEndorsed(Id, endorsement));

        var windowEnd = SubmittedAt + rules.SupportWindow;
        if (Status == IdeaStatus.Submitted && at < windowEnd && _endorsements.Count(e => e.At < windowEnd) >= rules.SupportThreshold)
        {
            Apply(IdeaStatus.UnderReview, Actor.Charter, at, IdeaRefusal.SupportReached(rules));
        }

        return Result.Success();
    }

    /// <summary>A resident withdraws their endorsement. An idea already moved to review by its support stays there.</summary>
    /// <param name="residentId">The resident.</param>
    /// <param name="at">When.</param>
    /// <returns>
    /// Success; or a failure when the resident has not endorsed the idea (<c>idea.not-endorsed</c>), the idea is
    /// rejected, withdrawn or implemented, hidden or removed, or the date is too early.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="residentId"/> is empty.</exception>
    public Result WithdrawEndorsement(ResidentId residentId, Instant at)
    {
        Guard.NotEmpty(residentId.Value, nameof(residentId));
        var index = _endorsements.FindIndex(e => e.ResidentId == residentId);
        if (index < 0)
        {
            return Result.Failure(IdeaRefusal.NotEndorsed());
        }

        var refusal = CheckCanAct(EndorseOperation, at)
            ?? (at < _endorsements[index].At ? IdeaRefusal.DatedTooEarly(at, _endorsements[index].At) : null);
        if (refusal is not null)
        {
            return Result.Failure(refusal);
        }

        _endorsements.RemoveAt(index);
        Raise(new IdeaEndorsementWithdrawn(Id, residentId, at));
        return Result.Success();
    }
}
