using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Residents;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class CitizenIdeaTest
{
    [Fact]
    public void Report_HidesTheIdea_AtTheCharterNumberOfReports()
    {
        var idea = Submitted(Day1);
        var third = Day1 + Duration.FromHours(3);

        idea.Report(ResidentId.New(), Day1 + Duration.FromHours(1), "ناسزا دارد", Rules).ThrowIfFailed();
        idea.Report(ResidentId.New(), Day1 + Duration.FromHours(2), "تبلیغ است", Rules).ThrowIfFailed();
        idea.Visibility.Should().Be(IdeaVisibility.Visible, "two reports are fewer than three");
        idea.Report(ResidentId.New(), third, "توهین به همسایه‌ها", Rules).ThrowIfFailed();

        idea.Visibility.Should().Be(IdeaVisibility.Hidden);
        idea.PendingReports.Should().Be(3);
        idea.Reports.Select(r => r.Reason).Should().Equal("ناسزا دارد", "تبلیغ است", "توهین به همسایه‌ها");
        idea.VisibilityChanges.Should().Equal(new IdeaVisibilityChange(
            IdeaVisibility.Visible, IdeaVisibility.Hidden, Actor.Charter, third, "۳ گزارش از شهروندان؛ پنهان تا تصمیم ناظر / Reported by 3 residents; hidden until a moderator decides"));
        idea.Status.Should().Be(IdeaStatus.Submitted, "moderation does not touch the lifecycle");
        idea.DomainEvents.OfType<IdeaReported>().Should().HaveCount(3);
        idea.DomainEvents.OfType<IdeaVisibilityChanged>().Should().ContainSingle();
    }

    [Fact]
    public void Report_HidesAfterThree_WithRafsanjansDefault_AsDecidimDoes()
    {
        var idea = Submitted(Day1);
        var rules = City().Charter.Ideas;

        idea.Report(ResidentId.New(), Day1, "ناسزا", rules).ThrowIfFailed();
        idea.Report(ResidentId.New(), Day1, "ناسزا", rules).ThrowIfFailed();
        idea.Visibility.Should().Be(IdeaVisibility.Visible);
        idea.Report(ResidentId.New(), Day1, "ناسزا", rules).ThrowIfFailed();

        idea.Visibility.Should().Be(IdeaVisibility.Hidden);
    }

    [Fact]
    public void Report_IsRefused_WhenTheResidentAlreadyReportedIt()
    {
        var idea = Submitted(Day1);
        var resident = ResidentId.New();
        idea.Report(resident, Day1, "ناسزا", Rules).ThrowIfFailed();

        var result = idea.Report(resident, Day1 + Duration.FromHours(1), "باز هم ناسزا", Rules);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.AlreadyReported);
        violation.Message.English.Should().Be("You have already reported this idea; your report is waiting for a moderator.");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        idea.Reports.Should().ContainSingle();
    }

    [Fact]
    public void Report_IsRefused_WhenDatedBeforeTheIdeasLastChange()
    {
        var idea = Submitted(Day1);

        idea.Report(ResidentId.New(), Day1 - Duration.FromSeconds(1), "ناسزا", Rules)
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.DatedTooEarly);
        idea.Reports.Should().BeEmpty();
    }

    [Fact]
    public void HiddenIdea_RefusesReportsEndorsementsAndTransitions_UntilAModeratorDecides()
    {
        var idea = Submitted(Day1);
        Hide(idea, Day1);
        var at = Day1 + Duration.FromHours(1);

        var results = new[]
        {
            idea.Report(ResidentId.New(), at, "ناسزا", Rules),
            idea.Endorse(ResidentId.New(), at, Rules),
            idea.StartReview(Reviewer, at, "بررسی"),
        };

        foreach (var result in results)
        {
            var violation = result.Violations.Should().ContainSingle().Subject;
            violation.Rule.Should().Be(IdeaRuleIds.HiddenPendingModeration);
            violation.Message.English.Should().Be("This idea is hidden after residents' reports; nothing can change until a moderator restores or removes it.");
            violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        }

        idea.Status.Should().Be(IdeaStatus.Submitted);
        idea.Endorsements.Should().BeEmpty();
        idea.Reports.Should().HaveCount(Rules.ReportsToHide);
    }

    [Fact]
    public void HiddenIdea_MayStillBeWithdrawnByItsProposer()
    {
        var idea = Submitted(Day1);
        Hide(idea, Day1);

        idea.Withdraw(idea.ProposerId, Day1 + Duration.FromHours(1), "پس می‌گیرم").IsSuccess.Should().BeTrue();

        idea.Status.Should().Be(IdeaStatus.Withdrawn);
        idea.Visibility.Should().Be(IdeaVisibility.Hidden);
    }

    [Fact]
    public void Restore_ShowsTheIdeaAgain_AndStartsANewRoundOfReports()
    {
        var idea = Submitted(Day1);
        var firstReporter = ResidentId.New();
        idea.Report(firstReporter, Day1, "ناسزا", Rules).ThrowIfFailed();
        idea.Report(ResidentId.New(), Day1, "ناسزا", Rules).ThrowIfFailed();
        idea.Report(ResidentId.New(), Day1, "ناسزا", Rules).ThrowIfFailed();
        var restoredAt = Day1 + Duration.FromDays(1);

        idea.Restore(Moderator, restoredAt, "انتقاد است، نه توهین.").IsSuccess.Should().BeTrue();

        idea.Visibility.Should().Be(IdeaVisibility.Visible);
        idea.ModerationRound.Should().Be(1);
        idea.PendingReports.Should().Be(0);
        idea.VisibilityChanges[^1].Should().Be(new IdeaVisibilityChange(
            IdeaVisibility.Hidden, IdeaVisibility.Visible, Actor.Official(Moderator), restoredAt, "انتقاد است، نه توهین."));

        // The same resident may report again in the new round, and it takes three new reports to hide it again.
        idea.Report(firstReporter, restoredAt, "باز هم", Rules).ThrowIfFailed();
        idea.Report(ResidentId.New(), restoredAt, "باز هم", Rules).ThrowIfFailed();
        idea.Visibility.Should().Be(IdeaVisibility.Visible);
        idea.Report(ResidentId.New(), restoredAt, "باز هم", Rules).ThrowIfFailed();
        idea.Visibility.Should().Be(IdeaVisibility.Hidden);
        idea.Reports.Should().HaveCount(6);
        idea.Reports.Select(r => r.Round).Should().Equal(0, 0, 0, 1, 1, 1);
    }

    [Fact]
    public void Restore_IsRefused_WhenTheIdeaIsNotHidden()
    {
        var idea = Submitted(Day1);

        var result = idea.Restore(Moderator, Day1, "نیازی نیست");

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.NotHidden);
        violation.Message.English.Should().Be("This idea is not hidden, so there is nothing to restore.");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        idea.ModerationRound.Should().Be(0);
    }

    [Fact]
    public void Remove_RemovesAHiddenIdeaForGood_AndEveryLaterActIsRefused()
    {
        var idea = InStatus(IdeaStatus.UnderReview, Day1);
        Hide(idea, idea.LastChangedAt);
        var removedAt = At(1403, 2, 3, 16, 45);

        idea.Remove(Moderator, removedAt, "توهین به یک خانواده").IsSuccess.Should().BeTrue();

        idea.Visibility.Should().Be(IdeaVisibility.Removed);
        idea.VisibilityChanges[^1].Should().Be(new IdeaVisibilityChange(
            IdeaVisibility.Hidden, IdeaVisibility.Removed, Actor.Official(Moderator), removedAt, "توهین به یک خانواده"));
        var later = removedAt + Duration.FromHours(1);
        var results = new[]
        {
            idea.Accept(Reviewer, later, "پذیرفته"),
            idea.Withdraw(idea.ProposerId, later, "پس می‌گیرم"),
            idea.Endorse(ResidentId.New(), later, Rules),
            idea.Report(ResidentId.New(), later, "ناسزا", Rules),
            idea.Restore(Moderator, later, "اشتباه شد"),
            idea.Remove(Moderator, later, "دوباره"),
        };
        foreach (var result in results)
        {
            var violation = result.Violations.Should().ContainSingle().Subject;
            violation.Rule.Should().Be(IdeaRuleIds.Removed);
            violation.Message.English.Should().Be("A moderator removed this idea at 3 Ordibehesht 1403 16:45 Tehran time; it can no longer change.");
            violation.Message.Persian.Should().Contain("۱۴۰۳/۰۲/۰۳");
        }

        idea.Status.Should().Be(IdeaStatus.UnderReview);
        idea.VisibilityChanges.Should().HaveCount(2);
    }

    [Fact]
    public void Remove_MayRemoveAVisibleIdeaDirectly()
    {
        var idea = Submitted(Day1);
        idea.Report(ResidentId.New(), Day1, "آگهی تجاری است", Rules).ThrowIfFailed();

        idea.Remove(Moderator, Day1 + Duration.FromHours(1), "آگهی تجاری").IsSuccess.Should().BeTrue();

        idea.VisibilityChanges.Should().ContainSingle().Which.From.Should().Be(IdeaVisibility.Visible);
    }

    [Fact]
    public void Moderation_IsRefused_WhenDatedBeforeTheIdeasLastChange()
    {
        var idea = Submitted(Day1);
        Hide(idea, Day1 + Duration.FromHours(2));

        idea.Restore(Moderator, Day1 + Duration.FromHours(1), "درست است")
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.DatedTooEarly);
        idea.Remove(Moderator, Day1 + Duration.FromHours(1), "نادرست است")
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.DatedTooEarly);
        idea.Visibility.Should().Be(IdeaVisibility.Hidden);
    }

    [Fact]
    public void Moderation_Throws_WhenTheCallerBreaksItsContract()
    {
        var idea = Submitted(Day1);

        FluentActions.Invoking(() => idea.Report(default, Day1, "ناسزا", Rules)).Should().Throw<ArgumentException>();
        idea.Report(ResidentId.New(), Day1, " ", Rules).Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.Required);
        FluentActions.Invoking(() => idea.Report(ResidentId.New(), Day1, "ناسزا", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => idea.Restore(null!, Day1, "درست")).Should().Throw<ArgumentNullException>();
        idea.Remove(Moderator, Day1, "").Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.Required);
        idea.Reports.Should().BeEmpty();
    }
}
