using System.Globalization;
using System.Text;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>
/// Reads and writes participatory-budgeting elections in the pabulib <c>.pb</c> format: a META section (<c>key;value</c>
/// rows), a PROJECTS section (a header row naming <c>project_id</c>, <c>cost</c> and any further columns) and a VOTES
/// section (a header row naming <c>voter_id</c>, <c>vote</c>, for cumulative and some ordinal files <c>points</c>, and
/// any further columns); fields are separated by <c>;</c> and may be quoted with <c>"</c> (a doubled <c>""</c> inside
/// stands for one quote).
/// </summary>
/// <remarks>
/// <para>
/// Reading keeps the order of META entries, of projects and of ballots, and every further column. Money (the
/// <c>budget</c> entry and each <c>cost</c>) is a non-negative decimal number with a point (<c>102533.36</c>) and at most
/// <see cref="BudgetingElection.MaxDecimals"/> decimals; the election keeps it exactly in minor units, with as many
/// <see cref="BudgetingElection.Decimals"/> as the amount with the most significant decimals needs. <c>vote_type</c> is
/// <c>approval</c> (also when missing), <c>choose-1</c>, <c>cumulative</c> (which needs a <c>points</c> column) or
/// <c>ordinal</c> (projects best first; a <c>points</c> column is optional). Points are whole numbers, zero or more, one
/// per project named. A ballot that names a project twice (a data error found in 22 of pabulib's files) keeps it
/// once, at its first place, with the sum of its points. Blank lines are skipped.
/// </para>
/// <para>
/// Writing puts <c>project_id</c> and <c>cost</c> first in PROJECTS and <c>voter_id</c>, <c>vote</c> and (when ballots
/// carry them) <c>points</c> first in VOTES, then the further columns in the order first seen; amounts are written with
/// the election's decimals; it quotes a field only when it holds <c>;</c>, <c>"</c> or a line break, and ends lines with
/// <c>\n</c>. A pabulib file written by this class and read back gives the same election.
/// </para>
/// <para>All members are stateless and thread-safe.</para>
/// </remarks>
public static class PabulibFile
{
    /// <summary>Reads an election from pabulib text.</summary>
    /// <param name="reader">The text; read to its end, not disposed.</param>
    /// <returns>The election: budget, projects in file order with their costs and further columns, ballots, META entries, vote type and decimals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a well-formed pabulib election; the message starts with the line number and names the problem.</exception>
    public static BudgetingElection Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new PabulibRecordReader(reader);

        var meta = ReadMeta(records);
        var budgetEntry = meta.Entries.FindIndex(e => e.Key == "budget");
        if (budgetEntry < 0)
        {
            throw Error(meta.SectionLine, "the META section has no 'budget' entry.");
        }

        var budget = ParseAmount(meta.Entries[budgetEntry].Value, meta.Lines[budgetEntry], "budget");
        var voteTypeEntry = meta.Entries.FindIndex(e => e.Key == "vote_type");
        var voteType = BudgetingVoteType.Approval;
        if (voteTypeEntry >= 0)
        {
            var text = meta.Entries[voteTypeEntry].Value.Trim();
            voteType = VoteTypeOf(text) ?? throw Error(
                meta.Lines[voteTypeEntry], $"vote_type '{text}' is not supported (expected approval, choose-1, cumulative or ordinal).");
        }

        var rows = ReadProjects(records);
        var decimals = Math.Max(budget.Decimals, rows.Count == 0 ? 0 : rows.Max(r => r.Cost.Decimals));
        var projects = rows.Select(r => new BudgetingProject(r.Id, r.Cost.ToMinorUnits(decimals), r.Attributes)).ToList();
        var projectLines = rows.ToDictionary(r => r.Id, r => r.Line, StringComparer.Ordinal);
        var ballots = ReadVotes(records, projectLines, voteType);
        return new BudgetingElection(budget.ToMinorUnits(decimals), projects, ballots, meta.Entries, voteType, decimals);
    }

    /// <summary>Writes an election as pabulib text.</summary>
    /// <param name="election">The election.</param>
    /// <param name="writer">Where to write; not flushed or disposed.</param>
    /// <remarks>
    /// The META entries are written in their order; <c>budget</c> is written as <see cref="BudgetingElection.Budget"/> with
    /// its decimals and <c>vote_type</c> as <see cref="BudgetingElection.VoteType"/>, and <c>budget</c>,
    /// <c>num_projects</c>, <c>num_votes</c> and <c>vote_type</c> are added at the end when missing.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(BudgetingElection election, TextWriter writer) => WriteCore(election, writer, funded: null);

    /// <summary>Writes a finished election as pabulib text, marking the funded projects in the <c>selected</c> column.</summary>
    /// <param name="election">The election.</param>
    /// <param name="writer">Where to write; not flushed or disposed.</param>
    /// <param name="funded">The funded project ids: their <c>selected</c> is <c>1</c>, every other project's <c>0</c>; the column is added when missing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="election"/>, <paramref name="writer"/> or <paramref name="funded"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="funded"/> names a project the election does not list.</exception>
    public static void Write(BudgetingElection election, TextWriter writer, IEnumerable<string> funded)
    {
        ArgumentNullException.ThrowIfNull(funded);
        WriteCore(election, writer, funded);
    }

    /// <summary>The pabulib name of a vote type (<c>approval</c>, <c>choose-1</c>, <c>cumulative</c>, <c>ordinal</c>).</summary>
    internal static string NameOf(BudgetingVoteType voteType) => voteType switch
    {
        BudgetingVoteType.ChooseOne => "choose-1",
        BudgetingVoteType.Cumulative => "cumulative",
        BudgetingVoteType.Ordinal => "ordinal",
        _ => "approval",
    };

    private static BudgetingVoteType? VoteTypeOf(string text) => text.ToLowerInvariant() switch
    {
        "approval" => BudgetingVoteType.Approval,
        "choose-1" => BudgetingVoteType.ChooseOne,
        "cumulative" => BudgetingVoteType.Cumulative,
        "ordinal" => BudgetingVoteType.Ordinal,
        _ => null,
    };

    private static void WriteCore(BudgetingElection election, TextWriter writer, IEnumerable<string>? funded)
    {
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(writer);
        HashSet<string>? fundedSet = null;
        if (funded is not null)
        {
            fundedSet = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in funded)
            {
                if (id is null || !election.TryGetIndex(id, out _))
                {
                    throw new ArgumentException($"Funded project '{id}' is not listed in the election.", nameof(funded));
                }

                fundedSet.Add(id);
            }
        }

        var invariant = CultureInfo.InvariantCulture;
        var voteType = NameOf(election.VoteType);
        writer.Write("META\nkey;value\n");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in election.Meta)
        {
            WriteRow(writer, [key, key switch
            {
                "budget" => election.FormatAmount(election.Budget),
                "vote_type" => voteType,
                _ => value,
            }]);
            written.Add(key);
        }

        var required = new (string Key, string Value)[]
        {
            ("num_projects", election.Projects.Count.ToString(invariant)),
            ("num_votes", election.Ballots.Count.ToString(invariant)),
            ("budget", election.FormatAmount(election.Budget)),
            ("vote_type", voteType),
        };
        foreach (var (key, value) in required)
        {
            if (!written.Contains(key))
            {
                WriteRow(writer, [key, value]);
            }
        }

        var projectColumns = ColumnsOf(election.Projects.Select(p => p.Attributes));
        if (fundedSet is not null && !projectColumns.Contains("selected"))
        {
            projectColumns.Add("selected");
        }

        writer.Write("PROJECTS\n");
        WriteRow(writer, ["project_id", "cost", .. projectColumns]);
        foreach (var project in election.Projects)
        {
            var row = new List<string> { project.Id, election.FormatAmount(project.Cost) };
            foreach (var column in projectColumns)
            {
                row.Add(fundedSet is not null && column == "selected"
                    ? (fundedSet.Contains(project.Id) ? "1" : "0")
                    : project.Attribute(column) ?? string.Empty);
            }

            WriteRow(writer, row);
        }

        var voteColumns = ColumnsOf(election.Ballots.Select(b => b.Attributes));
        var points = election.VoteType == BudgetingVoteType.Cumulative || election.Ballots.Any(b => b.HasPoints);
        writer.Write("VOTES\n");
        WriteRow(writer, points ? ["voter_id", "vote", "points", .. voteColumns] : ["voter_id", "vote", .. voteColumns]);
        foreach (var ballot in election.Ballots)
        {
            var row = new List<string> { ballot.VoterId, string.Join(',', ballot.ProjectIds) };
            if (points)
            {
                row.Add(string.Join(',', ballot.Points.Select(p => p.ToString(invariant))));
            }

            foreach (var column in voteColumns)
            {
                row.Add(ballot.Attribute(column) ?? string.Empty);
            }

            WriteRow(writer, row);
        }
    }

    private static List<string> ColumnsOf(IEnumerable<IReadOnlyList<KeyValuePair<string, string>>> rows)
    {
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var pair in row)
            {
                if (seen.Add(pair.Key))
                {
                    columns.Add(pair.Key);
                }
            }
        }

        return columns;
    }

    private static void WriteRow(TextWriter writer, List<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(';');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(";\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.Write('\n');
    }

    private static (List<KeyValuePair<string, string>> Entries, List<int> Lines, int SectionLine) ReadMetaCore(PabulibRecordReader records)
    {
        var first = records.Next() ?? throw Error(1, "the file is empty; expected the META section.");
        if (!IsSection(first, "META"))
        {
            throw Error(first.Line, $"expected the META section, found '{Describe(first)}'.");
        }

        ExpectHeader(records, first.Line, "META", ["key", "value"]);
        var entries = new List<KeyValuePair<string, string>>();
        var lines = new List<int>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.Peek() is { } record && !IsAnySection(record))
        {
            records.Next();
            if (record.Fields.Count != 2)
            {
                throw Error(record.Line, $"wrong column count in META: expected 2 (key;value), found {record.Fields.Count}.");
            }

            var key = record.Fields[0].Trim();
            if (key.Length == 0)
            {
                throw Error(record.Line, "a META entry has an empty key.");
            }

            if (!firstLine.TryAdd(key, record.Line))
            {
                throw Error(record.Line, $"META key '{key}' is given twice (first on line {firstLine[key]}).");
            }

            entries.Add(new(key, record.Fields[1]));
            lines.Add(record.Line);
        }

        return (entries, lines, first.Line);
    }

    private static MetaSection ReadMeta(PabulibRecordReader records)
    {
        var (entries, lines, sectionLine) = ReadMetaCore(records);
        return new MetaSection(entries, lines, sectionLine);
    }

    private static List<ProjectRow> ReadProjects(PabulibRecordReader records)
    {
        var section = records.Next() ?? throw Error(records.LastLine, "the file ends before the PROJECTS section.");
        if (!IsSection(section, "PROJECTS"))
        {
            throw Error(section.Line, $"expected the PROJECTS section, found '{Describe(section)}'.");
        }

        var header = ReadHeader(records, section.Line, "PROJECTS", ["project_id", "cost"]);
        var idColumn = header.IndexOf("project_id");
        var costColumn = header.IndexOf("cost");
        var projects = new List<ProjectRow>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.Peek() is { } record && !IsAnySection(record))
        {
            records.Next();
            CheckColumnCount(record, header.Count, "PROJECTS");
            var id = record.Fields[idColumn].Trim();
            if (id.Length == 0)
            {
                throw Error(record.Line, "a project has an empty project_id.");
            }

            if (!lines.TryAdd(id, record.Line))
            {
                throw Error(record.Line, $"project '{id}' is listed twice (first on line {lines[id]}).");
            }

            var cost = ParseAmount(record.Fields[costColumn], record.Line, $"cost of project '{id}'");
            projects.Add(new ProjectRow(id, cost, record.Line, OtherColumns(header, record, [idColumn, costColumn])));
        }

        return projects;
    }

    private static List<BudgetingBallot> ReadVotes(PabulibRecordReader records, Dictionary<string, int> projectLines, BudgetingVoteType voteType)
    {
        var section = records.Next() ?? throw Error(records.LastLine, "the file ends before the VOTES section.");
        if (!IsSection(section, "VOTES"))
        {
            throw Error(section.Line, $"expected the VOTES section, found '{Describe(section)}'.");
        }

        var header = ReadHeader(records, section.Line, "VOTES", ["voter_id", "vote"]);
        var voterColumn = header.IndexOf("voter_id");
        var voteColumn = header.IndexOf("vote");
        var pointsColumn = header.IndexOf("points");
        if (pointsColumn >= 0 && voteType is BudgetingVoteType.Approval or BudgetingVoteType.ChooseOne)
        {
            throw Error(records.LastLine, $"the VOTES header has a 'points' column, which a {NameOf(voteType)} election has not.");
        }

        if (pointsColumn < 0 && voteType == BudgetingVoteType.Cumulative)
        {
            throw Error(records.LastLine, "the VOTES header of a cumulative election has no 'points' column.");
        }

        int[] known = pointsColumn >= 0 ? [voterColumn, voteColumn, pointsColumn] : [voterColumn, voteColumn];
        var ballots = new List<BudgetingBallot>();
        var voterLines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.Next() is { } record)
        {
            if (IsAnySection(record))
            {
                throw Error(record.Line, $"unexpected section '{record.Fields[0].Trim()}' after VOTES.");
            }

            CheckColumnCount(record, header.Count, "VOTES");
            var voter = record.Fields[voterColumn].Trim();
            if (voter.Length == 0)
            {
                throw Error(record.Line, "a vote has an empty voter_id.");
            }

            if (!voterLines.TryAdd(voter, record.Line))
            {
                throw Error(record.Line, $"voter '{voter}' votes twice (first on line {voterLines[voter]}).");
            }

            var written = new List<string>();
            var vote = record.Fields[voteColumn];
            if (vote.Trim().Length > 0)
            {
                foreach (var part in vote.Split(','))
                {
                    var id = part.Trim();
                    if (!projectLines.ContainsKey(id))
                    {
                        throw Error(record.Line, $"voter '{voter}' votes for project '{id}', which is not in PROJECTS.");
                    }

                    written.Add(id);
                }
            }

            var points = pointsColumn < 0 ? null : ParsePoints(record.Fields[pointsColumn], written.Count, record.Line, voter);
            var (named, merged) = MergeRepeats(written, points);
            if (voteType == BudgetingVoteType.ChooseOne && named.Count > 1)
            {
                throw Error(record.Line, $"voter '{voter}' chooses {named.Count} projects in a choose-1 election.");
            }

            var attributes = OtherColumns(header, record, known);
            ballots.Add(merged is null
                ? new BudgetingBallot(voter, named, attributes)
                : BudgetingBallot.WithPoints(voter, named, merged, attributes));
        }

        return ballots;
    }

    /// <summary>
    /// A project named twice on one ballot is a data error that pabulib's checker reports but its corpus contains (22
    /// files): the ballot keeps the project once, at its first place, with the sum of its points.
    /// </summary>
    private static (List<string> Named, List<long>? Points) MergeRepeats(List<string> written, List<long>? points)
    {
        if (!BudgetingElection.HasRepeats(written))
        {
            return (written, points);
        }

        var named = new List<string>();
        var merged = points is null ? null : new List<long>();
        var place = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < written.Count; i++)
        {
            if (place.TryGetValue(written[i], out var at))
            {
                if (merged is not null)
                {
                    merged[at] = checked(merged[at] + points![i]);
                }

                continue;
            }

            place.Add(written[i], named.Count);
            named.Add(written[i]);
            merged?.Add(points![i]);
        }

        return (named, merged);
    }

    private static List<long> ParsePoints(string text, int expected, int line, string voter)
    {
        var points = new List<long>();
        if (text.Trim().Length > 0)
        {
            foreach (var part in text.Split(','))
            {
                var value = part.Trim();
                if (value.Length == 0 || !IsDigits(value))
                {
                    throw Error(line, $"voter '{voter}' gives points '{value}', which is not a whole number of zero or more.");
                }

                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var point))
                {
                    throw Error(line, $"voter '{voter}' gives points '{value}', which is too large.");
                }

                points.Add(point);
            }
        }

        if (points.Count != expected)
        {
            throw Error(line, $"voter '{voter}' votes for {expected} projects but gives {points.Count} points.");
        }

        return points;
    }

    private static List<KeyValuePair<string, string>> OtherColumns(List<string> header, PabulibRecord record, int[] known)
    {
        var columns = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < header.Count; i++)
        {
            if (Array.IndexOf(known, i) < 0)
            {
                columns.Add(new(header[i], record.Fields[i]));
            }
        }

        return columns;
    }

    private static void ExpectHeader(PabulibRecordReader records, int sectionLine, string section, string[] columns)
    {
        var header = ReadHeader(records, sectionLine, section, columns);
        if (header.Count != columns.Length)
        {
            throw Error(records.LastLine, $"wrong column count in the {section} header: expected {columns.Length} ({string.Join(';', columns)}), found {header.Count}.");
        }
    }

    private static List<string> ReadHeader(PabulibRecordReader records, int sectionLine, string section, string[] required)
    {
        var header = records.Next() ?? throw Error(sectionLine, $"the {section} section has no header row.");
        if (IsAnySection(header))
        {
            throw Error(header.Line, $"the {section} section has no header row.");
        }

        var names = header.Fields.Select(f => f.Trim()).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                throw Error(header.Line, $"the {section} header has an empty column name.");
            }

            if (!seen.Add(name))
            {
                throw Error(header.Line, $"the {section} header names column '{name}' twice.");
            }
        }

        foreach (var column in required)
        {
            if (!seen.Contains(column))
            {
                throw Error(header.Line, $"the {section} header has no '{column}' column (found '{string.Join(';', names)}').");
            }
        }

        return names;
    }

    private static void CheckColumnCount(PabulibRecord record, int expected, string section)
    {
        if (record.Fields.Count != expected)
        {
            throw Error(record.Line, $"wrong column count in {section}: expected {expected} as in the header, found {record.Fields.Count}.");
        }
    }

    private static Amount ParseAmount(string text, int line, string what)
    {
        var span = text.AsSpan().Trim();
        var point = span.IndexOf('.');
        var whole = point < 0 ? span : span[..point];
        var fraction = point < 0 ? [] : span[(point + 1)..];
        if (whole.IsEmpty || !IsDigits(whole) || (point >= 0 && (fraction.IsEmpty || !IsDigits(fraction))))
        {
            throw Error(line, $"{what} '{text}' is not an amount (digits, optionally a point and decimals; no sign, no thousands separator).");
        }

        fraction = fraction.TrimEnd('0');
        if (fraction.Length > BudgetingElection.MaxDecimals)
        {
            throw Error(line, $"{what} '{text}' has more than {BudgetingElection.MaxDecimals} decimals.");
        }

        whole = whole.TrimStart('0');
        // Whole currency units times 10^6 must fit in a long, so that any scale the file needs can be applied.
        if (whole.Length > 12)
        {
            throw Error(line, $"{what} '{text}' is too large (at most 999,999,999,999).");
        }

        var units = whole.IsEmpty ? 0 : long.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture);
        var decimals = long.Parse(fraction.IsEmpty ? "0" : fraction, NumberStyles.None, CultureInfo.InvariantCulture);
        return new Amount(units, decimals, fraction.Length);
    }

    private static bool IsDigits(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');

    private static bool IsSection(PabulibRecord record, string name) =>
        record.Fields.Count == 1 && string.Equals(record.Fields[0].Trim(), name, StringComparison.OrdinalIgnoreCase);

    private static bool IsAnySection(PabulibRecord record) =>
        IsSection(record, "META") || IsSection(record, "PROJECTS") || IsSection(record, "VOTES");

    private static string Describe(PabulibRecord record)
    {
        var text = string.Join(';', record.Fields);
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static FormatException Error(int line, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Line {line}: {problem}"));

    /// <summary>An amount as read: whole units, and the significant decimals as a number with <see cref="Decimals"/> digits.</summary>
    private readonly record struct Amount(long Units, long Fraction, int Decimals)
    {
        public long ToMinorUnits(int decimals) =>
            (Units * BudgetingElection.Pow10(decimals)) + (Fraction * BudgetingElection.Pow10(decimals - Decimals));
    }

    private sealed record ProjectRow(string Id, Amount Cost, int Line, List<KeyValuePair<string, string>> Attributes);

    private sealed record MetaSection(List<KeyValuePair<string, string>> Entries, List<int> Lines, int SectionLine);

    /// <summary>One row of the file: its fields and the line it starts on.</summary>
    private sealed record PabulibRecord(int Line, List<string> Fields);

    /// <summary>Splits the text into rows of fields, following quotes across line breaks and skipping blank lines.</summary>
    private sealed class PabulibRecordReader(TextReader reader)
    {
        private PabulibRecord? _peeked;
        private int _line;

        /// <summary>The last line read, for errors at the end of the text.</summary>
        public int LastLine => Math.Max(_line, 1);

        public PabulibRecord? Peek() => _peeked ??= ReadRecord();

        public PabulibRecord? Next()
        {
            var record = Peek();
            _peeked = null;
            return record;
        }

        private PabulibRecord? ReadRecord()
        {
            string? text;
            do
            {
                text = reader.ReadLine();
                if (text is null)
                {
                    return null;
                }

                _line++;
            }
            while (text.Trim().Length == 0);

            var start = _line;
            if (!text.Contains('"', StringComparison.Ordinal))
            {
                // Most rows quote nothing: split them at once.
                return new PabulibRecord(start, [.. text.Split(';')]);
            }

            var fields = new List<string>();
            var field = new StringBuilder();
            var i = 0;
            while (true)
            {
                if (i < text.Length && text[i] == '"' && field.Length == 0)
                {
                    // A quoted field: runs to the next lone quote, across line breaks if need be.
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            text = reader.ReadLine() ?? throw Error(start, "a quoted field is never closed (unterminated quote).");
                            _line++;
                            field.Append('\n');
                            i = 0;
                            continue;
                        }

                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        field.Append(text[i]);
                        i++;
                    }
                }

                while (i < text.Length && text[i] != ';')
                {
                    field.Append(text[i]);
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                if (i >= text.Length)
                {
                    return new PabulibRecord(start, fields);
                }

                i++; // past the ';'
            }
        }
    }
}
