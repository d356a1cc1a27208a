using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Reporting;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Workload;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Workload.Tests;

/// <summary>The report's figures, computed from the generated records with the library's own functions.</summary>
public class RafsanjanCityTest(RafsanjanCity rafsanjan) : IClassFixture<RafsanjanCity>
{
    private static readonly LocalDate AsOf = RafsanjanReport.ReportedOn;

    private InMemoryCityWriter City => rafsanjan.City;

    [Fact]
    public void CouncilCoverage_GivesTheReportedCouncils_OnTheDayOfTheReport()
    {
        var coverage = CouncilCoverage.Compute(City.Neighbourhoods, City.Councils, AsOf);

        coverage.NeighbourhoodCount.Should().Be(50);
        coverage.WithActiveCouncil.Should().Be(50);
        coverage.CouncilMembers.Should().Be(350);
        coverage.WithWomensCouncil.Should().Be(47);
        coverage.WomensCouncilMembers.Should().Be(47 * 7);
        coverage.SeatsVacant.Should().Be(0);
        coverage.Neighbourhoods.Where(n => !n.HasWomensCouncil).Select(n => n.Number).Should().Equal(48, 49, 50);
    }

    [Fact]
    public void Councils_SeatOnlyActiveCitizensOfTheirNeighbourhood_AndWomenOnWomensCouncils()
    {
        var residents = City.Residents.ToDictionary(r => r.Id);

        foreach (var council in City.Councils)
        {
            council.Status.Should().Be(CouncilStatus.Active);
            foreach (var member in council.MembersOn(AsOf))
            {
                var resident = residents[member.ResidentId];
                resident.NeighbourhoodId.Should().Be(council.NeighbourhoodId);
                resident.IsActiveCitizen.Should().BeTrue();
                resident.AgeOn(AsOf).Should().BeGreaterThanOrEqualTo(18);
                if (council.Kind == CouncilKind.Women)
                {
                    resident.Gender.Should().Be(Gender.Female);
                }
            }
        }

        City.Councils.Should().Contain(c => c.Memberships.Any(m => m.EndReason == MembershipEnd.Resigned), "now and then a member resigns and is replaced");
    }

    [Fact]
    public void Neighbourhoods_AreCentredOnADifferentlyNamedMosque_WithANeighbourhoodMayor()
    {
        City.Neighbourhoods.Select(n => n.Number).Should().Equal(Enumerable.Range(1, 50));
        City.Neighbourhoods.Should().OnlyContain(n => n.Anchor.Kind == AnchorKind.Mosque && n.Anchor.Name.Persian.StartsWith("مسجد ", StringComparison.Ordinal) && n.Anchor.Name.English.EndsWith(" Mosque", StringComparison.Ordinal));
        City.Neighbourhoods.Select(n => n.Anchor.Name.Persian).Should().OnlyHaveUniqueItems();
        City.Neighbourhoods.Should().OnlyContain(n => n.Mayor != null && n.HasMayorOn(AsOf));
        City.Neighbourhoods.Should().OnlyContain(n => n.MunicipalityId == City.Municipality!.Id);
    }

    [Fact]
    public void IdeaFigures_GiveMoreThanTwoThousandIdeas_InEveryStatus_FromDey1400ToOrdibehesht1403()
    {
        var figures = IdeaFigures.From(City.Ideas);

        figures.Total.Registered.Should().BeGreaterThan(2000);
        RafsanjanReport.Get(RafsanjanReport.IdeasRegistered).CompareWith(figures.Total.Registered).Agrees.Should().BeTrue();
        (figures.Total.Registered + figures.Removed).Should().Be(CityProfile.Rafsanjan.Ideas);
        foreach (var status in IdeaStatuses.All)
        {
            figures.Total.CountOf(status).Should().BePositive($"some ideas are {status}");
        }

        figures.Hidden.Should().BePositive();
        figures.Removed.Should().BePositive();
        figures.CarriedOutByResidents.Should().BePositive();
        figures.ByNeighbourhood.Should().HaveCount(50);
        figures.CityWide.Registered.Should().BePositive();
        figures.ByMonth.Keys.First().Should().Be(new SolarHijriMonth(1400, 10));
        figures.ByMonth.Keys.Last().Should().Be(new SolarHijriMonth(1403, 2));
        figures.ByMonth.Should().HaveCount(29, "every month from Dey 1400 to Ordibehesht 1403 has ideas");
    }

    [Fact]
    public void Ideas_CarryAnswersMilestonesImplementersReportsAndVersions()
    {
        var ideas = City.Ideas;

        ideas.Where(i => i.Status is IdeaStatus.Rejected or IdeaStatus.Accepted).Should().OnlyContain(i => i.OfficialAnswer != null);
        ideas.Where(i => i.Status == IdeaStatus.InProgress).Should().OnlyContain(i => i.Milestones.Count > 0 && i.ProgressPercent > 0 && i.ProgressPercent < 100);
        ideas.Where(i => i.Status == IdeaStatus.Implemented).Should().OnlyContain(i => i.ProgressPercent == 100);
        ideas.Where(i => i.IsCarriedOutByResidents).Should().OnlyContain(i => i.Implementers.Any(m => m.ResidentId == i.ProposerId));
        ideas.Should().Contain(i => i.Version == 2 && i.PreviousVersionId != null, "some rejected ideas were resubmitted");
        ideas.Where(i => i.Version == 2).Should().OnlyContain(v2 => ideas.Single(v1 => v1.Id == v2.PreviousVersionId).NextVersionId == v2.Id);
        ideas.Should().Contain(i => i.Visibility == IdeaVisibility.Visible && i.VisibilityChanges.Count > 0, "some hidden ideas were restored");
        ideas.Should().Contain(i => i.Visibility == IdeaVisibility.Visible && i.Reports.Count > 0, "some reports do not hide an idea");
        ideas.Should().Contain(i => i.Transitions.Any(t => t.By.Kind == Common.ActorKind.Charter), "some ideas reached review on their endorsements");
        ideas.Sum(i => i.Endorsements.Count).Should().Be(CityProfile.Rafsanjan.Endorsements);
        ideas.Should().OnlyContain(i => !i.IsEndorsedBy(i.ProposerId) && i.Endorsements.Select(e => e.ResidentId).Distinct().Count() == i.Endorsements.Count);
    }

    [Fact]
    public void YouthMayorFigures_GiveTheReportedCampaign_With940TeenagersAgainstThe1040Reported()
    {
        var campaign = City.Campaign!;
        var figures = YouthMayorFigures.From(campaign, City.Neighbourhoods);

        figures.Shortlisted.Should().Be(350);
        figures.Interviewed.Should().Be(350);
        figures.InterviewSessions.Should().Be(56);
        figures.BoyMayors.Should().Be(48);
        figures.GirlMayors.Should().Be(46);
        figures.NeighbourhoodsWithoutBoyMayor.Should().HaveCount(2);
        figures.NeighbourhoodsWithoutGirlMayor.Should().HaveCount(4);
        figures.CompleteTeams.Should().Be(94);
        figures.TeamMembers.Should().Be(94 * 9);
        figures.TeenagersEngaged.Should().Be(940);
        var engaged = RafsanjanReport.Get(RafsanjanReport.TeenagersEngaged).CompareWith(figures.TeenagersEngaged);
        engaged.Agrees.Should().BeFalse();
        engaged.Difference.Should().Be(-100);
        campaign.Stage.Should().Be(CampaignStage.Term);
        campaign.TermStartedOn.Should().Be(PersianDates.FromSolarHijri(1403, 2, 9));
    }

    [Fact]
    public void ReportedFigures_AgreeWithTheRecords_ExceptTheTeenagersEngaged()
    {
        var coverage = CouncilCoverage.Compute(City.Neighbourhoods, City.Councils, AsOf);
        var ideas = IdeaFigures.From(City.Ideas);
        var youth = YouthMayorFigures.From(City.Campaign!, City.Neighbourhoods);
        var recorded = new Dictionary<string, long>
        {
            [RafsanjanReport.IdeasRegistered] = ideas.Total.Registered,
            [RafsanjanReport.Neighbourhoods] = coverage.NeighbourhoodCount,
            [RafsanjanReport.NeighbourhoodCouncils] = coverage.WithActiveCouncil,
            [RafsanjanReport.CouncilMembers] = coverage.CouncilMembers,
            [RafsanjanReport.WomensCouncils] = coverage.WithWomensCouncil,
            [RafsanjanReport.ApplicantsInterviewed] = youth.Interviewed,
            [RafsanjanReport.InterviewSessions] = youth.InterviewSessions,
            [RafsanjanReport.BoyYouthMayors] = youth.BoyMayors,
            [RafsanjanReport.GirlYouthMayors] = youth.GirlMayors,
            [RafsanjanReport.TeenagersEngaged] = youth.TeenagersEngaged,
        };

        var disagreeing = RafsanjanReport.Figures.Where(f => !f.CompareWith(recorded[f.Key]).Agrees).Select(f => f.Key);

        disagreeing.Should().Equal(RafsanjanReport.TeenagersEngaged);
    }

    [Fact]
    public void YouthMayorsAndTeams_AreTeenagersOfTheCohort_FromTheirNeighbourhood_TeamsOfTheMayorsGender()
    {
        var campaign = City.Campaign!;
        var residents = City.Residents.ToDictionary(r => r.Id);

        foreach (var mayor in campaign.YouthMayors)
        {
            residents[mayor.ResidentId].BelongsTo(campaign.Charter.YouthCohort).Should().BeTrue();
            campaign.WasInterviewed(mayor.ApplicationId).Should().BeTrue();
            mayor.Team.Members.Should().OnlyContain(m => m.NeighbourhoodId == mayor.NeighbourhoodId && residents[m.ResidentId].Gender == mayor.Gender);
            mayor.Team.Members.Select(m => m.UrbanFieldKey).Distinct().Should().HaveCount(campaign.Charter.UrbanFields.Count, "nine seats cover all eight fields");
        }

        campaign.Applications.Where(a => a.IsMinorAtCall).Should().OnlyContain(a => a.GuardianConsent != null);
        campaign.InterviewSessions.Should().OnlyContain(s => s.HeldOn >= campaign.StartOf(CampaignStage.Interviews) && s.HeldOn < campaign.StartOf(CampaignStage.Selection));
    }

    [Fact]
    public void Meetings_TakeDecisionsInEveryNeighbourhood_WithEveryOutcome()
    {
        var byNeighbourhood = City.Meetings.ToLookup(m => m.NeighbourhoodId);

        foreach (var neighbourhood in City.Neighbourhoods)
        {
            var meetings = byNeighbourhood[neighbourhood.Id].ToList();
            meetings.Should().HaveCount(9);
            meetings.Count(m => m.Status == MeetingStatus.Closed).Should().BeGreaterThanOrEqualTo(6);
            meetings.SelectMany(m => m.Decisions).Should().NotBeEmpty();
            meetings.Should().OnlyContain(m => m.Place == neighbourhood.Anchor.Name);
        }

        var decisions = City.Meetings.SelectMany(m => m.Decisions).ToList();
        decisions.Select(d => d.Outcome).Distinct().Should().BeEquivalentTo([DecisionOutcome.Passed, DecisionOutcome.Rejected, DecisionOutcome.NoQuorum]);
        decisions.Should().OnlyContain(d => d.VotesCast <= d.Attendees);
        City.Meetings.Where(m => m.Status == MeetingStatus.Closed).Should().OnlyContain(m => m.Agenda.All(i => i.Decision != null) && m.Minutes != null);
    }

    [Fact]
    public void Residents_SpreadOverEveryAgeBand_WithFictionalPersianNames()
    {
        var residents = City.Residents;

        residents.Should().HaveCount(CityProfile.Rafsanjan.Residents);
        residents.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        var bands = residents.GroupBy(r => AgeBands.Of(r.AgeOn(AsOf))).ToDictionary(g => g.Key, g => g.Count());
        bands.Keys.Should().BeEquivalentTo(Enum.GetValues<AgeBand>());
        bands.Values.Should().OnlyContain(count => count > residents.Count * 0.05 && count < residents.Count * 0.35);
        residents.Should().OnlyContain(r => r.DiscloseBirthDate() <= AsOf);
        residents.Should().OnlyContain(r => PersianNames.GivenNamesFor(r.Gender).Contains(r.Name.GivenName) && PersianNames.FamilyNames.Contains(r.Name.FamilyName));
        residents.Count(r => r.Gender == Gender.Female).Should().BeInRange(residents.Count * 4 / 10, residents.Count * 6 / 10);
        residents.Should().OnlyContain(r => r.ActiveCitizenship != null && r.ActiveCitizenship.AssessedOn == AsOf);
    }

    [Fact]
    public void Records_AreAllDatedBeforeTheDayOfTheReport()
    {
        var reportDay = AsOf.AtStartOfDayInZone(PersianDates.TimeZone).ToInstant();

        City.Ideas.Should().OnlyContain(i => i.LastChangedAt < reportDay && i.Endorsements.All(e => e.At >= i.SubmittedAt && e.At < reportDay));
        City.Meetings.Should().OnlyContain(m => m.StartsAt < reportDay);
        City.Councils.Should().OnlyContain(c => c.Memberships.All(m => m.StartedOn < AsOf));
    }

    [Fact]
    public void Counts_AreWhatTheWriterReceived()
    {
        var counts = City.Counts!;

        counts.Neighbourhoods.Should().Be(City.Neighbourhoods.Count);
        counts.Residents.Should().Be(City.Residents.Count);
        counts.ActiveCitizens.Should().Be(City.Residents.Count(r => r.IsActiveCitizen));
        counts.Meetings.Should().Be(City.Meetings.Count);
        counts.Decisions.Should().Be(City.Meetings.Sum(m => m.Decisions.Count()));
        counts.Votes.Should().Be(City.Meetings.Sum(m => m.Agenda.Sum(i => i.Votes.Count)));
        counts.Councils.Should().Be(City.Councils.Count);
        counts.Ideas.Should().Be(City.Ideas.Count(i => i.Version == 1));
        counts.IdeaVersions.Should().Be(City.Ideas.Count);
        counts.Endorsements.Should().Be(City.Ideas.Sum(i => i.Endorsements.Count));
        counts.CampaignApplicants.Should().Be(City.Campaign!.Applications.Count);
        counts.InterviewSessions.Should().Be(City.Campaign.InterviewSessions.Count);
        counts.YouthMayors.Should().Be(City.Campaign.YouthMayors.Count);
        counts.TeamMembers.Should().Be(City.Campaign.YouthMayors.Sum(m => m.Team.Members.Count));
    }

    [Fact]
    public void Aggregates_ReachTheWriterWithoutDomainEvents()
    {
        City.Municipality!.DomainEvents.Should().BeEmpty();
        City.Campaign!.DomainEvents.Should().BeEmpty();
        City.Neighbourhoods.Should().OnlyContain(n => n.DomainEvents.Count == 0);
        City.Residents.Should().OnlyContain(r => r.DomainEvents.Count == 0);
        City.Meetings.Should().OnlyContain(m => m.DomainEvents.Count == 0);
        City.Councils.Should().OnlyContain(c => c.DomainEvents.Count == 0);
        City.Ideas.Should().OnlyContain(i => i.DomainEvents.Count == 0);
    }

    [Fact]
    public void Progress_ReachesEveryStagesTotal_InOrder()
    {
        var reports = rafsanjan.Progress;

        reports.Select(r => r.Stage).Distinct().Should().Equal(GenerationStages.All);
        foreach (var stage in reports.GroupBy(r => r.Stage))
        {
            stage.Select(r => r.Done).Should().BeInAscendingOrder();
            stage.Last().Done.Should().Be(stage.Last().Total);
            stage.Last().Fraction.Should().Be(1);
        }

        reports.Single(r => r.Stage == GenerationStages.Ideas && r.Done == r.Total).Total.Should().Be(CityProfile.Rafsanjan.Ideas);
    }
}
