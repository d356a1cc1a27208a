using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.DependencyInjection;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Residents.Specifications;

using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests;

/// <summary>Keeps the README's usage example compiling, running and printing what its comments say.</summary>
[Collection(ConsoleRedirection.Name)]
public partial class ReadmeExampleTest
{
    [Fact]
    public void ReadmeExample_IsTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root(), "README.md"));
        var readmeBlock = ReadmeCSharpBlock().Match(readme).Groups["code"].Value;
        var source = File.ReadAllText(Path.Combine(Repository.Root(), "tests", "ParticipatoryGovernance.Tests", "ReadmeExampleTest.cs"));
        var region = ExampleRegion().Match(source).Groups["code"].Value;

        Normalize(readmeBlock).Should().NotBeEmpty().And.Be(Normalize(region));
    }

    [Fact]
    public void ReadmeExample_PrintsWhatItsCommentsSay()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(original);
        }

        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "یکشنبه ۹ اردیبهشت ۱۴۰۳",
            "True",
            "سارا ر.",
            "1",
            "day 30 does not exist; Esfand 1404 has 29 days");
    }

    private static void Example()
    {
        #region readme-example
        // A city adopts the model: Rafsanjan's charter, with nine-seat councils.
        var charter = RafsanjanPreset.Charter with { CouncilSeats = 9 };
        var city = Municipality.Create(MunicipalityId.New(), new LocalizedText("شهرداری نمونه", "Sample Municipality"), charter).Value;
        city.LaunchPhase(ProgrammePhase.CitizenIdeas, PersianDates.FromSolarHijri(1404, 1, 15)).ThrowIfFailed();

        // A neighbourhood centred on its mosque, and a resident born in the 1380s.
        var neighbourhood = new Neighbourhood(NeighbourhoodId.New(), city.Id, 1,
            new LocalizedText("محله امام", "Imam neighbourhood"),
            CommunityAnchor.Mosque(new LocalizedText("مسجد جامع", "Friday Mosque")));
        var sara = new Resident(ResidentId.New(), neighbourhood.Id, new PersonName("سارا", "رضایی"), Gender.Female,
            PersianDates.FromSolarHijri(1387, 5, 10));

        // Dates are Solar Hijri for people and ISO inside.
        var day = PersianDates.FromSolarHijri(1403, 2, 9);
        Console.WriteLine(PersianDates.FormatLong(day));               // یکشنبه ۹ اردیبهشت ۱۴۰۳
        Console.WriteLine(sara.BelongsTo(charter.YouthCohort));        // True
        Console.WriteLine(sara.ToPublicProfile(day).DisplayName);      // سارا ر.

        // Queries are specifications: evaluated in memory here, by the database with the EF Core package.
        var youth = new ResidentsInCohortSpec(charter.YouthCohort, neighbourhood.Id).Evaluate([sara]);
        Console.WriteLine(youth.Count());                              // 1

        // Bad input gives a reason, not an exception and not a wrong date.
        var parsed = PersianDates.Parse("1404/12/30");
        Console.WriteLine(parsed.Success ? "ok" : parsed.Exception.Message); // day 30 does not exist; Esfand 1404 has 29 days

        // In an application, register the model once; the options are validated at start-up.
        var services = new ServiceCollection().AddParticipatoryGovernance(options => options.Charter = charter);
        #endregion
        services.Should().NotBeEmpty();
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));


    [GeneratedRegex(@"## Use it.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeCSharpBlock();

    [GeneratedRegex(@"#region readme-example\n(?<code>.*?)#endregion", RegexOptions.Singleline)]
    private static partial Regex ExampleRegion();
}

/// <summary>Tests that redirect <see cref="Console.Out"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleRedirection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console";
}
