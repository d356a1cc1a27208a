using ParticipatoryGovernance.Budgeting.UseCases;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore.Concurrency;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Ideas.Events;
using ParticipatoryGovernance.Ideas.Specifications;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using Xunit.Abstractions;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Concurrency;

/// <summary>
/// What many residents do at once: endorse one idea, vote on one agenda item or in one budgeting round, take the last seat of a council or a
/// youth team. Every writer goes through <see cref="ConcurrencyRetry.ChangeWithRetryAsync{T}"/>, all started together;
/// the stored counts must be exact, nobody counted twice, and every refusal the model's own (ADR 0016).
/// </summary>
/// <remarks>
/// In the thousand-writer tests one writer in ten does not join this process's queue, as a writer in another process
/// would not: those race the queue's batches through the database (version and row lock). In the races for one
/// resident or one seat every writer is on its own and all load before any saves, so all but one must lose and reload.
/// </remarks>
[Collection(DatabaseTests.Name)]
public class ConcurrentParticipationTest(DatabaseFixture fixture, ITestOutputHelper output)
{
    private const int Residents = 1000;
    private const int SeatSeekers = 20;
    private const int BudgetVoters = 200;
    private static readonly Instant At = Instant.FromUtc(2024, 6, 1, 8, 0);

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ChangeWithRetry_StoresExactly1000Endorsements_When1000ResidentsEndorseOneIdeaAtOnce(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var proposer = world.Resident(world.North, Gender.Female);
        var endorsers = world.ResidentsOf(world.North, Residents);
        await world.SaveAsync(database);
        var rules = world.City.Charter.Ideas;
        var idea = CitizenIdea.Submit(CitizenIdeaId.New(), world.City, proposer.Id, Draft(world), At).Value;
        await using (var db = database.CreateContext())
        {
            db.Add(idea);
            await db.SaveChangesAsync();
        }

        var (results, elapsed) = await AllAtOnceAsync(database, endorsers, (db, endorser, options) =>
            db.ChangeWithRetryAsync(new CitizenIdeaByIdSpec(idea.Id), i => i.Endorse(endorser.Id, At + Duration.FromMinutes(1), rules), options));

        await using var check = database.CreateContext();
        var stored = await check.CitizenIdeas.SingleAsync();
        output.WriteLine($"{provider}: {Residents} endorsements in {elapsed.TotalSeconds:F1} s, stored by {check.VersionOf(stored) - 1} saves");
        results.Should().OnlyContain(r => r.IsSuccess);
        stored.Endorsements.Should().HaveCount(Residents);
        stored.Endorsements.Select(e => e.ResidentId).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(endorsers.Select(e => e.Id));
        (await check.Set<IdeaEndorsement>().CountAsync()).Should().Be(Residents, "one row per endorsement");
        stored.Status.Should().Be(IdeaStatus.UnderReview, "the 100th endorsement moved it to review");
        stored.Transitions.Should().ContainSingle().Which.By.Should().Be(Actor.Charter);
        var versions = await check.DomainEvents.Where(e => e.EventType == typeof(IdeaEndorsed).FullName).Select(e => e.AggregateVersion).ToListAsync();
        versions.Should().HaveCount(Residents, "one event per endorsement, stored with it");
        check.VersionOf(stored).Should().Be(versions.Max(), "each save that stored endorsements raised the version once");
        (await check.DomainEvents.CountAsync(e => e.EventType == typeof(IdeaStatusChanged).FullName)).Should().Be(1);
        elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1));
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ChangeWithRetry_StoresExactly1000Votes_When1000AttendeesVoteOnOneItemAtOnce(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var attendees = world.ResidentsOf(world.North, Residents);
        await world.SaveAsync(database);
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, new LocalizedText("مسجد جامع", "Grand mosque"), At, world.City.Charter.Meetings);
        meeting.AddAgendaItem("بودجهٔ محله برای ۱۴۰۳").ThrowIfFailed();
        meeting.Open(At).ThrowIfFailed();
        attendees.ForEach(a => meeting.RecordAttendance(a, At).ThrowIfFailed());
        meeting.PutToVote(1).ThrowIfFailed();
        await using (var db = database.CreateContext())
        {
            db.Add(meeting);
            await db.SaveChangesAsync();
        }

        var index = attendees.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var choiceOf = attendees.ToDictionary(a => a.Id, a => (VoteChoice)(1 + (index[a.Id] % 3)));
        var (results, elapsed) = await AllAtOnceAsync(database, attendees, (db, voter, options) =>
            db.ChangeWithRetryAsync(new MeetingById(meeting.Id), m => m.CastVote(1, voter.Id, choiceOf[voter.Id], At + Duration.FromMinutes(5)), options));

        output.WriteLine($"{provider}: {Residents} votes in {elapsed.TotalSeconds:F1} s");
        results.Should().OnlyContain(r => r.IsSuccess);
        await using (var check = database.CreateContext())
        {
            var votes = (await check.NeighbourhoodMeetings.SingleAsync()).Agenda.Single().Votes;
            votes.Should().HaveCount(Residents);
            votes.Select(v => v.ResidentId).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(attendees.Select(a => a.Id));
            votes.Should().OnlyContain(v => v.Choice == choiceOf[v.ResidentId], "each vote is stored as cast");
            (await check.Set<Vote>().CountAsync()).Should().Be(Residents);
        }

        await using var decide = database.CreateContext();
        var decision = (await decide.ChangeWithRetryAsync(new MeetingById(meeting.Id), m => m.Decide(1, At + Duration.FromMinutes(30))));
        decision.IsSuccess.Should().BeTrue();
        var decided = (await decide.NeighbourhoodMeetings.AsNoTracking().SingleAsync()).Agenda.Single().Decision!;
        (decided.VotesFor, decided.VotesAgainst, decided.Abstentions, decided.Attendees).Should().Be((334, 333, 333, Residents));
        elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1));
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ChangeWithRetry_StoresOneEndorsement_WhenTheSameResidentEndorsesTwiceAtOnce(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var proposer = world.Resident(world.North, Gender.Female);
        var endorser = world.Resident(world.North, Gender.Male);
        await world.SaveAsync(database);
        var idea = CitizenIdea.Submit(CitizenIdeaId.New(), world.City, proposer.Id, Draft(world), At).Value;
        await using (var db = database.CreateContext())
        {
            db.Add(idea);
            await db.SaveChangesAsync();
        }

        var results = await RaceAsync<CitizenIdea>(database, 2, new CitizenIdeaByIdSpec(idea.Id), (i, _) => i.Endorse(endorser.Id, At + Duration.FromMinutes(1), world.City.Charter.Ideas));

        results.Count(r => r.IsSuccess).Should().Be(1);
        var refusal = results.Single(r => r.IsFailure).Violations.Should().ContainSingle().Which;
        refusal.Rule.Should().Be("idea.already-endorsed");
        refusal.Message.English.Should().StartWith("You endorsed this idea at").And.EndWith("each resident endorses an idea once.");
        refusal.Message.Persian.Should().NotBeNullOrWhiteSpace();
        await using var check = database.CreateContext();
        (await check.CitizenIdeas.SingleAsync()).Endorsements.Should().ContainSingle().Which.ResidentId.Should().Be(endorser.Id);
        (await check.DomainEvents.CountAsync(e => e.EventType == typeof(IdeaEndorsed).FullName)).Should().Be(1);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ChangeWithRetry_SeatsExactlyOne_When20ResidentsAreAppointedToTheLastCouncilSeatAtOnce(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var world = new World();
        var members = world.ResidentsOf(world.North, 6);
        var candidates = world.ResidentsOf(world.North, SeatSeekers);
        var formedOn = PersianDates.FromSolarHijri(1402, 7, 1);
        world.MakeActiveCitizens([.. members, .. candidates], formedOn);
        await world.SaveAsync(database);
        var council = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, formedOn, formedOn.PlusYears(4), []).Value;
        members.ForEach(m => council.Appoint(m, m == members[0] ? CouncilRole.Chair : CouncilRole.Member, formedOn).ThrowIfFailed());
        await using (var db = database.CreateContext())
        {
            db.Add(council);
            await db.SaveChangesAsync();
        }

        var results = await RaceAsync<Council>(database, SeatSeekers, new CouncilById(council.Id), (c, writer) => c.Appoint(candidates[writer], CouncilRole.Member, formedOn.PlusMonths(1)));

        results.Count(r => r.IsSuccess).Should().Be(1);
        results.Where(r => r.IsFailure).SelectMany(r => r.Violations).Should().HaveCount(SeatSeekers - 1).And.OnlyContain(v => v.Rule == "council.full");
        await using var check = database.CreateContext();
        var stored = await check.Councils.SingleAsync();
        stored.CurrentMembers.Should().HaveCount(7);
        stored.VacantSeats.Should().Be(0);
        (await check.Set<CouncilMembership>().CountAsync()).Should().Be(7);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task ChangeWithRetry_SeatsExactlyOne_When20ResidentsJoinTheLastYouthTeamSeatAtOnce(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new YouthMayorScenario();
        var campaign = scenario.Campaign;
        var applications = scenario.Apply();
        campaign.AdvanceTo(CampaignStage.Shortlisting, YouthMayorScenario.ShortlistOn).ThrowIfFailed();
        var (applicant, application) = applications.First(a => a.Applicant.NeighbourhoodId == scenario.World.North.Id);
        campaign.Shortlist(application, YouthMayorScenario.ShortlistOn).ThrowIfFailed();
        campaign.AdvanceTo(CampaignStage.Interviews, YouthMayorScenario.InterviewsOn).ThrowIfFailed();
        campaign.HoldInterviewSession(scenario.World.North, YouthMayorScenario.InterviewsOn, [new Interview(application, 80)]).ThrowIfFailed();
        campaign.AdvanceTo(CampaignStage.Selection, YouthMayorScenario.SelectionOn).ThrowIfFailed();
        var mayor = campaign.SelectYouthMayor(scenario.World.North, scenario.World.North.Mayor!, application, applicant.Gender, YouthMayorScenario.SelectionOn).Value;
        var fields = campaign.Charter.UrbanFields;
        for (var seat = 0; seat < campaign.Charter.YouthTeamSize - 1; seat++)
        {
            var member = scenario.Youth(scenario.World.North, Gender.Female, 1382);
            campaign.AddTeamMember(mayor, member, scenario.World.North, fields[seat % fields.Count], YouthMayorScenario.SelectionOn).ThrowIfFailed();
        }

        var hopefuls = Enumerable.Range(0, SeatSeekers).Select(_ => scenario.Youth(scenario.World.North, Gender.Male, 1382)).ToList();
        await scenario.World.SaveAsync(database);
        await using (var db = database.CreateContext())
        {
            db.Add(campaign);
            await db.SaveChangesAsync();
        }

        var results = await RaceAsync<YouthMayorCampaign>(
            database,
            SeatSeekers,
            new CampaignById(campaign.Id),
            (c, writer) => c.AddTeamMember(mayor, hopefuls[writer], scenario.World.North, fields[0], YouthMayorScenario.SelectionOn.PlusDays(1)));

        results.Count(r => r.IsSuccess).Should().Be(1);
        results.Where(r => r.IsFailure).SelectMany(r => r.Violations).Should().HaveCount(SeatSeekers - 1).And.OnlyContain(v => v.Rule == "youth-campaign.team-full");
        await using var check = database.CreateContext();
        var team = (await check.YouthMayorCampaigns.SingleAsync()).FindYouthMayor(mayor)!.Team;
        team.IsComplete.Should().BeTrue();
        team.Members.Should().HaveCount(campaign.Charter.YouthTeamSize);
        (await check.Set<YouthTeamMember>().CountAsync()).Should().Be(campaign.Charter.YouthTeamSize);
    }

    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CastBudgetBallot_StoresEveryBallot_When200ResidentsVoteInOneBudgetingRoundAtOnce(Provider provider)
    {
        // Ballots are rows of their own (ADR 0031): concurrent voters never wait on the round, only on the database.
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new BudgetingScenario();
        var voters = scenario.World.ResidentsOf(scenario.World.North, BudgetVoters);
        await scenario.SaveAsync(database);
        var projects = scenario.Projects;
        var ballotOf = voters.Select((v, i) => (v.Id, Approved: projects.Skip(i % projects.Count).Take(1 + (i % 3)).ToList())).ToDictionary(x => x.Id, x => x.Approved);
        await using var services = BudgetingServices.Build(database, new NodaTime.Testing.FakeClock(BudgetingServices.VotingDay));
        using var start = new ManualResetEventSlim();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var results = await Task.WhenAll(voters.Select(voter => Task.Run(async () =>
        {
            start.Wait();
            return await services.InScopeAsync<CastBudgetBallotHandler, Result<ParticipatoryGovernance.UseCases.Changed>>(h =>
                h.HandleAsync(new CastBudgetBallot(scenario.World.City.Id, scenario.Round.Id, voter.Id, ballotOf[voter.Id])));
        })).Append(Task.Run(() =>
        {
            start.Set();
            return Result.Success(new ParticipatoryGovernance.UseCases.Changed([]));
        })));

        output.WriteLine($"{provider}: {BudgetVoters} ballots in {clock.Elapsed.TotalSeconds:F1} s");
        results.Should().OnlyContain(r => r.IsSuccess);
        await using var scope = services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IBudgetingBallots>().ListAsync(scenario.Round.Id);
        stored.Select(b => b.VoterId).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(voters.Select(v => v.Id));
        stored.Should().OnlyContain(b => b.Approved.SequenceEqual(ballotOf[b.VoterId].OrderBy(i => scenario.Round.ProjectIndex(i))), "each ballot is stored as cast, in the round's order");
        await using var check = database.CreateContext();
        (await check.DomainEvents.CountAsync(e => e.EventType == typeof(BudgetingBallotCast).FullName)).Should().Be(BudgetVoters);
    }

    private static IdeaDraft Draft(World world) =>
        new("سایه‌بان برای ایستگاه اتوبوس", "ایستگاه‌های محله در تابستان سایه ندارند.", world.City.Charter.FindUrbanField("urban-services")!, world.North.Id);

    /// <summary>
    /// Starts one writer per resident, each with its own context, all released at the same moment; every tenth writer
    /// stays out of the in-process queue, as a writer in another process would.
    /// </summary>
    private static async Task<(Result[] Results, TimeSpan Elapsed)> AllAtOnceAsync(TestDatabase database, IReadOnlyList<Resident> residents, Func<GovernanceDbContext, Resident, ConcurrencyRetryOptions, Task<Result>> write)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var alone = ConcurrencyRetryOptions.Default with { QueueChangesInProcess = false };
        var writers = residents.Select((resident, i) => Task.Run(async () =>
        {
            await start.Task;
            await using var db = database.CreateContext();
            return await write(db, resident, i % 10 == 9 ? alone : ConcurrencyRetryOptions.Default);
        })).ToList();
        var clock = Stopwatch.StartNew();
        start.SetResult();
        var results = await Task.WhenAll(writers);
        return (results, clock.Elapsed);
    }

    /// <summary>
    /// Writers that all load the aggregate before any of them saves (each is held after its first load until every
    /// writer has loaded), so that all but one lose the first race and must reload.
    /// </summary>
    private static async Task<Result[]> RaceAsync<T>(TestDatabase database, int writers, ISingleResultSpecification<T> specification, Func<T, int, Result> change)
        where T : class
    {
        var loaded = 0;
        var allLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            var firstAttempt = true;
            return await db.ChangeWithRetryCoreAsync<T>(
                specification,
                async (aggregate, cancellationToken) =>
                {
                    if (firstAttempt)
                    {
                        firstAttempt = false;
                        if (Interlocked.Increment(ref loaded) == writers)
                        {
                            allLoaded.SetResult();
                        }

                        await allLoaded.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
                    }

                    return change(aggregate, writer);
                },
                ConcurrencyRetryOptions.Default with { QueueChangesInProcess = false },
                CancellationToken.None);
        })));
    }

    private sealed class MeetingById : SingleResultSpecification<NeighbourhoodMeeting>
    {
        public MeetingById(MeetingId id) => Query.Where(m => m.Id == id);
    }

    private sealed class BudgetingRoundById : SingleResultSpecification<BudgetingRound>
    {
        public BudgetingRoundById(BudgetingRoundId id) => Query.Where(r => r.Id == id);
    }

    private sealed class CouncilById : SingleResultSpecification<Council>
    {
        public CouncilById(CouncilId id) => Query.Where(c => c.Id == id);
    }

    private sealed class CampaignById : SingleResultSpecification<YouthMayorCampaign>
    {
        public CampaignById(YouthMayorCampaignId id) => Query.Where(c => c.Id == id);
    }
}
