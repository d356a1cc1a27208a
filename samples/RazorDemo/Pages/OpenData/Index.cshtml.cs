using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.OpenData;
using RazorDemo.Dashboard;
using RazorDemo.Data;
using RazorDemo.Localization;

namespace RazorDemo.Pages.OpenData;

/// <summary>
/// The four open-data sets with their CSV and JSON downloads, and the participation demographics drawn as a chart with
/// a table beside it. A public page, output-cached (<c>PublicPages.OpenData</c>).
/// </summary>
public sealed class IndexModel(ParticipatoryGovernance.EntityFrameworkCore.Replicas.GovernanceReplicaReads reads, DemoCity city, RecordCounts counts, IClock clock, Texts texts) : PageModel
{
    public IReadOnlyList<(OpenDataFile File, int Rows)> Sets { get; private set; } = [];

    /// <summary>Participants by age band (city-wide): the published counts of women and men, summed over the neighbourhoods.</summary>
    public IReadOnlyList<BandRow> Bands { get; private set; } = [];

    /// <summary>Cells (neighbourhood, band, gender) whose counts were suppressed as too small to publish.</summary>
    public int SuppressedCells { get; private set; }

    public string ChartData { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var files = new OpenDataFiles(reads, city, counts, clock);
        var sets = new List<(OpenDataFile, int)>();
        OpenDataTable? participation = null;
        foreach (var file in OpenDataFiles.All)
        {
            var table = await files.TableAsync(file, cancellationToken);
            sets.Add((file, table.Rows.Count));
            if (file.Set == ParticipatoryGovernance.EntityFrameworkCore.OpenData.OpenDataSet.ParticipationDemographics)
            {
                participation = table;
            }
        }

        Sets = sets;
        if (participation is null)
        {
            return;
        }

        var columns = participation.Columns.ToList();
        var rows = participation.Rows.Select(r => new
        {
            Band = (string)r[columns.IndexOf("age_band")]!,
            English = (string)r[columns.IndexOf("age_band_en")]!,
            Persian = (string)r[columns.IndexOf("age_band_fa")]!,
            Gender = (string)r[columns.IndexOf("gender")]!,
            Participants = (int?)r[columns.IndexOf("participants")],
            Suppressed = (bool)r[columns.IndexOf("suppressed")]!,
        }).ToList();
        SuppressedCells = rows.Count(r => r.Suppressed);
        Bands = rows.GroupBy(r => (r.Band, r.English, r.Persian))
            .Select(g => new BandRow(
                // The band's name as the library gives it (so every language has it), read back from the data set's English.
                Enum.GetValues<ParticipatoryGovernance.Residents.AgeBand>().Select(ParticipatoryGovernance.Residents.AgeBands.NameOf).FirstOrDefault(n => n.English == g.Key.English) is { } name
                    ? texts.T(name)
                    : texts.T(g.Key.Persian, g.Key.English),
                g.Where(r => r.Gender == "female").Sum(r => r.Participants ?? 0),
                g.Where(r => r.Gender == "male").Sum(r => r.Participants ?? 0)))
            .ToList();
        ChartData = JsonSerializer.Serialize(new
        {
            labels = Bands.Select(b => b.Label),
            women = Bands.Select(b => b.Women),
            men = Bands.Select(b => b.Men),
            womenLabel = texts.T("زنان", "Women"),
            menLabel = texts.T("مردان", "Men"),
            rtl = texts.IsRightToLeft,
        });
    }
}

/// <summary>One age band of the chart: its name in the reader's language and the published participants of each gender.</summary>
public sealed record BandRow(string Label, int Women, int Men);
