using NodaTime;
using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Workload.Tests;

public class SeededRandomTest
{
    private static readonly Instant Noon = Instant.FromUtc(2024, 5, 18, 8, 30);

    [Fact]
    public void NextGuid_IsAVersion7GuidDatedByTheRecord_AndRepeatsForTheSameSeedAndStream()
    {
        var a = new SeededRandom(5, 1);
        var b = new SeededRandom(5, 1);

        var first = Enumerable.Range(0, 100).Select(_ => a.NextGuid(Noon)).ToList();
        var again = Enumerable.Range(0, 100).Select(_ => b.NextGuid(Noon)).ToList();

        again.Should().Equal(first);
        first.Should().OnlyHaveUniqueItems();
        first.Should().OnlyContain(g => g.Version == 7 && (g.Variant & 0b1100) == 0b1000);
        var text = first[0].ToString("N");
        Convert.ToInt64(text[..12], 16).Should().Be(Noon.ToUnixTimeMilliseconds());
    }

    [Fact]
    public void NextGuid_Differs_ForAnotherStreamOrSeed()
    {
        var guid = new SeededRandom(5, 1).NextGuid(Noon);

        new SeededRandom(5, 2).NextGuid(Noon).Should().NotBe(guid);
        new SeededRandom(6, 1).NextGuid(Noon).Should().NotBe(guid);
    }

    [Theory]
    [InlineData(350, 50, 1)]
    [InlineData(1_000_000, 374, 0)]
    [InlineData(7, 7, 1)]
    [InlineData(0, 3, 0)]
    public void Apportion_AddsUpExactly_WithEveryShareAtLeastTheMinimum(long total, int parts, int minimum)
    {
        var shares = new SeededRandom(1, 1).Apportion(total, parts, minimum);

        shares.Should().HaveCount(parts);
        shares.Sum(s => (long)s).Should().Be(total);
        shares.Should().OnlyContain(s => s >= minimum);
    }

    [Fact]
    public void Apportion_Throws_WhenTheMinimumCannotBeMet() =>
        FluentActions.Invoking(() => new SeededRandom(1, 1).Apportion(5, 3, minimum: 2)).Should().Throw<ArgumentException>();

    [Fact]
    public void Sample_TakesDifferentItems_AndNoMoreThanThereAre()
    {
        var random = new SeededRandom(3, 3);
        var items = Enumerable.Range(0, 100).ToList();

        random.Sample(items, 10).Should().HaveCount(10).And.OnlyHaveUniqueItems();
        random.Sample(items, 90).Should().HaveCount(90).And.OnlyHaveUniqueItems();
        random.Sample(items, 500).Should().BeEquivalentTo(items);
    }

    [Fact]
    public void Derive_GivesEachStreamItsOwnSeed()
    {
        var seeds = Enumerable.Range(1, 8).Select(stream => SeededRandom.Derive(1403, stream)).ToList();

        seeds.Should().OnlyHaveUniqueItems();
        seeds.Should().OnlyContain(s => s >= 0);
        SeededRandom.Derive(1403, 1).Should().Be(SeededRandom.Derive(1403, 1));
    }
}
