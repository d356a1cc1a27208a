using System.Text.Json;
using Json.Schema;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;

using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Municipalities;

public class GovernanceCharterJsonTest
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(Repository.Root(), "docs", "schemas", "governance-charter.schema.json"));

    private static GovernanceCharter AnotherCity() => RafsanjanPreset.Charter with
    {
        CouncilSeats = 9,
        HasWomensCouncils = false,
        YouthCohort = new BirthCohort(1390),
        YouthMayorSelection = YouthMayorSelection.Election,
        UrbanFields = [new UrbanField("schools", new LocalizedText("مدارس", "Schools").With("ckb", "قوتابخانەکان").With("ar", "المدارس")), new UrbanField("parks", new LocalizedText("پارک‌ها", "Parks"))],
        Meetings = new MeetingRules { Majority = MajorityRule.TwoThirdsOfVotesCast, MinimumVoters = 12 },
        ActiveCitizens = RafsanjanPreset.Charter.ActiveCitizens with { IdeasEndorsed = null },
        Ideas = new IdeaRules { SupportThreshold = 250 },
        Languages = ["ckb", "en", "fa", "ar"],
        DefaultLanguage = "ckb",
    };

    [Fact]
    public void RafsanjanJson_IsRafsanjansCharter()
    {
        GovernanceCharterJson.Deserialize(GovernanceCharterJson.RafsanjanJson).Value.Should().Be(RafsanjanPreset.Charter);
    }

    [Fact]
    public void Serialize_ThenDeserialize_GivesTheSameCharter()
    {
        var charter = AnotherCity();

        var json = GovernanceCharterJson.Serialize(charter);
        var back = GovernanceCharterJson.Deserialize(json).Value;

        back.Should().Be(charter);
        back.ActiveCitizens.IdeasEndorsed.Should().BeNull();
        json.Should().Contain("\"youthMayorSelection\": \"election\"").And.Contain("\"fa\": \"مدارس\"").And.Contain("\"ckb\": \"قوتابخانەکان\"");
        back.UrbanFields[0].Name.In("ar").Should().Be("المدارس");
        back.Languages.Should().Equal("ckb", "en", "fa", "ar");
    }

    [Fact]
    public void Deserialize_GivesDefaults_ForSettingsLeftOut()
    {
        var charter = GovernanceCharterJson.Deserialize("""{ "councilSeats": 11 }""").Value;

        charter.Should().Be(RafsanjanPreset.Charter with { CouncilSeats = 11 });
    }

    [Theory]
    [InlineData("""{ "councilSeat": 7 }""", "$.councilSeat", "could not be read")]
    [InlineData("""{ "councilSeats": "seven" }""", "$.councilSeats", "could not be read")]
    [InlineData("""{ "youthMayorSelection": "lottery" }""", "$.youthMayorSelection", "could not be read")]
    [InlineData("""{ "youthCohort": { "first": 1380 } }""", "'first' is not a property of a birth cohort", "$.youthCohort")]
    [InlineData("""{ "urbanFields": [ { "key": "parks", "name": { "fa": "پارک" } } ] }""", "needs both \"fa\" and \"en\"", "$.urbanFields")]
    [InlineData("""{ "urbanFields": [ { "key": "parks", "name": { "fa": "پارک", "en": "Parks", "Kurdish": "پارک" } } ] }""", "'Kurdish' is not a language of a text", "$.urbanFields")]
    [InlineData("""{ "councilSeats": 7,, }""", "line 1", "could not be read")]
    [InlineData("""{ "councilSeats": 7""", "line 1", "could not be read")]
    public void Deserialize_NamesTheFieldAndTheProblem_ForMalformedCharters(string json, string expected1, string expected2)
    {
        var result = GovernanceCharterJson.Deserialize(json);

        var violation = result.Violations.Should().ContainSingle().Subject;
        violation.Rule.Should().Be("charter.json");
        violation.Message.English.Should().Contain(expected1).And.Contain(expected2);
        violation.Message.Persian.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Deserialize_ReportsAnUrbanFieldKeyTheModelRefuses()
    {
        var result = GovernanceCharterJson.Deserialize("""{ "urbanFields": [ { "key": "Green Spaces", "name": { "fa": "فضای سبز", "en": "Green spaces" } } ] }""");

        result.Violations.Single().Message.English.Should().Contain("'Green Spaces' may hold only lower-case Latin letters");
    }

    [Fact]
    public void Deserialize_RunsTheCharterRules_OnAWellFormedCharter()
    {
        var result = GovernanceCharterJson.Deserialize("""{ "councilSeats": 1, "ideas": { "reportsToHide": 0 }, "defaultLanguage": "en", "languages": ["fa"] }""");

        result.Violations.Select(v => v.Rule).Should().BeEquivalentTo("charter.CouncilSeats", "charter.Ideas.ReportsToHide", "charter.DefaultLanguage");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    public void Deserialize_RefusesEmptyDocuments(string json) =>
        GovernanceCharterJson.Deserialize(json).Violations.Single().Rule.Should().Be("charter.json");

    [Fact]
    public void Schema_AcceptsEveryCharterTheLibraryWrites()
    {
        foreach (var charter in new[] { RafsanjanPreset.Charter, AnotherCity() })
        {
            using var document = JsonDocument.Parse(GovernanceCharterJson.Serialize(charter));
            var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

            result.IsValid.Should().BeTrue(JsonSerializer.Serialize(result));
        }
    }

    [Theory]
    [InlineData("""{ "councilSeat": 7 }""")]
    [InlineData("""{ "councilSeats": 2 }""")]
    [InlineData("""{ "youthMayorSelection": "lottery" }""")]
    [InlineData("""{ "urbanFields": [ { "key": "Parks", "name": { "fa": "پارک", "en": "Parks" } } ] }""")]
    [InlineData("""{ "ideas": { "supportWindow": "90.00:00:00" } }""")]
    [InlineData("""{ "languages": ["fa", "ckb", "fa"] }""")]
    [InlineData("""{ "languages": ["fa", "CKB"] }""")]
    [InlineData("""{ "languages": [] }""")]
    [InlineData("""{ "urbanFields": [ { "key": "parks", "name": { "fa": "پارک", "en": "Parks", "CKB": "پارک" } } ] }""")]
    [InlineData("""{ "urbanFields": [ { "key": "parks", "name": { "fa": "پارک", "en": "Parks", "ckb": " " } } ] }""")]
    public void Schema_RefusesWhatTheLibraryRefuses(string json)
    {
        using var document = JsonDocument.Parse(json);
        Schema.Evaluate(document.RootElement).IsValid.Should().BeFalse();
        GovernanceCharterJson.Deserialize(json).IsFailure.Should().BeTrue();
    }

    [Fact]
    public void EmbeddedPreset_IsWhatTheLibraryWrites_SoItCannotDrift()
    {
        GovernanceCharterJson.RafsanjanJson.Should().Be(GovernanceCharterJson.Serialize(RafsanjanPreset.Charter) + "\n");
    }

}
