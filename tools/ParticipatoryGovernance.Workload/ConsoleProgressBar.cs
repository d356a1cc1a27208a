using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ParticipatoryGovernance.Workload;

/// <summary>
/// Draws <see cref="CityGenerator"/>'s progress as one line per stage, redrawn in place with a carriage return:
/// <c>ideas and endorsements  [#########...........]  45%  135,000/300,000  12.3 s</c>. No external packages.
/// </summary>
/// <remarks>
/// Redraws only when the shown percentage or the stage changes, so a fast generator does not spend its time writing to
/// the console. Reports must come from one thread at a time, as the generator's do.
/// </remarks>
public sealed class ConsoleProgressBar : IProgress<GenerationProgress>
{
    private readonly TextWriter _output;
    private readonly int _width;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private string? _stage;
    private int _shownPermille = -1;

    /// <summary>Creates a bar that writes to <paramref name="output"/> (default <see cref="Console.Out"/>).</summary>
    /// <param name="output">Where to draw.</param>
    /// <param name="width">Characters in the bar itself, from 10 to 200; default 30.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is outside 10–200.</exception>
    public ConsoleProgressBar(TextWriter? output = null, int width = 30)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 200);
        _output = output ?? Console.Out;
        _width = width;
    }

    /// <inheritdoc />
    public void Report(GenerationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value.Stage);
        var permille = (int)(value.Fraction * 1000);
        if (value.Stage == _stage && permille / 10 == _shownPermille / 10 && value.Done != value.Total)
        {
            return;
        }

        if (_stage is not null && value.Stage != _stage)
        {
            _output.WriteLine();
        }

        _stage = value.Stage;
        _shownPermille = permille;
        _output.Write(Line(value));
        _output.Flush();
    }

    /// <summary>Ends the last line, so whatever is written next starts on a line of its own.</summary>
    public void Complete()
    {
        if (_stage is not null)
        {
            _output.WriteLine();
            _stage = null;
        }
    }

    private string Line(GenerationProgress value)
    {
        var filled = (int)Math.Round(value.Fraction * _width);
        var seconds = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        var line = new StringBuilder("\r");
        line.Append(value.Stage.PadRight(30))
            .Append(" [").Append('#', filled).Append('.', _width - filled).Append("] ")
            .Append(string.Create(CultureInfo.InvariantCulture, $"{value.Fraction * 100,3:0}%  {value.Done:N0}/{value.Total:N0}  {seconds:0.0} s"));
        return line.ToString();
    }
}
