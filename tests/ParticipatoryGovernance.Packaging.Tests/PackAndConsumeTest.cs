using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ParticipatoryGovernance.Packaging.Tests;

/// <summary>
/// The newcomer's path, for real: the three packages packed to a folder, a fresh console project outside the repository that
/// references them from that folder only (the HTTP API package too, so that it is proven installable with its framework
/// reference) (plus the usual NuGet source for their dependencies), and the getting-started
/// program of docs/getting-started.md, which sets up Baghestan from its charter and CSV files in SQLite and prints its
/// council coverage.
/// </summary>
public partial class PackAndConsumeTest : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);
    private readonly string _root = Repository.Root();
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"pg-pack-{Guid.NewGuid():N}");

    // A version no earlier run used, so that NuGet's global cache cannot serve a stale package under it.
    private readonly string _version;

    public PackAndConsumeTest()
    {
        _version = $"{VersionPrefix()}-packtest.{Guid.NewGuid():N}";
        Directory.CreateDirectory(_work);
    }

    [Fact]
    public async Task PackedPackages_RunTheGettingStartedProgram_FromALocalFeedOnly()
    {
        var feed = Path.Combine(_work, "feed");
        var app = Path.Combine(_work, "baghestan");
        Directory.CreateDirectory(app);

        // One pack of the three packages, through a solution file of just them, outside the repository.
        var solution = Path.Combine(_work, "packages.slnx");
        File.WriteAllText(solution, $"""
            <Solution>
              <Project Path="{Path.Combine(_root, "src", "ParticipatoryGovernance", "ParticipatoryGovernance.csproj")}" />
              <Project Path="{Path.Combine(_root, "src", "ParticipatoryGovernance.EntityFrameworkCore", "ParticipatoryGovernance.EntityFrameworkCore.csproj")}" />
              <Project Path="{Path.Combine(_root, "src", "ParticipatoryGovernance.AspNetCore", "ParticipatoryGovernance.AspNetCore.csproj")}" />
            </Solution>
            """);
        var pack = await DotNet.RunAsync(_work, Patience, "pack", solution, "-c", "Release", "-o", feed, $"-p:Version={_version}", "--disable-build-servers");
        pack.ExitCode.Should().Be(0, pack.ToString());
        ShouldBeComplete(Path.Combine(feed, $"ParticipatoryGovernance.{_version}.nupkg"), "ParticipatoryGovernance");
        ShouldBeComplete(Path.Combine(feed, $"ParticipatoryGovernance.EntityFrameworkCore.{_version}.nupkg"), "ParticipatoryGovernance.EntityFrameworkCore");
        ShouldBeComplete(Path.Combine(feed, $"ParticipatoryGovernance.AspNetCore.{_version}.nupkg"), "ParticipatoryGovernance.AspNetCore");
        ShouldDependOnTheCoreOnly(Path.Combine(feed, $"ParticipatoryGovernance.AspNetCore.{_version}.nupkg"));

        // A console project that knows the packages only by name, version and the folder.
        File.WriteAllText(Path.Combine(app, "Baghestan.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ParticipatoryGovernance.EntityFrameworkCore" Version="{_version}" />
                <PackageReference Include="ParticipatoryGovernance.AspNetCore" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        // Nothing of the repository's build settings may reach it: stop MSBuild's search for them here.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(app, file), "<Project />\n");
        }

        var example = Path.Combine(_root, "docs", "examples", "baghestan");
        foreach (var file in new[] { "Program.cs", "charter.json", "neighbourhoods.csv", "residents.csv", "councils.csv" })
        {
            File.Copy(Path.Combine(example, file), Path.Combine(app, file));
        }

        File.ReadAllLines(Path.Combine(app, "Program.cs")).Length.Should().BeLessThanOrEqualTo(30);

        var run = await DotNet.RunAsync(app, Patience, "run", "--disable-build-servers");

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Should().Equal(
            "neighbourhoods: 30 of 30 rows written",
            "residents: 42 of 42 rows written",
            "councils: 16 of 16 rows written",
            "30 neighbourhoods, 3 with an active council, 1 with a women's council, 16 members, 14 seats vacant");
        File.Exists(Path.Combine(app, "baghestan.db")).Should().BeTrue();
        Directory.EnumerateFiles(Path.Combine(app, "obj"), "project.assets.json").Should().ContainSingle();
        File.ReadAllText(Path.Combine(app, "obj", "project.assets.json")).Should().NotContain("\"type\": \"project\"", "the packages come from the folder, not from project references");
    }

    public void Dispose()
    {
        // The test's own packages out of NuGet's global cache, and its folder.
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "participatorygovernance", "participatorygovernance.entityframeworkcore", "participatorygovernance.aspnetcore" })
        {
            var cached = Path.Combine(packages, id, _version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private static void ShouldBeComplete(string package, string id)
    {
        File.Exists(package).Should().BeTrue($"{package} was packed");
        File.Exists(Path.ChangeExtension(package, ".snupkg")).Should().BeTrue("symbols ship as a snupkg beside the package");
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.Should().Contain(["README.md", "icon.png", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"]);
        using var nuspecStream = zip.GetEntry($"{id}.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "icon")!.Value.Should().Be("icon.png");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
        // The id generator runs at build time only (ADR 0028): neither a dependency nor a file of a package.
        nuspec.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Should().NotContain(d => d.Contains("Generators", StringComparison.Ordinal));
        names.Should().NotContain(n => n.Contains("Generators", StringComparison.Ordinal));
        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(package, ".snupkg"));
        symbols.Entries.Select(e => e.FullName).Should().Contain($"lib/net10.0/{id}.pdb");
    }

    /// <summary>The HTTP API package needs ASP.NET Core and the core package, never the storage package.</summary>
    private void ShouldDependOnTheCoreOnly(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var nuspecStream = zip.GetEntry("ParticipatoryGovernance.AspNetCore.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var dependencies = nuspec.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
        dependencies.Should().Contain("ParticipatoryGovernance");
        dependencies.Should().NotContain("ParticipatoryGovernance.EntityFrameworkCore");
        nuspec.Descendants(ns + "frameworkReference").Select(f => f.Attribute("name")!.Value).Should().Contain("Microsoft.AspNetCore.App");
        nuspec.Descendants(ns + "dependency").Single(d => d.Attribute("id")!.Value == "ParticipatoryGovernance").Attribute("version")!.Value.Should().Contain(_version);
    }

    private string VersionPrefix()
    {
        var props = File.ReadAllText(Path.Combine(_root, "Directory.Build.props"));
        return VersionPrefixElement().Match(props).Groups["version"].Value is { Length: > 0 } version
            ? version
            : throw new InvalidOperationException("Directory.Build.props has no VersionPrefix.");
    }

    [GeneratedRegex(@"<VersionPrefix>(?<version>[^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefixElement();
}
