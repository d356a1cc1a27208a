using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Comments;
using ParticipatoryGovernance.Comments.UseCases;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.UseCases;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.UseCases;
using ParticipatoryGovernance.Neighbourhoods.UseCases;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.UseCases;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.Tests.UseCases;
using ParticipatoryGovernance.Tests.YouthMayors;
using ParticipatoryGovernance.UseCases;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.UseCases;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.Tenancy;

/// <summary>
/// Many municipalities in one database (issue #18): every command that names a record or a person, sent in city A with
/// city B's record (or A's record with B's resident), is refused and changes nothing, through the handler the library
/// registers. A reflection check fails when a command is added without a row here or a reason it names nothing but its
/// municipality.
/// </summary>
public sealed class CrossMunicipalityCommandsTest(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Commands that name no record but the municipality itself: nothing of another city can be named.</summary>
    public static readonly IReadOnlyDictionary<Type, string> OnlyTheMunicipality = new Dictionary<Type, string>
    {
        [typeof(LaunchPhase)] = "changes the named municipality only",
        [typeof(AdoptCharter)] = "changes the named municipality only",
        [typeof(OpenYouthMayorCampaign)] = "creates a campaign of the named municipality",
        [typeof(ParticipatoryGovernance.Webhooks.UseCases.CreateWebhookSubscription)] = "creates a webhook subscription of the named municipality",
    };

    private static readonly GovernanceCharter ElectionCharter = RafsanjanPreset.Charter with { YouthMayorSelection = YouthMayorSelection.Election };
    private static readonly MunicipalOfficial Official = new("staff-17", "زهرا کاظمی");
    private static readonly LocalDate On = Make.Solar(1403, 1, 26);

    /// <summary>Each case: the command sent in city A that reaches into city B.</summary>
    private static readonly (string Case, Func<Two, object> Command)[] Cases =
    [
        ("SubmitIdea: B's resident proposes in A", t => new SubmitIdea(t.A.Id, t.B.Adult.Id, "عنوان", "شرح", "traffic")),
        ("SubmitIdea: for B's neighbourhood", t => new SubmitIdea(t.A.Id, t.A.Adult.Id, "عنوان", "شرح", "traffic", t.B.North.Id)),
        ("ResubmitIdea: B's idea", t => new ResubmitIdea(t.A.Id, t.B.Idea.Id, t.B.Adult.Id, "عنوان", "شرح", "traffic")),
        ("EndorseIdea: B's idea", t => new EndorseIdea(t.A.Id, t.B.Idea.Id, t.A.Voter.Id)),
        ("EndorseIdea: by B's resident", t => new EndorseIdea(t.A.Id, t.A.Idea.Id, t.B.Voter.Id)),
        ("WithdrawIdeaEndorsement: B's idea", t => new WithdrawIdeaEndorsement(t.A.Id, t.B.Idea.Id, t.A.Voter.Id)),
        ("WithdrawIdea: B's idea", t => new WithdrawIdea(t.A.Id, t.B.Idea.Id, t.B.Adult.Id, "دلیل")),
        ("ReportIdea: by B's resident", t => new ReportIdea(t.A.Id, t.A.Idea.Id, t.B.Voter.Id, "تبلیغ")),
        ("ReportIdea: B's idea", t => new ReportIdea(t.A.Id, t.B.Idea.Id, t.A.Voter.Id, "تبلیغ")),
        ("StartIdeaReview: B's idea", t => new StartIdeaReview(t.A.Id, t.B.Idea.Id, Official, "بررسی")),
        ("AcceptIdea: B's idea", t => new AcceptIdea(t.A.Id, t.B.Idea.Id, Official, "پذیرفته")),
        ("RejectIdea: B's idea", t => new RejectIdea(t.A.Id, t.B.Idea.Id, Official, "نه")),
        ("RestoreIdea: B's idea", t => new RestoreIdea(t.A.Id, t.B.Idea.Id, Official, "بازگردانی")),
        ("RemoveIdea: B's idea", t => new RemoveIdea(t.A.Id, t.B.Idea.Id, Official, "برداشته")),
        ("StartIdeaImplementation: B's idea", t => new StartIdeaImplementation(t.A.Id, t.B.Idea.Id, Official, "آغاز")),
        ("MarkIdeaImplemented: B's idea", t => new MarkIdeaImplemented(t.A.Id, t.B.Idea.Id, Official, "انجام شد")),
        ("RecordIdeaProgress: B's idea", t => new RecordIdeaProgress(t.A.Id, t.B.Idea.Id, Official, 50, On, "نیمه")),
        ("RecordIdeaImplementer: B's resident", t => new RecordIdeaImplementer(t.A.Id, t.A.Idea.Id, Official, t.B.Adult.Id)),
        ("RecordIdeaImplementer: B's idea", t => new RecordIdeaImplementer(t.A.Id, t.B.Idea.Id, Official, t.A.Adult.Id)),
        ("ScheduleMeeting: in B's neighbourhood", t => new ScheduleMeeting(t.A.Id, t.B.North.Id, "مسجد", Instant.FromUtc(2024, 4, 20, 14, 0))),
        ("AddAgendaItem: B's meeting", t => new AddAgendaItem(t.A.Id, t.B.Meeting.Id, "بند")),
        ("OpenMeeting: B's meeting", t => new OpenMeeting(t.A.Id, t.B.Meeting.Id)),
        ("RecordAttendance: B's resident", t => new RecordAttendance(t.A.Id, t.A.Meeting.Id, t.B.Adult.Id)),
        ("RecordAttendance: B's meeting", t => new RecordAttendance(t.A.Id, t.B.Meeting.Id, t.A.Adult.Id)),
        ("PutItemToVote: B's meeting", t => new PutItemToVote(t.A.Id, t.B.Meeting.Id, 1)),
        ("CastMeetingVote: B's meeting", t => new CastMeetingVote(t.A.Id, t.B.Meeting.Id, 1, t.A.Adult.Id, VoteChoice.For)),
        ("CastMeetingVote: by B's resident", t => new CastMeetingVote(t.A.Id, t.A.Meeting.Id, 1, t.B.Adult.Id, VoteChoice.For)),
        ("DecideItem: B's meeting", t => new DecideItem(t.A.Id, t.B.Meeting.Id, 1)),
        ("CloseMeeting: B's meeting", t => new CloseMeeting(t.A.Id, t.B.Meeting.Id, "صورت‌جلسه")),
        ("CancelMeeting: B's meeting", t => new CancelMeeting(t.A.Id, t.B.Meeting.Id, "لغو")),
        ("FormCouncil: in B's neighbourhood", t => new FormCouncil(t.A.Id, t.B.South.Id, CouncilKind.Neighbourhood, On)),
        ("AppointCouncilMember: B's resident", t => new AppointCouncilMember(t.A.Id, t.A.Council.Id, t.B.Adult.Id, CouncilRole.Member, On)),
        ("AppointCouncilMember: B's council", t => new AppointCouncilMember(t.A.Id, t.B.Council.Id, t.A.Adult.Id, CouncilRole.Member, On)),
        ("ResignFromCouncil: B's council", t => new ResignFromCouncil(t.A.Id, t.B.Council.Id, t.B.Adult.Id, On)),
        ("ResignFromCouncil: B's member of A's council", t => new ResignFromCouncil(t.A.Id, t.A.Council.Id, t.B.Adult.Id, On)),
        ("ChangeCouncilRole: B's council", t => new ChangeCouncilRole(t.A.Id, t.B.Council.Id, t.B.Adult.Id, CouncilRole.Chair, On)),
        ("ChangeCouncilRole: B's resident in A's council", t => new ChangeCouncilRole(t.A.Id, t.A.Council.Id, t.B.Adult.Id, CouncilRole.Chair, On)),
        ("ActivateCouncil: B's council", t => new ActivateCouncil(t.A.Id, t.B.Council.Id, On)),
        ("StartNextCouncilTerm: B's council", t => new StartNextCouncilTerm(t.A.Id, t.B.Council.Id, On.PlusYears(4))),
        ("DissolveCouncil: B's council", t => new DissolveCouncil(t.A.Id, t.B.Council.Id, On)),
        ("AppointNeighbourhoodMayor: B's neighbourhood", t => new AppointNeighbourhoodMayor(t.A.Id, t.B.North.Id, "رضا", "نادری", On)),
        ("AssessActiveCitizens: B's neighbourhood", t => new AssessActiveCitizens(t.A.Id, t.B.North.Id)),
        ("MoveResident: B's resident", t => new MoveResident(t.A.Id, t.B.Adult.Id, t.A.South.Id)),
        ("MoveResident: into B's neighbourhood", t => new MoveResident(t.A.Id, t.A.Adult.Id, t.B.South.Id)),
        ("AdvanceCampaign: B's campaign", t => new AdvanceCampaign(t.A.Id, t.B.Campaign.Id, CampaignStage.Training)),
        ("ApplyAsYouthMayor: B's campaign", t => new ApplyAsYouthMayor(t.A.Id, t.B.Campaign.Id, t.A.Voter.Id)),
        ("ApplyAsYouthMayor: B's teenager in A's campaign", t => new ApplyAsYouthMayor(t.A.Id, t.A.Campaign.Id, t.B.Voter.Id)),
        ("ShortlistApplication: B's application in A's campaign", t => new ShortlistApplication(t.A.Id, t.A.Campaign.Id, t.B.Application)),
        ("ShortlistApplication: B's campaign", t => new ShortlistApplication(t.A.Id, t.B.Campaign.Id, t.B.Application)),
        ("HoldInterviewSession: B's neighbourhood", t => new HoldInterviewSession(t.A.Id, t.A.Campaign.Id, t.B.North.Id, [new InterviewInput(t.A.Application, 15)], On)),
        ("HoldInterviewSession: B's application", t => new HoldInterviewSession(t.A.Id, t.A.Campaign.Id, t.A.North.Id, [new InterviewInput(t.B.Application, 15)], On)),
        ("SelectYouthMayors: B's neighbourhood", t => new SelectYouthMayors(t.A.Id, t.A.Campaign.Id, t.B.North.Id, t.A.Application, null)),
        ("SelectYouthMayors: B's applicant into A's seat", t => new SelectYouthMayors(t.A.Id, t.A.Campaign.Id, t.A.North.Id, t.B.Application, null)),
        ("AddTeamMember: B's teenager into A's team", t => new AddTeamMember(t.A.Id, t.A.Campaign.Id, YouthMayorId.New(), t.B.Voter.Id, "traffic")),
        ("AddTeamMember: a youth mayor of B's campaign", t => new AddTeamMember(t.A.Id, t.B.Campaign.Id, YouthMayorId.New(), t.A.Voter.Id, "traffic")),
        ("CallYouthMayorElection: B's campaign", t => new CallYouthMayorElection(t.A.Id, t.B.Campaign.Id, t.A.North.Id, Gender.Male, On, On.PlusDays(2))),
        ("CallYouthMayorElection: in B's neighbourhood", t => new CallYouthMayorElection(t.A.Id, t.A.Campaign.Id, t.B.North.Id, Gender.Male, On, On.PlusDays(2))),
        ("CastYouthMayorBallot: B's election", t => new CastYouthMayorBallot(t.A.Id, t.B.Election.Id, t.A.Voter.Id, t.B.Candidate.Id)),
        ("CastYouthMayorBallot: by B's teenager", t => new CastYouthMayorBallot(t.A.Id, t.A.Election.Id, t.B.Voter.Id, t.A.Candidate.Id)),
        ("CastYouthMayorBallot: for B's candidate", t => new CastYouthMayorBallot(t.A.Id, t.A.Election.Id, t.A.Voter.Id, t.B.Candidate.Id)),
        ("CountYouthMayorElection: B's election", t => new CountYouthMayorElection(t.A.Id, t.B.Election.Id)),
        ("DeclareYouthMayorElected: B's election", t => new DeclareYouthMayorElected(t.A.Id, t.B.Election.Id)),
        ("OpenBudgetingRound: B's idea as a project", t => new OpenBudgetingRound(t.A.Id, "بودجه", 1_000_000_000, [new BudgetingProjectInput(t.B.Idea.Id, 1_000_000)], On.PlusDays(5), On.PlusDays(10))),
        ("OpenBudgetingRound: for B's neighbourhood", t => new OpenBudgetingRound(t.A.Id, "بودجه", 1_000_000_000, [new BudgetingProjectInput(t.A.Idea.Id, 1_000_000)], On.PlusDays(5), On.PlusDays(10), t.B.North.Id)),
        ("CastBudgetBallot: B's round", t => new CastBudgetBallot(t.A.Id, t.B.Round.Id, t.A.Adult.Id, [t.B.Idea.Id])),
        ("CastBudgetBallot: by B's resident", t => new CastBudgetBallot(t.A.Id, t.A.Round.Id, t.B.Adult.Id, [t.A.Idea.Id])),
        ("CastBudgetBallot: for B's idea", t => new CastBudgetBallot(t.A.Id, t.A.Round.Id, t.A.Adult.Id, [t.B.Idea.Id])),
        ("CastBudgetBallots: B's round", t => new CastBudgetBallots(t.A.Id, t.B.Round.Id, [new BudgetBallotEntry(t.A.Adult.Id, [t.A.Idea.Id])], BallotChannel.Paper, "clerk")),
        ("CastBudgetBallots: B's resident on paper", t => new CastBudgetBallots(t.A.Id, t.A.Round.Id, [new BudgetBallotEntry(t.B.Adult.Id, [t.A.Idea.Id])], BallotChannel.Paper, "clerk")),
        ("CloseBudgetingRound: B's round", t => new CloseBudgetingRound(t.A.Id, t.B.Round.Id)),
        ("ReadBudgetingResults: B's round", t => new ReadBudgetingResults(t.A.Id, t.B.Round.Id)),
        ("FollowThing: B's idea", t => new ParticipatoryGovernance.Notifications.UseCases.FollowThing(t.A.Id, t.A.Adult.Id, ParticipatoryGovernance.Notifications.FollowKind.Idea, t.B.Idea.Id.Value)),
        ("FollowThing: B's meeting", t => new ParticipatoryGovernance.Notifications.UseCases.FollowThing(t.A.Id, t.A.Adult.Id, ParticipatoryGovernance.Notifications.FollowKind.Meeting, t.B.Meeting.Id.Value)),
        ("FollowThing: B's neighbourhood", t => new ParticipatoryGovernance.Notifications.UseCases.FollowThing(t.A.Id, t.A.Adult.Id, ParticipatoryGovernance.Notifications.FollowKind.Neighbourhood, t.B.North.Id.Value)),
        ("FollowThing: by B's resident", t => new ParticipatoryGovernance.Notifications.UseCases.FollowThing(t.A.Id, t.B.Adult.Id, ParticipatoryGovernance.Notifications.FollowKind.Idea, t.A.Idea.Id.Value)),
        ("UnfollowThing: by B's resident", t => new ParticipatoryGovernance.Notifications.UseCases.UnfollowThing(t.A.Id, t.B.Adult.Id, ParticipatoryGovernance.Notifications.FollowKind.Idea, t.A.Idea.Id.Value)),
        ("SetNotificationPreferences: B's resident", t => new ParticipatoryGovernance.Notifications.UseCases.SetNotificationPreferences(t.A.Id, t.B.Adult.Id, "fa", true, false, false, false)),
        ("CommentOnIdea: B's idea", t => new CommentOnIdea(t.A.Id, t.B.Idea.Id, t.A.Voter.Id, "نظر", "for")),
        ("CommentOnIdea: by B's resident", t => new CommentOnIdea(t.A.Id, t.A.Idea.Id, t.B.Voter.Id, "نظر", "for")),
        ("CommentOnAgendaItem: B's meeting", t => new CommentOnAgendaItem(t.A.Id, t.B.Meeting.Id, 1, t.A.Voter.Id, "نظر", null)),
        ("CommentOnAgendaItem: by B's resident", t => new CommentOnAgendaItem(t.A.Id, t.A.Meeting.Id, 1, t.B.Voter.Id, "نظر", null)),
        ("ReplyToComment: B's comment", t => new ReplyToComment(t.A.Id, t.B.Comment.Id, t.A.Adult.Id, "پاسخ", null)),
        ("ReplyToComment: by B's resident", t => new ReplyToComment(t.A.Id, t.A.Comment.Id, t.B.Adult.Id, "پاسخ", null)),
        ("EditComment: B's comment", t => new EditComment(t.A.Id, t.B.Comment.Id, t.A.Voter.Id, "ویرایش", null)),
        ("EditComment: by B's author", t => new EditComment(t.A.Id, t.A.Comment.Id, t.B.Voter.Id, "ویرایش", null)),
        ("ReportComment: B's comment", t => new ReportComment(t.A.Id, t.B.Comment.Id, t.A.Adult.Id, "توهین")),
        ("ReportComment: by B's resident", t => new ReportComment(t.A.Id, t.A.Comment.Id, t.B.Adult.Id, "توهین")),
        ("HideComment: B's comment", t => new HideComment(t.A.Id, t.B.Comment.Id, Official, "توهین")),
        ("RestoreComment: B's comment", t => new RestoreComment(t.A.Id, t.B.Comment.Id, Official, "بازگردانی")),
        ("RecordAttendanceSheet: B's meeting", t => new ParticipatoryGovernance.Meetings.UseCases.RecordAttendanceSheet(t.A.Id, t.B.Meeting.Id, "1", [t.A.Adult.Id], "clerk-1")),
        ("RecordAttendanceSheet: B's resident", t => new ParticipatoryGovernance.Meetings.UseCases.RecordAttendanceSheet(t.A.Id, t.A.Meeting.Id, "1", [t.B.Adult.Id], "clerk-1")),
        ("PauseWebhookSubscription: B's subscription", t => new ParticipatoryGovernance.Webhooks.UseCases.PauseWebhookSubscription(t.A.Id, Two.BSubscription)),
        ("ResumeWebhookSubscription: B's subscription", t => new ParticipatoryGovernance.Webhooks.UseCases.ResumeWebhookSubscription(t.A.Id, Two.BSubscription)),
        ("DeleteWebhookSubscription: B's subscription", t => new ParticipatoryGovernance.Webhooks.UseCases.DeleteWebhookSubscription(t.A.Id, Two.BSubscription)),
        ("RotateWebhookSecret: B's subscription", t => new ParticipatoryGovernance.Webhooks.UseCases.RotateWebhookSecret(t.A.Id, Two.BSubscription)),
    ];

    public static TheoryData<string> CaseNames() => [.. Cases.Select(c => c.Case)];

    [Fact]
    public void EveryCommand_HasACrossMunicipalityCase_OrNamesOnlyItsMunicipality()
    {
        var commands = typeof(ICommand<>).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
            .ToList();
        var two = new Two();
        var covered = Cases.Select(c => c.Command(two).GetType()).Concat(OnlyTheMunicipality.Keys).ToHashSet();

        commands.Where(c => !covered.Contains(c)).Select(c => c.Name)
            .Should().BeEmpty("a new command must be tried across cities here (and listed in docs/tenancy.md)");
        commands.Should().HaveCountGreaterThan(40, "the commands are found, so the check above cannot pass empty");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task CommandReachingIntoAnotherCity_IsRefused_AndChangesNothing(string name)
    {
        var two = new Two();
        var command = Cases.Single(c => c.Case == name).Command(two);
        var (succeeded, violations) = await two.SendAsync(command);

        var row = $"| {name} | {string.Join(", ", violations.Select(v => v.Rule).Distinct())} |";
        output.WriteLine(row);
        succeeded.Should().BeFalse($"{name} must be refused");
        violations.Should().NotBeEmpty();
        (await File.ReadAllLinesAsync(Path.Combine(Repository.Root(), "docs", "tenancy.md")))
            .Any(line => line == row || line.StartsWith(row[..^2] + " (", StringComparison.Ordinal)) // a row may say why in brackets
            .Should().BeTrue($"docs/tenancy.md lists every case with the rule that refuses it; add the row: {row}");
        two.Store.Writes.Should().Be(0, "nothing of either city is changed");
        two.Notifications.Writes.Should().Be(0, "no follow or preference is stored either");
        two.Ballots.Rows.Should().BeEmpty();
        two.Sheets.Lines.Should().BeEmpty("no attendance sheet line is kept");
        two.Webhooks.Saved.Should().ContainSingle().Which.Should().Match<ParticipatoryGovernance.Webhooks.WebhookSubscription>(w => w.Secret == "whsec_b" && !w.IsActive, "B's subscription is neither changed nor deleted");
    }

    [Fact]
    public async Task TheSameCommands_WithinOneCity_AreNotAllRefused_SoTheRefusalsAboveAreAboutTheOtherCity()
    {
        var two = new Two();
        (await two.SendAsync(new EndorseIdea(two.A.Id, two.A.Idea.Id, two.A.Voter.Id))).Succeeded.Should().BeTrue();
        (await two.SendAsync(new RecordAttendance(two.A.Id, two.A.Meeting.Id, two.A.Adult.Id))).Succeeded.Should().BeTrue();
        (await two.SendAsync(new CastMeetingVote(two.A.Id, two.A.Meeting.Id, 1, two.A.Adult.Id, VoteChoice.For))).Succeeded.Should().BeTrue();
        (await two.SendAsync(new CastYouthMayorBallot(two.A.Id, two.A.Election.Id, two.A.Voter.Id, two.A.Candidate.Id))).Succeeded.Should().BeTrue();
        (await two.SendAsync(new CastBudgetBallot(two.A.Id, two.A.Round.Id, two.A.Adult.Id, [two.A.Idea.Id]))).Succeeded.Should().BeTrue();
        (await two.SendAsync(new CommentOnIdea(two.A.Id, two.A.Idea.Id, two.A.Adult.Id, "نظر", "against"))).Succeeded.Should().BeTrue();
        (await two.SendAsync(new ReplyToComment(two.A.Id, two.A.Comment.Id, two.A.Adult.Id, "پاسخ", null))).Succeeded.Should().BeTrue();
        (await two.SendAsync(new CommentOnAgendaItem(two.A.Id, two.A.Meeting.Id, 1, two.A.Adult.Id, "نظر", null))).Succeeded.Should().BeTrue();
        (await two.SendAsync(new HideComment(two.A.Id, two.A.Comment.Id, Official, "توهین"))).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task SelectYouthMayors_WithAnotherCitysApplicant_IsRefused_WhenTheCitySelectsByInterview()
    {
        // The table's cities elect their youth mayors, so there the election rule refuses first; here A selects by interview.
        var a = new CampaignScenario();
        var b = new CampaignScenario();
        var boyA = a.Resident(a.North, Gender.Male);
        var boyB = b.Resident(b.North, Gender.Male);
        a.InterviewedAndSelecting(boyA);
        var fromB = b.InterviewedAndSelecting(boyB)[0];
        var store = new InMemoryGovernanceStore().With(a.City, b.City, a.North, a.South, b.North, b.South, boyA, boyB, a.Campaign, b.Campaign);
        var clock = new FakeClock(SelectionOn.At(new LocalTime(10, 0)).InZoneStrictly(ParticipatoryGovernance.Calendar.PersianDates.TimeZone).ToInstant());

        var result = await new SelectYouthMayorsHandler(store, clock).HandleAsync(new SelectYouthMayors(a.City.Id, a.Campaign.Id, a.North.Id, fromB, null));

        output.WriteLine($"| SelectYouthMayors: B's applicant, A selecting by interview | {string.Join(", ", result.Violations.Select(v => v.Rule).Distinct())} |");
        result.IsFailure.Should().BeTrue();
        result.Violations.Select(v => v.Rule).Should().Contain(YouthMayorCampaignRuleIds.UnknownApplication);
        store.Writes.Should().Be(0);
        a.Campaign.YouthMayors.Should().BeEmpty();
    }

    /// <summary>Two cities built alike, stored in one in-memory store, and the library's handlers over it.</summary>
    internal sealed class Two
    {
        public Two()
        {
            A = new City();
            B = new City();
            Store.With([.. A.Aggregates, .. B.Aggregates]);
            Ballots = new InMemoryBudgetingBallots(Store);
            Webhooks.Saved.Add(new ParticipatoryGovernance.Webhooks.WebhookSubscription(BSubscription, B.Id, new Uri("https://hooks.example.org/b"), [], "whsec_b", false, null, 0, Instant.FromUtc(2024, 1, 1, 0, 0)));
            var clock = new FakeClock(On.At(new LocalTime(10, 0)).InZoneStrictly(ParticipatoryGovernance.Calendar.PersianDates.TimeZone).ToInstant());
            Services = new ServiceCollection()
                .AddParticipatoryGovernance()
                .AddSingleton<IGovernanceStore>(Store)
                .AddSingleton<ParticipatoryGovernance.Notifications.INotificationStore>(Notifications)
                .AddSingleton<IBudgetingBallots>(Ballots)
                .AddSingleton<IBudgetingResults, InMemoryBudgetingResults>()
                .AddSingleton<ParticipatoryGovernance.Webhooks.IWebhookStore>(Webhooks)
                .AddSingleton<ParticipatoryGovernance.Meetings.UseCases.IAttendanceSheetStore>(Sheets)
                .AddSingleton<IClock>(clock)
                .BuildServiceProvider();
        }

        /// <summary>City B's webhook subscription, which A's staff try to reach.</summary>
        public static readonly Guid BSubscription = Guid.Parse("00000000-0000-7000-8000-00000000b0b0");

        public ParticipatoryGovernance.Tests.Webhooks.InMemoryWebhookStore Webhooks { get; } = new();

        public ParticipatoryGovernance.Tests.Meetings.InMemoryAttendanceSheetStore Sheets { get; } = new();

        public City A { get; }

        public City B { get; }

        public InMemoryGovernanceStore Store { get; } = new();

        public ParticipatoryGovernance.Tests.Notifications.InMemoryNotificationStore Notifications { get; } = new();

        public InMemoryBudgetingBallots Ballots { get; }

        public ServiceProvider Services { get; }

        /// <summary>Sends a command through the handler the library registers for it.</summary>
        public async Task<(bool Succeeded, IReadOnlyList<RuleViolation> Violations)> SendAsync(object command)
        {
            var result = command.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)).GetGenericArguments()[0];
            var contract = typeof(ICommandHandler<,>).MakeGenericType(command.GetType(), result);
            using var scope = Services.CreateScope();
            var handler = scope.ServiceProvider.GetRequiredService(contract);
            var task = (Task)contract.GetMethod("HandleAsync")!.Invoke(handler, [command, CancellationToken.None])!;
            await task;
            var outcome = task.GetType().GetProperty("Result")!.GetValue(task)!;
            var succeeded = (bool)outcome.GetType().GetProperty("IsSuccess", BindingFlags.Public | BindingFlags.Instance)!.GetValue(outcome)!;
            var violations = (IReadOnlyList<RuleViolation>)outcome.GetType().GetProperty("Violations", BindingFlags.Public | BindingFlags.Instance)!.GetValue(outcome)!;
            // A batch of paper ballots succeeds as a batch and refuses ballot by ballot: none stored is its refusal.
            if (succeeded && outcome.GetType().GetProperty("Value")!.GetValue(outcome) is BallotsCast batch)
            {
                return (batch.Stored > 0, [.. batch.Refused.SelectMany(r => r.Violations)]);
            }

            return (succeeded, violations);
        }
    }

    /// <summary>
    /// One city: two neighbourhoods with mayors, an adult and a teenager, an accepted idea, a council with the adult, an
    /// open meeting with an item to vote on, a campaign at selection with a called election, and a budgeting round open.
    /// </summary>
    internal sealed class City
    {
        public City()
        {
            var scenario = new CampaignScenario(ElectionCharter);
            Municipality = scenario.City;
            foreach (var phase in ProgrammePhases.All)
            {
                Municipality.LaunchPhase(phase, Make.Solar(1401, 1, 1)).ThrowIfFailed();
            }

            Campaign = scenario.Campaign;
            North = scenario.North;
            South = scenario.South;
            Adult = scenario.Resident(North, Gender.Female, 1360);
            Voter = scenario.Resident(North, Gender.Female, 1386);
            Candidate = scenario.Resident(North, Gender.Male, 1385);
            Application = scenario.Shortlisted(Candidate)[0];
            scenario.Advance(CampaignStage.Selection, SelectionOn);
            Election = Campaign.CallElection(YouthMayorElectionId.New(), North, Gender.Male, On, On.PlusDays(2)).Value;

            var at = Instant.FromUtc(2024, 3, 1, 9, 0);
            Idea = CitizenIdea.Submit(CitizenIdeaId.New(), Municipality, Adult.Id, new IdeaDraft("بوستان", "بوستان محله", Municipality.Charter.FindUrbanField("environment")!, North.Id), at).Value;
            Idea.StartReview(Official, at + Duration.FromDays(1), "بررسی").ThrowIfFailed();
            Idea.Accept(Official, at + Duration.FromDays(2), "پذیرفته").ThrowIfFailed();

            // The adult is an active citizen (three of the last six meetings), as council members must be.
            var assessedOn = Make.Solar(1402, 6, 1);
            var held = Enumerable.Range(1, 6).Select(i => new HeldMeeting(Guid.CreateVersion7(), assessedOn.PlusMonths(-i))).ToList();
            var attended = held.Take(3).Select(m => new Participation(Adult.Id, North.Id, ParticipationKind.MeetingAttended, m.HeldOn, m.MeetingId));
            new ActiveCitizenAssessor(Municipality.Charter).AssessNeighbourhood([Adult], attended, held, assessedOn);

            Council = Council.Form(CouncilId.New(), Municipality, North, CouncilKind.Neighbourhood, Make.Solar(1402, 6, 1), Make.Solar(1406, 5, 31), []).Value;
            Council.Appoint(Adult, CouncilRole.Member, Make.Solar(1402, 6, 1)).ThrowIfFailed();

            var startsAt = On.At(new LocalTime(9, 0)).InZoneStrictly(ParticipatoryGovernance.Calendar.PersianDates.TimeZone).ToInstant();
            Meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), North, new LocalizedText("مسجد", "Mosque"), startsAt, Municipality.Charter.Meetings);
            Meeting.AddAgendaItem("بوستان").ThrowIfFailed();
            Meeting.Open(startsAt).ThrowIfFailed();
            Meeting.PutToVote(1).ThrowIfFailed();

            Round = BudgetingRound.Open(BudgetingRoundId.New(), Municipality.Id, [North.Id, South.Id], null, "بودجه", new Rials(1_000_000_000), On.PlusDays(-1), On.PlusDays(5), Municipality.Charter, [(Idea, new Rials(1_000_000))]).Value;
            Comment = Comment.Post(CommentId.New(), CommentTarget.Of(Idea), Voter.Id, "موافقم", CommentStance.For, at + Duration.FromDays(3)).Value;
            Aggregates = [Municipality, North, South, Adult, Voter, Candidate, Campaign, Election, Idea, Council, Meeting, Round, Comment];
        }

        public Municipality Municipality { get; }

        public MunicipalityId Id => Municipality.Id;

        public ParticipatoryGovernance.Neighbourhoods.Neighbourhood North { get; }

        public ParticipatoryGovernance.Neighbourhoods.Neighbourhood South { get; }

        public Resident Adult { get; }

        public Resident Voter { get; }

        public Resident Candidate { get; }

        public YouthMayorApplicationId Application { get; }

        public YouthMayorCampaign Campaign { get; }

        public YouthMayorElection Election { get; }

        public CitizenIdea Idea { get; }

        public Council Council { get; }

        public NeighbourhoodMeeting Meeting { get; }

        public BudgetingRound Round { get; }

        public Comment Comment { get; }

        public IAggregateRoot[] Aggregates { get; }
    }
}
