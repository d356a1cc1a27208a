using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;

namespace ParticipatoryGovernance.Workload;

public sealed partial class CityGenerator
{
    private const int CampaignRunStream = 8;
    private const int CampaignSteps = 6;

    private NeighbourhoodCampaignPlan[] _campaignPlans = [];
    private CampaignTeens[] _campaignTeens = [];
    private int _applicantCount;
    private int _sessionCount;
    private int _youthMayorCount;
    private int _teamMemberCount;

    /// <summary>
    /// Decides, before anyone is born, who the campaign needs in each neighbourhood: which neighbourhoods get a boy or
    /// a girl youth mayor, how many apply and are shortlisted (of which gender), how many sessions interview them, and
    /// the teenagers kept in reserve to fill each team. The neighbourhoods' residents are then made to fit.
    /// </summary>
    private void PlanCampaign()
    {
        var count = _profile.Neighbourhoods;
        _campaignPlans = Enumerable.Range(0, count).Select(_ => new NeighbourhoodCampaignPlan()).ToArray();
        _campaignTeens = Enumerable.Range(0, count).Select(_ => new CampaignTeens()).ToArray();
        if (_profile.Campaign is not { } campaign)
        {
            return;
        }

        var random = new SeededRandom(_seed, CampaignStream);
        var boys = SeatsTaken(random, campaign.BoyYouthMayors, _charter.BoyYouthMayorsPerNeighbourhood);
        var girls = SeatsTaken(random, campaign.GirlYouthMayors, _charter.GirlYouthMayorsPerNeighbourhood);
        var least = Enumerable.Range(0, count).Select(i => Math.Max(1, boys[i] + girls[i])).ToArray();
        var shortlisted = random.Apportion(campaign.Shortlisted - least.Sum(), count);
        var notShortlisted = random.Apportion(campaign.Applicants - campaign.Shortlisted, count);
        for (var i = 0; i < count; i++)
        {
            var plan = _campaignPlans[i];
            plan.BoyMayors = boys[i];
            plan.GirlMayors = girls[i];
            plan.Sessions = 1;

            // Every seat to be filled has at least one shortlisted applicant of its gender.
            var shortlist = Enumerable.Repeat(Gender.Male, boys[i]).Concat(Enumerable.Repeat(Gender.Female, girls[i])).ToList();
            while (shortlist.Count < least[i] + shortlisted[i])
            {
                shortlist.Add(RandomGender(random));
            }

            plan.Applicants.AddRange(shortlist.Select(g => (g, true)));
            plan.Applicants.AddRange(Enumerable.Range(0, notShortlisted[i]).Select(_ => (RandomGender(random), false)));
            random.Shuffle(plan.Applicants);

            // Teams are of the youth mayor's gender; the reserve alone could fill them, though unchosen applicants go first.
            plan.TeamReserve.AddRange(Enumerable.Repeat(Gender.Male, boys[i] * _charter.YouthTeamSize));
            plan.TeamReserve.AddRange(Enumerable.Repeat(Gender.Female, girls[i] * _charter.YouthTeamSize));
        }

        // The sessions beyond one per neighbourhood go to neighbourhoods with applicants left to split between sessions.
        for (var extra = campaign.InterviewSessions - count; extra > 0; extra--)
        {
            var open = Enumerable.Range(0, count).Where(i => _campaignPlans[i].Sessions < _campaignPlans[i].Shortlisted).ToList();
            _campaignPlans[random.Pick(open)].Sessions++;
        }
    }

    private int[] SeatsTaken(SeededRandom random, int mayors, int seatsPerNeighbourhood)
    {
        var seats = Enumerable.Range(0, _profile.Neighbourhoods).SelectMany(i => Enumerable.Repeat(i, seatsPerNeighbourhood)).ToList();
        random.Shuffle(seats);
        var taken = new int[_profile.Neighbourhoods];
        foreach (var i in seats.Take(mayors))
        {
            taken[i]++;
        }

        return taken;
    }

    private static Gender RandomGender(SeededRandom random) => random.Chance(0.5) ? Gender.Female : Gender.Male;

    /// <summary>
    /// Runs the "Become a mayor" campaign through every stage: applications during the call (with a guardian's consent
    /// for minors), the shortlist, interview sessions led by each neighbourhood mayor, selection of the best-scored
    /// interviewee for each seat, full teams in the charter's urban fields, training and the term.
    /// </summary>
    private async Task WriteCampaignAsync()
    {
        if (_profile.Campaign is not { } plan)
        {
            Report(GenerationStages.Campaign, 0, 0);
            return;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        var random = new SeededRandom(_seed, CampaignRunStream);
        Report(GenerationStages.Campaign, 0, CampaignSteps);
        var campaign = YouthMayorCampaign.Open(
            new YouthMayorCampaignId(random.NextGuid(At(plan.CallOpensOn, 9))), _municipality, plan.Name, plan.CallOpensOn, plan.CallClosesOn).Value;

        var applications = new List<Applied>[_neighbourhoods.Count];
        var callDays = Days(plan.CallOpensOn, plan.CallClosesOn);
        for (var i = 0; i < _neighbourhoods.Count; i++)
        {
            applications[i] = [];
            foreach (var (applicant, shortlisted) in _campaignTeens[i].Applicants)
            {
                var on = plan.CallOpensOn.PlusDays(random.Next(0, callDays + 1));
                var consent = applicant.IsMinorOn(plan.CallOpensOn, _charter.AgeOfMajority) ? Consent(random, applicant, on) : null;
                applications[i].Add(new Applied(applicant, shortlisted, campaign.Apply(applicant, _neighbourhoods[i], on, consent).Value));
            }
        }

        Report(GenerationStages.Campaign, 1, CampaignSteps);
        campaign.AdvanceTo(CampaignStage.Shortlisting, plan.ShortlistingOn).ThrowIfFailed();
        var shortlistDays = Days(plan.ShortlistingOn, plan.InterviewsOn);
        foreach (var applied in applications.SelectMany(a => a).Where(a => a.Shortlisted))
        {
            campaign.Shortlist(applied.Id, plan.ShortlistingOn.PlusDays(random.Next(0, shortlistDays + 1))).ThrowIfFailed();
        }

        Report(GenerationStages.Campaign, 2, CampaignSteps);
        campaign.AdvanceTo(CampaignStage.Interviews, plan.InterviewsOn).ThrowIfFailed();
        var interviewDays = Days(plan.InterviewsOn, plan.SelectionOn.PlusDays(-1));
        for (var i = 0; i < _neighbourhoods.Count; i++)
        {
            var neighbourhood = _neighbourhoods[i];
            var shortlist = applications[i].Where(a => a.Shortlisted).ToList();
            var sizes = random.Apportion(shortlist.Count, _campaignPlans[i].Sessions, minimum: 1);
            var dates = sizes.Select(_ => plan.InterviewsOn.PlusDays(random.Next(0, interviewDays + 1))).Order().ToList();
            var next = 0;
            for (var s = 0; s < sizes.Length; s++)
            {
                var interviews = new List<Interview>(sizes[s]);
                foreach (var applied in shortlist.GetRange(next, sizes[s]))
                {
                    applied.Score = random.Next(45, 99);
                    interviews.Add(new Interview(applied.Id, applied.Score, CityWording.InterviewNote(random)));
                }

                next += sizes[s];
                _ = campaign.HoldInterviewSession(neighbourhood, dates[s], interviews, Panel(neighbourhood)).Value;
                _sessionCount++;
            }
        }

        Report(GenerationStages.Campaign, 3, CampaignSteps);
        campaign.AdvanceTo(CampaignStage.Selection, plan.SelectionOn).ThrowIfFailed();
        var selectionDays = Days(plan.SelectionOn, plan.TrainingOn);
        var chosen = new List<(int Neighbourhood, YouthMayorId Id, Gender Gender, LocalDate On)>();
        for (var i = 0; i < _neighbourhoods.Count; i++)
        {
            foreach (var (gender, seats) in new[] { (Gender.Male, _campaignPlans[i].BoyMayors), (Gender.Female, _campaignPlans[i].GirlMayors) })
            {
                // The neighbourhood mayor picks the best-scored interviewee of the seat's gender.
                foreach (var applied in applications[i].Where(a => a.Shortlisted && a.Resident.Gender == gender).OrderByDescending(a => a.Score).Take(seats))
                {
                    var on = plan.SelectionOn.PlusDays(random.Next(0, Math.Min(selectionDays, 5) + 1));
                    var neighbourhood = _neighbourhoods[i];
                    chosen.Add((i, campaign.SelectYouthMayor(neighbourhood, neighbourhood.Mayor!, applied.Id, gender, on).Value, gender, on));
                    applied.Chosen = true;
                    _youthMayorCount++;
                }
            }
        }

        Report(GenerationStages.Campaign, 4, CampaignSteps);
        var seated = new HashSet<ResidentId>();
        foreach (var (i, id, gender, chosenOn) in chosen)
        {
            var fields = _charter.UrbanFields.ToList();
            random.Shuffle(fields);
            var candidates = applications[i].Where(a => !a.Chosen && a.Resident.Gender == gender)
                .OrderByDescending(a => a.Shortlisted).ThenByDescending(a => a.Score)
                .Select(a => a.Resident)
                .Concat(gender == Gender.Male ? _campaignTeens[i].ReserveBoys : _campaignTeens[i].ReserveGirls)
                .Where(r => !seated.Contains(r.Id))
                .Take(_charter.YouthTeamSize)
                .ToList();
            for (var seat = 0; seat < candidates.Count; seat++)
            {
                var member = candidates[seat];
                var on = chosenOn.PlusDays(random.Next(0, Days(chosenOn, plan.TrainingOn) + 1));
                var consent = member.IsMinorOn(on, _charter.AgeOfMajority) ? Consent(random, member, on) : null;
                campaign.AddTeamMember(id, member, _neighbourhoods[i], fields[seat % fields.Count], on, consent).ThrowIfFailed();
                seated.Add(member.Id);
                _teamMemberCount++;
            }
        }

        Report(GenerationStages.Campaign, 5, CampaignSteps);
        if (_youthMayorCount > 0)
        {
            campaign.AdvanceTo(CampaignStage.Training, plan.TrainingOn).ThrowIfFailed();
            campaign.AdvanceTo(CampaignStage.Term, plan.TermStartsOn).ThrowIfFailed();
        }

        _applicantCount = campaign.Applications.Count;
        campaign.ClearDomainEvents();
        _cancellationToken.ThrowIfCancellationRequested();
        await _writer.WriteCampaignAsync(campaign, _cancellationToken).ConfigureAwait(false);
        _campaignTeens = [];
        Report(GenerationStages.Campaign, CampaignSteps, CampaignSteps);
    }

    private static int Days(LocalDate from, LocalDate to) => Math.Max(0, Period.Between(from, to, PeriodUnits.Days).Days);

    private static GuardianConsent Consent(SeededRandom random, Resident minor, LocalDate on) =>
        new(
            PersianNames.Relative(random, RandomGender(random), minor.Name),
            random.Chance(0.95) ? GuardianRelationship.Parent : GuardianRelationship.LegalGuardian,
            on.PlusDays(-random.Next(0, 4)));

    /// <summary>Those who sit with the neighbourhood mayor, by role: the imam, a youth officer, and the women's council where there is one.</summary>
    private List<PanelMember> Panel(Neighbourhood neighbourhood)
    {
        var digits = PersianDigits.Format(neighbourhood.Number);
        var panel = new List<PanelMember>
        {
            new(new PersonName("امام", $"محله {digits}"), neighbourhood.Anchor.LeaderTitle),
            new(new PersonName("کارشناس", "امور جوانان"), new LocalizedText("کارشناس امور جوانان شهرداری", "Municipal youth affairs officer")),
        };
        if (neighbourhood.Number <= _profile.WomensCouncils)
        {
            panel.Add(new(new PersonName("نمایندهٔ", $"شورای بانوان محله {digits}"), new LocalizedText("نمایندهٔ شورای بانوان", "Women's council representative")));
        }

        return panel;
    }

    /// <summary>What the campaign needs from one neighbourhood.</summary>
    private sealed class NeighbourhoodCampaignPlan
    {
        public List<(Gender Gender, bool Shortlisted)> Applicants { get; } = [];

        public List<Gender> TeamReserve { get; } = [];

        public int BoyMayors { get; set; }

        public int GirlMayors { get; set; }

        public int Sessions { get; set; }

        public int Shortlisted => Applicants.Count(a => a.Shortlisted);

        public int Teenagers => Applicants.Count + TeamReserve.Count;
    }

    /// <summary>The residents made for the campaign in one neighbourhood, kept until the campaign runs.</summary>
    private sealed class CampaignTeens
    {
        public List<(Resident Resident, bool Shortlisted)> Applicants { get; } = [];

        public List<Resident> ReserveBoys { get; } = [];

        public List<Resident> ReserveGirls { get; } = [];
    }

    private sealed class Applied(Resident resident, bool shortlisted, YouthMayorApplicationId id)
    {
        public Resident Resident { get; } = resident;

        public bool Shortlisted { get; } = shortlisted;

        public YouthMayorApplicationId Id { get; } = id;

        public int Score { get; set; }

        public bool Chosen { get; set; }
    }
}
