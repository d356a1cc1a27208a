using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ParticipatoryGovernance.EntityFrameworkCore;
using RazorDemo.Dashboard;
using RazorDemo.Data;

namespace RazorDemo.Pages.OpenData;

/// <summary>
/// One open-data set as a file, such as <c>/OpenData/ideas.csv</c> or <c>/OpenData/participation.json</c>: written once
/// per change (<see cref="OpenDataFiles"/>) and, for readers who are not signed in, served from the output cache.
/// </summary>
public sealed class DownloadModel(ParticipatoryGovernance.EntityFrameworkCore.Replicas.GovernanceReplicaReads reads, DemoCity city, RecordCounts counts, IClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string set, string format, CancellationToken cancellationToken)
    {
        if (OpenDataFiles.Find(set) is not { } file)
        {
            return NotFound();
        }

        var files = new OpenDataFiles(reads, city, counts, clock);
        return format switch
        {
            "csv" => File(await files.CsvAsync(file, cancellationToken), "text/csv; charset=utf-8", file.Name + ".csv"),
            "json" => File(await files.JsonAsync(file, cancellationToken), "application/json; charset=utf-8", file.Name + ".json"),
            _ => NotFound(),
        };
    }
}
