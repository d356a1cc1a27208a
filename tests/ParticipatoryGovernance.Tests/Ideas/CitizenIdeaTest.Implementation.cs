using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class CitizenIdeaTest
{
    // Accepted on 10 Ordibehesht 1403 at 11:00, in progress from 12:00 the same day.
    private static CitizenIdea InProgressSince10Ordibehesht() => InStatus(IdeaStatus.InProgress, At(1403, 2, 10, 9, 0));

    [Fact]
    public void ReportProgress_RecordsDatedMilestones_AndTheCurrentPercent()
    {
        var idea = InProgressSince10Ordibehesht();
        var first = At(1403, 2, 20);
        var second = At(1403, 3, 5);

        idea.ReportProgress(Reviewer, first, 30, Make.Solar(1403, 2, 18), "گودال‌ها کنده شد.").ThrowIfFailed();
        idea.ReportProgress(Reviewer, second, 70, Make.Solar(1403, 3, 5), "۲۸ نهال از ۴۰ کاشته شد.").ThrowIfFailed();

        idea.ProgressPercent.Should().Be(70);
        idea.Milestones.Should().Equal(
            new IdeaMilestone(Make.Solar(1403, 2, 18), 30, "گودال‌ها کنده شد.", Actor.Official(Reviewer), first),
            new IdeaMilestone(Make.Solar(1403, 3, 5), 70, "۲۸ نهال از ۴۰ کاشته شد.", Actor.Official(Reviewer), second));
        idea.LastChangedAt.Should().Be(second);
        idea.DomainEvents.OfType<IdeaProgressReported>().Select(e => e.Milestone).Should().Equal(idea.Milestones);
    }

    [Fact]
    public void ReportProgress_AcceptsTheBoundsOfZeroAndOneHundredPercent_AndProgressThatGoesBack()
    {
        var idea = InProgressSince10Ordibehesht();
        var at = At(1403, 2, 11);

        idea.ReportProgress(Reviewer, at, 100, Make.Solar(1403, 2, 11), "کار تمام شد.").IsSuccess.Should().BeTrue();
        idea.ReportProgress(Reviewer, at, 0, Make.Solar(1403, 2, 11), "سیل نهال‌ها را برد؛ از نو.").IsSuccess.Should().BeTrue();

        idea.ProgressPercent.Should().Be(0);
        idea.Status.Should().Be(IdeaStatus.InProgress, "full progress does not implement the idea; an official does");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void ReportProgress_IsRefused_WhenThePercentIsOutOfRange(int percent)
    {
        var idea = InProgressSince10Ordibehesht();

        var result = idea.ReportProgress(Reviewer, At(1403, 2, 11), percent, Make.Solar(1403, 2, 11), "گزارش");

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.ProgressOutOfRange);
        violation.Message.English.Should().Be($"Progress must be from 0 to 100 percent; it was given as {percent}.");
        violation.Message.Persian.Should().Contain("۱۰۰");
        idea.Milestones.Should().BeEmpty();
        idea.ProgressPercent.Should().Be(0);
    }

    [Theory]
    [InlineData(IdeaStatus.Submitted)]
    [InlineData(IdeaStatus.UnderReview)]
    [InlineData(IdeaStatus.Accepted)]
    [InlineData(IdeaStatus.Rejected)]
    [InlineData(IdeaStatus.Implemented)]
    [InlineData(IdeaStatus.Withdrawn)]
    public void ReportProgress_IsRefused_WhenTheIdeaIsNotInProgress(IdeaStatus status)
    {
        var idea = InStatus(status, Day1);

        var result = idea.ReportProgress(Reviewer, idea.LastChangedAt, 50, Make.Solar(1403, 2, 1), "نیمه");

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.ProgressNeedsImplementation);
        violation.Message.English.Should().Be($"This idea is {EnglishNames[status]}; you can record progress only when it is in progress.");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        idea.Milestones.Should().BeEmpty();
    }

    [Fact]
    public void ReportProgress_IsRefused_WhenTheMilestoneIsDatedAfterTheDayItIsRecorded()
    {
        var idea = InProgressSince10Ordibehesht();

        // 23:30 on 20 Ordibehesht in Tehran: the city's date is the 20th, so the 21st is still to come.
        var result = idea.ReportProgress(Reviewer, At(1403, 2, 20, 23, 30), 40, Make.Solar(1403, 2, 21), "فردا");

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.MilestoneInFuture);
        violation.Message.English.Should().Be("The milestone is dated 21 Ordibehesht 1403, which has not come yet; today is 20 Ordibehesht 1403.");
        violation.Message.Persian.Should().Contain("۱۴۰۳/۰۲/۲۱");
        idea.ReportProgress(Reviewer, At(1403, 2, 20, 23, 30), 40, Make.Solar(1403, 2, 20), "امروز").IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void ReportProgress_IsRefused_WhenTheMilestoneIsDatedBeforeTheIdeaWasAccepted()
    {
        var idea = InProgressSince10Ordibehesht();

        var result = idea.ReportProgress(Reviewer, At(1403, 2, 12), 10, Make.Solar(1403, 2, 9), "پیش از پذیرش");

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.MilestoneBeforeAcceptance);
        violation.Message.English.Should().Be("The milestone is dated 9 Ordibehesht 1403, before the idea was accepted on 10 Ordibehesht 1403.");
        violation.Message.Persian.Should().Contain("۱۴۰۳/۰۲/۱۰");
        idea.ReportProgress(Reviewer, At(1403, 2, 12), 10, Make.Solar(1403, 2, 10), "روز پذیرش").IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void ReportProgress_IsRefused_WhenRecordedBeforeTheIdeasLastChange()
    {
        var idea = InProgressSince10Ordibehesht();
        idea.ReportProgress(Reviewer, At(1403, 2, 20), 50, Make.Solar(1403, 2, 20), "نیمه").ThrowIfFailed();

        var result = idea.ReportProgress(Reviewer, At(1403, 2, 19), 60, Make.Solar(1403, 2, 19), "دیروز");

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.DatedTooEarly);
        idea.ProgressPercent.Should().Be(50);
    }

    [Fact]
    public void ReportProgress_Throws_WhenTheCallerBreaksItsContract()
    {
        var idea = InProgressSince10Ordibehesht();

        FluentActions.Invoking(() => idea.ReportProgress(null!, At(1403, 2, 11), 5, Make.Solar(1403, 2, 11), "گام")).Should().Throw<ArgumentNullException>();
        idea.ReportProgress(Reviewer, At(1403, 2, 11), 5, Make.Solar(1403, 2, 11), "").Violations.Should().ContainSingle()
            .Which.Rule.Should().Be(InputRuleIds.Required, "typed text is refused, not thrown on (ADR 0003)");
    }

    [Fact]
    public void RecordImplementer_RecordsResidentsWhoCarryOutTheIdea_AndRefusesTheSameResidentTwice()
    {
        var idea = InStatus(IdeaStatus.Accepted, Day1);
        var neighbour = ResidentId.New();
        var at = idea.LastChangedAt + Duration.FromHours(1);

        idea.RecordImplementer(Reviewer, idea.ProposerId, at).ThrowIfFailed();
        idea.RecordImplementer(Reviewer, neighbour, at).ThrowIfFailed();
        var again = idea.RecordImplementer(Reviewer, neighbour, at);

        idea.Implementers.Should().Equal(
            new IdeaImplementer(idea.ProposerId, Actor.Official(Reviewer), at),
            new IdeaImplementer(neighbour, Actor.Official(Reviewer), at));
        var violation = again.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.AlreadyImplementer);
        violation.Message.English.Should().Be("This resident is already recorded as carrying out this idea.");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        idea.DomainEvents.OfType<IdeaImplementerRecorded>().Should().HaveCount(2);
    }

    [Theory]
    [InlineData(IdeaStatus.Submitted)]
    [InlineData(IdeaStatus.UnderReview)]
    [InlineData(IdeaStatus.Rejected)]
    [InlineData(IdeaStatus.Withdrawn)]
    public void RecordImplementer_IsRefused_BeforeAcceptance(IdeaStatus status)
    {
        var idea = InStatus(status, Day1);

        var result = idea.RecordImplementer(Reviewer, ResidentId.New(), idea.LastChangedAt);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.ImplementersNeedAcceptance);
        violation.Message.English.Should().Be(
            $"This idea is {EnglishNames[status]}; you can record who carries it out only when it is accepted, in progress or implemented.");
        idea.Implementers.Should().BeEmpty();
    }

    [Fact]
    public void RecordImplementer_CompletesTheRecordAfterImplementation_AndTheIdeaCountsAsCarriedOutByResidents()
    {
        var idea = InStatus(IdeaStatus.Implemented, Day1);
        idea.IsCarriedOutByResidents.Should().BeFalse();

        idea.RecordImplementer(Reviewer, idea.ProposerId, idea.LastChangedAt + Duration.FromDays(1)).ThrowIfFailed();

        idea.IsCarriedOutByResidents.Should().BeTrue();
    }

    [Fact]
    public void IsCarriedOutByResidents_IsFalse_UntilTheIdeaIsImplemented()
    {
        var idea = InStatus(IdeaStatus.InProgress, Day1);
        idea.RecordImplementer(Reviewer, idea.ProposerId, idea.LastChangedAt).ThrowIfFailed();

        idea.IsCarriedOutByResidents.Should().BeFalse();
    }
}
