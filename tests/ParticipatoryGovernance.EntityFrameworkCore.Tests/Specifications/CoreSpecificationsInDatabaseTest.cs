using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Specifications;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.Specifications;
using ParticipatoryGovernance.EntityFrameworkCore.Repositories;
using ParticipatoryGovernance.EntityFrameworkCore.Specifications;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Municipalities.Specifications;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Neighbourhoods.Specifications;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;
using ParticipatoryGovernance.YouthMayors;
using ParticipatoryGovernance.YouthMayors.Specifications;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Specifications;

/// <summary>
/// Every specification of the core package, run by each database through the repository: the same rows, in the same
/// order, as in memory; and SQL (from <c>ToQueryString</c>) whose WHERE holds each criterion, with ORDER BY for an
/// ordered specification and LIMIT/OFFSET for a page, so that nothing is filtered, ordered or paged in memory.
/// </summary>
[Collection(DatabaseTests.Name)]
public class CoreSpecificationsInDatabaseTest(DatabaseFixture fixture)
{
    private static readonly Type[] Covered =
    [
        typeof(MunicipalityByIdSpec), typeof(NeighbourhoodByIdSpec), typeof(ResidentByIdSpec), typeof(NeighbourhoodMeetingByIdSpec),
        typeof(CouncilByIdSpec), typeof(YouthMayorCampaignByIdSpec), typeof(YouthMayorElectionByIdSpec), typeof(BudgetingRoundByIdSpec), typeof(BudgetingVotersSpec),
        typeof(NeighbourhoodByNumberSpec), typeof(NeighbourhoodsOfMunicipalitySpec), typeof(NeighbourhoodsWithoutMayorSpec),
        typeof(ResidentsOfNeighbourhoodSpec), typeof(ResidentsInCohortSpec), typeof(ActiveCitizensOfNeighbourhoodSpec),
        typeof(ActiveCouncilsOfMunicipalitySpec), typeof(CurrentMembersOfCouncilSpec), typeof(MembersWithTermEndingBeforeSpec),
        typeof(NeighbourhoodsWithCouncilSpec), typeof(NeighbourhoodsWithoutCouncilSpec), typeof(CouncilsOfNeighbourhoodSpec),
        typeof(CitizenIdeaByIdSpec), typeof(CitizenIdeasAwaitingModerationSpec), typeof(CitizenIdeasAwaitingReviewSpec),
        typeof(CitizenIdeasByFieldSpec), typeof(CitizenIdeasByStatusSpec), typeof(CitizenIdeasMatchingSpec), typeof(CitizenIdeasOfNeighbourhoodSpec),
        typeof(CitizenIdeasOfResidentSpec), typeof(CitizenIdeasTrendingSpec),
        typeof(MeetingsOfNeighbourhoodSpec),
        typeof(YouthMayorCampaignsOfMunicipalitySpec), typeof(YouthMayorElectionsOfCampaignSpec),
        typeof(ParticipatoryGovernance.Comments.Specifications.CommentByIdSpec), typeof(ParticipatoryGovernance.Comments.Specifications.CommentsOnSubjectSpec),
        typeof(ParticipatoryGovernance.Comments.Specifications.CommentsOnMeetingSpec), typeof(ParticipatoryGovernance.Comments.Specifications.CommentsOfResidentsSpec),
        typeof(ParticipatoryGovernance.Comments.Specifications.CommentsOfResidentSpec), typeof(ParticipatoryGovernance.Comments.Specifications.CommentsAwaitingModerationSpec),
    ];

    private static readonly MunicipalOfficial Reviewer = new("staff-17", "زهرا کاظمی، کارشناس طرح‌ها");
    private static readonly IdeaRules Rules = new() { SupportThreshold = 50, SupportWindowDays = 90, ReportsToHide = 2 };
    private readonly Municipality _rafsanjan = RafsanjanPreset.CreateMunicipality(MunicipalityId.New());
    private readonly Municipality _other = Build.Municipality("Other");

    [Fact]
    public void EverySpecificationOfTheCorePackage_IsRunHere()
    {
        var specifications = typeof(Municipality).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISpecification<>)));

        specifications.Should().BeEquivalentTo(Covered, "a new specification must be run in both databases here");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task NeighbourhoodSpecs_ReturnWhatMemoryReturns_AndFilterInSql(Provider provider)
    {
        var (database, neighbourhoods, _) = await SeedPeopleAsync(provider);
        await using var db = database.CreateContext();

        await Check(db, new NeighbourhoodsOfMunicipalitySpec(_rafsanjan.Id), neighbourhoods, "municipality_id =");
        await Check(db, new NeighbourhoodsWithoutMayorSpec(_rafsanjan.Id), neighbourhoods, "municipality_id =", "mayor IS NULL");
        await Check(db, new NeighbourhoodByNumberSpec(_other.Id, 1), neighbourhoods, "municipality_id =", "number =");
        (await new GovernanceRepository<Neighbourhood>(db).SingleOrDefaultAsync(new NeighbourhoodByNumberSpec(_rafsanjan.Id, 9), CancellationToken.None)).Should().BeNull();
        (await new GovernanceRepository<Neighbourhood>(db).CountAsync(new NeighbourhoodsOfMunicipalitySpec(_rafsanjan.Id), CancellationToken.None)).Should().Be(3);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ResidentSpecs_ReturnWhatMemoryReturns_AndFilterInSql(Provider provider)
    {
        var (database, neighbourhoods, residents) = await SeedPeopleAsync(provider);
        var north = neighbourhoods.Single(n => n.MunicipalityId == _rafsanjan.Id && n.Number == 1);
        var south = neighbourhoods.Single(n => n.MunicipalityId == _rafsanjan.Id && n.Number == 2);
        await using var db = database.CreateContext();

        await Check(db, new ResidentsOfNeighbourhoodSpec(north.Id), residents, "neighbourhood_id =");
        await Check(db, new ResidentsOfNeighbourhoodSpec(north.Id, Gender.Female), residents, "neighbourhood_id =", "gender =");
        (await Check(db, new ResidentsOfNeighbourhoodSpec(north.Id, skip: 1, take: 2), residents, "neighbourhood_id =")).Should().HaveCount(2);
        var cohort = await Check(db, new ResidentsInCohortSpec(new BirthCohort(1380), neighbourhoods.Select(n => n.Id), null), residents, "birth_date >=", "birth_date <=", "neighbourhood_id");
        cohort.Select(r => r.Name.GivenName).Should().BeEquivalentTo("زهرا", "علی", "نرگس");
        await Check(db, new ResidentsInCohortSpec(new BirthCohort(1380), north.Id, Gender.Male), residents, "birth_date <=", "neighbourhood_id =", "gender =");
        (await Check(db, new BudgetingVotersSpec([residents[0].Id, residents[2].Id, ResidentId.New()]), residents, "id")).Should().HaveCount(2);
        await Check(db, new ResidentsInCohortSpec(new BirthCohort(1380), south.Id), residents, "neighbourhood_id =");
        (await Check(db, new ActiveCitizensOfNeighbourhoodSpec(north.Id), residents, "neighbourhood_id =", "is_active_citizen")).Should().HaveCount(2);
        (await Check(db, new ActiveCitizensOfNeighbourhoodSpec(north.Id, Gender.Male), residents, "is_active_citizen", "gender =")).Should().ContainSingle();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task MunicipalityByIdSpec_FindsTheMunicipality_InSql(Provider provider)
    {
        var (database, _, _) = await SeedPeopleAsync(provider);
        await using var db = database.CreateContext();

        var found = await Check(db, new MunicipalityByIdSpec(_other.Id), [_rafsanjan, _other], "id =");

        found.Should().ContainSingle().Which.Name.English.Should().Be("Other");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task NeighbourhoodAndResidentByIdSpecs_FindOneRow_InSql(Provider provider)
    {
        var (database, neighbourhoods, residents) = await SeedPeopleAsync(provider);
        await using var db = database.CreateContext();

        (await Check(db, new NeighbourhoodByIdSpec(neighbourhoods[2].Id), neighbourhoods, "id =")).Should().ContainSingle().Which.Number.Should().Be(2);
        (await Check(db, new ResidentByIdSpec(residents[4].Id), residents, "id =")).Should().ContainSingle().Which.Name.GivenName.Should().Be("نرگس");
        (await new GovernanceRepository<Resident>(db).SingleOrDefaultAsync(new ResidentByIdSpec(ResidentId.New()), CancellationToken.None)).Should().BeNull();
    }

    /// <summary>
    /// The by-id specifications of the aggregates whose parts live in child tables: one row by its id, loaded whole
    /// (every part, in the model's order) although the specifications name no include.
    /// </summary>
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ByIdSpecsOfAggregatesWithParts_LoadTheWholeAggregate_InSql(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var budgeting = new BudgetingScenario();
        await budgeting.SaveAsync(database);
        var otherRound = BudgetingRound.Open(
            BudgetingRoundId.New(), budgeting.World.City.Id, [budgeting.World.North.Id], budgeting.World.North.Id, "بودجهٔ محله", new Rials(500_000_000),
            BudgetingScenario.OpensOn, BudgetingScenario.ClosesOn, budgeting.World.City.Charter, [(budgeting.Ideas[0], new Rials(300_000_000))]).Value;
        List<BudgetingRound> rounds = [budgeting.Round, otherRound];

        var world = budgeting.World;
        var start = Instant.FromUtc(2024, 3, 1, 14, 0);
        List<NeighbourhoodMeeting> meetings =
        [
            NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, new LocalizedText("مسجد", "Mosque"), start, world.City.Charter.Meetings),
            NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, new LocalizedText("مسجد", "Mosque"), start + Duration.FromDays(7), world.City.Charter.Meetings),
        ];
        meetings[1].AddAgendaItem("آسفالت کوچه").ThrowIfFailed();
        meetings[1].AddAgendaItem("روشنایی بوستان").ThrowIfFailed();
        meetings[1].AddAgendaItem("جشن محله").ThrowIfFailed();

        var formedOn = PersianDates.FromSolarHijri(1402, 7, 1);
        var termEnds = PersianDates.FromSolarHijri(1406, 6, 31);
        var members = world.ResidentsOf(world.North, 5);
        world.MakeActiveCitizens(members, formedOn);
        await world.SaveAsync(database);
        var council = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, formedOn, termEnds, []).Value;
        members.ForEach(m => council.Appoint(m, m == members[0] ? CouncilRole.Chair : CouncilRole.Member, formedOn).ThrowIfFailed());
        var women = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Women, formedOn, termEnds, [council]).Value;
        List<Council> councils = [council, women];

        var youth = new YouthMayorScenario(YouthMayorSelection.Election);
        var campaign = youth.Campaign;
        var applications = youth.Apply();
        campaign.AdvanceTo(CampaignStage.Shortlisting, YouthMayorScenario.ShortlistOn).ThrowIfFailed();
        applications.ForEach(a => campaign.Shortlist(a.Application, YouthMayorScenario.ShortlistOn).ThrowIfFailed());
        campaign.AdvanceTo(CampaignStage.Selection, YouthMayorScenario.SelectionOn).ThrowIfFailed();
        var pollOpens = YouthMayorScenario.SelectionOn;
        List<YouthMayorElection> elections =
        [
            campaign.CallElection(YouthMayorElectionId.New(), youth.World.North, Gender.Male, pollOpens, pollOpens.PlusDays(2)).Value,
            campaign.CallElection(YouthMayorElectionId.New(), youth.World.North, Gender.Female, pollOpens, pollOpens.PlusDays(2)).Value,
        ];
        var earlier = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), youth.World.City, new LocalizedText("پویش ۱۴۰۱", "Campaign 1401"), PersianDates.FromSolarHijri(1401, 11, 1), PersianDates.FromSolarHijri(1401, 11, 30)).Value;
        List<YouthMayorCampaign> campaigns = [earlier, campaign];
        await youth.World.SaveAsync(database);
        await using (var seed = database.CreateContext())
        {
            seed.Add(otherRound);
            seed.AddRange(meetings);
            seed.AddRange(councils);
            seed.AddRange(campaigns);
            seed.AddRange(elections);
            await seed.SaveChangesAsync();
        }

        await using var db = database.CreateContext();

        var round = (await Check(db, new BudgetingRoundByIdSpec(budgeting.Round.Id), rounds, "id =")).Should().ContainSingle().Subject;
        round.Projects.Select(p => p.IdeaId).Should().Equal(budgeting.Projects, "the projects come back whole and in ballot order");
        round.Area.Should().Equal(budgeting.Round.Area);
        var meeting = (await Check(db, new NeighbourhoodMeetingByIdSpec(meetings[1].Id), meetings, "id =")).Should().ContainSingle().Subject;
        meeting.Agenda.Select(a => a.Title).Should().Equal("آسفالت کوچه", "روشنایی بوستان", "جشن محله");
        var storedCouncil = (await Check(db, new CouncilByIdSpec(council.Id), councils, "id =")).Should().ContainSingle().Subject;
        storedCouncil.Memberships.Select(m => m.ResidentId).Should().Equal(council.Memberships.Select(m => m.ResidentId));
        storedCouncil.Terms.Should().HaveCount(council.Terms.Count);
        var storedCampaign = (await Check(db, new YouthMayorCampaignByIdSpec(campaign.Id), campaigns, "id =")).Should().ContainSingle().Subject;
        storedCampaign.Applications.Select(a => a.Id).Should().Equal(campaign.Applications.Select(a => a.Id));
        storedCampaign.Stages.Should().HaveCount(campaign.Stages.Count);
        var election = (await Check(db, new YouthMayorElectionByIdSpec(elections[1].Id), elections, "id =")).Should().ContainSingle().Subject;
        election.Seat.Should().Be(Gender.Female);
        election.Candidates.Select(c => c.ResidentId).Should().Equal(elections[1].Candidates.Select(c => c.ResidentId));
        (await new GovernanceRepository<BudgetingRound>(db).SingleOrDefaultAsync(new BudgetingRoundByIdSpec(BudgetingRoundId.New()), CancellationToken.None)).Should().BeNull();
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CouncilSpecs_ReturnWhatMemoryReturns_AndFilterInSql(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World(neighbourhoods: 3);
        var other = new World();
        var formedOn = PersianDates.FromSolarHijri(1402, 7, 1);
        var termEnds = PersianDates.FromSolarHijri(1406, 6, 31);
        var people = world.ResidentsOf(world.North, 14);
        var southPeople = world.ResidentsOf(world.South, 7);
        var otherPeople = other.ResidentsOf(other.North, 4);
        world.MakeActiveCitizens([.. people, .. southPeople], formedOn);
        other.MakeActiveCitizens(otherPeople, formedOn);
        await world.SaveAsync(database);
        await other.SaveAsync(database);

        var active = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, formedOn, termEnds, []).Value;
        CouncilRole[] roles = [CouncilRole.Member, CouncilRole.Chair, CouncilRole.Member, CouncilRole.Secretary, CouncilRole.Member, CouncilRole.Deputy, CouncilRole.Member];
        for (var i = 0; i < roles.Length; i++)
        {
            active.Appoint(people[i], roles[i], i < 4 ? formedOn : formedOn.PlusDays(10)).ThrowIfFailed();
        }

        active.Activate(formedOn.PlusDays(10)).ThrowIfFailed();
        active.Resign(people[2].Id, formedOn.PlusMonths(2)).ThrowIfFailed();
        var women = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Women, formedOn, termEnds.PlusYears(-1), []).Value;
        people.Where(p => p.Gender == Gender.Female).Skip(3).Take(3).ToList().ForEach(p => women.Appoint(p, p == people[8] ? CouncilRole.Chair : CouncilRole.Member, formedOn).ThrowIfFailed());
        var dissolved = Council.Form(CouncilId.New(), world.City, world.South, CouncilKind.Neighbourhood, formedOn, termEnds, []).Value;
        southPeople.Take(2).ToList().ForEach(p => dissolved.Appoint(p, p == southPeople[0] ? CouncilRole.Chair : CouncilRole.Member, formedOn).ThrowIfFailed());
        dissolved.Dissolve(formedOn.PlusYears(1)).ThrowIfFailed();
        var elsewhere = Council.Form(CouncilId.New(), other.City, other.North, CouncilKind.Neighbourhood, formedOn, termEnds, []).Value;
        otherPeople.ForEach(p => elsewhere.Appoint(p, p == otherPeople[0] ? CouncilRole.Chair : CouncilRole.Member, formedOn).ThrowIfFailed());
        elsewhere.Activate(formedOn).ThrowIfFailed();
        List<Council> councils = [active, women, dissolved, elsewhere];
        await using (var seed = database.CreateContext())
        {
            seed.AddRange(councils);
            await seed.SaveChangesAsync();
        }

        await using var db = database.CreateContext();

        await Check(db, new ActiveCouncilsOfMunicipalitySpec(world.City.Id), councils, "municipality_id =", "status =");
        (await Check(db, new ActiveCouncilsOfMunicipalitySpec(world.City.Id, CouncilKind.Women), councils, "kind =")).Should().BeEmpty();
        (await Check(db, new CouncilsOfNeighbourhoodSpec(world.North.Id), councils, "neighbourhood_id =")).Should().NotBeEmpty();
        (await Check(db, new CurrentMembersOfCouncilSpec(active.Id), councils, m => m.Id, "id =", "ended_on IS NULL")).Should().HaveCount(6);
        var ending = await Check(db, new MembersWithTermEndingBeforeSpec(world.City.Id, termEnds.PlusDays(1)), councils, m => m.Id, "municipality_id =", "status <>", "ended_on IS NULL", "term_ends_on <");
        ending.Should().HaveCount(6 + 3);
        ending.Take(3).Should().OnlyContain(m => m.TermEndsOn == termEnds.PlusYears(-1), "the women's council's shorter term ends first");
        var withCouncil = await Check(db, new NeighbourhoodsWithCouncilSpec(world.City.Id, CouncilKind.Neighbourhood), councils, n => n.Value, "municipality_id =", "kind =", "status <>");
        withCouncil.Should().Equal(world.North.Id);
        List<Neighbourhood> neighbourhoods = [.. world.Neighbourhoods, .. other.Neighbourhoods];
        var without = await Check(db, new NeighbourhoodsWithoutCouncilSpec(world.City.Id, withCouncil), neighbourhoods, "municipality_id =", "NOT|id <>");
        without.Select(n => n.Number).Should().Equal(2, 3);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CitizenIdeaSpecs_ReturnWhatMemoryReturns_AndFilterInSql(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World(RafsanjanPreset.Charter with { Ideas = Rules });
        var other = new World();
        var people = world.ResidentsOf(world.North, 10);
        var stranger = other.Resident(other.North, Gender.Male);
        await world.SaveAsync(database);
        await other.SaveAsync(database);
        var ideas = SeedIdeas(world, people, other, stranger);
        await using (var seed = database.CreateContext())
        {
            seed.AddRange(ideas);
            await seed.SaveChangesAsync();
        }

        var asOf = At(30);
        var environment = world.City.Charter.FindUrbanField("environment")!;
        await using var db = database.CreateContext();

        (await Check(db, new CitizenIdeaByIdSpec(ideas[3].Id), ideas, "id =")).Should().ContainSingle();
        (await Check(db, new CitizenIdeasAwaitingModerationSpec(world.City.Id), ideas, "municipality_id =", "visibility =")).Should().HaveCount(2);
        await Check(db, new CitizenIdeasAwaitingModerationSpec(world.City.Id, skip: 1, take: 1), ideas, "visibility =");
        (await Check(db, new CitizenIdeasAwaitingReviewSpec(world.City.Id, asOf, 10), ideas, "municipality_id =", "visibility =", "next_version_id IS NULL", "status IN", "submitted_at <")).Should().NotBeEmpty();
        await Check(db, new CitizenIdeasAwaitingReviewSpec(world.City.Id, asOf, 0, skip: 1, take: 3), ideas, "status IN", "submitted_at <");
        (await Check(db, new CitizenIdeasByFieldSpec(world.City.Id, environment), ideas, "field_key =", "visibility =")).Should().HaveCountGreaterThan(2);
        await Check(db, new CitizenIdeasByFieldSpec(world.City.Id, environment, IdeaStatus.Submitted, skip: 1, take: 2), ideas, "field_key =", "status =");
        (await Check(db, new CitizenIdeasMatchingSpec(world.City.Id, IdeaStatus.Submitted, "environment", world.North.Id), ideas, "status =", "field_key =", "neighbourhood_id =")).Should().NotBeEmpty();
        await Check(db, new CitizenIdeasMatchingSpec(world.City.Id, skip: 2, take: 3), ideas, "municipality_id =", "visibility =");
        foreach (var status in IdeaStatuses.All)
        {
            await Check(db, new CitizenIdeasByStatusSpec(world.City.Id, status), ideas, "municipality_id =", "status =");
        }

        await Check(db, new CitizenIdeasByStatusSpec(world.City.Id, IdeaStatus.Submitted, skip: 2, take: 2), ideas, "status =");
        (await Check(db, new CitizenIdeasOfNeighbourhoodSpec(world.North.Id), ideas, "neighbourhood_id =")).Should().HaveCountGreaterThan(3);
        await Check(db, new CitizenIdeasOfNeighbourhoodSpec(world.South.Id, IdeaStatus.Submitted, skip: 0, take: 1), ideas, "neighbourhood_id =", "status =");
        (await Check(db, new CitizenIdeasOfResidentSpec(people[0].Id), ideas, "proposer_id =")).Should().HaveCountGreaterThan(3, "the proposer sees hidden, removed and replaced versions too");
        await Check(db, new CitizenIdeasOfResidentSpec(people[0].Id, skip: 2, take: 2), ideas, "proposer_id =");
        (await Check(db, new CitizenIdeasTrendingSpec(world.City.Id, asOf, 10), ideas, "municipality_id =", "EXISTS", "at >=", "at <=")).Should().HaveCount(3);
        await Check(db, new CitizenIdeasTrendingSpec(world.City.Id, asOf, 30, skip: 1, take: 2), ideas, "EXISTS");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task MeetingsOfNeighbourhoodSpec_ReturnsWhatMemoryReturns_AndFiltersInSql(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        await world.SaveAsync(database);
        var start = Instant.FromUtc(2024, 3, 1, 14, 0);
        var meetings = Enumerable.Range(0, 7)
            .Select(i => NeighbourhoodMeeting.Schedule(MeetingId.New(), i == 6 ? world.South : world.North, new LocalizedText("مسجد", "Mosque"), start + Duration.FromDays(7 * i), world.City.Charter.Meetings))
            .ToList();
        meetings[0].Open(start).ThrowIfFailed();
        meetings[0].Close("بی‌دستور", start + Duration.FromHours(1)).ThrowIfFailed();
        meetings[1].Cancel("باران", start).ThrowIfFailed();
        meetings[2].Open(start + Duration.FromDays(14)).ThrowIfFailed();
        meetings[2].Close("بی‌دستور", start + Duration.FromDays(14)).ThrowIfFailed();
        await using (var seed = database.CreateContext())
        {
            seed.AddRange(meetings);
            await seed.SaveChangesAsync();
        }

        await using var db = database.CreateContext();

        (await Check(db, new MeetingsOfNeighbourhoodSpec(world.North.Id), meetings, "neighbourhood_id =")).Should().HaveCount(6);
        (await Check(db, new MeetingsOfNeighbourhoodSpec(world.North.Id, MeetingStatus.Closed), meetings, "status =")).Should().HaveCount(2);
        (await Check(db, new MeetingsOfNeighbourhoodSpec(world.North.Id, from: start + Duration.FromDays(7), to: start + Duration.FromDays(28)), meetings, "starts_at >=", "starts_at <")).Should().HaveCount(3);
        (await Check(db, new MeetingsOfNeighbourhoodSpec(world.North.Id, MeetingStatus.Scheduled, skip: 1, take: 2), meetings, "status =")).Should().HaveCount(2);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CommentSpecs_ReturnWhatMemoryReturns_AndFilterInSql(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var city = await Tenancy.TenantCity.StoreAsync(database);
        var other = await Tenancy.TenantCity.StoreAsync(database);
        var all = city.Comments.Concat(other.Comments).ToList();
        var municipality = city.World.City.Id;
        await using var db = database.CreateContext();

        (await Check(db, new ParticipatoryGovernance.Comments.Specifications.CommentByIdSpec(city.Comments[1].Id), all, "id =")).Should().ContainSingle();
        (await Check(db, new ParticipatoryGovernance.Comments.Specifications.CommentsOnSubjectSpec(ParticipatoryGovernance.Comments.CommentSubject.Idea(city.Ideas[0].Id)), all, "subject_id =", "subject_kind =")).Should().HaveCount(2);
        (await Check(db, new ParticipatoryGovernance.Comments.Specifications.CommentsOnMeetingSpec(city.Meeting.Id), all, "subject_id =")).Should().BeEmpty("nobody commented on the meeting's agenda");
        (await Check(db, new ParticipatoryGovernance.Comments.Specifications.CommentsOfResidentsSpec(municipality, city.People.Select(p => p.Id)), all, "municipality_id =", "author_id")).Should().HaveCount(2);
        (await Check(db, new ParticipatoryGovernance.Comments.Specifications.CommentsOfResidentSpec(city.People[4].Id, 0, 1), all, "author_id =")).Should().ContainSingle();
        (await Check(db, new ParticipatoryGovernance.Comments.Specifications.CommentsAwaitingModerationSpec(municipality), all, "municipality_id =")).Should().ContainSingle()
            .Which.Id.Should().Be(city.Comments[0].Id, "the reported comment, not its reply");
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task YouthMayorSpecs_ReturnWhatMemoryReturns_AndFilterInSql(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new YouthMayorScenario(YouthMayorSelection.Election);
        var campaign = scenario.Campaign;
        var applications = scenario.Apply();
        campaign.AdvanceTo(CampaignStage.Shortlisting, YouthMayorScenario.ShortlistOn).ThrowIfFailed();
        applications.ForEach(a => campaign.Shortlist(a.Application, YouthMayorScenario.ShortlistOn).ThrowIfFailed());
        campaign.AdvanceTo(CampaignStage.Selection, YouthMayorScenario.SelectionOn).ThrowIfFailed();
        var day = YouthMayorScenario.SelectionOn;
        var elections = new List<YouthMayorElection>();
        foreach (var (home, seat, offset) in new[] { (scenario.World.South, Gender.Female, 1), (scenario.World.North, Gender.Male, 3), (scenario.World.North, Gender.Female, 2), (scenario.World.South, Gender.Male, 2) })
        {
            elections.Add(campaign.CallElection(YouthMayorElectionId.New(), home, seat, day.PlusDays(offset), day.PlusDays(offset + 2)).Value);
        }

        var earlier = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), scenario.World.City, new LocalizedText("پویش ۱۴۰۱", "Campaign 1401"), PersianDates.FromSolarHijri(1401, 11, 1), PersianDates.FromSolarHijri(1401, 11, 30)).Value;
        var later = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), scenario.World.City, new LocalizedText("پویش ۱۴۰۳", "Campaign 1403"), PersianDates.FromSolarHijri(1403, 11, 1), PersianDates.FromSolarHijri(1403, 11, 30)).Value;
        var other = new World();
        var elsewhere = YouthMayorCampaign.Open(YouthMayorCampaignId.New(), other.City, new LocalizedText("پویش", "Campaign"), PersianDates.FromSolarHijri(1402, 11, 1), PersianDates.FromSolarHijri(1402, 11, 30)).Value;
        await scenario.World.SaveAsync(database);
        await other.SaveAsync(database);
        List<YouthMayorCampaign> campaigns = [campaign, earlier, later, elsewhere];
        await using (var seed = database.CreateContext())
        {
            seed.AddRange(campaigns);
            seed.AddRange(elections);
            await seed.SaveChangesAsync();
        }

        await using var db = database.CreateContext();

        (await Check(db, new YouthMayorCampaignsOfMunicipalitySpec(scenario.World.City.Id), campaigns, "municipality_id =")).Select(c => c.Id).Should().Equal(later.Id, campaign.Id, earlier.Id);
        (await Check(db, new YouthMayorElectionsOfCampaignSpec(campaign.Id), elections, "campaign_id =")).Should().HaveCount(4);
        (await Check(db, new YouthMayorElectionsOfCampaignSpec(campaign.Id, scenario.World.North.Id), elections, "neighbourhood_id =")).Should().HaveCount(2);
        (await Check(db, new YouthMayorElectionsOfCampaignSpec(campaign.Id, scenario.World.South.Id, Gender.Male), elections, "neighbourhood_id =", "seat =")).Should().ContainSingle();
    }

    /// <summary>Runs a specification in the database and in memory and checks that the SQL does the work.</summary>
    private static async Task<List<T>> Check<T>(GovernanceDbContext db, ISpecification<T> specification, IEnumerable<T> all, params string[] criteria)
        where T : class
    {
        CheckSql(QueryableSpecificationEvaluator.Default.GetQuery(db.Set<T>(), specification).ToQueryString(), specification, criteria);
        var stored = await new GovernanceRepository<T>(db).ListAsync(specification, CancellationToken.None);
        CheckRows(stored.Select(Key), specification.Evaluate(all).Select(Key), specification.OrderExpressions.Any() || specification.PostProcessingAction is not null);
        return stored;
    }

    /// <summary>The same for a specification that projects, with the key of its results.</summary>
    private static async Task<List<TResult>> Check<T, TResult>(GovernanceDbContext db, ISpecification<T, TResult> specification, IEnumerable<T> all, Func<TResult, Guid> key, params string[] criteria)
        where T : class
    {
        CheckSql(QueryableSpecificationEvaluator.Default.GetQuery(db.Set<T>(), specification).ToQueryString(), specification, criteria);
        var stored = await new GovernanceRepository<T>(db).ListAsync(specification, CancellationToken.None);
        CheckRows(stored.Select(key), specification.Evaluate(all).Select(key), specification.OrderExpressions.Any() || specification.PostProcessingAction is not null);
        return stored;
    }

    private static void CheckSql<T>(string queryString, ISpecification<T> specification, string[] criteria)
    {
        // PostgreSQL leaves lower-case names unquoted, SQLite quotes them: compare without quotes.
        var sql = queryString.Replace("\"", string.Empty, StringComparison.Ordinal);
        var where = sql.IndexOf("WHERE", StringComparison.Ordinal);
        where.Should().BePositive("the filter must run in the database:\n" + sql);
        var fromWhere = sql[where..];
        foreach (var criterion in criteria)
        {
            // "a|b": either form, as the two databases (or the number of parameters) make it.
            criterion.Split('|').Should().Contain(c => fromWhere.Contains(c, StringComparison.Ordinal), "the criterion {0} belongs in the WHERE clause:\n{1}", criterion, sql);
        }

        if (specification.OrderExpressions.Any())
        {
            fromWhere.Should().Contain("ORDER BY", "the order belongs in the SQL:\n{0}", sql);
        }

        if (specification.Take > 0)
        {
            sql.Should().Contain("LIMIT", "a page is cut in the database:\n{0}", sql);
        }

        if (specification.Skip is > 0)
        {
            sql.Should().Contain("OFFSET", "a page is cut in the database:\n{0}", sql);
        }
    }

    private static void CheckRows(IEnumerable<Guid> stored, IEnumerable<Guid> expected, bool ordered)
    {
        if (ordered)
        {
            stored.Should().Equal(expected);
        }
        else
        {
            stored.Should().BeEquivalentTo(expected);
        }
    }

    private static Guid Key<T>(T entity) => entity switch
    {
        Municipality m => m.Id.Value,
        Neighbourhood n => n.Id.Value,
        Resident r => r.Id.Value,
        Council c => c.Id.Value,
        CitizenIdea i => i.Id.Value,
        NeighbourhoodMeeting m => m.Id.Value,
        YouthMayorCampaign c => c.Id.Value,
        YouthMayorElection e => e.Id.Value,
        BudgetingRound b => b.Id.Value,
        ParticipatoryGovernance.Comments.Comment c => c.Id.Value,
        _ => throw new ArgumentException("unknown entity", nameof(entity)),
    };

    /// <summary>An instant on a day of Khordad 1403, Tehran time.</summary>
    private static Instant At(int day, int hour = 10) =>
        PersianDates.FromSolarHijri(1403, 3, 1).PlusDays(day - 1).At(new LocalTime(hour, 0)).InZoneStrictly(PersianDates.TimeZone).ToInstant();

    /// <summary>
    /// Ideas of two municipalities over a month, in every status, fields and neighbourhoods, city-wide, hidden, removed
    /// and replaced, with endorsements spread over the month (some tied in count, some on the same instant).
    /// </summary>
    private static List<CitizenIdea> SeedIdeas(World world, List<Resident> people, World other, Resident stranger)
    {
        var fields = new[] { "environment", "traffic", "environment", "culture" };
        var ideas = new List<CitizenIdea>();
        for (var i = 0; i < 16; i++)
        {
            var proposer = people[i % 3];
            var neighbourhood = i % 5 == 4 ? (NeighbourhoodId?)null : i % 2 == 0 ? world.North.Id : world.South.Id;
            var field = world.City.Charter.FindUrbanField(fields[i % fields.Length])!;
            var submittedAt = At(1 + (i % 8), 9 + (i % 3));
            var idea = CitizenIdea.Submit(CitizenIdeaId.New(), world.City, proposer.Id, new IdeaDraft($"ایدهٔ {i}", "شرح ایده", field, neighbourhood), submittedAt).Value;
            for (var e = 0; e < i % 6; e++)
            {
                idea.Endorse(people[3 + e].Id, At(10 + (3 * e) + (i % 4)), Rules).ThrowIfFailed();
            }

            var step = At(25);
            switch (i % 7)
            {
                case 1:
                    idea.StartReview(Reviewer, step, "بررسی").ThrowIfFailed();
                    break;
                case 2:
                    idea.StartReview(Reviewer, step, "بررسی").ThrowIfFailed();
                    idea.Accept(Reviewer, step, "پذیرفته").ThrowIfFailed();
                    break;
                case 3:
                    idea.StartReview(Reviewer, step, "بررسی").ThrowIfFailed();
                    idea.Reject(Reviewer, step, "رد").ThrowIfFailed();
                    if (i == 3)
                    {
                        ideas.Add(idea.Resubmit(CitizenIdeaId.New(), world.City, proposer.Id, new IdeaDraft("نسخهٔ دوم", "شرح تازه", field, neighbourhood), At(26)).Value);
                    }

                    break;
                case 4:
                    idea.StartReview(Reviewer, step, "بررسی").ThrowIfFailed();
                    idea.Accept(Reviewer, step, "پذیرفته").ThrowIfFailed();
                    idea.StartImplementation(Reviewer, step, "اجرا").ThrowIfFailed();
                    break;
                case 5:
                    idea.StartReview(Reviewer, step, "بررسی").ThrowIfFailed();
                    idea.Accept(Reviewer, step, "پذیرفته").ThrowIfFailed();
                    idea.StartImplementation(Reviewer, step, "اجرا").ThrowIfFailed();
                    idea.Implement(Reviewer, step, "انجام شد").ThrowIfFailed();
                    break;
                case 6:
                    idea.Withdraw(proposer.Id, step, "لازم نیست").ThrowIfFailed();
                    break;
            }

            if (i is 7 or 8)
            {
                idea.Report(people[8].Id, At(27), "توهین", Rules).ThrowIfFailed();
                idea.Report(people[9].Id, At(27), "توهین", Rules).ThrowIfFailed();
            }

            if (i == 9)
            {
                idea.Remove(Reviewer, At(27), "ناسزا").ThrowIfFailed();
            }

            ideas.Add(idea);
        }

        ideas.Add(CitizenIdea.Submit(CitizenIdeaId.New(), other.City, stranger.Id, new IdeaDraft("ایدهٔ شهر دیگر", "شرح", other.City.Charter.UrbanFields[0], other.North.Id), At(2)).Value);
        return ideas;
    }

    private async Task<(TestDatabase Database, List<Neighbourhood> Neighbourhoods, List<Resident> Residents)> SeedPeopleAsync(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        List<Neighbourhood> neighbourhoods = [Build.Neighbourhood(_rafsanjan.Id, 3), Build.Neighbourhood(_rafsanjan.Id, 1), Build.Neighbourhood(_rafsanjan.Id, 2), Build.Neighbourhood(_other.Id, 1)];
        var north = neighbourhoods[1];
        var south = neighbourhoods[2];
        north.AppointMayor(new NeighbourhoodMayor(new PersonName("علی", "کاظمی"), PersianDates.FromSolarHijri(1402, 1, 1))).ThrowIfFailed();
        List<Resident> residents =
        [
            Build.Resident(north.Id, "زهرا", "احمدی", Gender.Female, 1380, 1, 1),
            Build.Resident(north.Id, "علی", "احمدی", Gender.Male, 1389, 12, 29),
            Build.Resident(north.Id, "مریم", "باقری", Gender.Female, 1379, 12, 30),
            Build.Resident(north.Id, "حسن", "تقوی", Gender.Male, 1390, 1, 1),
            Build.Resident(south.Id, "نرگس", "جعفری", Gender.Female, 1385, 6, 15),
            Build.Resident(north.Id, "امیر", "بهرامی", Gender.Male, 1350, 3, 3),
        ];

        // Two of the north's residents attended three of its last six meetings, which makes them active citizens.
        var asOf = PersianDates.FromSolarHijri(1403, 1, 1);
        var meetings = Enumerable.Range(1, 6).Select(i => new HeldMeeting(Guid.CreateVersion7(), asOf.PlusMonths(-i))).ToList();
        var attendance = residents.Where(r => r.Name.FamilyName is "بهرامی" or "باقری")
            .SelectMany(r => meetings.Take(3).Select(m => new Participation(r.Id, north.Id, ParticipationKind.MeetingAttended, m.HeldOn, m.MeetingId)));
        new ActiveCitizenAssessor(_rafsanjan.Charter).AssessNeighbourhood(residents.Where(r => r.NeighbourhoodId == north.Id), attendance, meetings, asOf);
        await using var db = database.CreateContext();
        db.AddRange(_rafsanjan, _other);
        db.AddRange(neighbourhoods);
        db.AddRange(residents);
        await db.SaveChangesAsync();
        return (database, neighbourhoods, residents);
    }
}
