using System.Buffers.Binary;
using NodaTime;

namespace ParticipatoryGovernance.Workload;

/// <summary>
/// A seeded <see cref="Random"/> with the draws the generator needs, including identifiers: the same seed and
/// stream give the same numbers and the same GUIDs on every run and machine.
/// </summary>
/// <remarks>
/// Each part of the city draws from its own stream (derived from the seed and a stream number), so changing how
/// many numbers one part draws does not reshuffle the others. Not thread-safe.
/// </remarks>
internal sealed class SeededRandom
{
    private readonly Random _random;
    private readonly byte[] _bytes = new byte[10];

    public SeededRandom(int seed, int stream) => _random = new Random(Derive(seed, stream));

    /// <summary>A number from 0 to <paramref name="maxExclusive"/> - 1.</summary>
    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    /// <summary>A number from <paramref name="minInclusive"/> to <paramref name="maxExclusive"/> - 1.</summary>
    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            total += weights[i];
        }

        var target = _random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0 && weights[i] > 0)
            {
                return i;
            }
        }

        for (var i = weights.Count - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        throw new ArgumentException("At least one weight must be positive.", nameof(weights));
    }

    /// <summary>Shuffles the list in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Takes <paramref name="count"/> different items of <paramref name="items"/> (all of them if there are fewer), in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        count = Math.Min(count, items.Count);
        var taken = new List<T>(count);
        if (count * 3 > items.Count)
        {
            var all = items.ToList();
            Shuffle(all);
            taken.AddRange(all.Take(count));
            return taken;
        }

        var seen = new HashSet<int>();
        while (taken.Count < count)
        {
            var index = _random.Next(items.Count);
            if (seen.Add(index))
            {
                taken.Add(items[index]);
            }
        }

        return taken;
    }

    /// <summary>
    /// A version 7 GUID whose timestamp is <paramref name="createdAt"/> and whose other 74 bits come from this stream,
    /// so identifiers sort roughly by when their record came into being, as the library's own <c>New()</c> ids do,
    /// yet repeat exactly for the same seed.
    /// </summary>
    public Guid NextGuid(Instant createdAt)
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = Math.Max(0L, createdAt.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt64BigEndian(bytes[..8], milliseconds << 16);
        _random.NextBytes(_bytes);
        _bytes.CopyTo(bytes[6..]);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>
    /// Splits <paramref name="total"/> into <paramref name="parts"/> whole shares that add up exactly, each at least
    /// <paramref name="minimum"/>, varying by up to <paramref name="jitter"/> (a fraction of the even share).
    /// </summary>
    public int[] Apportion(long total, int parts, int minimum = 0, double jitter = 0.3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parts);
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        if ((long)minimum * parts > total)
        {
            throw new ArgumentException($"Cannot give each of {parts} parts at least {minimum} from a total of {total}.", nameof(total));
        }

        var weights = new double[parts];
        var sum = 0.0;
        for (var i = 0; i < parts; i++)
        {
            weights[i] = 1 + (jitter * ((2 * _random.NextDouble()) - 1));
            sum += weights[i];
        }

        var spare = total - ((long)minimum * parts);
        var shares = new int[parts];
        var given = 0L;
        var remainders = new double[parts];
        for (var i = 0; i < parts; i++)
        {
            var exact = spare * weights[i] / sum;
            var whole = (long)Math.Floor(exact);
            shares[i] = checked(minimum + (int)whole);
            remainders[i] = exact - whole;
            given += whole;
        }

        // Hand out what rounding down left over to the largest remainders; ties go to the lower index.
        var order = Enumerable.Range(0, parts).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; given < spare; k = (k + 1) % parts, given++)
        {
            shares[order[k]]++;
        }

        return shares;
    }

    /// <summary>Mixes the seed and the stream number (SplitMix64) into a seed for one stream.</summary>
    internal static int Derive(int seed, int stream)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32 | (uint)stream) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
