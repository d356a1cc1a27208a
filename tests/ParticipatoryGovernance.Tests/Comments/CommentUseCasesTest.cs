using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.Events;
using ParticipatoryGovernance.Comments.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.UseCases;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.Tests.UseCases;
using ParticipatoryGovernance.UseCases;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Comments;

/// <summary>The comment acts through their handlers: raw input refused by rule id, comments stored with their events.</summary>
public sealed class CommentUseCasesTest
{
    private static readonly MunicipalityId Other = new(Guid.Parse("00000000-0000-7000-8000-0000000000b2"));
    private readonly FakeClock _clock = new(At(1403, 3, 1));
    private readonly InMemoryGovernanceStore _store = new();
    private readonly Municipality _city = City();
    private readonly Neighbourhood _north = Make.Neighbourhood(1);
    private readonly Neighbourhood _elsewhere = Make.Neighbourhood(1, Other);
    private readonly Resident _sara;
    private readonly Resident _ali;
    private readonly Resident _stranger;
    private readonly CitizenIdea _idea;
    private readonly NeighbourhoodMeeting _meeting;

    public CommentUseCasesTest()
    {
        _sara = Make.Resident(_north.Id, "سارا", "رضایی", Gender.Female, 1370, 1, 1);
        _ali = Make.Resident(_north.Id, "علی", "احمدی", Gender.Male, 1365, 5, 5);
        _stranger = Make.Resident(_elsewhere.Id, "رضا", "نوری", Gender.Male, 1360, 2, 2);
        _idea = Submitted(_sara.Id, At(1403, 2, 1), Draft(_north.Id), _city);
        _meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), _north, new LocalizedText("مسجد", "Mosque"), At(1403, 3, 10), _city.Charter.Meetings);
        _meeting.AddAgendaItem("بوستان").ThrowIfFailed();
        _store.With(_city, RafsanjanPreset.CreateMunicipality(Other), _north, _elsewhere, _sara, _ali, _stranger, _idea, _meeting);
    }

    [Fact]
    public async Task CommentOnIdea_StoresIt_WithTheEventNamingTheProposer()
    {
        var result = await new CommentOnIdeaHandler(_store, _clock).HandleAsync(new CommentOnIdea(_city.Id, _idea.Id, _ali.Id, " موافقم ", " For "));

        result.IsSuccess.Should().BeTrue(result.ToString());
        var comment = _store.All<Comment>().Should().ContainSingle().Subject;
        comment.Id.Should().Be(result.Value.Id);
        comment.Body.Should().Be("موافقم");
        comment.Stance.Should().Be(CommentStance.For);
        result.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CommentPosted>().Which.SubjectProposerId.Should().Be(_sara.Id);
        _store.Stored.Should().Equal(result.Value.Events);
    }

    [Fact]
    public async Task CommentOnAgendaItem_StoresIt_OnTheItem()
    {
        var result = await new CommentOnAgendaItemHandler(_store, _clock).HandleAsync(new CommentOnAgendaItem(_city.Id, _meeting.Id, 1, _ali.Id, "بوستان لازم است", "against"));

        result.IsSuccess.Should().BeTrue(result.ToString());
        _store.All<Comment>().Single().Subject.Should().Be(CommentSubject.AgendaItem(_meeting.Id, 1));
    }

    [Fact]
    public async Task ReplyAndEditAndReport_GoThroughTheirHandlers()
    {
        var posted = await new CommentOnIdeaHandler(_store, _clock).HandleAsync(new CommentOnIdea(_city.Id, _idea.Id, _ali.Id, "موافقم", null));
        _clock.Advance(Duration.FromMinutes(2));

        var reply = await new ReplyToCommentHandler(_store, _clock).HandleAsync(new ReplyToComment(_city.Id, posted.Value.Id, _sara.Id, "ممنون", "none"));
        var edit = await new EditCommentHandler(_store, _clock).HandleAsync(new EditComment(_city.Id, posted.Value.Id, _ali.Id, "خیلی موافقم", "for"));
        var report = await new ReportCommentHandler(_store, _clock).HandleAsync(new ReportComment(_city.Id, posted.Value.Id, _sara.Id, "تبلیغ"));
        _clock.Advance(Duration.FromMinutes(20));
        var late = await new EditCommentHandler(_store, _clock).HandleAsync(new EditComment(_city.Id, posted.Value.Id, _ali.Id, "دیر", null));

        reply.IsSuccess.Should().BeTrue(reply.ToString());
        reply.Value.Events.OfType<CommentPosted>().Single().ParentAuthorId.Should().Be(_ali.Id);
        _store.All<Comment>().Single(c => c.Id == reply.Value.Id).Subject.Should().Be(CommentSubject.Idea(_idea.Id));
        edit.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CommentEdited>();
        report.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CommentReported>();
        late.Violations.Single().Rule.Should().Be(CommentRuleIds.EditWindowClosed);
    }

    [Fact]
    public async Task HideAndRestore_ByAModerator()
    {
        var posted = await new CommentOnIdeaHandler(_store, _clock).HandleAsync(new CommentOnIdea(_city.Id, _idea.Id, _ali.Id, "موافقم", null));

        var hide = await new HideCommentHandler(_store, _clock).HandleAsync(new HideComment(_city.Id, posted.Value.Id, Moderator, "توهین"));
        var restore = await new RestoreCommentHandler(_store, _clock).HandleAsync(new RestoreComment(_city.Id, posted.Value.Id, Moderator, "توهین نیست"));
        var again = await new RestoreCommentHandler(_store, _clock).HandleAsync(new RestoreComment(_city.Id, posted.Value.Id, Moderator, "باز"));

        hide.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CommentHidden>();
        restore.Value.Events.Should().ContainSingle().Which.Should().BeOfType<CommentRestored>();
        again.Violations.Single().Rule.Should().Be(CommentRuleIds.NotHidden);
    }

    [Theory]
    [InlineData(null, null, InputRuleIds.Required)]
    [InlineData("  ", null, InputRuleIds.Required)]
    [InlineData("\u200B\u200B", null, InputRuleIds.InvisibleOnly)]
    [InlineData("سلام\u202E", null, InputRuleIds.BidiControl)]
    [InlineData("سلام\u0000", null, InputRuleIds.ControlCharacter)]
    [InlineData("سلام", "maybe", UseCaseRules.UnknownChoice)]
    [InlineData("سلام", "<script>", UseCaseRules.UnknownChoice)]
    public async Task CommentOnIdea_RefusesBadInput_ByTheSharedRules_AndStoresNothing(string? body, string? stance, string rule)
    {
        var result = await new CommentOnIdeaHandler(_store, _clock).HandleAsync(new CommentOnIdea(_city.Id, _idea.Id, _ali.Id, body, stance));

        result.Violations.Select(v => v.Rule).Should().Contain(rule);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task CommentOnIdea_RefusesEveryBadFieldAtOnce_WithTheirFields()
    {
        var result = await new CommentOnIdeaHandler(_store, _clock).HandleAsync(new CommentOnIdea(_city.Id, _idea.Id, _ali.Id, new string('ب', 5_000), "?"));

        result.Violations.Select(v => (v.Rule, v.Field)).Should().BeEquivalentTo([(InputRuleIds.TooLong, "Body"), (UseCaseRules.UnknownChoice, "Stance")]);
    }

    [Fact]
    public async Task Handlers_RefuseAsNotFound_AnotherCitysRecordsAndPeople_AndUnknownOnes()
    {
        var onIdea = new CommentOnIdeaHandler(_store, _clock);
        var stranger = await onIdea.HandleAsync(new CommentOnIdea(_city.Id, _idea.Id, _stranger.Id, "نظر", null));
        var otherCity = await onIdea.HandleAsync(new CommentOnIdea(Other, _idea.Id, _stranger.Id, "نظر", null));
        var noIdea = await onIdea.HandleAsync(new CommentOnIdea(_city.Id, CitizenIdeaId.New(), _ali.Id, "نظر", null));
        var noParent = await new ReplyToCommentHandler(_store, _clock).HandleAsync(new ReplyToComment(_city.Id, CommentId.New(), _ali.Id, "نظر", null));
        var noItem = await new CommentOnAgendaItemHandler(_store, _clock).HandleAsync(new CommentOnAgendaItem(_city.Id, _meeting.Id, 9, _ali.Id, "نظر", null));
        var noMeeting = await new CommentOnAgendaItemHandler(_store, _clock).HandleAsync(new CommentOnAgendaItem(_city.Id, MeetingId.New(), 1, _ali.Id, "نظر", null));
        var noCity = await onIdea.HandleAsync(new CommentOnIdea(MunicipalityId.New(), _idea.Id, _ali.Id, "نظر", null));

        stranger.Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        otherCity.Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        noIdea.Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        noParent.Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        noItem.Violations.Single().Rule.Should().Be(CommentRuleIds.UnknownAgendaItem);
        noMeeting.Violations.Single().Rule.Should().Be(UseCaseRules.NotFound);
        noCity.Violations.Single().Rule.Should().Be(UseCaseRules.MunicipalityNotFound);
        _store.Writes.Should().Be(0);
    }

    [Fact]
    public async Task ReportComment_RefusesTheReasonByTheSharedRules()
    {
        var posted = await new CommentOnIdeaHandler(_store, _clock).HandleAsync(new CommentOnIdea(_city.Id, _idea.Id, _ali.Id, "موافقم", null));
        var writes = _store.Writes;

        var result = await new ReportCommentHandler(_store, _clock).HandleAsync(new ReportComment(_city.Id, posted.Value.Id, _sara.Id, new string('x', Comment.MaxReasonLength + 1)));

        result.Violations.Single().Should().Match<RuleViolation>(v => v.Rule == InputRuleIds.TooLong && v.Field == "Reason");
        _store.Writes.Should().Be(writes);
    }

    [Fact]
    public async Task AssessActiveCitizens_CountsComments_UnderTheCharterRule()
    {
        var charter = _city.Charter with
        {
            ActiveCitizens = new ActiveCitizenRules { MeetingAttendance = null, IdeasSubmitted = null, IdeasEndorsed = null, ImplementedIdeaQualifies = false, RoleHolderQualifies = false, CommentsPosted = new RecentActivityRule(3, 30) },
        };
        _city.AdoptCharter(charter).ThrowIfFailed();
        var onIdea = new CommentOnIdeaHandler(_store, _clock);
        for (var i = 0; i < 3; i++)
        {
            (await onIdea.HandleAsync(new CommentOnIdea(_city.Id, _idea.Id, _ali.Id, $"نظر {i}", null))).IsSuccess.Should().BeTrue();
        }

        (await onIdea.HandleAsync(new CommentOnIdea(_city.Id, _idea.Id, _sara.Id, "یکی", null))).IsSuccess.Should().BeTrue();

        var result = await new AssessActiveCitizensHandler(_store, _clock).HandleAsync(new AssessActiveCitizens(_city.Id, _north.Id));

        result.IsSuccess.Should().BeTrue(result.ToString());
        _store.All<Resident>().Single(r => r.Id == _ali.Id).ActiveCitizenship!.IsActive.Should().BeTrue();
        _store.All<Resident>().Single(r => r.Id == _sara.Id).ActiveCitizenship!.IsActive.Should().BeFalse();
        _store.All<Resident>().Single(r => r.Id == _ali.Id).ActiveCitizenship!.ReasonRuleIds.Should().Equal(ActiveCitizenRules.CommentsPostedRuleId);
    }
}
