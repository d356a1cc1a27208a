using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Workload.Tests;

public class ConsoleProgressBarTest
{
    [Fact]
    public void Report_RedrawsOneLinePerStage_WithBarPercentAndCounts()
    {
        using var output = new StringWriter();
        var bar = new ConsoleProgressBar(output, width: 10);

        bar.Report(new GenerationProgress("ideas", 0, 4));
        bar.Report(new GenerationProgress("ideas", 2, 4));
        bar.Report(new GenerationProgress("ideas", 4, 4));
        bar.Report(new GenerationProgress("campaign", 6, 6));
        bar.Complete();

        var lines = output.ToString().Split(Environment.NewLine);
        lines.Should().HaveCount(3, "a line per stage and the end of the last");
        var redraws = lines[0].Split('\r', StringSplitOptions.RemoveEmptyEntries);
        redraws.Should().HaveCount(3);
        redraws[1].Should().Contain("[#####.....]").And.Contain(" 50%").And.Contain("2/4");
        redraws[2].Should().StartWith("ideas").And.Contain("[##########]").And.Contain("100%").And.Contain("4/4");
        lines[1].Should().Contain("campaign").And.Contain("6/6");
        lines[2].Should().BeEmpty();
    }

    [Fact]
    public void Report_SkipsRedrawing_WhileThePercentageStaysTheSame()
    {
        using var output = new StringWriter();
        var bar = new ConsoleProgressBar(output);

        for (var done = 0; done <= 1000; done++)
        {
            bar.Report(new GenerationProgress("residents", done, 1000));
        }

        output.ToString().Count(c => c == '\r').Should().Be(101);
    }

    [Fact]
    public void Report_ShowsThousandsSeparators_WhateverTheCurrentCulture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fa-IR");
            using var output = new StringWriter();

            new ConsoleProgressBar(output).Report(new GenerationProgress("ideas", 150_000, 300_000));

            output.ToString().Should().Contain("150,000/300,000").And.Contain(" 50%");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData(9)]
    [InlineData(201)]
    public void Constructor_Throws_ForAWidthOutside10To200(int width) =>
        FluentActions.Invoking(() => new ConsoleProgressBar(TextWriter.Null, width)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Fraction_IsOne_ForAnEmptyStage_AndClamped()
    {
        new GenerationProgress("x", 0, 0).Fraction.Should().Be(1);
        new GenerationProgress("x", 1, 4).Fraction.Should().Be(0.25);
        new GenerationProgress("x", 5, 4).Fraction.Should().Be(1);
    }
}
