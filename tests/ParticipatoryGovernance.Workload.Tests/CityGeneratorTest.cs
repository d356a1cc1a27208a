using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Workload;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Workload.Tests;

public class CityGeneratorTest
{
    private static readonly CityProfile Town = CityProfile.Rafsanjan with
    {
        Key = "town",
        Neighbourhoods = 4,
        Residents = 700,
        NeighbourhoodCouncils = 3,
        WomensCouncils = 2,
        MeetingsBeforeCouncils = 4,
        MeetingsAfterCouncils = 2,
        AgendaItemsPerMeeting = 2,
        Ideas = 130,
        Endorsements = 1_300,
        IdeaBatchSize = 50,
        Campaign = new YouthCampaignProfile { Applicants = 30, Shortlisted = 20, InterviewSessions = 6, BoyYouthMayors = 3, GirlYouthMayors = 2 },
    };

    [Fact]
    public async Task GenerateAsync_MakesExactlyTheCountsOfACustomProfile()
    {
        var city = await CityGenerator.GenerateInMemoryAsync(Town, seed: 7);

        city.Neighbourhoods.Should().HaveCount(4);
        city.Residents.Should().HaveCount(700);
        city.Meetings.Should().HaveCount(4 * 6);
        city.Meetings.Where(m => m.Status == MeetingStatus.Closed).Should().OnlyContain(m => m.Agenda.Count == 2 && m.Decisions.Count() == 2);
        var coverage = CouncilCoverage.Compute(city.Neighbourhoods, city.Councils, Town.AsOf);
        coverage.WithActiveCouncil.Should().Be(3);
        coverage.CouncilMembers.Should().Be(3 * 7);
        coverage.WithWomensCouncil.Should().Be(2);
        coverage.WomensCouncilMembers.Should().Be(2 * 7);
        city.Ideas.Count(i => i.Version == 1).Should().Be(130);
        city.Ideas.Sum(i => i.Endorsements.Count).Should().Be(1_300);
        var youth = YouthMayorFigures.From(city.Campaign!, city.Neighbourhoods);
        youth.Applicants.Should().Be(30);
        youth.Shortlisted.Should().Be(20);
        youth.Interviewed.Should().Be(20);
        youth.InterviewSessions.Should().Be(6);
        youth.BoyMayors.Should().Be(3);
        youth.GirlMayors.Should().Be(2);
        youth.CompleteTeams.Should().Be(5);
        youth.TeenagersEngaged.Should().Be(5 * 10);
        city.Batches.Should().Contain(new Dictionary<string, int> { ["Municipality"] = 1, ["Neighbourhoods"] = 1, ["Residents"] = 4, ["Campaign"] = 1 });
    }

    [Fact]
    public async Task GenerateAsync_HandsTheWriterBatchesInAnOrderThatRespectsReferences()
    {
        var writer = new OrderCheckingWriter();

        await CityGenerator.GenerateAsync(Town, seed: 7, writer);

        writer.Calls.First().Should().Be("municipality");
        writer.Calls[1].Should().Be("neighbourhoods");
        writer.Calls.Skip(2).Take(4 * 3).Should().Equal(Enumerable.Repeat(new[] { "residents", "meetings", "councils" }, 4).SelectMany(c => c));
        writer.Calls[14].Should().Be("campaign");
        writer.Calls.Skip(15).SkipLast(1).Should().Equal(Enumerable.Repeat("ideas", 3), "130 ideas in batches of 50");
        writer.Calls.Last().Should().Be("complete");
        writer.DanglingReferences.Should().BeEmpty();
    }

    [Fact]
    public async Task GenerateAsync_LeavesTheCampaignOut_WhenTheProfileHasNone()
    {
        var reports = new List<GenerationProgress>();

        var city = await CityGenerator.GenerateInMemoryAsync(Town with { Campaign = null, Residents = 200 }, seed: 7, new RecordingProgress(reports));

        city.Campaign.Should().BeNull();
        city.Residents.Should().HaveCount(200);
        reports.Where(r => r.Stage == GenerationStages.Campaign).Should().ContainSingle().Which.Should().Be(new GenerationProgress(GenerationStages.Campaign, 0, 0));
    }

    [Fact]
    public async Task GenerateAsync_Throws_ForAProfileThatDoesNotFitTogether()
    {
        var tooFew = Town with { Residents = 100 };

        var act = () => CityGenerator.GenerateAsync(tooFew, 1, new InMemoryCityWriter());

        (await act.Should().ThrowAsync<ArgumentException>()).WithMessage("*Residents (100) must be at least*");
    }

    [Fact]
    public async Task GenerateAsync_Throws_ForNullArguments()
    {
        await FluentActions.Awaiting(() => CityGenerator.GenerateAsync(null!, 1, new InMemoryCityWriter())).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => CityGenerator.GenerateAsync(Town, 1, null!)).Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public async Task GenerateAsync_Stops_WhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var writer = new InMemoryCityWriter();
        var progress = new CancelAt(GenerationStages.Campaign, cancellation);

        var act = () => CityGenerator.GenerateAsync(Town, 1, writer, progress, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        writer.Residents.Should().HaveCount(700, "the neighbourhoods were written before the cancellation");
        writer.Campaign.Should().BeNull();
        writer.Counts.Should().BeNull();
    }

    [Fact]
    public async Task GenerateAsync_FollowsTheCharter_WhenAnotherCityChangesIt()
    {
        var charter = RafsanjanPreset.Charter with
        {
            CouncilSeats = 5,
            WomensCouncilSeats = 5,
            YouthTeamSize = 4,
            Ideas = new IdeaRules { SupportThreshold = 5, ReportsToHide = 2 },
            Meetings = new MeetingRules { MinimumVoters = 3, QuorumPercentOfAttendees = 60, Majority = MajorityRule.TwoThirdsOfVotesCast },
        };
        var profile = Town with { Charter = charter };

        var city = await CityGenerator.GenerateInMemoryAsync(profile, seed: 11);

        CouncilCoverage.Compute(city.Neighbourhoods, city.Councils, profile.AsOf).CouncilMembers.Should().Be(3 * 5);
        YouthMayorFigures.From(city.Campaign!, city.Neighbourhoods).TeamMembers.Should().Be(5 * 4);
        city.Ideas.Should().Contain(i => i.Visibility == IdeaVisibility.Hidden && i.Reports.Count == 2, "two reports hide an idea under this charter");
        city.Ideas.Should().Contain(i => i.Transitions.Any(t => t.By.Kind == Common.ActorKind.Charter), "five endorsements send an idea to review");
        city.Meetings.SelectMany(m => m.Decisions).Select(d => d.Outcome).Distinct().Should().HaveCount(3);
    }

    private sealed class CancelAt(string stage, CancellationTokenSource cancellation) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value)
        {
            if (value.Stage == stage)
            {
                cancellation.Cancel();
            }
        }
    }

    /// <summary>Records the calls and checks each batch refers only to what earlier batches wrote.</summary>
    private sealed class OrderCheckingWriter : ICityWriter
    {
        private readonly HashSet<NeighbourhoodId> _neighbourhoods = [];
        private readonly HashSet<ResidentId> _residents = [];
        private MunicipalityId? _municipality;

        public List<string> Calls { get; } = [];

        public List<string> DanglingReferences { get; } = [];

        public Task WriteMunicipalityAsync(Municipality municipality, CancellationToken cancellationToken)
        {
            _municipality = municipality.Id;
            return Called("municipality");
        }

        public Task WriteNeighbourhoodsAsync(IReadOnlyList<Neighbourhood> neighbourhoods, CancellationToken cancellationToken)
        {
            Check(neighbourhoods.Select(n => n.MunicipalityId).All(id => id == _municipality), "neighbourhood of an unwritten municipality");
            _neighbourhoods.UnionWith(neighbourhoods.Select(n => n.Id));
            return Called("neighbourhoods");
        }

        public Task WriteResidentsAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken)
        {
            Check(residents.All(r => _neighbourhoods.Contains(r.NeighbourhoodId)), "resident of an unwritten neighbourhood");
            _residents.UnionWith(residents.Select(r => r.Id));
            return Called("residents");
        }

        public Task WriteMeetingsAsync(IReadOnlyList<NeighbourhoodMeeting> meetings, CancellationToken cancellationToken)
        {
            Check(meetings.SelectMany(m => m.Attendees).All(a => _residents.Contains(a.ResidentId)), "attendee not yet written");
            return Called("meetings");
        }

        public Task WriteCouncilsAsync(IReadOnlyList<Council> councils, CancellationToken cancellationToken)
        {
            Check(councils.SelectMany(c => c.Memberships).All(m => _residents.Contains(m.ResidentId)), "council member not yet written");
            return Called("councils");
        }

        public Task WriteCampaignAsync(YouthMayorCampaign campaign, CancellationToken cancellationToken)
        {
            Check(campaign.Applications.All(a => _residents.Contains(a.ResidentId)), "applicant not yet written");
            Check(campaign.YouthMayors.SelectMany(m => m.Team.Members).All(m => _residents.Contains(m.ResidentId)), "team member not yet written");
            return Called("campaign");
        }

        public Task WriteIdeasAsync(IReadOnlyList<CitizenIdea> ideas, CancellationToken cancellationToken)
        {
            Check(ideas.All(i => _residents.Contains(i.ProposerId) && i.Endorsements.All(e => _residents.Contains(e.ResidentId))), "proposer or endorser not yet written");
            Check(ideas.Where(i => i.PreviousVersionId is not null).All(v => ideas.Any(i => i.Id == v.PreviousVersionId)), "versions split across batches");
            return Called("ideas");
        }

        public Task CompleteAsync(CityCounts counts, CancellationToken cancellationToken) => Called("complete");

        private Task Called(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }

        private void Check(bool holds, string problem)
        {
            if (!holds)
            {
                DanglingReferences.Add(problem);
            }
        }
    }
}
