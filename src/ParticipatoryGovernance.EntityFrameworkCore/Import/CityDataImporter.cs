using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using Columns = ParticipatoryGovernance.EntityFrameworkCore.Import.ImportColumns;

namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>
/// Reads a city's own records from CSV into a stored municipality: neighbourhoods with their anchors (and mayors),
/// residents, and council rosters. Headers may be Persian or English, digits Persian or Latin, dates Solar Hijri;
/// docs/adopting.md describes the three files.
/// </summary>
/// <remarks>
/// <para>
/// Every row is checked before anything is written: its values, that it repeats no earlier row nor anything stored,
/// that the neighbourhood and resident it names exist, and the model's own rules (a council member lives in the
/// neighbourhood, a women's council member is a woman…). Each problem is reported with the line, the column and a reason
/// in Persian and English. With <see cref="ImportMode.WholeFile"/> (the default) nothing is written unless every row is
/// valid; with <see cref="ImportMode.ValidRows"/> the valid rows are written. Either way the write is one transaction.
/// </para>
/// <para>
/// Give it a context of its own: it saves whatever the context tracks, and clears the context when it writes nothing.
/// Not thread-safe, like the context.
/// </para>
/// </remarks>
public sealed class CityDataImporter
{
    // What a LocalizedText column holds (ValueObjectMapping); also the bound for anchor texts kept in JSON.
    private const int TextMaxLength = Configurations.ValueObjectMapping.LocalizedTextMaxLength;

    private readonly GovernanceDbContext _context;
    private readonly CsvImportOptions _options;

    /// <summary>Creates an importer writing through a context.</summary>
    /// <param name="context">The unit of work; one for this importer alone.</param>
    /// <param name="options">The settings; <see cref="CsvImportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is undefined.</exception>
    public CityDataImporter(GovernanceDbContext context, CsvImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _options = options ?? CsvImportOptions.Default;
        if (!Enum.IsDefined(_options.Mode))
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.Mode, "Not a defined import mode.");
        }
    }

    /// <summary>
    /// Imports neighbourhoods: number, names, the anchor institution and, optionally, its leader and the neighbourhood
    /// mayor. A number already stored for the municipality, or repeated in the file, is a duplicate.
    /// </summary>
    /// <param name="municipalityId">The stored municipality they belong to.</param>
    /// <param name="csv">The file's text.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was read and written, and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public async Task<ImportReport> ImportNeighbourhoodsAsync(MunicipalityId municipalityId, TextReader csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        const string kind = "neighbourhoods";
        var charter = await _context.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId).Select(m => m.Charter).SingleOrDefaultAsync(cancellationToken);
        var file = CsvFile.Read(csv, Columns.Neighbourhoods.All, Columns.Neighbourhoods.Localized, charter?.Languages ?? []);
        if (file.FileErrors.Count > 0 || charter is null)
        {
            return Unread(kind, file);
        }

        var stored = (await _context.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == municipalityId).Select(n => n.Number).ToListAsync(cancellationToken)).ToHashSet();
        var seen = new Dictionary<int, int>();
        var valid = new List<Neighbourhood>();
        foreach (var row in file.Rows)
        {
            if (ReadNeighbourhood(row, municipalityId) is not { } neighbourhood)
            {
                continue;
            }

            if (stored.Contains(neighbourhood.Number) || seen.ContainsKey(neighbourhood.Number))
            {
                row.Fail(Columns.Neighbourhoods.Number, ImportRules.Repeated(
                    LocalizedText.Of($"محلهٔ شمارهٔ {PersianDigits.Format(neighbourhood.Number)}", $"Neighbourhood number {neighbourhood.Number}"),
                    seen.TryGetValue(neighbourhood.Number, out var line) ? line : null));
                continue;
            }

            seen[neighbourhood.Number] = row.Line;
            valid.Add(neighbourhood);
        }

        return await WriteAsync(kind, file, () => _context.Neighbourhoods.AddRange(valid), valid.Count, cancellationToken);
    }

    /// <summary>
    /// Imports residents: neighbourhood number, names, gender and Solar Hijri birth date. A resident with the same
    /// names and birth date in the same neighbourhood, stored or earlier in the file, is a duplicate.
    /// </summary>
    /// <param name="municipalityId">The stored municipality whose neighbourhoods the rows name.</param>
    /// <param name="csv">The file's text.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was read and written, and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public async Task<ImportReport> ImportResidentsAsync(MunicipalityId municipalityId, TextReader csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        const string kind = "residents";
        var file = CsvFile.Read(csv, Columns.Residents.All);
        if (file.FileErrors.Count > 0 || !await MunicipalityExistsAsync(municipalityId, cancellationToken))
        {
            return Unread(kind, file);
        }

        var neighbourhoods = await NeighbourhoodsByNumberAsync(municipalityId, cancellationToken);
        var stored = await StoredResidentsAsync(neighbourhoods.Values, cancellationToken);
        var seen = new Dictionary<(NeighbourhoodId, string, string, LocalDate), int>();
        var valid = new List<Resident>();
        var today = PersianDates.TodayInCity(_context.Clock);
        foreach (var row in file.Rows)
        {
            var neighbourhood = ReadNeighbourhoodNumber(row, Columns.Residents.Neighbourhood, neighbourhoods);
            var name = row.Name(Columns.Residents.GivenName, Columns.Residents.FamilyName);
            var gender = row.Choice(Columns.Residents.Gender, Columns.Genders, Columns.GendersPersian, Columns.GendersEnglish);
            var birthDate = row.Date(Columns.Residents.BirthDate);
            if (!row.IsValid || neighbourhood is null || name is null || gender is null || birthDate is null)
            {
                continue;
            }

            var key = (neighbourhood.Id, name.GivenName, name.FamilyName, birthDate.Value);
            if (stored.ContainsKey(key) || seen.ContainsKey(key))
            {
                row.Fail(null, ImportRules.Repeated(
                    LocalizedText.Of($"شهروند {name} با تاریخ تولد {PersianDates.Format(birthDate.Value)}", $"The resident {name} born {birthDate.Value}"),
                    seen.TryGetValue(key, out var line) ? line : null));
                continue;
            }

            // Registered as the model registers a typed-in resident: a birth date in the future or more than
            // Resident.MaxAgeYears ago (a year of 1500 or 1200) is a typing mistake, refused with the model's rule.
            var registered = Resident.Register(ResidentId.New(), neighbourhood.Id, name, gender.Value, birthDate.Value, today);
            if (registered.IsFailure)
            {
                row.Fail(Columns.Residents.BirthDate, registered.Violations[0]);
                continue;
            }

            seen[key] = row.Line;
            valid.Add(registered.Value);
        }

        return await WriteAsync(kind, file, () => _context.Residents.AddRange(valid), valid.Count, cancellationToken);
    }

    /// <summary>
    /// Imports council rosters: one row per seat, naming the neighbourhood, the council (neighbourhood or women's), the
    /// role, the resident (names and birth date, as imported from the residents file), the first day in the seat and the
    /// last day of the term. A council the neighbourhood does not have yet is formed on the earliest seat date of its
    /// rows; every seat is given through <see cref="Council.Appoint"/>, so the model's rules apply and its refusals are
    /// reported with their own rule identifiers. A council the roster gives a chair and more than half its seats is made
    /// active from its latest seat date.
    /// </summary>
    /// <param name="municipalityId">The stored municipality whose charter and neighbourhoods the rows use.</param>
    /// <param name="csv">The file's text.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was read and written (seats given), and every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public async Task<ImportReport> ImportCouncilRostersAsync(MunicipalityId municipalityId, TextReader csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        const string kind = "councils";
        var file = CsvFile.Read(csv, Columns.Councils.All);
        var municipality = file.FileErrors.Count > 0 ? null : await _context.Municipalities.SingleOrDefaultAsync(m => m.Id == municipalityId, cancellationToken);
        if (municipality is null)
        {
            return Unread(kind, file);
        }

        var neighbourhoods = await NeighbourhoodsByNumberAsync(municipalityId, cancellationToken);
        var residents = await StoredResidentsAsync(neighbourhoods.Values, cancellationToken);
        var neighbourhoodIds = neighbourhoods.Values.Select(n => n.Id).ToList();
        var councils = await _context.Councils.Where(c => neighbourhoodIds.Contains(c.NeighbourhoodId) && c.Status != CouncilStatus.Dissolved).ToListAsync(cancellationToken);

        var seats = new List<(CsvRow Row, Neighbourhood Neighbourhood, CouncilKind Kind, CouncilRole Role, Resident Resident, LocalDate SeatedOn, LocalDate TermEndsOn)>();
        foreach (var row in file.Rows)
        {
            var neighbourhood = ReadNeighbourhoodNumber(row, Columns.Councils.Neighbourhood, neighbourhoods);
            var council = row.Choice(Columns.Councils.Council, Columns.CouncilKinds, Columns.CouncilKindsPersian, Columns.CouncilKindsEnglish);
            var role = row.Choice(Columns.Councils.Role, Columns.CouncilRoles, Columns.CouncilRolesPersian, Columns.CouncilRolesEnglish);
            var name = row.Name(Columns.Councils.GivenName, Columns.Councils.FamilyName);
            var birthDate = row.Date(Columns.Councils.BirthDate);
            var seatedOn = row.Date(Columns.Councils.SeatedOn);
            var termEndsOn = row.Date(Columns.Councils.TermEndsOn);
            if (!row.IsValid || neighbourhood is null || council is null || role is null || name is null || birthDate is null || seatedOn is null || termEndsOn is null)
            {
                continue;
            }

            if (!residents.TryGetValue((neighbourhood.Id, name.GivenName, name.FamilyName, birthDate.Value), out var resident))
            {
                row.Fail(null, ImportRules.NoResident(name.ToString(), neighbourhood.Number, row.Raw(Columns.Councils.BirthDate)));
                continue;
            }

            seats.Add((row, neighbourhood, council.Value, role.Value, resident, seatedOn.Value, termEndsOn.Value));
        }

        var formed = new List<Council>();
        var changed = new HashSet<Council>();
        var written = 0;
        foreach (var group in seats.GroupBy(s => (s.Neighbourhood.Id, s.Kind)))
        {
            var first = group.MinBy(s => s.Row.Line);
            var consistent = group.Where(s => s.TermEndsOn == first.TermEndsOn).ToList();
            foreach (var other in group.Except(consistent))
            {
                other.Row.Fail(Columns.Councils.TermEndsOn, ImportRules.TermDiffers(other.Row.HeaderOf(Columns.Councils.TermEndsOn), first.Row.Line));
            }

            var council = councils.Find(c => c.NeighbourhoodId == group.Key.Id && c.Kind == group.Key.Kind);
            if (council is null)
            {
                var formedOn = consistent.Min(s => s.SeatedOn);
                var forming = Council.Form(CouncilId.New(), municipality, first.Neighbourhood, group.Key.Kind, formedOn, first.TermEndsOn, councils);
                if (forming.IsFailure)
                {
                    consistent.ForEach(s => s.Row.Fail(Columns.Councils.Council, forming.Violations[0]));
                    continue;
                }

                council = forming.Value;
                formed.Add(council);
            }

            // Officers first, so that a roster listing members before the chair still fills the roles it names.
            foreach (var seat in consistent.OrderBy(s => s.Role).ThenBy(s => s.Row.Line))
            {
                var appointed = council.Appoint(seat.Resident, seat.Role, seat.SeatedOn, municipality.Charter.AgeOfMajority);
                if (appointed.IsFailure)
                {
                    seat.Row.Fail(null, appointed.Violations[0]);
                    continue;
                }

                changed.Add(council);
                written++;
            }

            if (council.Status == CouncilStatus.Forming && changed.Contains(council))
            {
                // Not ready (no chair, or half the seats empty) leaves it forming, as the model would.
                _ = council.Activate(consistent.Max(s => s.SeatedOn));
            }
        }

        return await WriteAsync(kind, file, () => _context.Councils.AddRange(formed.Where(changed.Contains)), written, cancellationToken);
    }

    /// <summary>Imports neighbourhoods from a CSV file (UTF-8, with or without a byte-order mark); see <see cref="ImportNeighbourhoodsAsync(MunicipalityId, TextReader, CancellationToken)"/>.</summary>
    /// <param name="municipalityId">The stored municipality they belong to.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was read and written, and every problem found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public Task<ImportReport> ImportNeighbourhoodsFromFileAsync(MunicipalityId municipalityId, string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, reader => ImportNeighbourhoodsAsync(municipalityId, reader, cancellationToken));

    /// <summary>Imports residents from a CSV file (UTF-8, with or without a byte-order mark); see <see cref="ImportResidentsAsync(MunicipalityId, TextReader, CancellationToken)"/>.</summary>
    /// <param name="municipalityId">The stored municipality whose neighbourhoods the rows name.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was read and written, and every problem found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public Task<ImportReport> ImportResidentsFromFileAsync(MunicipalityId municipalityId, string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, reader => ImportResidentsAsync(municipalityId, reader, cancellationToken));

    /// <summary>Imports council rosters from a CSV file (UTF-8, with or without a byte-order mark); see <see cref="ImportCouncilRostersAsync(MunicipalityId, TextReader, CancellationToken)"/>.</summary>
    /// <param name="municipalityId">The stored municipality whose charter and neighbourhoods the rows use.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was read and written (seats given), and every problem found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public Task<ImportReport> ImportCouncilRostersFromFileAsync(MunicipalityId municipalityId, string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, reader => ImportCouncilRostersAsync(municipalityId, reader, cancellationToken));

    private static async Task<ImportReport> ReadFileAsync(string path, Func<TextReader, Task<ImportReport>> import)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = File.OpenText(path);
        return await import(reader);
    }

    private static Neighbourhood? ReadNeighbourhood(CsvRow row, MunicipalityId municipalityId)
    {
        var number = row.Number(Columns.Neighbourhoods.Number);
        if (number is < 1)
        {
            row.Fail(Columns.Neighbourhoods.Number, ImportRules.Refused(
                row.HeaderOf(Columns.Neighbourhoods.Number),
                LocalizedText.Of("شمارهٔ محله از ۱ آغاز می‌شود.", "neighbourhood numbers start at 1.")));
        }

        // Names and titles are checked against what their columns hold: the neighbourhood's name columns, and the same
        // bound for the anchor's texts, which are stored in a JSON document with no column length of their own.
        var name = row.Localized(Columns.Neighbourhoods.NamePersian, Columns.Neighbourhoods.NameEnglish, TextMaxLength);
        var kind = row.Choice(Columns.Neighbourhoods.AnchorKind, Columns.AnchorKinds, Columns.AnchorKindsPersian, Columns.AnchorKindsEnglish);
        var anchorName = row.Localized(Columns.Neighbourhoods.AnchorNamePersian, Columns.Neighbourhoods.AnchorNameEnglish, TextMaxLength);

        // Other institutions need their leader's title; the listed kinds have one by default.
        var title = row.Localized(Columns.Neighbourhoods.LeaderTitlePersian, Columns.Neighbourhoods.LeaderTitleEnglish, TextMaxLength, required: kind == AnchorKind.Other);
        var leader = row.Name(Columns.Neighbourhoods.LeaderGivenName, Columns.Neighbourhoods.LeaderFamilyName, required: false);
        var mayor = row.Name(Columns.Neighbourhoods.MayorGivenName, Columns.Neighbourhoods.MayorFamilyName, required: row.Has(Columns.Neighbourhoods.MayorAppointedOn));
        var appointedOn = row.Date(Columns.Neighbourhoods.MayorAppointedOn, required: mayor is not null);
        if (!row.IsValid || number is null || name is null || kind is null || anchorName is null)
        {
            return null;
        }

        var anchor = kind switch
        {
            AnchorKind.Mosque when title is null => CommunityAnchor.Mosque(anchorName, leader),
            AnchorKind.School when title is null => CommunityAnchor.School(anchorName, leader),
            AnchorKind.CommunityCentre when title is null => CommunityAnchor.CommunityCentre(anchorName, leader),
            _ => new CommunityAnchor(kind.Value, anchorName, title ?? DefaultTitle(kind.Value), leader),
        };
        var neighbourhood = new Neighbourhood(NeighbourhoodId.New(), municipalityId, number.Value, name, anchor);
        if (mayor is not null && appointedOn is not null)
        {
            neighbourhood.AppointMayor(new NeighbourhoodMayor(mayor, appointedOn.Value)).ThrowIfFailed();
        }

        return neighbourhood;
    }

    private static LocalizedText DefaultTitle(AnchorKind kind) => kind switch
    {
        AnchorKind.Church => LocalizedText.Of("کشیش", "Priest or minister"),
        AnchorKind.Library => LocalizedText.Of("کتابدار", "Librarian"),
        _ => LocalizedText.Of("سرپرست", "Leader"),
    };

    private static Neighbourhood? ReadNeighbourhoodNumber(CsvRow row, CsvColumn column, Dictionary<int, Neighbourhood> neighbourhoods)
    {
        if (row.Number(column) is not { } number)
        {
            return null;
        }

        if (neighbourhoods.TryGetValue(number, out var neighbourhood))
        {
            return neighbourhood;
        }

        row.Fail(column, ImportRules.NoNeighbourhood(number));
        return null;
    }

    private Task<bool> MunicipalityExistsAsync(MunicipalityId municipalityId, CancellationToken cancellationToken) =>
        _context.Municipalities.AsNoTracking().AnyAsync(m => m.Id == municipalityId, cancellationToken);

    private async Task<Dictionary<int, Neighbourhood>> NeighbourhoodsByNumberAsync(MunicipalityId municipalityId, CancellationToken cancellationToken) =>
        await _context.Neighbourhoods.AsNoTracking().Where(n => n.MunicipalityId == municipalityId).ToDictionaryAsync(n => n.Number, cancellationToken);

    private async Task<Dictionary<(NeighbourhoodId, string, string, LocalDate), Resident>> StoredResidentsAsync(
        IEnumerable<Neighbourhood> neighbourhoods, CancellationToken cancellationToken)
    {
        // Read only: a roster seats residents without changing them.
        var ids = neighbourhoods.Select(n => n.Id).ToList();
        var list = await _context.Residents.AsNoTracking().Where(r => ids.Contains(r.NeighbourhoodId)).ToListAsync(cancellationToken);

        // The first of any residents the city already stored twice; a roster then names that one.
        return list.GroupBy(r => (r.NeighbourhoodId, r.Name.GivenName, r.Name.FamilyName, r.DiscloseBirthDate()))
            .ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The report of a file that cannot be imported at all: unreadable, or for a municipality not stored.</summary>
    private ImportReport Unread(string kind, CsvFile file)
    {
        _context.ChangeTracker.Clear();
        IReadOnlyList<ImportRowError> errors = file.FileErrors.Count > 0 ? file.FileErrors : [new ImportRowError(0, null, ImportRules.NoMunicipality())];
        return new ImportReport(kind, _options.Mode, file.Rows.Count, 0, errors);
    }

    private async Task<ImportReport> WriteAsync(string kind, CsvFile file, Action add, int rows, CancellationToken cancellationToken)
    {
        var errors = file.Rows.SelectMany(r => r.Errors).ToList();
        if ((errors.Count > 0 && _options.Mode == ImportMode.WholeFile) || rows == 0)
        {
            // Loaded aggregates may have been changed in memory by rows checked against them; none of it is saved.
            _context.ChangeTracker.Clear();
            return new ImportReport(kind, _options.Mode, file.Rows.Count, 0, errors);
        }

        add();
        var own = _context.Database.CurrentTransaction is null ? await _context.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            await _context.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }

        return new ImportReport(kind, _options.Mode, file.Rows.Count, rows, errors);
    }
}
