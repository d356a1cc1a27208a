using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;
using NodaTime;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.OpenData;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.OpenData;

/// <summary>
/// Reads a stored municipality's records and publishes them as open data, CSV or JSON. What may be published (no birth
/// dates, no minors' names, small counts suppressed) is decided by <see cref="OpenDataSets"/> in the core package; this
/// class only loads the records and writes the tables.
/// </summary>
/// <remarks>Reads without tracking; not thread-safe, like its context.</remarks>
public sealed class OpenDataExporter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private readonly GovernanceDbContext _context;

    /// <summary>Creates an exporter reading through a context.</summary>
    /// <param name="context">The unit of work.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public OpenDataExporter(GovernanceDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <summary>
    /// Builds one set for a municipality. Rosters are the seats held on <paramref name="asOf"/>; participation covers the
    /// year up to and including <paramref name="asOf"/>, with counts below <see cref="OpenDataSets.DefaultSmallestCount"/>
    /// suppressed.
    /// </summary>
    /// <param name="set">The set.</param>
    /// <param name="municipalityId">The stored municipality.</param>
    /// <param name="asOf">The date the figures are for.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="set"/> is undefined.</exception>
    /// <exception cref="InvalidOperationException">The municipality is not stored.</exception>
    public async Task<OpenDataTable> ReadAsync(OpenDataSet set, MunicipalityId municipalityId, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(set))
        {
            throw new ArgumentOutOfRangeException(nameof(set), set, "Not a defined open-data set.");
        }

        var municipality = await _context.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Id == municipalityId, cancellationToken)
            ?? throw new InvalidOperationException($"No municipality {municipalityId} is stored.");
        var neighbourhoods = await _context.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == municipalityId).ToListAsync(cancellationToken);
        var ids = neighbourhoods.Select(n => n.Id).ToList();
        switch (set)
        {
            case OpenDataSet.Ideas:
                var ideas = await _context.CitizenIdeas.AsNoTracking().Where(i => i.MunicipalityId == municipalityId).ToListAsync(cancellationToken);
                return OpenDataSets.Ideas(ideas, neighbourhoods, municipality.Charter);
            case OpenDataSet.Decisions:
                var meetings = await _context.NeighbourhoodMeetings.AsNoTracking().Where(m => ids.Contains(m.NeighbourhoodId)).ToListAsync(cancellationToken);
                return OpenDataSets.Decisions(meetings, neighbourhoods);
            case OpenDataSet.CouncilRosters:
                var councils = await _context.Councils.AsNoTracking().Where(c => c.MunicipalityId == municipalityId).ToListAsync(cancellationToken);
                var members = councils.SelectMany(c => c.Memberships).Select(m => m.ResidentId).Distinct().ToList();
                var seated = await _context.Residents.AsNoTracking().Where(r => members.Contains(r.Id)).ToListAsync(cancellationToken);
                return OpenDataSets.CouncilRosters(councils, neighbourhoods, seated, asOf, municipality.Charter.AgeOfMajority);
            default:
                var residents = await _context.Residents.AsNoTracking().Where(r => ids.Contains(r.NeighbourhoodId)).ToListAsync(cancellationToken);
                var participations = await ParticipationsAsync(municipalityId, ids, cancellationToken);
                return OpenDataSets.ParticipationDemographics(residents, neighbourhoods, participations, asOf.PlusYears(-1).PlusDays(1), asOf);
        }
    }

    /// <summary>
    /// Writes a table as CSV: a header of column names, then one line per row; UTF-8 text is the caller's encoding. A text
    /// value that a spreadsheet would run as a formula (one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return, such as an idea titled <c>=HYPERLINK(…)</c>) is written with a leading <c>'</c>, as OWASP advises
    /// against CSV injection; numbers are written as they are, and JSON keeps every text unchanged.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(OpenDataTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(writer, leaveOpen: true);
        if (table.Rows.Count == 0)
        {
            // Sep writes the header with the first row; an empty set still says what its columns are.
            writer.WriteLine(string.Join(',', table.Columns));
            return;
        }

        foreach (var values in table.Rows)
        {
            using var row = csv.NewRow();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                row[table.Columns[i]].Set(values[i] is string text ? Neutralised(text) : Text(values[i]));
            }
        }
    }

    /// <summary>Writes a table as a JSON array of objects, one per row, with numbers, true/false and null as such.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(OpenDataTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        json.WriteStartArray();
        foreach (var values in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(table.Columns[i]);
                switch (values[i])
                {
                    case null: json.WriteNullValue(); break;
                    case int number: json.WriteNumberValue(number); break;
                    case bool flag: json.WriteBooleanValue(flag); break;
                    default: json.WriteStringValue(Text(values[i])); break;
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Residents' text is stored as typed (UserText keeps formula-like text); only the spreadsheet format needs escaping.
    private static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private async Task<List<Participation>> ParticipationsAsync(MunicipalityId municipalityId, List<NeighbourhoodId> ids, CancellationToken cancellationToken)
    {
        var participations = new List<Participation>();
        foreach (var meeting in await _context.NeighbourhoodMeetings.AsNoTracking().Where(m => ids.Contains(m.NeighbourhoodId)).ToListAsync(cancellationToken))
        {
            participations.AddRange(meeting.Participations());
        }

        foreach (var idea in await _context.CitizenIdeas.AsNoTracking().Where(i => i.MunicipalityId == municipalityId).ToListAsync(cancellationToken))
        {
            participations.AddRange(idea.Participations());
        }

        foreach (var council in await _context.Councils.AsNoTracking().Where(c => c.MunicipalityId == municipalityId).ToListAsync(cancellationToken))
        {
            participations.AddRange(council.Participations());
        }

        foreach (var campaign in await _context.YouthMayorCampaigns.AsNoTracking().Where(c => c.MunicipalityId == municipalityId).ToListAsync(cancellationToken))
        {
            participations.AddRange(campaign.Participations());
        }

        return participations;
    }
}
