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
    public void Endorse_RecordsTheResidentAndTheInstant()
    {
        var idea = Submitted(Day1);
        var resident = ResidentId.New();
        var at = Day1 + Duration.FromHours(5);

        idea.Endorse(resident, at, Rules).IsSuccess.Should().BeTrue();

        idea.Endorsements.Should().Equal(new IdeaEndorsement(resident, at));
        idea.IsEndorsedBy(resident).Should().BeTrue();
        idea.DomainEvents.OfType<IdeaEndorsed>().Should().ContainSingle().Which.Endorsement.ResidentId.Should().Be(resident);
        idea.LastChangedAt.Should().Be(Day1, "an endorsement is not a change of the idea's state");
    }

    [Fact]
    public void Endorse_IsRefused_ForTheProposer()
    {
        var idea = Submitted(Day1);

        var result = idea.Endorse(idea.ProposerId, Day1 + Duration.FromHours(1), Rules);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.OwnIdeaEndorsement);
        violation.Message.English.Should().Be("The proposer cannot endorse their own idea.");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        idea.Endorsements.Should().BeEmpty();
    }

    [Fact]
    public void Endorse_IsRefused_WhenTheResidentHasAlreadyEndorsed()
    {
        var idea = Submitted(Day1);
        var resident = ResidentId.New();
        idea.Endorse(resident, At(1403, 2, 1, 18, 5), Rules).ThrowIfFailed();

        var result = idea.Endorse(resident, At(1403, 2, 2), Rules);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.AlreadyEndorsed);
        violation.Message.English.Should().Be("You endorsed this idea at 1 Ordibehesht 1403 18:05 Tehran time; each resident endorses an idea once.");
        violation.Message.Persian.Should().Contain("۱۸:۰۵");
        idea.Endorsements.Should().ContainSingle();
    }

    [Theory]
    [InlineData(IdeaStatus.Rejected)]
    [InlineData(IdeaStatus.Withdrawn)]
    [InlineData(IdeaStatus.Implemented)]
    public void Endorse_IsRefused_OnceTheIdeaIsClosed(IdeaStatus status)
    {
        var idea = InStatus(status, Day1);

        var result = idea.Endorse(ResidentId.New(), idea.LastChangedAt + Duration.FromHours(1), Rules);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.EndorsementsClosed);
        violation.Message.English.Should().Be(
            $"This idea is {EnglishNames[status]}; you can endorse it or withdraw an endorsement only when it is submitted, under review, accepted or in progress.");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        idea.Endorsements.Should().BeEmpty();
    }

    [Theory]
    [InlineData(IdeaStatus.Submitted)]
    [InlineData(IdeaStatus.UnderReview)]
    [InlineData(IdeaStatus.Accepted)]
    [InlineData(IdeaStatus.InProgress)]
    public void Endorse_IsAllowed_UntilTheIdeaIsClosed(IdeaStatus status)
    {
        var idea = InStatus(status, Day1);

        idea.Endorse(ResidentId.New(), idea.LastChangedAt + Duration.FromHours(1), Rules).IsSuccess.Should().BeTrue();

        idea.Status.Should().Be(status);
    }

    [Fact]
    public void Endorse_IsRefused_WhenDatedBeforeTheIdeasLastChange()
    {
        var idea = Submitted(Day1);

        var result = idea.Endorse(ResidentId.New(), Day1 - Duration.FromMinutes(1), Rules);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.DatedTooEarly);
        idea.Endorsements.Should().BeEmpty();
    }

    [Fact]
    public void Endorse_MovesTheIdeaToReview_WhenSupportReachesTheThresholdInsideTheWindow()
    {
        var idea = Submitted(Day1);
        var third = Day1 + Duration.FromDays(29);

        idea.Endorse(ResidentId.New(), Day1 + Duration.FromDays(1), Rules).ThrowIfFailed();
        idea.Endorse(ResidentId.New(), Day1 + Duration.FromDays(2), Rules).ThrowIfFailed();
        idea.Status.Should().Be(IdeaStatus.Submitted, "two endorsements are below the threshold of three");
        idea.Endorse(ResidentId.New(), third, Rules).ThrowIfFailed();

        idea.Status.Should().Be(IdeaStatus.UnderReview);
        var transition = idea.Transitions.Should().ContainSingle().Subject;
        transition.From.Should().Be(IdeaStatus.Submitted);
        transition.By.Should().Be(Actor.Charter);
        transition.At.Should().Be(third);
        transition.Reason.Should().Be("رسیدن به ۳ حمایت در ۳۰ روز / Reached 3 endorsements within 30 days");
        idea.DomainEvents.OfType<IdeaStatusChanged>().Should().ContainSingle();
    }

    [Fact]
    public void Endorse_MovesTheIdeaToReview_OnTheLastTickOfTheWindow()
    {
        var idea = Submitted(Day1);
        var windowEnd = Day1 + Duration.FromDays(Rules.SupportWindowDays);
        idea.Endorse(ResidentId.New(), Day1, Rules).ThrowIfFailed();
        idea.Endorse(ResidentId.New(), Day1 + Duration.FromDays(10), Rules).ThrowIfFailed();

        idea.Endorse(ResidentId.New(), windowEnd - Duration.Epsilon, Rules).ThrowIfFailed();

        idea.Status.Should().Be(IdeaStatus.UnderReview);
    }

    [Fact]
    public void Endorse_LeavesTheIdeaSubmitted_WhenTheThresholdIsReachedOnlyAfterTheWindow()
    {
        var idea = Submitted(Day1);
        var windowEnd = Day1 + Duration.FromDays(Rules.SupportWindowDays);
        idea.Endorse(ResidentId.New(), Day1 + Duration.FromDays(1), Rules).ThrowIfFailed();
        idea.Endorse(ResidentId.New(), Day1 + Duration.FromDays(2), Rules).ThrowIfFailed();

        idea.Endorse(ResidentId.New(), windowEnd, Rules).ThrowIfFailed();
        idea.Endorse(ResidentId.New(), windowEnd + Duration.FromDays(3), Rules).ThrowIfFailed();

        idea.Endorsements.Should().HaveCount(4);
        idea.Status.Should().Be(IdeaStatus.Submitted, "only two endorsements came within the 30 days");
        idea.Transitions.Should().BeEmpty();
    }

    [Fact]
    public void Endorse_UsesTheCharterRulesItIsGiven()
    {
        var idea = Submitted(Day1);
        var rafsanjan = City().Charter.Ideas;

        for (var i = 0; i < rafsanjan.SupportThreshold - 1; i++)
        {
            idea.Endorse(ResidentId.New(), Day1 + Duration.FromMinutes(i), rafsanjan).ThrowIfFailed();
        }

        idea.Status.Should().Be(IdeaStatus.Submitted);
        idea.Endorse(ResidentId.New(), Day1 + Duration.FromDays(89), rafsanjan).ThrowIfFailed();
        idea.Status.Should().Be(IdeaStatus.UnderReview, "Rafsanjan's default is 100 endorsements within 90 days");
    }

    [Fact]
    public void Endorse_AddsNoTransition_WhenAnOfficialAlreadyStartedTheReview()
    {
        var idea = InStatus(IdeaStatus.UnderReview, Day1);
        var at = idea.LastChangedAt;

        for (var i = 0; i < Rules.SupportThreshold + 1; i++)
        {
            idea.Endorse(ResidentId.New(), at, Rules).ThrowIfFailed();
        }

        idea.Transitions.Should().ContainSingle().Which.By.Should().Be(Actor.Official(Reviewer));
    }

    [Fact]
    public void WithdrawEndorsement_RemovesIt_AndTheResidentMayEndorseAgain()
    {
        var idea = Submitted(Day1);
        var resident = ResidentId.New();
        idea.Endorse(resident, Day1 + Duration.FromHours(1), Rules).ThrowIfFailed();

        idea.WithdrawEndorsement(resident, Day1 + Duration.FromHours(2)).IsSuccess.Should().BeTrue();

        idea.Endorsements.Should().BeEmpty();
        idea.IsEndorsedBy(resident).Should().BeFalse();
        idea.DomainEvents.OfType<IdeaEndorsementWithdrawn>().Should().ContainSingle()
            .Which.Should().Be(new IdeaEndorsementWithdrawn(idea.Id, resident, Day1 + Duration.FromHours(2)));
        idea.Endorse(resident, Day1 + Duration.FromHours(3), Rules).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void WithdrawEndorsement_IsRefused_WhenTheResidentHasNotEndorsed()
    {
        var idea = Submitted(Day1);

        var result = idea.WithdrawEndorsement(ResidentId.New(), Day1 + Duration.FromHours(1));

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.NotEndorsed);
        violation.Message.English.Should().Be("You have not endorsed this idea, so there is no endorsement to withdraw.");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void WithdrawEndorsement_IsRefused_WhenDatedBeforeTheEndorsement()
    {
        var idea = Submitted(Day1);
        var resident = ResidentId.New();
        idea.Endorse(resident, Day1 + Duration.FromHours(5), Rules).ThrowIfFailed();

        var result = idea.WithdrawEndorsement(resident, Day1 + Duration.FromHours(4));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.DatedTooEarly);
        idea.IsEndorsedBy(resident).Should().BeTrue();
    }

    [Fact]
    public void WithdrawEndorsement_IsRefused_OnceTheIdeaIsImplemented_SoTheRecordOfSupportStays()
    {
        var idea = InStatus(IdeaStatus.InProgress, Day1);
        var resident = ResidentId.New();
        idea.Endorse(resident, idea.LastChangedAt, Rules).ThrowIfFailed();
        idea.Implement(Reviewer, idea.LastChangedAt + Duration.FromDays(1), "انجام شد").ThrowIfFailed();

        var result = idea.WithdrawEndorsement(resident, idea.LastChangedAt + Duration.FromDays(1));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.EndorsementsClosed);
        idea.IsEndorsedBy(resident).Should().BeTrue();
    }

    [Fact]
    public void WithdrawEndorsement_LeavesAnIdeaItsSupportMovedToReview_UnderReview()
    {
        var idea = Submitted(Day1);
        var residents = Enumerable.Range(0, Rules.SupportThreshold).Select(_ => ResidentId.New()).ToList();
        residents.ForEach(r => idea.Endorse(r, Day1 + Duration.FromHours(1), Rules).ThrowIfFailed());

        idea.WithdrawEndorsement(residents[0], Day1 + Duration.FromHours(2)).ThrowIfFailed();

        idea.Status.Should().Be(IdeaStatus.UnderReview);
        idea.Endorsements.Should().HaveCount(Rules.SupportThreshold - 1);
    }

    [Fact]
    public void Endorse_Throws_WhenTheCallerBreaksItsContract()
    {
        var idea = Submitted(Day1);

        FluentActions.Invoking(() => idea.Endorse(default, Day1, Rules)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => idea.Endorse(ResidentId.New(), Day1, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => idea.WithdrawEndorsement(default, Day1)).Should().Throw<ArgumentException>();
    }
}
