using NodaTime;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.Events;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Comments;

/// <summary>The comment aggregate: posting, threads, stance, the edit window, reports, hiding and participation.</summary>
public sealed class CommentTest
{
    private static readonly Instant T0 = At(1403, 3, 1);
    private static readonly CommentRules Window = new() { EditWindowMinutes = 15 };
    private readonly ResidentId _sara = ResidentId.New();
    private readonly ResidentId _ali = ResidentId.New();
    private readonly CitizenIdea _idea;

    public CommentTest() => _idea = Submitted(_sara, T0);

    private CommentTarget Target => CommentTarget.Of(_idea);

    private Comment Posted(ResidentId? author = null, string body = "موافقم؛ کوچهٔ ما سایه ندارد.") =>
        Comment.Post(CommentId.New(), Target, author ?? _ali, body, CommentStance.For, T0 + Duration.FromHours(1)).Value;

    [Fact]
    public void Post_KeepsTheTrimmedText_Stance_Subject_AndNamesTheProposerInItsEvent()
    {
        var result = Comment.Post(CommentId.New(), Target, _ali, "  موافقم  ", CommentStance.For, T0 + Duration.FromHours(1));

        result.IsSuccess.Should().BeTrue(result.ToString());
        var comment = result.Value;
        comment.Body.Should().Be("موافقم");
        comment.Stance.Should().Be(CommentStance.For);
        comment.Subject.Should().Be(CommentSubject.Idea(_idea.Id));
        comment.NeighbourhoodId.Should().Be(North);
        comment.Depth.Should().Be(0);
        comment.ParentId.Should().BeNull();
        var posted = comment.DomainEvents.Should().ContainSingle().Which.Should().BeOfType<CommentPosted>().Subject;
        posted.SubjectProposerId.Should().Be(_sara);
        posted.AuthorId.Should().Be(_ali);
        posted.ParentAuthorId.Should().BeNull();
    }

    [Fact]
    public void Reply_NamesTheParentsAuthor_AndGoesOneLevelDeeper()
    {
        var parent = Posted();

        var reply = Comment.Reply(CommentId.New(), parent, Target, _sara, "ممنون", CommentStance.None, T0 + Duration.FromHours(2));

        reply.IsSuccess.Should().BeTrue(reply.ToString());
        reply.Value.ParentId.Should().Be(parent.Id);
        reply.Value.Depth.Should().Be(1);
        var posted = reply.Value.DomainEvents.OfType<CommentPosted>().Single();
        posted.ParentAuthorId.Should().Be(_ali);
        posted.ParentId.Should().Be(parent.Id);
    }

    [Fact]
    public void Reply_IsRefused_BelowTheDeepestLevel()
    {
        var level0 = Posted();
        var level1 = Comment.Reply(CommentId.New(), level0, Target, _sara, "۱", CommentStance.None, T0 + Duration.FromHours(2)).Value;
        var level2 = Comment.Reply(CommentId.New(), level1, Target, _ali, "۲", CommentStance.None, T0 + Duration.FromHours(3)).Value;

        var level3 = Comment.Reply(CommentId.New(), level2, Target, _sara, "۳", CommentStance.None, T0 + Duration.FromHours(4));

        level2.Depth.Should().Be(Comment.MaxDepth - 1);
        level3.Violations.Should().ContainSingle().Which.Rule.Should().Be(CommentRuleIds.TooDeep);
    }

    [Fact]
    public void Reply_IsRefused_WhenTheParentIsOnAnotherSubject()
    {
        var parent = Posted();
        var otherIdea = Submitted(_sara, T0);

        var reply = Comment.Reply(CommentId.New(), parent, CommentTarget.Of(otherIdea), _sara, "پاسخ", CommentStance.None, T0 + Duration.FromHours(2));

        reply.Violations.Should().ContainSingle().Which.Rule.Should().Be(CommentRuleIds.ParentElsewhere);
    }

    [Fact]
    public void Reply_IsRefused_WhenTheParentIsHidden_OrDatedBeforeIt()
    {
        var parent = Posted();
        var early = Comment.Reply(CommentId.New(), parent, Target, _sara, "پاسخ", CommentStance.None, T0);
        parent.Hide(Moderator, T0 + Duration.FromHours(2), "توهین").ThrowIfFailed();

        var hidden = Comment.Reply(CommentId.New(), parent, Target, _sara, "پاسخ", CommentStance.None, T0 + Duration.FromHours(3));

        early.Violations.Should().ContainSingle().Which.Rule.Should().Be(CommentRuleIds.DatedTooEarly);
        hidden.Violations.Should().ContainSingle().Which.Rule.Should().Be(CommentRuleIds.Hidden);
    }

    [Fact]
    public void Post_IsRefused_OnAHiddenIdea_AndOnACancelledMeetingsItem()
    {
        _idea.Report(_ali, T0 + Duration.FromMinutes(1), "تبلیغ", Rules with { ReportsToHide = 1 }).ThrowIfFailed();
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), Make.Neighbourhood(1), new LocalizedText("مسجد", "Mosque"), T0 + Duration.FromDays(3), City().Charter.Meetings);
        meeting.AddAgendaItem("بوستان").ThrowIfFailed();
        meeting.Cancel("باران", T0).ThrowIfFailed();

        var onIdea = Comment.Post(CommentId.New(), Target, _ali, "نظر", CommentStance.None, T0 + Duration.FromHours(1));
        var onItem = Comment.Post(CommentId.New(), CommentTarget.Of(meeting, Make.Rafsanjan, 1).Value, _ali, "نظر", CommentStance.None, T0 + Duration.FromHours(1));

        onIdea.Violations.Should().ContainSingle().Which.Rule.Should().Be(CommentRuleIds.SubjectClosed);
        onItem.Violations.Should().ContainSingle().Which.Rule.Should().Be(CommentRuleIds.SubjectClosed);
    }

    [Fact]
    public void AgendaItemTarget_IsRefused_ForAnItemTheMeetingDoesNotHave()
    {
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), Make.Neighbourhood(1), new LocalizedText("مسجد", "Mosque"), T0 + Duration.FromDays(3), City().Charter.Meetings);
        meeting.AddAgendaItem("بوستان").ThrowIfFailed();

        var target = CommentTarget.Of(meeting, Make.Rafsanjan, 2);
        var good = CommentTarget.Of(meeting, Make.Rafsanjan, 1);

        target.Violations.Should().ContainSingle().Which.Rule.Should().Be(CommentRuleIds.UnknownAgendaItem);
        good.Value.Subject.Should().Be(CommentSubject.AgendaItem(meeting.Id, 1));
        good.Value.ProposerId.Should().BeNull();
    }

    [Theory]
    [InlineData(null, InputRuleIds.Required)]
    [InlineData("   ", InputRuleIds.Required)]
    [InlineData("\u200B\u200C\u200D", InputRuleIds.InvisibleOnly)]
    [InlineData("فاکتور\u202Egpj.exe", InputRuleIds.BidiControl)]
    [InlineData("بد\u0007", InputRuleIds.ControlCharacter)]
    public void Post_RefusesTextNobodyShouldRead(string? body, string rule)
    {
        var result = Comment.Post(CommentId.New(), Target, _ali, body, CommentStance.None, T0 + Duration.FromHours(1));

        result.Violations.Should().ContainSingle().Which.Rule.Should().Be(rule);
    }

    [Fact]
    public void Post_RefusesTooLongText_AndAcceptsExactlyTheLimit()
    {
        Comment.Post(CommentId.New(), Target, _ali, new string('ب', Comment.MaxBodyLength + 1), CommentStance.None, T0)
            .Violations.Should().ContainSingle().Which.Rule.Should().Be(InputRuleIds.TooLong);
        Comment.Post(CommentId.New(), Target, _ali, new string('ب', Comment.MaxBodyLength), CommentStance.None, T0).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public void Post_ThrowsForAStanceThatIsNotDefined_ACallerBug()
    {
        var act = () => Comment.Post(CommentId.New(), Target, _ali, "نظر", (CommentStance)7, T0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Edit_ByTheAuthorWithinTheWindow_ChangesTextAndStance_AndKeepsTheEarlierText()
    {
        var comment = Posted();
        var at = comment.PostedAt + Duration.FromMinutes(15);

        var result = comment.Edit(_ali, "مخالفم", CommentStance.Against, at, Window);

        result.IsSuccess.Should().BeTrue(result.ToString());
        comment.Body.Should().Be("مخالفم");
        comment.Stance.Should().Be(CommentStance.Against);
        comment.EditedAt.Should().Be(at);
        comment.Edits.Should().ContainSingle().Which.PreviousStance.Should().Be(CommentStance.For);
        comment.DomainEvents.OfType<CommentEdited>().Should().ContainSingle();
    }

    [Fact]
    public void Edit_IsRefused_ByAnotherResident_AfterTheWindow_WhenUnchanged_OrHidden()
    {
        var comment = Posted();
        var within = comment.PostedAt + Duration.FromMinutes(5);

        comment.Edit(_sara, "نه", CommentStance.None, within, Window).Violations.Single().Rule.Should().Be(CommentRuleIds.AuthorOnly);
        comment.Edit(_ali, "دیر", CommentStance.None, comment.PostedAt + Duration.FromMinutes(16), Window).Violations.Single().Rule.Should().Be(CommentRuleIds.EditWindowClosed);
        comment.Edit(_ali, comment.Body, comment.Stance, within, Window).Violations.Single().Rule.Should().Be(CommentRuleIds.Unchanged);
        comment.Edit(_ali, "", CommentStance.None, within, Window).Violations.Single().Rule.Should().Be(InputRuleIds.Required);
        comment.Edit(_ali, "تازه", CommentStance.None, within, new CommentRules { EditWindowMinutes = 0 }).Violations.Single().Rule.Should().Be(CommentRuleIds.EditWindowClosed);
        comment.Hide(Moderator, within, "توهین").ThrowIfFailed();
        comment.Edit(_ali, "تازه", CommentStance.None, within, Window).Violations.Single().Rule.Should().Be(CommentRuleIds.Hidden);
        comment.Body.Should().Be("موافقم؛ کوچهٔ ما سایه ندارد.");
    }

    [Fact]
    public void Reports_HideTheComment_AtTheCharterThreshold_AsForIdeas_ByTheCharter()
    {
        var comment = Posted();
        var reporters = Enumerable.Range(0, Rules.ReportsToHide).Select(_ => ResidentId.New()).ToList();

        foreach (var (reporter, i) in reporters.Select((r, i) => (r, i)))
        {
            comment.Visibility.Should().Be(CommentVisibility.Visible);
            comment.Report(reporter, comment.PostedAt + Duration.FromMinutes(i + 1), "توهین", Rules).ThrowIfFailed();
        }

        comment.Visibility.Should().Be(CommentVisibility.Hidden);
        comment.VisibilityChanges.Should().ContainSingle().Which.By.Should().Be(Actor.Charter);
        comment.DomainEvents.OfType<CommentReported>().Should().HaveCount(Rules.ReportsToHide);
        comment.DomainEvents.OfType<CommentHidden>().Should().ContainSingle().Which.AuthorId.Should().Be(_ali);
        comment.Participations().Should().BeEmpty("a hidden comment is not participation");
    }

    [Fact]
    public void Report_IsRefused_Twice_ByTheAuthor_WhileHidden_AndWithABadReason()
    {
        var comment = Posted();
        var at = comment.PostedAt + Duration.FromMinutes(1);
        comment.Report(_sara, at, "توهین", Rules).ThrowIfFailed();

        comment.Report(_sara, at, "باز", Rules).Violations.Single().Rule.Should().Be(CommentRuleIds.AlreadyReported);
        comment.Report(_ali, at, "خودم", Rules).Violations.Single().Rule.Should().Be(CommentRuleIds.OwnCommentReport);
        comment.Report(ResidentId.New(), at, new string('x', Comment.MaxReasonLength + 1), Rules).Violations.Single().Rule.Should().Be(InputRuleIds.TooLong);
        comment.Report(ResidentId.New(), comment.PostedAt, "زود", Rules).Violations.Single().Rule.Should().Be(CommentRuleIds.DatedTooEarly);
        comment.Hide(Moderator, at, "توهین").ThrowIfFailed();
        comment.Report(ResidentId.New(), at, "توهین", Rules).Violations.Single().Rule.Should().Be(CommentRuleIds.Hidden);
    }

    [Fact]
    public void Restore_StartsANewRound_SoEarlierReportersMayReportAgain()
    {
        var comment = Posted();
        var at = comment.PostedAt + Duration.FromMinutes(1);
        comment.Report(_sara, at, "توهین", Rules with { ReportsToHide = 1 }).ThrowIfFailed();

        var restored = comment.Restore(Moderator, at, "توهین نیست");
        var again = comment.Report(_sara, at, "باز هم", Rules);

        restored.IsSuccess.Should().BeTrue();
        comment.ModerationRound.Should().Be(1);
        again.IsSuccess.Should().BeTrue(again.ToString());
        comment.PendingReports.Should().Be(1);
        comment.DomainEvents.OfType<CommentRestored>().Should().ContainSingle().Which.Change.By.Should().Be(Actor.Official(Moderator));
    }

    [Fact]
    public void HideAndRestore_AreRefused_OutOfOrder_AndWithoutAReason()
    {
        var comment = Posted();
        var at = comment.PostedAt + Duration.FromMinutes(1);

        comment.Restore(Moderator, at, "چرا").Violations.Single().Rule.Should().Be(CommentRuleIds.NotHidden);
        comment.Hide(Moderator, at, "  ").Violations.Single().Rule.Should().Be(InputRuleIds.Required);
        comment.Hide(Moderator, at, "توهین").ThrowIfFailed();
        comment.Hide(Moderator, at, "باز").Violations.Single().Rule.Should().Be(CommentRuleIds.Hidden);
        comment.Restore(Moderator, at, "\u202E").Violations.Single().Rule.Should().Be(InputRuleIds.BidiControl);
    }

    [Fact]
    public void Participations_IsOneRecordForTheAuthor_InTheSubjectsNeighbourhood_OnTheCityDate()
    {
        var comment = Posted();

        var record = comment.Participations().Should().ContainSingle().Subject;

        record.ResidentId.Should().Be(_ali);
        record.Kind.Should().Be(ParticipationKind.CommentPosted);
        record.NeighbourhoodId.Should().Be(North);
        record.SourceId.Should().Be(comment.Id.Value);
        record.On.Should().Be(ParticipatoryGovernance.Calendar.PersianDates.InCity(comment.PostedAt).Date);
    }

    [Fact]
    public void Messages_AreInPersianAndEnglish_ForEveryRefusal()
    {
        var comment = Posted();
        var refusals = new[]
        {
            comment.Edit(_sara, "نه", CommentStance.None, comment.PostedAt, Window),
            comment.Edit(_ali, "دیر", CommentStance.None, comment.PostedAt + Duration.FromDays(1), Window),
            comment.Restore(Moderator, comment.PostedAt, "چرا"),
            comment.Report(_ali, comment.PostedAt, "خودم", Rules),
        };

        refusals.SelectMany(r => r.Violations).Should().OnlyContain(v => v.Message.Persian.Length > 0 && v.Message.English.Length > 0 && v.Message.Persian != v.Message.English);
    }

    [Fact]
    public void CharterRules_RefuseAnEditWindowOutsideTheRange()
    {
        var errors = new List<RuleViolation>();
        new CommentRules { EditWindowMinutes = -1 }.Validate(errors);
        new CommentRules { EditWindowMinutes = 1441 }.Validate(errors);
        new CommentRules().Validate(errors);

        errors.Select(e => e.Rule).Should().Equal("charter.Comments.EditWindowMinutes", "charter.Comments.EditWindowMinutes");
        new CommentRules().EditWindowMinutes.Should().Be(15);
        RafsanjanPresetCharterComments().Should().Be(15);
    }

    private static int RafsanjanPresetCharterComments() => ParticipatoryGovernance.Municipalities.RafsanjanPreset.Charter.Comments.EditWindowMinutes;
}
