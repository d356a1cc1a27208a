using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Residents;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class CitizenIdeaTest
{
    // The status names as a reader sees them, written out here rather than taken from the library.
    private static readonly Dictionary<IdeaStatus, string> EnglishNames = new()
    {
        [IdeaStatus.Submitted] = "submitted",
        [IdeaStatus.UnderReview] = "under review",
        [IdeaStatus.Accepted] = "accepted",
        [IdeaStatus.Rejected] = "rejected",
        [IdeaStatus.InProgress] = "in progress",
        [IdeaStatus.Implemented] = "implemented",
        [IdeaStatus.Withdrawn] = "withdrawn",
    };

    private static readonly Dictionary<string, (Func<CitizenIdea, Instant, Result> Act, IdeaStatus[] AllowedIn, string Sentence)> Operations = new()
    {
        ["StartReview"] = ((i, at) => i.StartReview(Reviewer, at, "بررسی"), [IdeaStatus.Submitted], "you can start its review only when it is submitted."),
        ["Accept"] = ((i, at) => i.Accept(Reviewer, at, "پذیرفته شد"), [IdeaStatus.UnderReview], "you can accept it only when it is under review."),
        ["Reject"] = ((i, at) => i.Reject(Reviewer, at, "رد شد"), [IdeaStatus.UnderReview], "you can reject it only when it is under review."),
        ["StartImplementation"] = ((i, at) => i.StartImplementation(Reviewer, at, "آغاز"), [IdeaStatus.Accepted], "you can start carrying it out only when it is accepted."),
        ["Implement"] = ((i, at) => i.Implement(Reviewer, at, "پایان"), [IdeaStatus.InProgress], "you can mark it implemented only when it is in progress."),
        ["Withdraw"] = ((i, at) => i.Withdraw(i.ProposerId, at, "پشیمان شدم"), [IdeaStatus.Submitted, IdeaStatus.UnderReview], "you can withdraw it only when it is submitted or under review."),
        ["Resubmit"] = ((i, at) => i.Resubmit(CitizenIdeaId.New(), City(), i.ProposerId, Draft(North), at), [IdeaStatus.Rejected], "you can resubmit it as a new version only when it is rejected."),
    };

    public static TheoryData<string, IdeaStatus> IllegalTransitions()
    {
        var data = new TheoryData<string, IdeaStatus>();
        foreach (var (name, operation) in Operations)
        {
            foreach (var status in IdeaStatuses.All.Where(s => !operation.AllowedIn.Contains(s)))
            {
                data.Add(name, status);
            }
        }

        return data;
    }

    [Fact]
    public void IllegalTransitions_CoverEveryOperationFromEveryOtherStatus()
    {
        // 7 operations × 7 statuses, less the 8 allowed pairs.
        IllegalTransitions().Should().HaveCount((7 * 7) - 8);
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Transition_IsRefusedAndChangesNothing_WhenTheIdeaIsInTheWrongStatus(string operation, IdeaStatus status)
    {
        var idea = InStatus(status, Day1);
        idea.ClearDomainEvents();
        var transitions = idea.Transitions.Count;
        var lastChange = idea.LastChangedAt;

        var result = Operations[operation].Act(idea, lastChange + Duration.FromHours(1));

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.TransitionNotAllowed);
        violation.Message.English.Should().Be($"This idea is {EnglishNames[status]}; {Operations[operation].Sentence}");
        violation.Message.Persian.Should().StartWith("این ایده اکنون «");
        idea.Status.Should().Be(status);
        idea.Transitions.Should().HaveCount(transitions);
        idea.LastChangedAt.Should().Be(lastChange);
        idea.NextVersionId.Should().BeNull();
        idea.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void Lifecycle_RecordsEveryTransitionWithWhoWhenAndWhy_FromSubmissionToImplementation()
    {
        var idea = Submitted(Day1);
        var steps = Enumerable.Range(1, 4).Select(h => Day1 + Duration.FromDays(h)).ToArray();

        idea.StartReview(Reviewer, steps[0], "کارشناس فضای سبز بررسی می‌کند.").IsSuccess.Should().BeTrue();
        idea.Accept(Reviewer, steps[1], "پذیرفته شد؛ نهال را شهرداری می‌دهد.").IsSuccess.Should().BeTrue();
        idea.StartImplementation(Reviewer, steps[2], "کاشت از شنبه.").IsSuccess.Should().BeTrue();
        idea.Implement(Reviewer, steps[3], "۴۰ نهال کاشته شد.").IsSuccess.Should().BeTrue();

        var official = Actor.Official(Reviewer);
        idea.Transitions.Should().Equal(
            new IdeaTransition(IdeaStatus.Submitted, IdeaStatus.UnderReview, official, steps[0], "کارشناس فضای سبز بررسی می‌کند."),
            new IdeaTransition(IdeaStatus.UnderReview, IdeaStatus.Accepted, official, steps[1], "پذیرفته شد؛ نهال را شهرداری می‌دهد."),
            new IdeaTransition(IdeaStatus.Accepted, IdeaStatus.InProgress, official, steps[2], "کاشت از شنبه."),
            new IdeaTransition(IdeaStatus.InProgress, IdeaStatus.Implemented, official, steps[3], "۴۰ نهال کاشته شد."));
        idea.Status.Should().Be(IdeaStatus.Implemented);
        idea.ProgressPercent.Should().Be(100);
        idea.LastChangedAt.Should().Be(steps[3]);
        idea.DomainEvents.OfType<IdeaStatusChanged>().Select(e => e.Transition).Should().Equal(idea.Transitions);
    }

    [Fact]
    public void Accept_GivesTheProposerTheOfficialAnswer()
    {
        var idea = InStatus(IdeaStatus.UnderReview, Day1);
        var at = idea.LastChangedAt + Duration.FromDays(2);

        idea.Accept(Reviewer, at, "  پذیرفته شد؛ در بودجهٔ ۱۴۰۳ آمده است.  ").IsSuccess.Should().BeTrue();

        idea.OfficialAnswer.Should().Be(new IdeaTransition(
            IdeaStatus.UnderReview, IdeaStatus.Accepted, Actor.Official(Reviewer), at, "پذیرفته شد؛ در بودجهٔ ۱۴۰۳ آمده است."));
        idea.OfficialAnswer!.By.OfficialName.Should().Be(Reviewer.Name);
    }

    [Fact]
    public void Reject_GivesTheProposerTheOfficialAnswer()
    {
        var idea = InStatus(IdeaStatus.UnderReview, Day1);
        var at = idea.LastChangedAt + Duration.FromDays(2);

        idea.Reject(Reviewer, at, "این کوچه زیر خط لوله است؛ کوچهٔ دیگری پیشنهاد دهید.").IsSuccess.Should().BeTrue();

        idea.Status.Should().Be(IdeaStatus.Rejected);
        idea.OfficialAnswer!.To.Should().Be(IdeaStatus.Rejected);
        idea.OfficialAnswer.Reason.Should().Be("این کوچه زیر خط لوله است؛ کوچهٔ دیگری پیشنهاد دهید.");
    }

    [Theory]
    [InlineData(IdeaStatus.Submitted)]
    [InlineData(IdeaStatus.UnderReview)]
    public void Withdraw_RecordsTheProposerAsTheActor_BeforeAcceptance(IdeaStatus status)
    {
        var idea = InStatus(status, Day1);
        var at = idea.LastChangedAt + Duration.FromHours(3);

        idea.Withdraw(idea.ProposerId, at, "همسایه‌ها خودشان انجام دادند.").IsSuccess.Should().BeTrue();

        idea.Status.Should().Be(IdeaStatus.Withdrawn);
        idea.Transitions[^1].Should().Be(new IdeaTransition(status, IdeaStatus.Withdrawn, Actor.Resident(idea.ProposerId), at, "همسایه‌ها خودشان انجام دادند."));
    }

    [Fact]
    public void Withdraw_IsRefused_WhenTheResidentIsNotTheProposer()
    {
        var idea = Submitted(Day1);

        var result = idea.Withdraw(ResidentId.New(), Day1 + Duration.FromHours(1), "نمی‌خواهم");

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.ProposerOnly);
        violation.Message.English.Should().Be("Only the resident who proposed this idea can withdraw it.");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        idea.Status.Should().Be(IdeaStatus.Submitted);
    }

    [Fact]
    public void Transition_IsRefused_WhenDatedBeforeTheIdeasLastChange()
    {
        var idea = InStatus(IdeaStatus.UnderReview, At(1403, 2, 1, 9, 0));

        // The review started at 10:00 Tehran time; an answer dated 09:30 the same day cannot follow it.
        var result = idea.Accept(Reviewer, At(1403, 2, 1, 9, 30), "پذیرفته شد");

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.DatedTooEarly);
        violation.Message.English.Should().Be(
            "This is dated 1 Ordibehesht 1403 09:30 Tehran time, before the idea's last recorded change at 1 Ordibehesht 1403 10:00 Tehran time; record events in the order they happened.");
        violation.Message.Persian.Should().Contain("۱۴۰۳/۰۲/۰۱ ساعت ۰۹:۳۰");
        idea.Status.Should().Be(IdeaStatus.UnderReview);
    }

    [Fact]
    public void Transition_IsAllowed_AtTheSameInstantAsTheLastChange()
    {
        var idea = InStatus(IdeaStatus.UnderReview, Day1);

        idea.Accept(Reviewer, idea.LastChangedAt, "پذیرفته شد").IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Transitions_Throw_WhenTheCallerBreaksItsContract()
    {
        var idea = InStatus(IdeaStatus.UnderReview, Day1);
        var at = idea.LastChangedAt;

        FluentActions.Invoking(() => idea.Accept(null!, at, "پذیرفته شد")).Should().Throw<ArgumentNullException>();
        idea.Accept(Reviewer, at, "  ").Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.Required);
        idea.Reject(Reviewer, at, new string('x', CitizenIdea.MaxReasonLength + 1)).Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.TooLong);
        FluentActions.Invoking(() => idea.Withdraw(default, at, "نه")).Should().Throw<ArgumentException>();
        idea.Status.Should().Be(IdeaStatus.UnderReview);
    }
}
