using ParticipatoryGovernance.EntityFrameworkCore.Notifications;
using ParticipatoryGovernance.EntityFrameworkCore.Tests.TestSupport;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Notifications;
using ParticipatoryGovernance.Notifications.UseCases;

namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Notifications;

/// <summary>A resident may hear from the city in any language its charter lists, and only in those.</summary>
[Collection(DatabaseTests.Name)]
public class NotificationLanguagesTest(DatabaseFixture fixture)
{
    [SkippableTheory]
    [InlineData(Provider.Sqlite)]
    [InlineData(Provider.Postgres)]
    public async Task SetNotificationPreferences_AcceptsEveryCharterLanguage_AndRefusesOthersNamingTheCitysLanguages(Provider provider)
    {
        var charter = RafsanjanPreset.Charter with { Languages = ["ckb", "fa", "en", "ku-arab-iq"], DefaultLanguage = "ckb" };
        var s = await NotificationScenario.CreateAsync(fixture, provider, new World(charter));
        var resident = s.World.Residents[0];

        var kurdish = await SetAsync(s, resident, " CKB ");
        var longTag = await SetAsync(s, resident, "ku-arab-iq");
        var arabic = await SetAsync(s, resident, "ar");

        kurdish.IsSuccess.Should().BeTrue();
        longTag.IsSuccess.Should().BeTrue("a tag longer than five characters is stored whole");
        arabic.Violations.Should().ContainSingle().Which.Rule.Should().Be(NotificationRuleIds.UnknownLanguage);
        arabic.Violations[0].Message.English.Should().Be("The language must be one of the city's languages: ckb, fa, en, ku-arab-iq.");
        await using var db = s.Database.CreateContext();
        (await new NotificationStore(db, s.Clock).PreferencesAsync(resident.Id)).Language.Should().Be("ku-arab-iq");
    }

    private static Task<ParticipatoryGovernance.Common.Result<ParticipatoryGovernance.UseCases.Changed>> SetAsync(NotificationScenario s, ParticipatoryGovernance.Residents.Resident resident, string language) =>
        s.WithStoreAsync((store, notifications) => new SetNotificationPreferencesHandler(store, notifications)
            .HandleAsync(new SetNotificationPreferences(s.World.City.Id, resident.Id, language, true, false, false, false)));
}
