using System.Globalization;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Tests.Common;

public partial class RialsTest
{
    [Theory]
    [InlineData(0L, "۰ ریال", "0 rials")]
    [InlineData(1L, "۱ ریال", "1 rial")]
    [InlineData(999L, "۹۹۹ ریال", "999 rials")]
    [InlineData(1_000L, "۱٬۰۰۰ ریال", "1,000 rials")]
    [InlineData(12_500_000L, "۱۲٬۵۰۰٬۰۰۰ ریال", "12,500,000 rials")]
    [InlineData(long.MaxValue, "۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۷ ریال", "9,223,372,036,854,775,807 rials")]
    public void Format_GroupsThousands_InPersianAndEnglish(long amount, string persian, string english)
    {
        var rials = new Rials(amount);

        rials.Format().Should().Be(persian);
        rials.FormatLatin().Should().Be(english);
        rials.ToString().Should().Be(english);
    }

    [Fact]
    public void Format_IsTheSame_WhateverTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            new Rials(1_234_567).FormatLatin().Should().Be("1,234,567 rials");
            CultureInfo.CurrentCulture = new CultureInfo("fa-IR");
            new Rials(1_234_567).Format().Should().Be("۱٬۲۳۴٬۵۶۷ ریال");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Constructor_Throws_ForANegativeAmount()
    {
        FluentActions.Invoking(() => new Rials(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FromTomans_MultipliesByTen_AndRefusesWhatDoesNotFit()
    {
        Rials.FromTomans(150_000).Should().Be(new Rials(1_500_000));
        FluentActions.Invoking(() => Rials.FromTomans(-5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Rials.FromTomans((long.MaxValue / 10) + 1)).Should().Throw<OverflowException>();
    }

    [Fact]
    public void Plus_AddsExactly_AndRefusesOverflow()
    {
        (new Rials(9_007_199_254_740_993) + new Rials(1)).Amount.Should().Be(9_007_199_254_740_994, "a double could not hold this sum exactly");
        new Rials(5).Plus(Rials.Zero).Should().Be(new Rials(5));
        FluentActions.Invoking(() => new Rials(long.MaxValue) + new Rials(1)).Should().Throw<OverflowException>();
    }

    [Fact]
    public void Comparison_OrdersByAmount_AndDefaultIsZero()
    {
        var small = new Rials(10);
        var large = new Rials(20);

        (small < large).Should().BeTrue();
        (large > small).Should().BeTrue();
        (small <= new Rials(10)).Should().BeTrue();
        (large >= new Rials(21)).Should().BeFalse();
        new[] { large, Rials.Zero, small }.Order().Should().Equal(Rials.Zero, small, large);
        System.Collections.Comparer.Default.Compare(large, small).Should().BePositive("in-memory specifications compare boxed keys");
        ((IComparable)small).CompareTo(null).Should().BePositive();
        FluentActions.Invoking(() => ((IComparable)small).CompareTo(10L)).Should().Throw<ArgumentException>();
        default(Rials).Should().Be(Rials.Zero);
        Rials.Zero.Amount.Should().Be(0);
    }
}
