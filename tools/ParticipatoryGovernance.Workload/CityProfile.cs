using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Reporting;

namespace ParticipatoryGovernance.Workload;

/// <summary>
/// The size and shape of a generated municipality: neighbourhoods, residents, councils, meetings, ideas, endorsements
/// and the youth-mayor campaign, on Solar Hijri dates up to <see cref="AsOf"/>. Start from <see cref="Rafsanjan"/> or
/// <see cref="LargeCity"/>, shrink with <see cref="Scaled"/>, or change single counts with a <c>with</c> expression;
/// <see cref="Validate"/> says what does not fit together.
/// </summary>
public sealed record CityProfile
{
    /// <summary>A short Latin name for the profile, e.g. for file names.</summary>
    public required string Key { get; init; }

    /// <summary>The municipality's name.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The province, if any.</summary>
    public LocalizedText? Province { get; init; }

    /// <summary>The charter the municipality adopts; default Rafsanjan's.</summary>
    public GovernanceCharter Charter { get; init; } = RafsanjanPreset.Charter;

    /// <summary>When each phase of the model was launched; default Rafsanjan's.</summary>
    public IReadOnlyList<PhaseLaunch> PhaseLaunches { get; init; } = RafsanjanPreset.PhaseLaunches;

    /// <summary>
    /// The city's "today": every record is dated before it, and council and campaign figures are counted on it.
    /// Default 29 Ordibehesht 1403, the day of the report.
    /// </summary>
    public LocalDate AsOf { get; init; } = RafsanjanReport.ReportedOn;

    /// <summary>Neighbourhoods, numbered from 1, each centred on a mosque and with a neighbourhood mayor.</summary>
    public int Neighbourhoods { get; init; }

    /// <summary>Residents in the whole city, shared out among the neighbourhoods.</summary>
    public int Residents { get; init; }

    /// <summary>The day the neighbourhood mayors were appointed; default 15 Farvardin 1401.</summary>
    public LocalDate NeighbourhoodMayorsAppointedOn { get; init; } = PersianDates.FromSolarHijri(1401, 1, 15);

    /// <summary>Neighbourhoods (the first, by number) with an active neighbourhood council whose every seat is filled.</summary>
    public int NeighbourhoodCouncils { get; init; }

    /// <summary>Neighbourhoods (the first, by number) with an active women's council whose every seat is filled.</summary>
    public int WomensCouncils { get; init; }

    /// <summary>The day the councils were formed from the active citizens; default 1 Mehr 1402.</summary>
    public LocalDate CouncilsFormedOn { get; init; } = PersianDates.FromSolarHijri(1402, 7, 1);

    /// <summary>The last day of the councils' first term; default 31 Shahrivar 1406.</summary>
    public LocalDate CouncilTermEndsOn { get; init; } = PersianDates.FromSolarHijri(1406, 6, 31);

    /// <summary>
    /// Residents' meetings held in each neighbourhood in the months before the councils were formed; their attendance
    /// identifies the active citizens the councils are formed from. Default 6.
    /// </summary>
    public int MeetingsBeforeCouncils { get; init; } = 6;

    /// <summary>Meetings in each neighbourhood after the councils were formed, up to <see cref="AsOf"/>; a few are cancelled. Default 3.</summary>
    public int MeetingsAfterCouncils { get; init; } = 3;

    /// <summary>Items put to the vote at each meeting; default 3.</summary>
    public int AgendaItemsPerMeeting { get; init; } = 3;

    /// <summary>Citizen ideas registered (first versions; resubmissions add versions, not ideas).</summary>
    public int Ideas { get; init; }

    /// <summary>Endorsements of ideas in the whole city.</summary>
    public int Endorsements { get; init; }

    /// <summary>The month of the first ideas; default Dey 1400, when the phase was launched.</summary>
    public SolarHijriMonth FirstIdeaMonth { get; init; } = new(1400, 10);

    /// <summary>The month of the last ideas; default Ordibehesht 1403. Ideas are dated before <see cref="AsOf"/>.</summary>
    public SolarHijriMonth LastIdeaMonth { get; init; } = new(1403, 2);

    /// <summary>The youth-mayor campaign, or <see langword="null"/> for a city without one.</summary>
    public YouthCampaignProfile? Campaign { get; init; }

    /// <summary>
    /// Idea records handed to the writer at a time; default 2,000. A batch can run one or two over, as an idea and its
    /// resubmitted version travel together.
    /// </summary>
    public int IdeaBatchSize { get; init; } = 2000;

    /// <summary>
    /// Rafsanjan as the report of 29 Ordibehesht 1403 describes it: 50 neighbourhoods each with its mosque, 50 councils
    /// of 7 (350 members), 47 women's councils (none in neighbourhoods 48–50), 2,140 ideas from Dey 1400 to Ordibehesht
    /// 1403, 9 meetings in each neighbourhood, and the "Become a mayor" campaign with 350 applicants shortlisted and
    /// interviewed in 56 sessions, 48 boy and 46 girl youth mayors with teams of 9. 7,500 residents.
    /// </summary>
    public static CityProfile Rafsanjan { get; } = new()
    {
        Key = "rafsanjan",
        Name = RafsanjanPreset.Name,
        Province = RafsanjanPreset.Province,
        Neighbourhoods = RafsanjanPreset.NeighbourhoodCount,
        Residents = 7_500,
        NeighbourhoodCouncils = 50,
        WomensCouncils = 47,
        Ideas = 2_140,
        Endorsements = 32_100,
        Campaign = new YouthCampaignProfile
        {
            Applicants = 520,
            Shortlisted = 350,
            InterviewSessions = 56,
            BoyYouthMayors = 48,
            GirlYouthMayors = 46,
        },
    };

    /// <summary>
    /// A large city on Rafsanjan's charter and dates: 374 neighbourhoods (Tehran's count), 1,000,000 residents,
    /// 300,000 ideas and 3,000,000 endorsements, councils in every neighbourhood and women's councils in 340, and a
    /// campaign scaled up (2,618 shortlisted in 420 sessions, 360 boy and 352 girl youth mayors).
    /// </summary>
    public static CityProfile LargeCity { get; } = new()
    {
        Key = "large-city",
        Name = new LocalizedText("شهرداری کلان‌شهر نمونه", "Sample Metropolis Municipality"),
        Neighbourhoods = 374,
        Residents = 1_000_000,
        NeighbourhoodCouncils = 374,
        WomensCouncils = 340,
        Ideas = 300_000,
        Endorsements = 3_000_000,
        Campaign = new YouthCampaignProfile
        {
            Applicants = 5_200,
            Shortlisted = 2_618,
            InterviewSessions = 420,
            BoyYouthMayors = 360,
            GirlYouthMayors = 352,
        },
    };

    /// <summary>
    /// The profile a size names on a command line: <c>rafsanjan</c>, <c>large</c> (or <c>large-city</c>), or a positive
    /// number that scales the large city (<c>0.1</c> is a tenth of it).
    /// </summary>
    /// <param name="size">The size's name or factor (invariant culture).</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">The size is neither a known name nor a positive number.</exception>
    public static CityProfile ForSize(string size)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(size);
        return size.Trim().ToUpperInvariant() switch
        {
            "RAFSANJAN" => Rafsanjan,
            "LARGE" or "LARGE-CITY" => LargeCity,
            var other when double.TryParse(other, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var factor) && factor > 0 && !double.IsInfinity(factor) => LargeCity.Scaled(factor),
            _ => throw new ArgumentException($"Unknown size '{size}': use rafsanjan, large, or a positive factor of the large city such as 0.1.", nameof(size)),
        };
    }

    /// <summary>Meetings in each neighbourhood.</summary>
    public int MeetingsPerNeighbourhood => MeetingsBeforeCouncils + MeetingsAfterCouncils;

    /// <summary>
    /// The fewest residents the profile can be built with: each neighbourhood's regular meeting-goers (from whom its
    /// councils are formed), and every applicant and team member of the campaign.
    /// </summary>
    public int MinimumResidents =>
        (Neighbourhoods * (RegularMen + RegularWomen)) + (Campaign is { } c ? c.Applicants + (c.YouthMayors * Charter.YouthTeamSize) : 0);

    // Regular meeting-goers per neighbourhood: enough for a full council, a full women's council and a spare or two
    // of each to replace a member who resigns.
    internal int RegularMen => Charter.CouncilSeats + 2;

    internal int RegularWomen => (Charter.HasWomensCouncils ? Charter.WomensCouncilSeats : 0) + MostWomenOnNeighbourhoodCouncil + 2;

    internal int MostWomenOnNeighbourhoodCouncil => Math.Max(1, Charter.CouncilSeats / 3);

    /// <summary>
    /// This profile with its counts multiplied by <paramref name="factor"/>: neighbourhoods, residents, councils, ideas,
    /// endorsements and the campaign (per neighbourhood). Counts are rounded, kept consistent with each other and never
    /// below what the profile needs; dates and the charter stay.
    /// </summary>
    /// <param name="factor">Greater than 0; 0.1 makes a tenth of the city.</param>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not greater than 0.</exception>
    public CityProfile Scaled(double factor)
    {
        if (!(factor > 0) || double.IsInfinity(factor))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must be a positive number.");
        }

        var neighbourhoods = Math.Max(1, Round(Neighbourhoods * factor));
        var share = (double)neighbourhoods / Neighbourhoods;
        YouthCampaignProfile? campaign = null;
        if (Campaign is { } c)
        {
            var boys = Math.Min(neighbourhoods * Charter.BoyYouthMayorsPerNeighbourhood, Round(c.BoyYouthMayors * share));
            var girls = Math.Min(neighbourhoods * Charter.GirlYouthMayorsPerNeighbourhood, Round(c.GirlYouthMayors * share));
            var sessions = Math.Max(neighbourhoods, Round(c.InterviewSessions * share));
            var shortlisted = Math.Max(Math.Max(sessions, boys + girls + neighbourhoods), Round(c.Shortlisted * share));
            campaign = c with
            {
                BoyYouthMayors = boys,
                GirlYouthMayors = girls,
                InterviewSessions = sessions,
                Shortlisted = shortlisted,
                Applicants = Math.Max(shortlisted, Round(c.Applicants * share)),
            };
        }

        var ideas = Round(Ideas * factor);
        var scaled = this with
        {
            Key = $"{Key}-x{factor.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}",
            Neighbourhoods = neighbourhoods,
            NeighbourhoodCouncils = Math.Min(neighbourhoods, Round(NeighbourhoodCouncils * share)),
            WomensCouncils = Math.Min(neighbourhoods, Round(WomensCouncils * share)),
            Ideas = ideas,
            Endorsements = Ideas == 0 ? 0 : (int)Math.Round((double)Endorsements * ideas / Ideas),
            Campaign = campaign,
        };
        var residents = Math.Max(scaled.MinimumResidents, Round(Residents * factor));
        return scaled with
        {
            Residents = residents,
            Endorsements = (int)Math.Min(scaled.Endorsements, (long)ideas * MostEndorsementsPerIdea(residents)),
        };
    }

    /// <summary>Every way the profile's settings do not fit together; empty when it can be generated.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Charter is null)
        {
            problems.Add("Charter is required.");
            return problems;
        }

        problems.AddRange(Charter.Validate().Select(v => v.ToString()));
        Check(problems, !string.IsNullOrWhiteSpace(Key), "Key is required.");
        Check(problems, Name is not null, "Name is required.");
        Check(problems, PhaseLaunches is not null, "PhaseLaunches is required.");
        Check(problems, Neighbourhoods >= 1, $"Neighbourhoods must be at least 1; it is {Neighbourhoods}.");
        Check(problems, Residents >= MinimumResidents, $"Residents ({Residents}) must be at least {MinimumResidents} for the councils' meeting-goers and the campaign's teenagers.");
        Check(problems, NeighbourhoodCouncils >= 0 && NeighbourhoodCouncils <= Neighbourhoods, $"NeighbourhoodCouncils must be from 0 to {Neighbourhoods}; it is {NeighbourhoodCouncils}.");
        Check(problems, WomensCouncils >= 0 && WomensCouncils <= Neighbourhoods, $"WomensCouncils must be from 0 to {Neighbourhoods}; it is {WomensCouncils}.");
        Check(problems, WomensCouncils == 0 || Charter.HasWomensCouncils, "WomensCouncils must be 0: the charter has no women's councils.");
        Check(problems, CouncilsFormedOn < CouncilTermEndsOn && CouncilsFormedOn < AsOf, "The councils must be formed before AsOf and before their term ends.");
        Check(problems, NeighbourhoodMayorsAppointedOn <= AsOf, "The neighbourhood mayors must be appointed by AsOf.");
        Check(problems, MeetingsBeforeCouncils >= 0 && MeetingsAfterCouncils >= 0, "Meeting counts must not be negative.");
        var attendance = Charter.ActiveCitizens?.MeetingAttendance;
        if (NeighbourhoodCouncils + WomensCouncils > 0 && Charter.CouncilMembersFromActiveCitizens)
        {
            Check(problems, attendance is not null, "The charter seats only active citizens on councils, so it needs a meeting-attendance rule: the generator makes council members active by their attendance.");
            Check(problems, attendance is null || MeetingsBeforeCouncils >= attendance.MinimumAttended, $"MeetingsBeforeCouncils ({MeetingsBeforeCouncils}) must be at least the {attendance?.MinimumAttended} meetings the charter asks an active citizen to attend.");
        }

        Check(problems, AgendaItemsPerMeeting >= 1, "AgendaItemsPerMeeting must be at least 1: meetings take decisions.");
        Check(problems, Ideas >= 0 && Endorsements >= 0, "Ideas and Endorsements must not be negative.");
        Check(problems, Endorsements == 0 || Ideas > 0, "Endorsements need ideas to endorse.");
        Check(problems, (long)Endorsements <= (long)Ideas * MostEndorsementsPerIdea(Residents), $"Endorsements ({Endorsements}) must be at most {(long)Ideas * MostEndorsementsPerIdea(Residents)}: a tenth of the residents per idea on average.");
        Check(problems, FirstIdeaMonth <= LastIdeaMonth && LastIdeaMonth <= SolarHijriMonth.Of(AsOf), "The idea months must run in order and end by AsOf's month.");
        var ideasLaunched = PhaseLaunches?.FirstOrDefault(l => l.Phase == ProgrammePhase.CitizenIdeas);
        Check(problems, Ideas == 0 || (ideasLaunched is not null && SolarHijriMonth.Of(ideasLaunched.LaunchedOn) <= FirstIdeaMonth), "Ideas need the citizen-ideas phase launched by FirstIdeaMonth.");
        Check(problems, IdeaBatchSize >= 1, "IdeaBatchSize must be at least 1.");
        Campaign?.Validate(this, problems);
        return problems;
    }

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <exception cref="ArgumentException">The profile's settings do not fit together; the message lists every problem.</exception>
    public CityProfile EnsureValid()
    {
        var problems = Validate();
        return problems.Count == 0
            ? this
            : throw new ArgumentException($"The city profile '{Key}' cannot be generated:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    private static int MostEndorsementsPerIdea(int residents) => Math.Max(1, residents / 10);

    private static int Round(double value) => checked((int)Math.Round(value, MidpointRounding.AwayFromZero));

    private static void Check(List<string> problems, bool holds, string problem)
    {
        if (!holds)
        {
            problems.Add(problem);
        }
    }
}
