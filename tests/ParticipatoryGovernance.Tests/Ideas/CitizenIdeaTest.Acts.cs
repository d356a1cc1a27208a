using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class CitizenIdeaTest
{
    public static TheoryData<IdeaStatus, IdeaVisibility, IdeaAct> EveryStateAndAct()
    {
        var data = new TheoryData<IdeaStatus, IdeaVisibility, IdeaAct>();
        foreach (var status in IdeaStatuses.All)
        {
            foreach (var visibility in Enum.GetValues<IdeaVisibility>())
            {
                foreach (var act in Enum.GetValues<IdeaAct>())
                {
                    data.Add(status, visibility, act);
                }
            }
        }

        return data;
    }

    /// <summary>
    /// What <see cref="CitizenIdea.Allows"/> says is exactly what the act does, done by the right person with valid
    /// input: a page that offers only the allowed acts never offers one the idea refuses for its state, nor hides one it would take.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryStateAndAct))]
    public void Allows_AgreesWithTheActItself_InEveryStatusAndVisibility(IdeaStatus status, IdeaVisibility visibility, IdeaAct act)
    {
        var idea = InStatus(status, At(1403, 2, 10, 9, 0));
        var moderated = At(1403, 2, 15);
        if (visibility == IdeaVisibility.Hidden)
        {
            Hide(idea, moderated);
        }
        else if (visibility == IdeaVisibility.Removed)
        {
            idea.Remove(Moderator, moderated, "تبلیغ تجاری.").ThrowIfFailed();
        }

        var allowed = idea.Allows(act);
        var result = Perform(idea, act, At(1403, 2, 20));

        allowed.Should().Be(result.IsSuccess, $"{act} on a {visibility} {status} idea: {string.Join(" ", result.Violations.Select(v => v.Message.English))}");
    }

    [Fact]
    public void Allows_NoSecondResubmission_OnceAVersionReplacedTheRejectedOne()
    {
        var idea = InStatus(IdeaStatus.Rejected, At(1403, 2, 10, 9, 0));
        idea.Allows(IdeaAct.Resubmit).Should().BeTrue();

        idea.Resubmit(CitizenIdeaId.New(), City(), idea.ProposerId, Draft(North), At(1403, 2, 20)).ThrowIfFailed();

        idea.Allows(IdeaAct.Resubmit).Should().BeFalse();
    }

    [Fact]
    public void Allows_RefusesAnUndefinedAct() =>
        FluentActions.Invoking(() => InStatus(IdeaStatus.Submitted, At(1403, 2, 10)).Allows((IdeaAct)99)).Should().Throw<ArgumentOutOfRangeException>();

    private static Result Perform(CitizenIdea idea, IdeaAct act, Instant at) => act switch
    {
        IdeaAct.StartReview => idea.StartReview(Reviewer, at, "بررسی"),
        IdeaAct.Accept => idea.Accept(Reviewer, at, "پذیرفته"),
        IdeaAct.Reject => idea.Reject(Reviewer, at, "رد"),
        IdeaAct.StartImplementation => idea.StartImplementation(Reviewer, at, "اجرا"),
        IdeaAct.ReportProgress => idea.ReportProgress(Reviewer, at, 40, PersianDates.InCity(at).Date, "گام نخست"),
        IdeaAct.RecordImplementer => idea.RecordImplementer(Reviewer, ResidentId.New(), at),
        IdeaAct.Implement => idea.Implement(Reviewer, at, "انجام شد"),
        IdeaAct.Withdraw => idea.Withdraw(idea.ProposerId, at, "دیگر لازم نیست"),
        IdeaAct.Resubmit => idea.Resubmit(CitizenIdeaId.New(), City(), idea.ProposerId, Draft(North), at),
        IdeaAct.Endorse => idea.Endorse(ResidentId.New(), at, Rules),
        IdeaAct.Report => idea.Report(ResidentId.New(), at, "نامناسب", Rules),
        IdeaAct.Restore => idea.Restore(Moderator, at, "گزارش‌ها نادرست بود"),
        IdeaAct.Remove => idea.Remove(Moderator, at, "تبلیغ"),
        _ => throw new ArgumentOutOfRangeException(nameof(act)),
    };
}
