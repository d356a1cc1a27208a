using System.Text.RegularExpressions;
using ParticipatoryGovernance.EntityFrameworkCore.Import;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Import;

/// <summary>docs/adopting.md lists exactly the columns the importer reads, with both names and whether each is needed.</summary>
public partial class ImportColumnsTest
{
    public static TheoryData<string, string> Files() => new()
    {
        { "neighbourhoods.csv", "neighbourhoods" },
        { "residents.csv", "residents" },
        { "councils.csv", "councils" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void AdoptingPage_ListsEveryColumnWithItsPersianName(string heading, string kind)
    {
        CsvColumn[] columns = kind switch
        {
            "neighbourhoods" => ImportColumns.Neighbourhoods.All,
            "residents" => ImportColumns.Residents.All,
            _ => ImportColumns.Councils.All,
        };
        var page = File.ReadAllText(Path.Combine(Root(), "docs", "adopting.md"));
        var section = page[page.IndexOf($"### {heading}", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n", section.IndexOf('|', StringComparison.Ordinal), StringComparison.Ordinal)];

        var documented = TableRow().Matches(section).Select(m => (m.Groups["en"].Value, m.Groups["fa"].Value, m.Groups["needed"].Value == "yes")).ToList();

        documented.Should().Equal(columns.Select(c => (c.English, c.Persian, c.Required)));
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "ParticipatoryGovernance.slnx")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }

    [GeneratedRegex(@"^\| `(?<en>[^`]+)` \| `(?<fa>[^`]+)` \| (?<needed>[^|]+?) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
