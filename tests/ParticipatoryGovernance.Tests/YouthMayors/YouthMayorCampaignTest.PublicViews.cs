using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors;
using static ParticipatoryGovernance.Tests.YouthMayors.CampaignScenario;

namespace ParticipatoryGovernance.Tests.YouthMayors;

public partial class YouthMayorCampaignTest
{
    /// <summary>The types a public page may show: profiles, figures and election results.</summary>
    private static readonly Type[] PublicViewTypes =
    [
        typeof(YouthMayorPublicProfile), typeof(YouthTeamMemberPublicProfile), typeof(YouthMayorFigures), typeof(SupplementaryVoteResult),
    ];

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static CampaignScenario WithFullTeam(out Resident mayor, out List<Resident> members)
    {
        var scenario = new CampaignScenario();
        mayor = scenario.Resident(scenario.North, Gender.Female, 1386, 7, 20);
        var mayorId = scenario.Select(mayor, scenario.InterviewedAndSelecting(mayor).Single());
        members = scenario.FillTeam(mayorId, SelectionOn);
        return scenario;
    }

    [Fact]
    public void PublicViewTypes_HaveNoDateProperty_AtAnyDepth()
    {
        foreach (var type in PublicViewTypes)
        {
            DatePropertiesOf(type, []).Should().BeEmpty("{0} is a public view and must not carry a birth date or any date of a person", type.Name);
        }

        // The check finds dates where they are: the application, which is not a public view, has some.
        DatePropertiesOf(typeof(YouthMayorApplication), []).Should().Contain("YouthMayorApplication.AppliedOn");
    }

    [Fact]
    public void PublicProfiles_ShowNoBirthDate_WhenSerialised()
    {
        var scenario = WithFullTeam(out var mayor, out var members);

        var profiles = scenario.Campaign.PublicProfiles([mayor, .. members], TermOn);
        // Unescaped, so that Persian digits would show as themselves.
        var json = JsonSerializer.Serialize(profiles, Unescaped);
        json.Should().Contain(mayor.Name.GivenName);

        foreach (var person in members.Prepend(mayor))
        {
            var birth = person.DiscloseBirthDate();
            json.Should().NotContain(birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .And.NotContain(PersianDates.FormatNumericLatin(birth))
                .And.NotContain(PersianDates.Format(birth))
                .And.NotContain(PersianDates.FormatLatin(birth));
        }

        json.Should().NotContain("Birth");
    }

    [Fact]
    public void PublicProfiles_ShowTheTeamWithFields_AndOnlyGivenNameAndInitialForMinors()
    {
        var scenario = WithFullTeam(out var mayor, out var members);

        var profile = scenario.Campaign.PublicProfiles([mayor, .. members, scenario.Resident(scenario.South, Gender.Male)], TermOn).Single();

        profile.Person.Id.Should().Be(mayor.Id);
        profile.Person.DisplayName.Should().Be(mayor.Name.GivenNameAndInitial);
        profile.Person.IsMinor.Should().BeTrue();
        profile.Person.AgeBand.Should().Be(AgeBand.From13To17);
        profile.NeighbourhoodId.Should().Be(scenario.North.Id);
        profile.TeamSeats.Should().Be(9);
        profile.IsTeamComplete.Should().BeTrue();
        profile.Team.Select(m => m.Person.Id).Should().Equal(members.Select(m => m.Id));
        profile.Team[0].UrbanFieldKey.Should().Be("environment");
        profile.Team[0].UrbanField.Persian.Should().Be("محیط زیست");
    }

    [Fact]
    public void PublicProfiles_Throws_WhenAPersonOfTheCampaignIsMissing()
    {
        var scenario = WithFullTeam(out var mayor, out var members);

        FluentActions.Invoking(() => scenario.Campaign.PublicProfiles([mayor, .. members.Skip(1)], TermOn)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => scenario.Campaign.PublicProfiles(null!, TermOn)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Participations_AreEmptyBeforeTheTerm_ThenRecordEveryYouthMayorAndTeamMember()
    {
        var scenario = WithFullTeam(out var mayor, out var members);
        var youthMayor = scenario.Campaign.YouthMayors.Single();
        scenario.Campaign.Participations().Should().BeEmpty("nobody has served before the term starts");
        scenario.Advance(CampaignStage.Training, TrainingOn);
        scenario.Advance(CampaignStage.Term, TermOn);

        var records = scenario.Campaign.Participations();

        records.Should().HaveCount(10);
        records.Should().ContainSingle(p => p.Kind == ParticipationKind.YouthMayorServed)
            .Which.Should().Be(new Participation(mayor.Id, scenario.North.Id, ParticipationKind.YouthMayorServed, TermOn, scenario.Campaign.Id.Value));
        records.Where(p => p.Kind == ParticipationKind.YouthTeamServed).Should().BeEquivalentTo(
            members.Select(m => new Participation(m.Id, scenario.North.Id, ParticipationKind.YouthTeamServed, TermOn, youthMayor.Id.Value)));
    }

    [Fact]
    public void RefusalMessages_DoNotDependOnTheCurrentCulture()
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            var messages = new[] { "en-US", "fa-IR", "ar-SA", "de-DE" }.Select(culture =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                var scenario = WithYouthMayor(out var mayorId, RafsanjanPreset.Charter with { YouthTeamSize = 1 });
                scenario.FillTeam(mayorId, SelectionOn);
                return scenario.Campaign.AddTeamMember(mayorId, scenario.Resident(scenario.North, Gender.Male, 1381), scenario.North, Environment, SelectionOn)
                    .Violations.Single().Message;
            }).ToList();

            messages.Should().AllBeEquivalentTo(messages[0]);
            messages[0].English.Should().Be("This youth mayor's team already has all 1 members.");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static List<string> DatePropertiesOf(Type type, HashSet<Type> seen)
    {
        var found = new List<string>();
        if (!seen.Add(type))
        {
            return found;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(LocalDate) || propertyType == typeof(LocalDateTime) || propertyType == typeof(Instant) || propertyType == typeof(DateTime))
            {
                found.Add($"{type.Name}.{property.Name}");
            }

            foreach (var inner in propertyType.IsGenericType ? propertyType.GetGenericArguments().Append(propertyType) : [propertyType])
            {
                if (inner.Assembly == typeof(YouthMayorCampaign).Assembly)
                {
                    found.AddRange(DatePropertiesOf(inner, seen));
                }
            }
        }

        return found;
    }
}
