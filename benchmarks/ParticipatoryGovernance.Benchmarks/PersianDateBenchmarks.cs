using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Benchmarks;

/// <summary>
/// Solar Hijri conversion, formatting with Persian digits and parsing, against the plain BCL route
/// (System.Globalization.PersianCalendar, ToString, then digit replacement). Each benchmark handles
/// the same 1,000 dates spread over 1300–1500 SH; times are per date.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PersianDateBenchmarks
{
    private const int Count = 1000;
    private static readonly PersianCalendar Bcl = new();

    private readonly LocalDate[] _dates = new LocalDate[Count];
    private readonly DateTime[] _dateTimes = new DateTime[Count];
    private readonly string[] _persianText = new string[Count];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1403);
        var first = new LocalDate(1921, 3, 21);
        for (var i = 0; i < Count; i++)
        {
            _dates[i] = first.PlusDays(random.Next(0, 73_000));
            _dateTimes[i] = _dates[i].ToDateTimeUnspecified();
            _persianText[i] = PersianDates.Format(_dates[i]);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Convert")]
    public int Convert_Bcl()
    {
        var sum = 0;
        foreach (var dateTime in _dateTimes)
        {
            sum += Bcl.GetYear(dateTime) + Bcl.GetMonth(dateTime) + Bcl.GetDayOfMonth(dateTime);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Convert")]
    public int Convert_PersianDates()
    {
        var sum = 0;
        foreach (var date in _dates)
        {
            var solar = PersianDates.ToSolarHijri(date);
            sum += solar.Year + solar.Month + solar.Day;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Format")]
    public int Format_Bcl()
    {
        var length = 0;
        foreach (var dateTime in _dateTimes)
        {
            var latin = string.Format(CultureInfo.InvariantCulture, "{0:0000}/{1:00}/{2:00}", Bcl.GetYear(dateTime), Bcl.GetMonth(dateTime), Bcl.GetDayOfMonth(dateTime));
            var persian = new StringBuilder(latin.Length);
            foreach (var c in latin)
            {
                persian.Append(c is >= '0' and <= '9' ? (char)('۰' + (c - '0')) : c);
            }

            length += persian.ToString().Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Format")]
    public int Format_PersianDates()
    {
        var length = 0;
        foreach (var date in _dates)
        {
            length += PersianDates.Format(date).Length;
        }

        return length;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Parse")]
    public long Parse_Bcl()
    {
        long ticks = 0;
        foreach (var text in _persianText)
        {
            var latin = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                latin.Append(c is >= '۰' and <= '۹' ? (char)('0' + (c - '۰')) : c);
            }

            var parts = latin.ToString().Split('/');
            var dateTime = Bcl.ToDateTime(
                int.Parse(parts[0], CultureInfo.InvariantCulture),
                int.Parse(parts[1], CultureInfo.InvariantCulture),
                int.Parse(parts[2], CultureInfo.InvariantCulture),
                0, 0, 0, 0);
            ticks += dateTime.Ticks;
        }

        return ticks;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Parse")]
    public long Parse_PersianDates()
    {
        long days = 0;
        foreach (var text in _persianText)
        {
            days += PersianDates.Parse(text).Value.DayOfYear;
        }

        return days;
    }
}
