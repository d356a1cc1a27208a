using System.Text;
using System.Text.Json;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.EntityFrameworkCore.OpenData;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.OpenData;

/// <summary>
/// Every open-data set, as CSV and as JSON, from a stored city where minors sit on a council, propose ideas and attend
/// and vote at meetings: their names and anyone's birth date never appear; what is public does.
/// </summary>
[Collection(DatabaseTests.Name)]
public class OpenDataExporterTest(DatabaseFixture fixture)
{
    private static readonly LocalDate AsOf = PersianDates.FromSolarHijri(1403, 2, 9);
    private static readonly Instant MeetingStart = PersianDates.FromSolarHijri(1403, 1, 20).AtStartOfDayInZone(PersianDates.TimeZone).ToInstant() + Duration.FromHours(18);

    [Fact]
    public async Task EverySet_InBothFormats_HasNoMinorsNameAndNoBirthDate()
    {
        var (database, city, adults, minors) = await StoredCityAsync();

        var outputs = await ExportEverythingAsync(database, city);

        var everyone = adults.Concat(minors).ToList();
        var birthDates = everyone.SelectMany(r => BirthDateForms(r.DiscloseBirthDate())).ToList();
        foreach (var (name, text) in outputs)
        {
            foreach (var minor in minors)
            {
                text.Should().NotContain(minor.Name.GivenName, $"{name} must not name a minor").And.NotContain(minor.Name.FamilyName, $"{name} must not name a minor");
            }

            foreach (var form in birthDates)
            {
                text.Should().NotContain(form, $"{name} must not give a birth date");
            }

            foreach (var resident in everyone)
            {
                text.Should().NotContain(resident.Id.ToString(), $"{name} must not identify a resident");
            }
        }

        // What is public is there: the adult chair by name, the minor's seat with the name withheld, the idea, the tally.
        outputs["council-rosters.csv"].Should().Contain($"1,neighbourhood,active,1,chair,{adults[0].Name},false,2023-09-23,1402/07/01");
        outputs["council-rosters.csv"].Should().Contain("1,neighbourhood,active,1,member,,true,2023-09-23,1402/07/01");
        outputs["ideas.csv"].Should().Contain("نیمکت برای پارک کودکان");
        outputs["decisions.csv"].Should().Contain("1,روشنایی کوچهٔ مدرسه,4,1,1,6,true,passed");
    }

    [Fact]
    public async Task WriteJson_GivesNumbersBooleansAndNullsTheirJsonTypes()
    {
        var (database, city, _, _) = await StoredCityAsync();
        await using var db = database.CreateContext();
        var table = await new OpenDataExporter(db).ReadAsync(OpenDataSet.CouncilRosters, city.Id, AsOf);
        using var stream = new MemoryStream();

        OpenDataExporter.WriteJson(table, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var rows = json.RootElement.EnumerateArray().ToList();
        rows.Should().HaveCount(5);
        rows[0].GetProperty("neighbourhood").GetInt32().Should().Be(1);
        rows[0].GetProperty("name_withheld").GetBoolean().Should().BeFalse();
        var withheld = rows.Where(r => r.GetProperty("name_withheld").GetBoolean()).Should().ContainSingle().Subject;
        withheld.GetProperty("member").ValueKind.Should().Be(JsonValueKind.Null);
        withheld.GetProperty("role").GetString().Should().Be("member");
    }

    [Fact]
    public async Task WriteCsv_QuotesValuesWithCommasAndQuotes_AndWritesTheHeaderOfAnEmptySet()
    {
        var (database, city, _, _) = await StoredCityAsync();
        await using var db = database.CreateContext();
        var ideas = await new OpenDataExporter(db).ReadAsync(OpenDataSet.Ideas, city.Id, AsOf);
        var none = ParticipatoryGovernance.OpenData.OpenDataSets.Decisions([], []);
        var csv = new StringWriter();
        var empty = new StringWriter();

        OpenDataExporter.WriteCsv(ideas, csv);
        OpenDataExporter.WriteCsv(none, empty);

        csv.ToString().Should().Contain("\"چند نیمکت، و یک «آب‌خوری» با تابلوی \"\"آب آشامیدنی\"\"\"");
        empty.ToString().Trim().Should().Be(string.Join(',', none.Columns));
    }

    [Fact]
    public void WriteCsv_PrefixesAQuote_WhenATextWouldRunAsASpreadsheetFormula()
    {
        var world = new World();
        var field = world.City.Charter.UrbanFields[0];
        var proposer = world.Resident(world.North, Gender.Female);
        var titles = new[] { "=HYPERLINK(\"http://evil.example\",\"نیمکت\")", "+نیمکت برای پارک", "-نیمکت برای پارک", "@SUM(A1:A9) نیمکت", "نیمکت = آسایش" };
        var ideas = titles.Select((title, i) => CitizenIdea.Submit(CitizenIdeaId.New(), world.City, proposer.Id,
            new IdeaDraft(title, "چند نیمکت در پارک محله برای سالمندان", field, world.North.Id), MeetingStart + Duration.FromMinutes(i)).Value).ToList();
        var table = ParticipatoryGovernance.OpenData.OpenDataSets.Ideas(ideas, world.Neighbourhoods, world.City.Charter);
        var csv = new StringWriter();
        using var json = new MemoryStream();

        OpenDataExporter.WriteCsv(table, csv);
        OpenDataExporter.WriteJson(table, json);

        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(6);
        lines[1].Should().Contain(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"نیمکت\"\")\",");
        lines[2].Should().Contain(",'+نیمکت برای پارک,");
        lines[3].Should().Contain(",'-نیمکت برای پارک,");
        lines[4].Should().Contain(",'@SUM(A1:A9) نیمکت,");
        lines[5].Should().Contain(",نیمکت = آسایش,");
        var published = JsonDocument.Parse(json.ToArray()).RootElement.EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
        published.Should().Equal(titles, "JSON is not run by spreadsheets and keeps the text as typed");
    }

    [Fact]
    public async Task ReadAsync_CountsParticipationByBandAndGender_WithSmallGroupsSuppressed()
    {
        var (database, city, _, _) = await StoredCityAsync();
        await using var db = database.CreateContext();

        var table = await new OpenDataExporter(db).ReadAsync(OpenDataSet.ParticipationDemographics, city.Id, AsOf);

        // Neighbourhood 1 has a boy of 12, a girl of 15, and three women and three men of 43; every group is under five.
        var rows = table.Rows.Select(r => table.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        rows.Select(r => ((int)r["neighbourhood"]!, (string)r["age_band"]!, (string)r["gender"]!)).Should().Equal(
            (1, "under-13", "male"), (1, "from-13-to-17", "female"), (1, "from-30-to-44", "female"), (1, "from-30-to-44", "male"));
        rows.Should().OnlyContain(r => (bool)r["suppressed"]! && r["residents"] == null && r["participants"] == null);
        rows[1]["period_from"].Should().Be("2023-04-29");
        rows[1]["period_to"].Should().Be("2024-04-28");
    }

    private static IEnumerable<string> BirthDateForms(LocalDate date)
    {
        var solar = PersianDates.FormatNumericLatin(date);
        yield return date.ToString("uuuu-MM-dd", null);
        yield return solar;
        yield return PersianDigits.ToPersian(solar);
        yield return PersianDates.FormatLatin(date);
        yield return PersianDates.Format(date);
    }

    private static async Task<Dictionary<string, string>> ExportEverythingAsync(TestDatabase database, Municipality city)
    {
        var outputs = new Dictionary<string, string>();
        await using var db = database.CreateContext();
        var exporter = new OpenDataExporter(db);
        foreach (var set in Enum.GetValues<OpenDataSet>())
        {
            var table = await exporter.ReadAsync(set, city.Id, AsOf);
            var csv = new StringWriter();
            OpenDataExporter.WriteCsv(table, csv);
            using var json = new MemoryStream();
            OpenDataExporter.WriteJson(table, json);
            outputs[$"{table.Name}.csv"] = csv.ToString();
            outputs[$"{table.Name}.json"] = Encoding.UTF8.GetString(json.ToArray());
            table.Rows.Should().NotBeEmpty($"the city has {set}");
        }

        return outputs;
    }

    /// <summary>
    /// Six adult women and two teenagers in neighbourhood 1: the teenagers hold a council seat, propose an idea, and attend
    /// and vote at a meeting with the adults.
    /// </summary>
    private async Task<(TestDatabase Database, Municipality City, List<Resident> Adults, List<Resident> Minors)> StoredCityAsync()
    {
        var database = await fixture.CreateDatabaseAsync(Provider.Sqlite);
        var world = new World(RafsanjanPreset.Charter with { CouncilMembersFromActiveCitizens = false });
        var adults = world.ResidentsOf(world.North, 6);
        var minors = new List<Resident>
        {
            new(ResidentId.New(), world.North.Id, new PersonName("کیانا", "نوجوان‌پور"), Gender.Female, PersianDates.FromSolarHijri(1387, 2, 2)),
            new(ResidentId.New(), world.North.Id, new PersonName("آرین", "خردسال‌زاده"), Gender.Male, PersianDates.FromSolarHijri(1390, 7, 7)),
        };
        await world.SaveAsync(database);

        var formedOn = PersianDates.FromSolarHijri(1402, 7, 1);
        var council = Council.Form(CouncilId.New(), world.City, world.North, CouncilKind.Neighbourhood, formedOn, PersianDates.FromSolarHijri(1406, 6, 31), []).Value;
        council.Appoint(adults[0], CouncilRole.Chair, formedOn).ThrowIfFailed();
        council.Appoint(adults[1], CouncilRole.Deputy, formedOn).ThrowIfFailed();
        council.Appoint(adults[2], CouncilRole.Secretary, formedOn).ThrowIfFailed();
        council.Appoint(adults[3], CouncilRole.Member, formedOn).ThrowIfFailed();
        // A charter may seat 15-year-olds (ageOfMajority 15); open data still publishes nothing of a minor under 18.
        council.Appoint(minors[0], CouncilRole.Member, formedOn, ageOfMajority: 15).ThrowIfFailed();
        council.Activate(formedOn).ThrowIfFailed();

        var field = world.City.Charter.UrbanFields[0];
        var idea = CitizenIdea.Submit(CitizenIdeaId.New(), world.City, minors[0].Id,
            new IdeaDraft("نیمکت برای پارک کودکان", "چند نیمکت، و یک «آب‌خوری» با تابلوی \"آب آشامیدنی\"", field, world.North.Id), MeetingStart).Value;
        idea.Endorse(minors[1].Id, MeetingStart + Duration.FromHours(1), world.City.Charter.Ideas).ThrowIfFailed();

        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), world.North, new LocalizedText("مسجد محله", "Neighbourhood mosque"), MeetingStart, world.City.Charter.Meetings);
        meeting.AddAgendaItem("روشنایی کوچهٔ مدرسه").ThrowIfFailed();
        meeting.Open(MeetingStart).ThrowIfFailed();
        var present = adults.Take(4).Concat(minors).ToList();
        present.ForEach(r => meeting.RecordAttendance(r, MeetingStart).ThrowIfFailed());
        meeting.PutToVote(1).ThrowIfFailed();
        VoteChoice[] choices = [VoteChoice.For, VoteChoice.For, VoteChoice.For, VoteChoice.Against, VoteChoice.For, VoteChoice.Abstain];
        for (var i = 0; i < present.Count; i++)
        {
            meeting.CastVote(1, present[i].Id, choices[i], MeetingStart + Duration.FromMinutes(10)).ThrowIfFailed();
        }

        meeting.Decide(1, MeetingStart + Duration.FromMinutes(30)).ThrowIfFailed();

        await using (var db = database.CreateContext())
        {
            db.AddRange(minors);
            db.AddRange(council, idea, meeting);
            await db.SaveChangesAsync();
        }

        return (database, world.City, adults, minors);
    }
}
