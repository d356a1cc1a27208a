using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Workload;

/// <summary>
/// The "Become a mayor" campaign a generated city runs: how many apply, are shortlisted and interviewed in how many
/// sessions, how many boy and girl youth mayors are chosen, and the campaign's dates. Every youth mayor gets a full team
/// of the charter's <c>YouthTeamSize</c>.
/// </summary>
/// <remarks>
/// Rafsanjan's report gives only the counts and the start of the term (9 Ordibehesht 1403); the other dates are the
/// plausible ones the library's own campaign tests use: the call in Bahman 1402, shortlisting and interviews in Esfand,
/// selection in Farvardin 1403, training from 1 Ordibehesht.
/// </remarks>
public sealed record YouthCampaignProfile
{
    /// <summary>The campaign's name; default «پویش شهردارشو» / "Become a mayor".</summary>
    public LocalizedText Name { get; init; } = new("پویش شهردارشو", "Become a mayor");

    /// <summary>Applications accepted; at least <see cref="Shortlisted"/>.</summary>
    public int Applicants { get; init; }

    /// <summary>Applicants shortlisted; every one of them is interviewed.</summary>
    public int Shortlisted { get; init; }

    /// <summary>Interview sessions; at least one in every neighbourhood, at most one per shortlisted applicant.</summary>
    public int InterviewSessions { get; init; }

    /// <summary>Boy youth mayors chosen, in as many neighbourhoods.</summary>
    public int BoyYouthMayors { get; init; }

    /// <summary>Girl youth mayors chosen, in as many neighbourhoods.</summary>
    public int GirlYouthMayors { get; init; }

    /// <summary>The day the call opens; default 1 Bahman 1402.</summary>
    public LocalDate CallOpensOn { get; init; } = PersianDates.FromSolarHijri(1402, 11, 1);

    /// <summary>The call's last day; default 30 Bahman 1402.</summary>
    public LocalDate CallClosesOn { get; init; } = PersianDates.FromSolarHijri(1402, 11, 30);

    /// <summary>The day shortlisting starts; default 3 Esfand 1402.</summary>
    public LocalDate ShortlistingOn { get; init; } = PersianDates.FromSolarHijri(1402, 12, 3);

    /// <summary>The day interviews start; sessions run until the day before <see cref="SelectionOn"/>. Default 10 Esfand 1402.</summary>
    public LocalDate InterviewsOn { get; init; } = PersianDates.FromSolarHijri(1402, 12, 10);

    /// <summary>The day selection starts; youth mayors are chosen and teams formed until <see cref="TrainingOn"/>. Default 20 Farvardin 1403.</summary>
    public LocalDate SelectionOn { get; init; } = PersianDates.FromSolarHijri(1403, 1, 20);

    /// <summary>The day training starts; default 1 Ordibehesht 1403.</summary>
    public LocalDate TrainingOn { get; init; } = PersianDates.FromSolarHijri(1403, 2, 1);

    /// <summary>The day the term starts; default 9 Ordibehesht 1403, National Councils Day, as the report says.</summary>
    public LocalDate TermStartsOn { get; init; } = PersianDates.FromSolarHijri(1403, 2, 9);

    /// <summary>Youth mayors chosen, boys and girls.</summary>
    public int YouthMayors => BoyYouthMayors + GirlYouthMayors;

    internal void Validate(CityProfile city, List<string> problems)
    {
        var charter = city.Charter;
        Check(problems, Name is not null, "Campaign.Name is required.");
        Check(problems, Applicants >= Shortlisted, $"Campaign.Applicants ({Applicants}) must be at least Campaign.Shortlisted ({Shortlisted}).");
        Check(problems, InterviewSessions >= city.Neighbourhoods, $"Campaign.InterviewSessions ({InterviewSessions}) must be at least one per neighbourhood ({city.Neighbourhoods}).");
        Check(problems, Shortlisted >= InterviewSessions, $"Campaign.Shortlisted ({Shortlisted}) must be at least Campaign.InterviewSessions ({InterviewSessions}): a session interviews someone.");
        Check(problems, Shortlisted >= YouthMayors + city.Neighbourhoods, $"Campaign.Shortlisted ({Shortlisted}) must be at least the youth mayors plus the neighbourhoods ({YouthMayors + city.Neighbourhoods}): each seat needs an interviewee of its gender and each neighbourhood someone to interview.");
        Check(problems, BoyYouthMayors >= 0 && BoyYouthMayors <= city.Neighbourhoods * charter.BoyYouthMayorsPerNeighbourhood, $"Campaign.BoyYouthMayors ({BoyYouthMayors}) must be from 0 to {city.Neighbourhoods * charter.BoyYouthMayorsPerNeighbourhood} (the charter's seats).");
        Check(problems, GirlYouthMayors >= 0 && GirlYouthMayors <= city.Neighbourhoods * charter.GirlYouthMayorsPerNeighbourhood, $"Campaign.GirlYouthMayors ({GirlYouthMayors}) must be from 0 to {city.Neighbourhoods * charter.GirlYouthMayorsPerNeighbourhood} (the charter's seats).");
        Check(problems, charter.YouthMayorSelection == Municipalities.YouthMayorSelection.InterviewByNeighbourhoodMayor, "The generator runs campaigns with interviews by the neighbourhood mayor; the charter elects its youth mayors.");
        Check(problems, CallOpensOn <= CallClosesOn && CallClosesOn < ShortlistingOn && ShortlistingOn <= InterviewsOn && InterviewsOn < SelectionOn && SelectionOn <= TrainingOn && TrainingOn <= TermStartsOn,
            "The campaign's dates must run in order: call opens ≤ call closes < shortlisting ≤ interviews < selection ≤ training ≤ term.");
        Check(problems, TermStartsOn <= city.AsOf, $"The term ({PersianDates.FormatLatin(TermStartsOn)}) must start by the city's date ({PersianDates.FormatLatin(city.AsOf)}).");
        Check(problems, city.NeighbourhoodMayorsAppointedOn <= InterviewsOn, "Neighbourhood mayors must be appointed before the interviews they lead.");
    }

    private static void Check(List<string> problems, bool holds, string problem)
    {
        if (!holds)
        {
            problems.Add(problem);
        }
    }
}
