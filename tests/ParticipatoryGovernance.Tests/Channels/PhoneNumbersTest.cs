using ParticipatoryGovernance.Channels;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Tests.Channels;

/// <summary>Phone numbers as people and gateways write them, into E.164.</summary>
public sealed class PhoneNumbersTest
{
    [Theory]
    [InlineData("09121234567", "+989121234567")]
    [InlineData("9121234567", "+989121234567")]
    [InlineData("+989121234567", "+989121234567")]
    [InlineData("00989121234567", "+989121234567")]
    [InlineData("989121234567", "+989121234567")]
    [InlineData("۰۹۱۲۱۲۳۴۵۶۷", "+989121234567")]
    [InlineData("٠٩١٢١٢٣٤٥٦٧", "+989121234567")]
    [InlineData("+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷", "+989121234567")]
    [InlineData(" 0912-123-4567 ", "+989121234567")]
    [InlineData("(0912) 123.4567", "+989121234567")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("0044 20 7946 0958", "+442079460958")]
    public void Normalize_WritesE164(string input, string expected) => PhoneNumbers.Normalize(input).Should().Be(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("02112345678")]
    [InlineData("0912123456")]
    [InlineData("091212345678")]
    [InlineData("+98212345678")]
    [InlineData("+0912")]
    [InlineData("+1234567")]
    [InlineData("+1234567890123456")]
    [InlineData("0912abc4567")]
    [InlineData("++989121234567")]
    [InlineData("0912+1234567")]
    [InlineData("<script>")]
    [InlineData("0912123456709121234567091212345670912123456709121234567")]
    public void Normalize_RefusesWhatIsNotAPhoneNumber(string? input) => PhoneNumbers.Normalize(input).Should().BeNull();

    [Fact]
    public void Mask_HidesTheMiddle() => PhoneNumbers.Mask("+989121234567").Should().Be("+98912***4567");

    [Fact]
    public async Task TheInMemoryDirectory_KeepsOneResidentPerNumber_AndRefusesUnnormalisedNumbers()
    {
        var directory = new InMemoryPhoneDirectory();
        var city = MunicipalityId.New();
        var first = ResidentId.New();
        var second = ResidentId.New();

        await directory.SetAsync(new PhoneResident("+989121234567", city, first));
        await directory.SetAsync(new PhoneResident("+989121234567", city, second, "en"));

        (await directory.FindAsync("+989121234567")).Should().Be(new PhoneResident("+989121234567", city, second, "en"));
        await directory.Invoking(d => d.SetAsync(new PhoneResident("09121234567", city, first))).Should().ThrowAsync<ArgumentException>();
        await directory.Invoking(d => d.SetAsync(new PhoneResident("+989121234567", city, first, "de"))).Should().ThrowAsync<ArgumentException>();
        await directory.RemoveAsync("+989121234567");
        (await directory.FindAsync("+989121234567")).Should().BeNull();
    }
}
