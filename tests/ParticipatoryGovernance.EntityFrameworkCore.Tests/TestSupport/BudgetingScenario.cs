using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;

/// <summary>
/// A municipal budgeting round over both neighbourhoods of a <see cref="World"/>, with four accepted ideas as projects,
/// listed in the reverse of the order they were submitted so that a stored order cannot come from the ids.
/// </summary>
internal sealed class BudgetingScenario
{
    public static readonly LocalDate OpensOn = PersianDates.FromSolarHijri(1404, 2, 1);
    public static readonly LocalDate ClosesOn = PersianDates.FromSolarHijri(1404, 2, 10);
    private static readonly Instant SubmittedAt = Instant.FromUtc(2025, 3, 1, 9, 0);
    private static readonly MunicipalOfficial Reviewer = new("staff-17", "زهرا کاظمی، کارشناس طرح‌ها");
    private static readonly string[] Titles = ["بوستان محله", "روشنایی کوچه", "کتابخانهٔ مسجد", "سایه‌بان ایستگاه"];

    public BudgetingScenario(GovernanceCharter? charter = null)
    {
        World = new World(charter);
        var proposer = World.Resident(World.North, Gender.Female);
        Ideas = [.. Titles.Select((title, i) => Accepted(proposer, title, i))];
        Round = BudgetingRound.Open(
            BudgetingRoundId.New(),
            World.City.Id,
            [World.South.Id, World.North.Id],
            null,
            "بودجهٔ مشارکتی ۱۴۰۴ رفسنجان",
            new Rials(1_000_000_000),
            OpensOn,
            ClosesOn,
            World.City.Charter,
            [.. Enumerable.Reverse(Ideas).Select((idea, i) => (idea, new Rials(200_000_000 + (i * 75_000_000))))]).Value;
    }

    public World World { get; }

    /// <summary>The projects' ideas, in the order submitted.</summary>
    public List<CitizenIdea> Ideas { get; }

    public BudgetingRound Round { get; }

    /// <summary>The round's projects' ideas, in ballot order.</summary>
    public List<CitizenIdeaId> Projects => [.. Round.Projects.Select(p => p.IdeaId)];

    /// <summary>Stores the world, the ideas and the round.</summary>
    public async Task SaveAsync(TestDatabase database)
    {
        await World.SaveAsync(database);
        await using var db = database.CreateContext();
        db.AddRange(Ideas);
        db.Add(Round);
        await db.SaveChangesAsync();
    }

    private CitizenIdea Accepted(Resident proposer, string title, int i)
    {
        var idea = CitizenIdea.Submit(
            CitizenIdeaId.New(),
            World.City,
            proposer.Id,
            new IdeaDraft(title, $"طرح {title} برای همهٔ محله‌ها.", World.City.Charter.FindUrbanField("environment")!, i % 2 == 0 ? World.North.Id : World.South.Id),
            SubmittedAt + Duration.FromMinutes(i)).Value;
        idea.StartReview(Reviewer, SubmittedAt + Duration.FromDays(1), "بررسی آغاز شد.").ThrowIfFailed();
        idea.Accept(Reviewer, SubmittedAt + Duration.FromDays(2), "پذیرفته شد.").ThrowIfFailed();
        return idea;
    }
}
