using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Tests.Calendar;

/// <summary>Tests of <see cref="SolarHijriFormatException"/>.</summary>
public class SolarHijriFormatExceptionTest
{
    [Fact]
    public void Constructor_KeepsReason_AndUsesEnglishAsMessage()
    {
        var reason = new LocalizedText("ماه ۱۳ وجود ندارد.", "month 13 does not exist");

        var exception = new SolarHijriFormatException(reason);

        exception.Reason.Should().BeSameAs(reason);
        exception.Message.Should().Be("month 13 does not exist");
        exception.Should().BeAssignableTo<FormatException>();
    }

    [Fact]
    public void Constructor_Throws_WhenReasonIsNull()
    {
        FluentActions.Invoking(() => new SolarHijriFormatException(null!))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "reason");
    }
}
