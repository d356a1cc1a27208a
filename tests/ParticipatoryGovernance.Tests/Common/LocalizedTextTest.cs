using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Tests.Common;

public sealed class LocalizedTextTest
{
    private static readonly LocalizedText Park = new("پارک", "Park");

    [Fact]
    public void Forms_HoldPersianAndEnglish_WhenOnlyTheBaseLanguagesAreGiven()
    {
        Park.Forms.Should().BeEquivalentTo(new Dictionary<string, string> { ["fa"] = "پارک", ["en"] = "Park" });
        Park.Has("fa").Should().BeTrue();
        Park.Has("ckb").Should().BeFalse();
    }

    [Fact]
    public void With_AddsAForm_AndLeavesTheOriginalUnchanged()
    {
        var kurdish = Park.With("ckb", "پارکی").With("ar", "حديقة");

        kurdish.In("ckb").Should().Be("پارکی");
        kurdish.In("ar").Should().Be("حديقة");
        kurdish.Forms.Keys.Should().BeEquivalentTo("fa", "en", "ckb", "ar");
        kurdish.Has("ckb").Should().BeTrue();
        Park.Has("ckb").Should().BeFalse();
    }

    [Fact]
    public void With_ReplacesTheBaseForms_WhenTheLanguageIsFaOrEn()
    {
        var text = Park.With("en", "Public park").With("fa", "بوستان");

        text.English.Should().Be("Public park");
        text.Persian.Should().Be("بوستان");
        text.Forms.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("CKB")]
    [InlineData("")]
    [InlineData("k")]
    [InlineData("ckb_IQ")]
    [InlineData("fa-")]
    [InlineData("en-GB")]
    [InlineData("ku-abcdefgh-abcdefgh-abcdefgh-abcdefgh")]
    public void With_Throws_WhenTheTagIsNotAWellFormedLowercaseLanguageTag(string tag)
    {
        var act = () => Park.With(tag, "x");

        act.Should().Throw<ArgumentException>().WithParameterName("language");
        LocalizedText.IsLanguageTag(tag).Should().BeFalse();
    }

    [Theory]
    [InlineData("fa")]
    [InlineData("ckb")]
    [InlineData("azb")]
    [InlineData("ar-iq")]
    [InlineData("ku-arab-iq")]
    public void IsLanguageTag_IsTrue_ForWellFormedLowercaseTags(string tag) =>
        LocalizedText.IsLanguageTag(tag).Should().BeTrue();

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void With_Throws_WhenTheTextIsBlank(string text)
    {
        var act = () => Park.With("ckb", text);

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(text));
    }

    [Theory]
    [InlineData("fa", "پارک")]
    [InlineData("fa-IR", "پارک")]
    [InlineData("en", "Park")]
    [InlineData("en-GB", "Park")]
    [InlineData("ckb", "پارکی")]
    [InlineData("ckb-IQ", "پارکی")]
    [InlineData("CKB", "پارکی")]
    [InlineData("ar", "پارک")]
    [InlineData("de", "پارک")]
    public void In_FindsTheExactForm_ElseEnglishForEn_ElsePersian(string language, string expected) =>
        Park.With("ckb", "پارکی").In(language).Should().Be(expected);

    [Fact]
    public void In_WithFallback_TakesTheExactFormFirst_ThenTheFirstFallbackItHas_ThenPersian()
    {
        var text = Park.With("ckb", "پارکی");

        text.In("ckb", ["en"]).Should().Be("پارکی");
        text.In("azb", ["ar", "ckb", "en"]).Should().Be("پارکی");
        text.In("azb", ["ar", "en", "ckb"]).Should().Be("Park");
        text.In("azb", ["ar"]).Should().Be("پارک");
        text.In("azb", []).Should().Be("پارک");
    }

    [Fact]
    public void Equality_CoversEveryForm()
    {
        var a = Park.With("ckb", "پارکی").With("ar", "حديقة");
        var b = Park.With("ar", "حديقة").With("ckb", "پارکی");
        var c = Park.With("ckb", "پارک");

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
        a.Should().NotBe(Park);
        Park.Should().Be(new LocalizedText("پارک", "Park"));
    }

    [Fact]
    public void ToString_ShowsPersianThenEnglish_WhateverOtherFormsItHolds() =>
        Park.With("ckb", "پارکی").ToString().Should().Be("پارک / Park");

    [Fact]
    public void Recognize_RebuildsAStoredLibrarySentence_SoOtherLanguagesReadItWithTheirDigits()
    {
        var stored = ParticipatoryGovernance.Ideas.IdeaRefusal.ReportsReached(3);
        var halves = stored.Split(" / ");

        var text = LocalizedText.Recognize(halves[0], halves[1]);

        text.Template.Should().Be("Reported by {0} residents; hidden until a moderator decides");
        text.English.Should().Be("Reported by 3 residents; hidden until a moderator decides");
        text.Persian.Should().Be(halves[0]);
        text.Has("ar").Should().BeTrue();
        text.In("ar").Should().Contain("٣").And.NotContain("3").And.NotContain("Reported");
        text.In("ckb").Should().Contain("۳").And.NotContain("Reported");
    }

    [Fact]
    public void Recognize_KeepsATextNoTemplateWrote_AsItsTwoForms()
    {
        var text = LocalizedText.Recognize("دلیل ناظر", "The moderator typed this.");

        text.Template.Should().BeNull();
        text.Has("ar").Should().BeFalse();
        text.In("ar").Should().Be("دلیل ناظر");
    }
}
