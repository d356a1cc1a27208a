using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using static ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport.YouthMayorScenario;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Tenancy;

/// <summary>
/// A city with a record of every kind a scoped query reads: three neighbourhoods (one without a mayor), residents and
/// active citizens, an active council with members, a closed meeting, ideas accepted, endorsed and hidden by reports, a
/// youth-mayor campaign with applications and an election, and a budgeting round. Two of them, built alike on the same
/// dates, make every unscoped query return more than one city's records.
/// </summary>
internal sealed class TenantCity
{
    public static readonly LocalDate FormedOn = PersianDates.FromSolarHijri(1402, 6, 1);
    public static readonly LocalDate AsOf = PersianDates.FromSolarHijri(1403, 2, 1);
    public static readonly Instant SubmittedAt = Instant.FromUtc(2024, 3, 1, 9, 0);
    private static readonly MunicipalOfficial Reviewer = new("staff-17", "زهرا کاظمی، کارشناس طرح‌ها");
    private static readonly Instant MeetingAt = Instant.FromUtc(2024, 2, 10, 14, 30);

    private TenantCity(YouthMayorScenario scenario)
    {
        Scenario = scenario;
    }

    public YouthMayorScenario Scenario { get; }

    public World World => Scenario.World;

    public List<Resident> People { get; private set; } = [];

    public Council Council { get; private set; } = null!;

    public NeighbourhoodMeeting Meeting { get; private set; } = null!;

    public List<CitizenIdea> Ideas { get; private set; } = [];

    public YouthMayorElection Election { get; private set; } = null!;

    public BudgetingRound Round { get; private set; } = null!;

    /// <summary>A comment on the accepted idea, reported once (so a moderator should look at it), and a reply to it.</summary>
    public List<ParticipatoryGovernance.Comments.Comment> Comments { get; private set; } = [];

    public YouthMayorCampaign Campaign => Scenario.Campaign;

    /// <summary>Builds the city and stores it in the database.</summary>
    public static async Task<TenantCity> StoreAsync(TestDatabase database)
    {
        var city = new TenantCity(new YouthMayorScenario(YouthMayorSelection.Election));
        var world = city.World;
        world.Neighbourhoods.Add(Build.Neighbourhood(world.City.Id, 3));
        city.People = world.ResidentsOf(world.North, 8);
        world.MakeActiveCitizens(city.People, FormedOn);

        var council = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, FormedOn, FormedOn.PlusYears(4).PlusDays(-1), []).Value;
        CouncilRole[] roles = [CouncilRole.Chair, CouncilRole.Deputy, CouncilRole.Secretary, CouncilRole.Member, CouncilRole.Member];
        for (var i = 0; i < roles.Length; i++)
        {
            council.Appoint(city.People[i], roles[i], FormedOn).ThrowIfFailed();
        }

        council.Activate(FormedOn.PlusDays(3)).ThrowIfFailed();
        city.Council = council;

        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, new LocalizedText("مسجد محله", "Neighbourhood mosque"), MeetingAt, world.City.Charter.Meetings);
        meeting.Open(MeetingAt).ThrowIfFailed();
        meeting.RecordAttendance(city.People[0], MeetingAt).ThrowIfFailed();
        meeting.Close("صورت‌جلسه", MeetingAt + Duration.FromHours(1)).ThrowIfFailed();
        city.Meeting = meeting;

        var rules = world.City.Charter.Ideas;
        var field = world.City.Charter.FindUrbanField("environment")!;
        var accepted = Submit(world, city.People[0], "بوستان محله", field, world.North.Id, SubmittedAt);
        accepted.StartReview(Reviewer, SubmittedAt + Duration.FromDays(1), "بررسی آغاز شد.").ThrowIfFailed();
        accepted.Accept(Reviewer, SubmittedAt + Duration.FromDays(2), "پذیرفته شد.").ThrowIfFailed();
        var endorsed = Submit(world, city.People[1], "دوچرخهٔ اشتراکی", field, null, SubmittedAt + Duration.FromHours(1));
        endorsed.Endorse(city.People[2].Id, SubmittedAt + Duration.FromDays(20), rules).ThrowIfFailed();
        var hidden = Submit(world, city.People[2], "سایه‌بان ایستگاه", field, world.South.Id, SubmittedAt + Duration.FromHours(2));
        for (var i = 0; i < rules.ReportsToHide; i++)
        {
            hidden.Report(city.People[3 + i].Id, SubmittedAt + Duration.FromDays(3 + i), "تبلیغ است.", rules).ThrowIfFailed();
        }

        city.Ideas = [accepted, endorsed, hidden];

        var campaign = city.Campaign;
        var applications = city.Scenario.Apply();
        campaign.AdvanceTo(CampaignStage.Shortlisting, ShortlistOn).ThrowIfFailed();
        applications.ForEach(a => campaign.Shortlist(a.Application, ShortlistOn).ThrowIfFailed());
        campaign.AdvanceTo(CampaignStage.Selection, SelectionOn).ThrowIfFailed();
        city.Election = campaign.CallElection(YouthMayorElectionId.New(), world.North, Gender.Male, SelectionOn.PlusDays(1), SelectionOn.PlusDays(3)).Value;

        city.Round = BudgetingRound.Open(
            BudgetingRoundId.New(),
            world.City.Id,
            [world.North.Id, world.South.Id],
            null,
            "بودجهٔ مشارکتی",
            new Rials(1_000_000_000),
            BudgetingScenario.OpensOn,
            BudgetingScenario.ClosesOn,
            world.City.Charter,
            [(accepted, new Rials(200_000_000))]).Value;

        var commentedAt = SubmittedAt + Duration.FromDays(4);
        var comment = ParticipatoryGovernance.Comments.Comment.Post(
            ParticipatoryGovernance.Comments.CommentId.New(), ParticipatoryGovernance.Comments.CommentTarget.Of(accepted),
            city.People[4].Id, "موافقم، سایه لازم است.", ParticipatoryGovernance.Comments.CommentStance.For, commentedAt).Value;
        comment.Report(city.People[5].Id, commentedAt + Duration.FromHours(1), "بی‌ربط است.", rules).ThrowIfFailed();
        var reply = ParticipatoryGovernance.Comments.Comment.Post(
            ParticipatoryGovernance.Comments.CommentId.New(), ParticipatoryGovernance.Comments.CommentTarget.Of(accepted),
            city.People[6].Id, "من هم موافقم.", ParticipatoryGovernance.Comments.CommentStance.None, commentedAt + Duration.FromHours(2)).Value;
        city.Comments = [comment, reply];

        await world.SaveAsync(database);
        await using var db = database.CreateContext();
        db.Add(council);
        db.Add(meeting);
        db.AddRange(city.Ideas);
        db.Add(campaign);
        db.Add(city.Election);
        db.Add(city.Round);
        db.AddRange(city.Comments);
        await db.SaveChangesAsync();
        return city;
    }

    private static CitizenIdea Submit(World world, Resident proposer, string title, UrbanField field, NeighbourhoodId? neighbourhood, Instant at) =>
        CitizenIdea.Submit(CitizenIdeaId.New(), world.City, proposer.Id, new IdeaDraft(title, $"شرح {title}", field, neighbourhood), at).Value;
}
