using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Documentation;

/// <summary>
/// Every <c>```csharp</c> block in docs/ compiles, on its own, against the packages' assemblies (this test project
/// references the storage package, which brings the model): statements as a program, declarations as a library, with
/// the SDK's implicit usings. A broken block fails with its file and line.
/// </summary>
public partial class DocsCodeBlocksTest
{
    private static readonly string Root = FindRoot();

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
    {
        // The runtime's assemblies and everything this test project was built with (the packages and their dependencies).
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return trusted.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToList();
    });

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, line, _) in AllBlocks())
        {
            data.Add(file, line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void CodeBlock_Compiles(string file, int line)
    {
        var code = AllBlocks().Single(b => b.File == file && b.Line == line).Code;

        var errors = Compile(code);

        errors.Should().BeEmpty($"the block at {file}:{line} must compile:\n{string.Join('\n', errors.Select(e => Where(e, file, line)))}");
    }

    [Fact]
    public void Docs_HaveTheBlocksThisTestCompiles()
    {
        var blocks = AllBlocks().ToList();

        blocks.Select(b => b.File).Distinct().Should().Contain(["docs/getting-started.md", "docs/adopting.md", "docs/persistence.md", "docs/persian-dates.md"]);
        blocks.Should().HaveCountGreaterThanOrEqualTo(6);
    }

    [Fact]
    public void Docs_MarkNoCSharpBlockAsSomethingElse()
    {
        var fences = Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
            .SelectMany(path => File.ReadLines(path).Select((text, index) => (File: Path.GetRelativePath(Root, path), Line: index + 1, Text: text.Trim())))
            .Where(l => l.Text.StartsWith("```csharp", StringComparison.Ordinal) || l.Text.StartsWith("```cs", StringComparison.Ordinal) || l.Text.StartsWith("```c#", StringComparison.OrdinalIgnoreCase));

        fences.Where(l => l.Text != "```csharp").Should().BeEmpty("every C# block is compiled; none is marked to be skipped");
    }

    [Fact]
    public void Compile_ReportsTheError_WhenABlockIsBroken()
    {
        var errors = Compile("using ParticipatoryGovernance.Calendar;\nvar date = PersianDates.FromSolarHijri(1403, 2);\n");

        errors.Should().ContainSingle().Which.Id.Should().Be("CS7036");
        Where(errors[0], "docs/x.md", 10).Should().StartWith("docs/x.md:12: error CS7036", "the code starts on the line after the fence");
    }

    [Fact]
    public void GettingStarted_ShowsTheProgramThePackagingTestRuns()
    {
        var program = File.ReadAllText(Path.Combine(Root, "docs", "examples", "baghestan", "Program.cs"));

        AllBlocks().Where(b => b.File == "docs/getting-started.md").Select(b => b.Code)
            .Should().Contain(program, "the page shows the file the packaging test copies and runs");
        program.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeLessThanOrEqualTo(30);
    }

    private static List<Diagnostic> Compile(string code)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(code, parse);
        var implicitUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
            parse);
        var program = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("DocsBlock", [implicitUsings, tree], References.Value, options);
        return [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree)];
    }

    private static string Where(Diagnostic error, string file, int fenceLine) =>
        $"{file}:{fenceLine + 1 + error.Location.GetLineSpan().StartLinePosition.Line}: error {error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Every csharp block in docs/ and below: the file (from the repository root), the line of its opening fence, and its code.</summary>
    private static IEnumerable<(string File, int Line, string Code)> AllBlocks()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var file = Path.GetRelativePath(Root, path).Replace('\\', '/');
            foreach (Match block in CSharpBlock().Matches(text))
            {
                var line = text[..block.Index].Count(c => c == '\n') + 1;
                yield return (file, line, block.Groups["code"].Value);
            }
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParticipatoryGovernance.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    // A fence that says only csharp; any other info string (csharp ignore…) is not this test's, and the docs use none.
    [GeneratedRegex(@"^[ \t]*```csharp[ \t]*\n(?<code>.*?)^[ \t]*```[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}
