using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Neighbourhoods;
using static ParticipatoryGovernance.Tests.Ideas.IdeaScenario;

namespace ParticipatoryGovernance.Tests.Ideas;

public partial class IdeaDraftTest
{
    [Fact]
    public void Constructor_TrimsTheTexts_AndKeepsTheRest()
    {
        var draft = new IdeaDraft("  پیاده‌رو  ", "\nپیاده‌روی خیابان امام را پهن کنیم.\n", Field("traffic"), North, new Rials(1));

        draft.Title.Should().Be("پیاده‌رو");
        draft.Description.Should().Be("پیاده‌روی خیابان امام را پهن کنیم.");
        draft.Field.Key.Should().Be("traffic");
        draft.NeighbourhoodId.Should().Be(North);
        draft.EstimatedCost.Should().Be(new Rials(1));
    }

    [Fact]
    public void Constructor_Throws_ForBlankOrTooLongTexts_AnEmptyNeighbourhoodOrNoField()
    {
        FluentActions.Invoking(() => new IdeaDraft(" ", "شرح", Field("sport"))).Should().Throw<ArgumentException>().WithParameterName("title");
        FluentActions.Invoking(() => new IdeaDraft("عنوان", "", Field("sport"))).Should().Throw<ArgumentException>().WithParameterName("description");
        FluentActions.Invoking(() => new IdeaDraft(new string('ع', IdeaDraft.MaxTitleLength + 1), "شرح", Field("sport"))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new IdeaDraft("عنوان", new string('ش', IdeaDraft.MaxDescriptionLength + 1), Field("sport"))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new IdeaDraft("عنوان", "شرح", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new IdeaDraft("عنوان", "شرح", Field("sport"), new NeighbourhoodId(Guid.Empty))).Should().Throw<ArgumentException>().WithParameterName("neighbourhoodId");
        new IdeaDraft(new string('ع', IdeaDraft.MaxTitleLength), "شرح", Field("sport")).Title.Should().HaveLength(IdeaDraft.MaxTitleLength);
    }
}
