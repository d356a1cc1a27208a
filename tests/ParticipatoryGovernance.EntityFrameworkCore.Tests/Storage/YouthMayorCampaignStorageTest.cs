using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using static ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport.YouthMayorScenario;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Storage;

/// <summary>Youth-mayor campaigns saved stage by stage and read back whole, on both databases.</summary>
[Collection(DatabaseTests.Name)]
public class YouthMayorCampaignStorageTest(DatabaseFixture fixture)
{
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task CampaignInItsTerm_ReadsBackWithApplicationsInterviewsYouthMayorsAndFullTeams(Provider provider)
    {
        var database = await fixture.CreateDatabaseAsync(provider);
        var scenario = new YouthMayorScenario();
        await scenario.World.SaveAsync(database);
        var campaign = scenario.Campaign;
        await using var steps = await SavedInSteps<YouthMayorCampaign>.AddAsync(database, campaign);
        List<(Resident Applicant, YouthMayorApplicationId Application)> applications = [];

        await steps.StepAsync(c =>
        {
            applications = scenario.Apply();
            scenario.World.AddUnsavedTo(steps.Context);
        });
        await steps.StepAsync(c =>
        {
            c.AdvanceTo(CampaignStage.Shortlisting, ShortlistOn).ThrowIfFailed();
            applications.Where(a => a.Applicant.Gender == Gender.Female || a.Applicant.AgeOn(CallOpens) < 18 || a == applications[1])
                .ToList()
                .ForEach(a => c.Shortlist(a.Application, ShortlistOn).ThrowIfFailed());
        });
        await steps.StepAsync(c =>
        {
            c.AdvanceTo(CampaignStage.Interviews, InterviewsOn).ThrowIfFailed();
            foreach (var home in scenario.World.Neighbourhoods)
            {
                var interviews = c.Applications.Where(a => a.NeighbourhoodId == home.Id && a.IsShortlisted)
                    .Select((a, i) => new Interview(a.Id, i % 2 == 0 ? 70 + i : null, i == 0 ? null : "پاسخ‌های روشن و ایده‌های تازه"))
                    .ToList();
                var panel = new[] { new PanelMember(new PersonName("حسن", "امامی"), new LocalizedText("امام محله", "Neighbourhood imam")) };
                c.HoldInterviewSession(home, InterviewsOn, interviews, panel).ThrowIfFailed();
            }
        });
        var mayors = new List<YouthMayorId>();
        await steps.StepAsync(c =>
        {
            c.AdvanceTo(CampaignStage.Selection, SelectionOn).ThrowIfFailed();
            foreach (var home in scenario.World.Neighbourhoods)
            {
                foreach (var seat in new[] { Gender.Male, Gender.Female })
                {
                    var chosen = c.Applications.First(a => a.NeighbourhoodId == home.Id && a.Gender == seat && a.IsShortlisted);
                    mayors.Add(c.SelectYouthMayor(home, home.Mayor!, chosen.Id, seat, SelectionOn).Value);
                }
            }
        });
        await steps.StepAsync(c =>
        {
            mayors.ForEach(m => scenario.FillTeam(m, SelectionOn.PlusDays(2)));
            scenario.World.AddUnsavedTo(steps.Context);
        });
        await steps.StepAsync(c =>
        {
            c.AdvanceTo(CampaignStage.Training, TrainingOn).ThrowIfFailed();
            c.AdvanceTo(CampaignStage.Term, TermOn).ThrowIfFailed();
        });

        await using var db = database.CreateContext();
        var stored = await db.YouthMayorCampaigns.SingleAsync(c => c.Id == campaign.Id);

        StoredState.ShouldEqual(stored, campaign);
        stored.Stage.Should().Be(CampaignStage.Term);
        stored.TermStartedOn.Should().Be(TermOn);
        stored.Charter.Should().Be(campaign.Charter);
        stored.YouthMayors.Should().HaveCount(4).And.OnlyContain(m => m.Team.IsComplete && m.Team.Members.Count == 9);
        stored.YouthMayors.SelectMany(m => m.Team.Members).Should().Contain(m => m.GuardianConsent != null).And.Contain(m => m.GuardianConsent == null);
        stored.InterviewSessions.Should().HaveCount(2).And.OnlyContain(s => s.OtherPanelMembers.Count == 1 && s.Lead == scenario.World.North.Mayor || s.Lead == scenario.World.South.Mayor);
        stored.Participations().Should().HaveCount(4 + 36);
        db.VersionOf(stored).Should().Be(steps.Saves);
        StoredState.ShouldEqual(await SavedInSteps<YouthMayorCampaign>.StoredEventsAsync(db, campaign.Id.Value), steps.Raised);
    }
}
