using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Residents;
using RazorDemo.Identity;
using RazorDemo.Tests.Infrastructure;

namespace RazorDemo.Tests.Pages;

/// <summary>No page of the campaign, calendar or adoption prints the birth date of a minor who took part in a campaign.</summary>
[Collection(DemoCollection.Name)]
public class MinorBirthDateTest(DemoFactory factory)
{
    public static TheoryData<string, bool> Pages() => new()
    {
        { "/YouthMayors", false },
        { "/YouthMayors?campaign=current", false },
        { "/YouthMayors/Interviews", true },
        { "/Calendar", false },
        { "/Calendar?year=1402&month=12", false },
        { "/Calendar?year=1403&month=2", false },
        { "/Adopt", false },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_NeverPrintsAMinorsBirthDate_InEitherLanguage(string url, bool asMayor)
    {
        var campaigns = await DemoRecords.CampaignsAsync(factory);
        url = url.Replace("current", campaigns[^1].Id.Value.ToString(), StringComparison.Ordinal);
        var today = DemoRecords.Today(factory);
        var ids = campaigns.SelectMany(c => c.Applications.Select(a => a.ResidentId)
                .Concat(c.YouthMayors.SelectMany(m => m.Team.Members.Select(t => t.ResidentId))))
            .Distinct()
            .ToList();
        var people = await DemoRecords.ReadAsync(factory, c => c.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync());
        var minors = people.Where(r => r.IsMinorOn(today)).Select(r => r.DiscloseBirthDate()).Distinct().ToList();
        var client = asMayor ? await SignIn.AsRoleAsync(factory, DemoRoles.NeighbourhoodMayor) : factory.NewClient();

        minors.Should().NotBeEmpty("the campaigns' applicants and teams include minors");
        foreach (var culture in new[] { "fa", "en" })
        {
            var response = await client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture);
            response.EnsureSuccessStatusCode();
            var html = await response.Content.ReadAsStringAsync();
            foreach (var born in minors)
            {
                foreach (var written in Forms(born))
                {
                    html.Should().NotContain(written, $"{url} in {culture} must not print a minor's birth date");
                }
            }
        }
    }

    private static IEnumerable<string> Forms(LocalDate born)
    {
        yield return PersianDates.Format(born);
        yield return PersianDates.FormatNumericLatin(born);
        yield return PersianDates.FormatLatin(born);
        yield return PersianDates.FormatLong(born)[(PersianDates.FormatLong(born).IndexOf(' ', StringComparison.Ordinal) + 1)..];
        yield return born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return born.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    }
}
