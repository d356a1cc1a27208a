using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class CitizenIdeaTest
{
    [Fact]
    public void Resubmit_CreatesTheNextVersion_LinkedBothWays_AndStartingAfresh()
    {
        var rejected = InStatus(IdeaStatus.Rejected, Day1);
        rejected.ClearDomainEvents();
        var newId = CitizenIdeaId.New();
        var at = rejected.LastChangedAt + Duration.FromDays(3);
        var revised = Draft(North, "environment", new Rials(4_000_000), "کاشت درخت در کوچهٔ پشتی");

        var version2 = rejected.Resubmit(newId, City(), rejected.ProposerId, revised, at).Value;

        version2.Id.Should().Be(newId);
        version2.Version.Should().Be(2);
        version2.PreviousVersionId.Should().Be(rejected.Id);
        version2.ProposerId.Should().Be(rejected.ProposerId);
        version2.Title.Should().Be("کاشت درخت در کوچهٔ پشتی");
        version2.EstimatedCost.Should().Be(new Rials(4_000_000));
        version2.SubmittedAt.Should().Be(at);
        version2.FirstSubmittedAt.Should().Be(Day1, "the idea was first registered with version 1");
        version2.Status.Should().Be(IdeaStatus.Submitted);
        version2.Endorsements.Should().BeEmpty();
        version2.Transitions.Should().BeEmpty();
        version2.DomainEvents.Should().ContainSingle().Which.Should().Be(new IdeaSubmitted(newId, rejected.MunicipalityId, rejected.ProposerId, 2, at));
        rejected.NextVersionId.Should().Be(newId);
        rejected.IsLatestVersion.Should().BeFalse();
        rejected.Status.Should().Be(IdeaStatus.Rejected);
        rejected.DomainEvents.Should().ContainSingle().Which.Should().Be(new IdeaResubmitted(rejected.Id, newId));
    }

    [Fact]
    public void Resubmit_KeepsTheFirstSubmissionAcrossSeveralVersions()
    {
        var version1 = InStatus(IdeaStatus.Rejected, Day1);
        var version2 = version1.Resubmit(CitizenIdeaId.New(), City(), version1.ProposerId, Draft(North), version1.LastChangedAt).Value;
        version2.StartReview(Reviewer, version2.SubmittedAt, "بررسی").ThrowIfFailed();
        version2.Reject(Reviewer, version2.SubmittedAt, "هنوز نه").ThrowIfFailed();

        var version3 = version2.Resubmit(CitizenIdeaId.New(), City(), version1.ProposerId, Draft(North), version2.LastChangedAt).Value;

        version3.Version.Should().Be(3);
        version3.PreviousVersionId.Should().Be(version2.Id);
        version3.FirstSubmittedAt.Should().Be(version1.SubmittedAt);
    }

    [Fact]
    public void Resubmit_IsRefused_WhenTheResidentIsNotTheProposer()
    {
        var rejected = InStatus(IdeaStatus.Rejected, Day1);

        var result = rejected.Resubmit(CitizenIdeaId.New(), City(), ResidentId.New(), Draft(North), rejected.LastChangedAt);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.ProposerOnly);
        violation.Message.English.Should().Be("Only the resident who proposed this idea can resubmit it as a new version.");
        rejected.NextVersionId.Should().BeNull();
    }

    [Fact]
    public void Resubmit_IsRefused_WhenThisVersionWasAlreadyResubmitted()
    {
        var rejected = InStatus(IdeaStatus.Rejected, Day1);
        var first = rejected.Resubmit(CitizenIdeaId.New(), City(), rejected.ProposerId, Draft(North), rejected.LastChangedAt).Value;

        var result = rejected.Resubmit(CitizenIdeaId.New(), City(), rejected.ProposerId, Draft(North), rejected.LastChangedAt);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be(IdeaRuleIds.AlreadyResubmitted);
        violation.Message.English.Should().Be($"A new version of this idea was already submitted ({first.Id}); follow that version instead.");
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
        rejected.NextVersionId.Should().Be(first.Id);
    }

    [Fact]
    public void Resubmit_ChangesNeitherVersion_WhenTheRevisedDraftBreaksASubmissionRule()
    {
        var rejected = InStatus(IdeaStatus.Rejected, Day1);
        rejected.ClearDomainEvents();
        var draft = new IdeaDraft("رصدخانه", "رصدخانهٔ محله", new UrbanField("space", new LocalizedText("فضا", "Space")), North);

        var result = rejected.Resubmit(CitizenIdeaId.New(), City(), rejected.ProposerId, draft, rejected.LastChangedAt);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.UnknownField);
        rejected.NextVersionId.Should().BeNull();
        rejected.DomainEvents.Should().BeEmpty();
    }

    [Fact]
    public void Resubmit_IsRefused_WhenDatedBeforeTheRejection()
    {
        var rejected = InStatus(IdeaStatus.Rejected, Day1);

        var result = rejected.Resubmit(CitizenIdeaId.New(), City(), rejected.ProposerId, Draft(North), rejected.LastChangedAt - Duration.FromMinutes(1));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.DatedTooEarly);
    }

    [Fact]
    public void Resubmit_Throws_WhenTheCallerBreaksItsContract()
    {
        var rejected = InStatus(IdeaStatus.Rejected, Day1);
        var at = rejected.LastChangedAt;
        var elsewhere = Municipality.Create(MunicipalityId.New(), new LocalizedText("کرمان", "Kerman"), RafsanjanPreset.Charter).Value;

        FluentActions.Invoking(() => rejected.Resubmit(rejected.Id, City(), rejected.ProposerId, Draft(North), at))
            .Should().Throw<ArgumentException>().WithParameterName("newId");
        FluentActions.Invoking(() => rejected.Resubmit(CitizenIdeaId.New(), elsewhere, rejected.ProposerId, Draft(North), at))
            .Should().Throw<ArgumentException>().WithParameterName("municipality");
        FluentActions.Invoking(() => rejected.Resubmit(default, City(), rejected.ProposerId, Draft(North), at)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => rejected.Resubmit(CitizenIdeaId.New(), City(), rejected.ProposerId, null!, at)).Should().Throw<ArgumentNullException>();
        rejected.NextVersionId.Should().BeNull();
    }
}
