using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class CitizenIdeaTest
{
    private static readonly Instant Day0 = At(1403, 2, 1);

    [Fact]
    public void Accept_IsRefusedNotThrown_WhenTheIdeaIsOnlySubmitted_WhateverTheAnswer()
    {
        // Issue 15: "Accept on a submitted idea throws". With a blank answer the text was checked (and threw) before the state.
        foreach (var answer in new string?[] { "پذیرفته شد", string.Empty, null, HostileInput.FiveThousandCharacters })
        {
            var idea = InStatus(IdeaStatus.Submitted, Day0);

            var result = idea.Accept(Reviewer, Day0 + Duration.FromHours(1), answer!);

            result.Violations.Should().ContainSingle().Which.Rule.Should().Be(IdeaRuleIds.TransitionNotAllowed);
            idea.Status.Should().Be(IdeaStatus.Submitted);
        }
    }

    public static TheoryData<string?, string> BadReasons() => new()
    {
        { null, InputRuleIds.Required },
        { "   ", InputRuleIds.Required },
        { HostileInput.FiveThousandCharacters, InputRuleIds.TooLong },
        { new string('x', CitizenIdea.MaxReasonLength + 1), InputRuleIds.TooLong },
        { HostileInput.ZeroWidthOnly, InputRuleIds.InvisibleOnly },
        { HostileInput.RightToLeftOverride, InputRuleIds.BidiControl },
        { "دلیل\u0000", InputRuleIds.ControlCharacter },
    };

    [Theory]
    [MemberData(nameof(BadReasons))]
    public void StaffActs_RefuseBadText_ByRule_AndLeaveTheIdeaUnchanged(string? text, string rule)
    {
        var acts = new (IdeaStatus From, Func<CitizenIdea, Instant, Result> Act)[]
        {
            (IdeaStatus.Submitted, (i, at) => i.StartReview(Reviewer, at, text!)),
            (IdeaStatus.UnderReview, (i, at) => i.Accept(Reviewer, at, text!)),
            (IdeaStatus.UnderReview, (i, at) => i.Reject(Reviewer, at, text!)),
            (IdeaStatus.Accepted, (i, at) => i.StartImplementation(Reviewer, at, text!)),
            (IdeaStatus.InProgress, (i, at) => i.ReportProgress(Reviewer, at, 40, PersianDatesToday(at), text!)),
            (IdeaStatus.InProgress, (i, at) => i.Implement(Reviewer, at, text!)),
            (IdeaStatus.Submitted, (i, at) => i.Withdraw(i.ProposerId, at, text!)),
            (IdeaStatus.Submitted, (i, at) => i.Report(ResidentId.New(), at, text!, Rules)),
            (IdeaStatus.Submitted, (i, at) => i.Remove(Moderator, at, text!)),
        };

        foreach (var (from, act) in acts)
        {
            var idea = InStatus(from, Day0);
            var before = (idea.Status, idea.Visibility, idea.Transitions.Count, idea.LastChangedAt);

            var result = act(idea, idea.LastChangedAt + Duration.FromHours(1));

            result.Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
            (idea.Status, idea.Visibility, idea.Transitions.Count, idea.LastChangedAt).Should().Be(before);
        }
    }

    [Fact]
    public void Restore_RefusesBadText_ByRule()
    {
        var idea = InStatus(IdeaStatus.Submitted, Day0);
        for (var i = 0; i < Rules.ReportsToHide; i++)
        {
            idea.Report(ResidentId.New(), Day0 + Duration.FromHours(1 + i), "توهین‌آمیز", Rules).ThrowIfFailed();
        }

        idea.Restore(Moderator, Day0 + Duration.FromDays(1), HostileInput.RightToLeftOverride)
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.BidiControl);
        idea.Visibility.Should().Be(IdeaVisibility.Hidden);
    }

    [Fact]
    public void Accept_KeepsAFormulaAndAZwnjUnchanged_AsPlainText()
    {
        var idea = InStatus(IdeaStatus.UnderReview, Day0);
        var answer = HostileInput.PersianWithZwnj + " " + HostileInput.Formula;

        idea.Accept(Reviewer, idea.LastChangedAt + Duration.FromHours(1), "  " + answer + "\n").ThrowIfFailed();

        idea.OfficialAnswer!.Reason.Should().Be(answer);
    }

    [Fact]
    public void Submit_RefusesAnEstimatedCostAboveTheMaximum_EvenFromADraftBuiltWithItsConstructor()
    {
        var draft = Draft(North, cost: new Rials(long.MaxValue));

        var result = CitizenIdea.Submit(CitizenIdeaId.New(), City(), ResidentId.New(), draft, Day0);

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.AmountOutOfRange);
    }

    private static LocalDate PersianDatesToday(Instant at) => ParticipatoryGovernance.Calendar.PersianDates.InCity(at).Date;
}
