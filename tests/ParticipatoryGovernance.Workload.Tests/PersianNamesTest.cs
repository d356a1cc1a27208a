using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Workload;

namespace ParticipatoryGovernance.Workload.Tests;

public class PersianNamesTest
{
    [Fact]
    public void Lists_HoldSixtyGivenNamesEachAndAHundredAndFiftyFamilyNames_AllDifferent()
    {
        PersianNames.MaleGivenNames.Should().HaveCount(60).And.OnlyHaveUniqueItems();
        PersianNames.FemaleGivenNames.Should().HaveCount(60).And.OnlyHaveUniqueItems();
        PersianNames.FamilyNames.Should().HaveCount(150).And.OnlyHaveUniqueItems();
        PersianNames.MaleGivenNames.Should().NotIntersectWith(PersianNames.FemaleGivenNames);
        PersianNames.GivenNamesFor(Gender.Female).Should().BeSameAs(PersianNames.FemaleGivenNames);
        PersianNames.MaleGivenNames.Concat(PersianNames.FemaleGivenNames).Concat(PersianNames.FamilyNames)
            .Should().OnlyContain(name => name.All(IsPersianScript), "names are written in Persian script");
    }

    [Fact]
    public void MosqueNames_AreDistinct_AndCarryTheNeighbourhoodsNumberWhenTheListRepeats()
    {
        var first = Enumerable.Range(0, MosqueNames.Count).Select(i => MosqueNames.Of(i, i + 1)).ToList();

        first.Select(n => n.Persian).Should().OnlyHaveUniqueItems();
        first.Select(n => n.English).Should().OnlyHaveUniqueItems();
        first.Should().Contain(n => n.Persian == "مسجد امام حسین" && n.English == "Imam Hossein Mosque");
        var repeated = MosqueNames.Of(MosqueNames.Count, 120);
        repeated.Persian.Should().Be($"{first[0].Persian} (محله ۱۲۰)");
        repeated.English.Should().Be($"{first[0].English} (Neighbourhood 120)");
        FluentActions.Invoking(() => MosqueNames.Of(-1, 1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static bool IsPersianScript(char c) => c is (>= '\u0600' and <= '\u06FF') or '\u200C' or ' ';
}
