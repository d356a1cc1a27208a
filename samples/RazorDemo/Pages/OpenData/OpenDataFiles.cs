using System.Text;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.OpenData;
using ParticipatoryGovernance.OpenData;
using RazorDemo.Dashboard;
using RazorDemo.Data;

namespace RazorDemo.Pages.OpenData;

/// <summary>One published set: its address name (the table's name), the storage package's set and what it holds.</summary>
public sealed record OpenDataFile(string Name, OpenDataSet Set, LocalizedText Title, LocalizedText Description);

/// <summary>
/// The city's open data as /OpenData serves it: each set read by the storage package's <see cref="OpenDataExporter"/>
/// (which, with the core's <see cref="OpenDataSets"/>, decides what may be published) and written once per change as
/// CSV and JSON, kept with the other counts (<see cref="RecordCounts"/>) and dropped when a command changes a record.
/// </summary>
public sealed class OpenDataFiles(ParticipatoryGovernance.EntityFrameworkCore.Replicas.GovernanceReplicaReads reads, DemoCity city, RecordCounts counts, IClock clock)
{
    /// <summary>The UTF-8 byte order mark: Excel reads a CSV file as UTF-8 (Persian) only when it starts with it.</summary>
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static readonly IReadOnlyList<OpenDataFile> All =
    [
        new("ideas", OpenDataSet.Ideas,
            new("ایده‌های شهروندان", "Citizen ideas"),
            new("ایده‌هایی که شهروندان می‌بینند، با وضعیت و شمار پشتیبانی؛ بی‌نام پیشنهاددهنده و بی‌ایده‌های پنهان.", "The ideas residents can see, with their status and endorsements; without proposers or hidden ideas.")),
        new("decisions", OpenDataSet.Decisions,
            new("تصمیم‌های نشست‌های محله", "Neighbourhood meeting decisions"),
            new("هر دستور جلسه‌ای که به رأی گذاشته و تصمیم‌گیری شد، با شمار رأی‌ها.", "Every agenda item put to the vote and decided, with its tally.")),
        new("council-rosters", OpenDataSet.CouncilRosters,
            new("اعضای شوراها", "Council rosters"),
            new("کرسی‌های امروز هر شورا و نقش‌ها؛ نام اعضای زیر سن قانونی نوشته نمی‌شود.", "Each council's seats today and their roles; members under age are not named.")),
        new("participation", OpenDataSet.ParticipationDemographics,
            new("مشارکت بر پایهٔ سن و جنسیت", "Participation by age and gender"),
            new("ساکنان، مشارکت‌کنندگان و مشارکت‌ها در سال گذشته، بر پایهٔ محله، گروه سنی و جنسیت؛ شمارهای کمتر از ۵ پنهان شده‌اند.", "Residents, participants and acts of participation over the past year by neighbourhood, age band and gender; counts below 5 are suppressed.")),
    ];

    public static OpenDataFile? Find(string? name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>The set's table as of today, read once per change.</summary>
    public Task<OpenDataTable> TableAsync(OpenDataFile file, CancellationToken cancellationToken) =>
        counts.GetOrCountAsync($"open-data:{file.Name}", async token =>
        {
            var snapshot = await city.GetAsync(token);
            return await new OpenDataExporter(await reads.ContextAsync(token)).ReadAsync(file.Set, snapshot.Municipality.Id, PersianDates.TodayInCity(clock), token);
        }, cancellationToken);

    /// <summary>The set as a UTF-8 CSV file with a byte order mark, written once per change.</summary>
    public Task<byte[]> CsvAsync(OpenDataFile file, CancellationToken cancellationToken) =>
        counts.GetOrCountAsync($"open-data:{file.Name}.csv", async token =>
        {
            var table = await TableAsync(file, token);
            using var stream = new MemoryStream();
            stream.Write(Bom);
            using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
            {
                OpenDataExporter.WriteCsv(table, writer);
            }

            return stream.ToArray();
        }, cancellationToken);

    /// <summary>The set as a UTF-8 JSON file, written once per change.</summary>
    public Task<byte[]> JsonAsync(OpenDataFile file, CancellationToken cancellationToken) =>
        counts.GetOrCountAsync($"open-data:{file.Name}.json", async token =>
        {
            var table = await TableAsync(file, token);
            using var stream = new MemoryStream();
            OpenDataExporter.WriteJson(table, stream);
            return stream.ToArray();
        }, cancellationToken);
}
