using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>Citizen ideas in every status and moderation state, saved and read back whole, on both databases.</summary>
[Collection(DatabaseTests.Name)]
public class CitizenIdeaStorageTest(DatabaseFixture fixture)
{
    private static readonly MunicipalOfficial Reviewer = new("staff-17", "زهرا کاظمی، کارشناس طرح‌ها");
    private static readonly MunicipalOfficial Moderator = new("staff-42", "علی رضایی، ناظر");
    private static readonly IdeaRules Rules = new() { SupportThreshold = 3, SupportWindowDays = 30, ReportsToHide = 2 };

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task IdeasInEveryStatus_ReadBackWithTransitionsEndorsementsMilestonesAndImplementers(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new Scenario();
        await scenario.World.SaveAsync(database);
        var ideas = scenario.InEveryStatus();
        await using (var db = database.CreateContext())
        {
            db.AddRange(ideas);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.CitizenIdeas.AsNoTracking().ToDictionaryAsync(i => i.Id);

            stored.Should().HaveCount(ideas.Count);
            foreach (var idea in ideas)
            {
                StoredState.ShouldEqual(stored[idea.Id], idea);
            }

            stored.Values.Select(i => i.Status).Distinct().Should().BeEquivalentTo(IdeaStatuses.All, "every status is stored and read back");
            var resubmitted = stored.Values.Single(i => i.Version == 2);
            stored[resubmitted.PreviousVersionId!.Value].NextVersionId.Should().Be(resubmitted.Id);
            var charterReview = stored.Values.Single(i => i.Transitions.Any(t => t.By.Kind == ActorKind.Charter));
            charterReview.Status.Should().Be(IdeaStatus.UnderReview);
            charterReview.Transitions.Single().By.Should().Be(Actor.Charter);
            var implemented = stored.Values.Single(i => i.Status == IdeaStatus.Implemented);
            implemented.IsCarriedOutByResidents.Should().BeTrue();
            implemented.OfficialAnswer!.By.Should().Be(Actor.Official(Reviewer));
            implemented.EstimatedCost.Should().Be(Rials.FromTomans(250_000_000));
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ModeratedIdeas_ReadBackHiddenRestoredAndRemoved_WithEveryReportAndStep(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new Scenario();
        await scenario.World.SaveAsync(database);
        var (hiddenAgain, removed) = scenario.Moderated();
        await using (var db = database.CreateContext())
        {
            db.AddRange(hiddenAgain, removed);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.CitizenIdeas.AsNoTracking().ToDictionaryAsync(i => i.Id);

            StoredState.ShouldEqual(stored[hiddenAgain.Id], hiddenAgain);
            StoredState.ShouldEqual(stored[removed.Id], removed);
            stored[hiddenAgain.Id].Visibility.Should().Be(IdeaVisibility.Hidden);
            stored[hiddenAgain.Id].ModerationRound.Should().Be(1);
            stored[hiddenAgain.Id].Reports.Select(r => r.Round).Should().Equal(0, 0, 1, 1);
            stored[hiddenAgain.Id].PendingReports.Should().Be(2);
            stored[removed.Id].Visibility.Should().Be(IdeaVisibility.Removed);
        }
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task IdeaChangedStepByStep_KeepsItsListsInOrder_AfterEndorsementsAreWithdrawn(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new Scenario();
        var endorsers = Enumerable.Range(0, 6).Select(_ => scenario.World.Resident(scenario.World.North, Gender.Female)).ToList();
        await scenario.World.SaveAsync(database);
        var idea = scenario.Submit(scenario.Proposer, At(1, 9), scenario.World.North.Id);

        await using var steps = await SavedInSteps<CitizenIdea>.AddAsync(database, idea);
        await steps.StepAsync(i => i.Endorse(endorsers[0].Id, At(2), Rules).ThrowIfFailed());
        await steps.StepAsync(i => i.Endorse(endorsers[1].Id, At(3), Rules).ThrowIfFailed());

        // The last endorsement goes, then two more come: the newcomers must come after the one that stayed.
        await steps.StepAsync(i => i.WithdrawEndorsement(endorsers[1].Id, At(4)).ThrowIfFailed());
        await steps.StepAsync(i =>
        {
            i.Endorse(endorsers[2].Id, At(5), Rules).ThrowIfFailed();
            i.Endorse(endorsers[1].Id, At(5, 11), Rules).ThrowIfFailed();
        });
        await steps.StepAsync(i => i.Accept(Reviewer, At(6), "پذیرفته شد.").ThrowIfFailed());
        await steps.StepAsync(i => i.StartImplementation(Reviewer, At(7), "اجرا آغاز شد.").ThrowIfFailed());
        await steps.StepAsync(i => i.ReportProgress(Reviewer, At(8), 30, PersianDates.FromSolarHijri(1403, 3, 8), "گودبرداری").ThrowIfFailed());
        await steps.StepAsync(i => i.ReportProgress(Reviewer, At(9), 20, PersianDates.FromSolarHijri(1403, 3, 9), "باران کار را عقب انداخت").ThrowIfFailed());

        await using var db = database.CreateContext();
        var stored = await db.CitizenIdeas.SingleAsync(i => i.Id == idea.Id);

        StoredState.ShouldEqual(stored, idea);
        stored.Endorsements.Select(e => e.ResidentId).Should().Equal(endorsers[0].Id, endorsers[2].Id, endorsers[1].Id);
        stored.Transitions.Select(t => t.To).Should().Equal(IdeaStatus.UnderReview, IdeaStatus.Accepted, IdeaStatus.InProgress);
        stored.Milestones.Select(m => m.ProgressPercent).Should().Equal(30, 20);
        db.VersionOf(stored).Should().Be(steps.Saves);
        StoredState.ShouldEqual(await SavedInSteps<CitizenIdea>.StoredEventsAsync(db, idea.Id.Value), steps.Raised);
    }

    /// <summary>An instant on a day of Khordad 1403, Tehran time.</summary>
    private static Instant At(int day, int hour = 10) =>
        PersianDates.FromSolarHijri(1403, 3, day).At(new LocalTime(hour, 0)).InZoneStrictly(PersianDates.TimeZone).ToInstant();

    private sealed class Scenario
    {
        public Scenario()
        {
            World = new World(RafsanjanPreset.Charter with { Ideas = Rules });
            Proposer = World.Resident(World.North, Gender.Female);
            People = World.ResidentsOf(World.North, 8);
        }

        public World World { get; }

        public Resident Proposer { get; }

        public List<Resident> People { get; }

        public CitizenIdea Submit(Resident proposer, Instant at, Neighbourhoods.NeighbourhoodId? neighbourhood, Rials? cost = null, string field = "environment") =>
            CitizenIdea.Submit(
                CitizenIdeaId.New(),
                World.City,
                proposer.Id,
                new IdeaDraft("کاشت درخت در کوچه‌ها", "در کوچه‌های بی‌سایهٔ محله درخت پسته و توت بکاریم.", World.City.Charter.FindUrbanField(field)!, neighbourhood, cost),
                at).Value;

        public List<CitizenIdea> InEveryStatus()
        {
            var submitted = Submit(Proposer, At(1), World.North.Id);
            submitted.Endorse(People[0].Id, At(2), Rules).ThrowIfFailed();
            submitted.Endorse(People[1].Id, At(2, 11), Rules).ThrowIfFailed();
            submitted.WithdrawEndorsement(People[0].Id, At(3)).ThrowIfFailed();

            var bySupport = Submit(Proposer, At(1), World.North.Id, field: "traffic");
            People.Take(3).ToList().ForEach(p => bySupport.Endorse(p.Id, At(2), Rules).ThrowIfFailed());

            var accepted = Submit(Proposer, At(1), null);
            accepted.StartReview(Reviewer, At(2), "بررسی آغاز شد.").ThrowIfFailed();
            accepted.Accept(Reviewer, At(3), "پذیرفته شد؛ فضای سبز اجرا می‌کند.").ThrowIfFailed();

            var rejected = Submit(People[4], At(1), World.South.Id);
            rejected.StartReview(Reviewer, At(2), "بررسی آغاز شد.").ThrowIfFailed();
            rejected.Reject(Reviewer, At(3), "بودجهٔ امسال اجازه نمی‌دهد؛ با هزینهٔ کمتر دوباره بفرستید.").ThrowIfFailed();
            var secondVersion = rejected.Resubmit(
                CitizenIdeaId.New(),
                World.City,
                People[4].Id,
                new IdeaDraft("کاشت درخت با نهال اهدایی", "نهال‌ها را مردم اهدا می‌کنند.", World.City.Charter.FindUrbanField("environment")!, World.South.Id, Rials.FromTomans(5_000_000)),
                At(4)).Value;

            var inProgress = Submit(Proposer, At(1), World.North.Id);
            Accept(inProgress);
            inProgress.StartImplementation(Reviewer, At(4), "اجرا از این هفته.").ThrowIfFailed();
            inProgress.ReportProgress(Reviewer, At(5), 40, PersianDates.FromSolarHijri(1403, 3, 5), "نیمی از نهال‌ها کاشته شد.").ThrowIfFailed();
            inProgress.RecordImplementer(Reviewer, People[2].Id, At(5)).ThrowIfFailed();

            var implemented = Submit(People[5], At(1), World.North.Id, Rials.FromTomans(250_000_000));
            implemented.Endorse(People[6].Id, At(1, 12), Rules).ThrowIfFailed();
            Accept(implemented);
            implemented.RecordImplementer(Reviewer, People[5].Id, At(3, 12)).ThrowIfFailed();
            implemented.StartImplementation(Reviewer, At(4), "اجرا با کمک همسایه‌ها.").ThrowIfFailed();
            implemented.ReportProgress(Reviewer, At(6), 60, PersianDates.FromSolarHijri(1403, 3, 6), "کوچهٔ اول تمام شد.").ThrowIfFailed();
            implemented.RecordImplementer(Reviewer, People[7].Id, At(6)).ThrowIfFailed();
            implemented.Implement(Reviewer, At(9), "همهٔ کوچه‌ها درخت دارند.").ThrowIfFailed();

            var withdrawn = Submit(People[3], At(1), World.North.Id);
            withdrawn.Withdraw(People[3].Id, At(2), "همسایه‌ها پیش‌تر انجامش دادند.").ThrowIfFailed();
            return [submitted, bySupport, accepted, rejected, secondVersion, inProgress, implemented, withdrawn];
        }

        public (CitizenIdea HiddenAgain, CitizenIdea Removed) Moderated()
        {
            var hiddenAgain = Submit(Proposer, At(1), World.North.Id);
            hiddenAgain.Report(People[0].Id, At(2), "توهین‌آمیز است.", Rules).ThrowIfFailed();
            hiddenAgain.Report(People[1].Id, At(2, 11), "تبلیغ است.", Rules).ThrowIfFailed();
            hiddenAgain.Restore(Moderator, At(3), "توهینی در آن نیست.").ThrowIfFailed();
            hiddenAgain.Report(People[0].Id, At(4), "باز هم توهین‌آمیز است.", Rules).ThrowIfFailed();
            hiddenAgain.Report(People[2].Id, At(4, 11), "ناسزا دارد.", Rules).ThrowIfFailed();

            var removed = Submit(People[1], At(1), World.North.Id);
            removed.Report(People[3].Id, At(2), "ناسزا دارد.", Rules).ThrowIfFailed();
            removed.Remove(Moderator, At(3), "ناسزا به همسایه‌ها.").ThrowIfFailed();
            return (hiddenAgain, removed);
        }

        private static void Accept(CitizenIdea idea)
        {
            idea.StartReview(Reviewer, At(2), "بررسی آغاز شد.").ThrowIfFailed();
            idea.Accept(Reviewer, At(3), "پذیرفته شد.").ThrowIfFailed();
        }
    }
}
