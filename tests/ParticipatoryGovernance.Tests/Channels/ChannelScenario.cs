using NodaTime;
using NodaTime.Testing;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.UseCases;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.UseCases;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.Ideas;
using ParticipatoryGovernance.Tests.TestSupport;
using ParticipatoryGovernance.Tests.UseCases;

namespace ParticipatoryGovernance.Tests.Channels;

/// <summary>A city with a resident who has a phone, an open approval round of three projects and an idea numbered 1.</summary>
internal sealed class ChannelScenario
{
    public const string PersianPhone = "+989121234567";
    public const string EnglishPhone = "+989351112233";
    public static readonly LocalDate OpensOn = Make.Solar(1404, 2, 1);
    public static readonly LocalDate ClosesOn = Make.Solar(1404, 2, 10);

    public ChannelScenario(ChannelOptions? options = null, int projects = 3, string? title = null)
    {
        Options = options ?? new ChannelOptions();
        Ballots = new InMemoryBudgetingBallots(Store);
        North = new Neighbourhood(IdeaScenario.North, Make.Rafsanjan, 1, new LocalizedText("شمال", "North"), CommunityAnchor.Mosque(new LocalizedText("مسجد", "Mosque")));
        Voter = Make.Resident(IdeaScenario.North, "زهرا", "محمدی", Gender.Female, 1360, 1, 1);
        Reader = Make.Resident(IdeaScenario.North, "Sara", "Ahmadi", Gender.Female, 1365, 2, 2);
        Proposer = Make.Resident(IdeaScenario.North, "رضا", "نوری", Gender.Male, 1362, 3, 3);
        Idea = IdeaScenario.Submitted(Proposer.Id, IdeaScenario.At(1403, 12, 1));
        string[] names = ["بوستان محله", "روشنایی کوچه", "کتابخانه", "پیاده‌رو", "ایستگاه دوچرخه", "زمین بازی", "آب‌نما", "سایه‌بان", "نیمکت", "درختکاری", "سطل زباله", "پارکینگ"];
        Projects = [.. Enumerable.Range(0, projects).Select(i => Accepted(names[i % names.Length] + (i >= names.Length ? $" {i}" : string.Empty)))];
        Store.With(City, North, Voter, Reader, Proposer, Idea);
        Store.With([.. Projects]);
        var costs = new long[] { 60, 40, 30, 20, 10 };
        Round = BudgetingRound.Open(
            BudgetingRoundId.New(), City.Id, [North.Id], null, title ?? "بودجهٔ محلهٔ شمال", new Rials(100), OpensOn, ClosesOn, City.Charter,
            Projects.Select((p, i) => (p, new Rials(costs[i % costs.Length]))).ToList()).Value;
        Store.With(Round);
        Directory.SetAsync(new PhoneResident(PersianPhone, City.Id, Voter.Id, "fa")).GetAwaiter().GetResult();
        Directory.SetAsync(new PhoneResident(EnglishPhone, City.Id, Reader.Id, "en")).GetAwaiter().GetResult();
        Numbers.NumberOfAsync(City.Id, Idea.Id).GetAwaiter().GetResult();
        Sessions = new InMemoryChannelSessionStore(Clock);
        On(OpensOn);
    }

    public FakeClock Clock { get; } = new(Instant.FromUtc(2025, 1, 1, 0, 0));

    public InMemoryGovernanceStore Store { get; } = new();

    public InMemoryBudgetingBallots Ballots { get; }

    public Municipality City { get; } = IdeaScenario.City();

    public Neighbourhood North { get; }

    public Resident Voter { get; }

    public Resident Reader { get; }

    public Resident Proposer { get; }

    public CitizenIdea Idea { get; }

    public IReadOnlyList<CitizenIdea> Projects { get; }

    public BudgetingRound Round { get; private set; }

    public ChannelOptions Options { get; }

    public InMemoryPhoneDirectory Directory { get; } = new();

    public InMemoryIdeaNumbers Numbers { get; } = new();

    public InMemoryChannelSessionStore Sessions { get; }

    public List<NotificationMessage> Sent { get; } = [];

    public HandlerChannelActs Acts => new(new CastBudgetBallotsHandler(Store, Ballots, Clock), new EndorseIdeaHandler(Store, Clock));

    public UssdMenu Menu() => new(Store, Ballots, Numbers, Acts, Directory, Sessions, Options, Clock);

    public SmsKeywords Sms(bool withSender = false) =>
        new(Store, Ballots, Numbers, Acts, Directory, Options, Clock, withSender ? [new RecordingSender(Sent)] : []);

    public void On(LocalDate date) =>
        Clock.Reset(date.At(new LocalTime(10, 0)).InZoneStrictly(PersianDates.TimeZone).ToInstant());

    public BudgetingRound AddRound(string title, BudgetingBallotKind kind = BudgetingBallotKind.Approval)
    {
        var charter = kind == BudgetingBallotKind.Cumulative
            ? new GovernanceCharter { Budgeting = new BudgetingRules { BallotKind = BudgetingBallotKind.Cumulative } }
            : City.Charter;
        var round = BudgetingRound.Open(BudgetingRoundId.New(), City.Id, [North.Id], null, title, new Rials(100), OpensOn, ClosesOn, charter, [(Projects[0], new Rials(10))]).Value;
        Store.With(round);
        return round;
    }

    private static CitizenIdea Accepted(string title)
    {
        var idea = CitizenIdea.Submit(CitizenIdeaId.New(), IdeaScenario.City(), ResidentId.New(), IdeaScenario.Draft(IdeaScenario.North, title: title), IdeaScenario.At(1403, 12, 1)).Value;
        idea.StartReview(IdeaScenario.Reviewer, IdeaScenario.At(1403, 12, 2), "بررسی").ThrowIfFailed();
        idea.Accept(IdeaScenario.Reviewer, IdeaScenario.At(1403, 12, 3), "پذیرفته شد").ThrowIfFailed();
        return idea;
    }

    private sealed class RecordingSender(List<NotificationMessage> sent) : INotificationSender
    {
        public NotificationChannel Channel => NotificationChannel.Sms;

        public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken = default)
        {
            sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
