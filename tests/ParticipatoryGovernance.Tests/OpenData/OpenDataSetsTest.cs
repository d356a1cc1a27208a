using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.OpenData;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.OpenData;

/// <summary>What each open-data set publishes, and what it never does, computed in memory.</summary>
public class OpenDataSetsTest
{
    private static readonly LocalDate AsOf = Make.Solar(1403, 2, 9);
    private static readonly Municipality City = CityWithoutActiveCitizenRule();
    private static readonly Neighbourhood North = Make.Neighbourhood(1);
    private static readonly Neighbourhood South = Make.Neighbourhood(2);

    [Fact]
    public void CouncilRosters_NamesAdultsAndWithholdsMinorsNames()
    {
        var council = Council.Form(CouncilId.New(), City, North, CouncilKind.Neighbourhood, Make.Solar(1402, 7, 1), Make.Solar(1406, 6, 31), []).Value;
        var adult = Make.Resident(North.Id, "زهرا", "احمدی", Gender.Female, 1360, 5, 10);
        var minor = Make.Resident(North.Id, "کیانا", "نوجوان", Gender.Female, 1387, 3, 3);
        council.Appoint(adult, CouncilRole.Chair, Make.Solar(1402, 7, 1)).ThrowIfFailed();
        // Seated where the charter's age of majority is 15 (the lowest a charter allows); the roster still withholds under 18.
        council.Appoint(minor, CouncilRole.Member, Make.Solar(1402, 7, 1), ageOfMajority: 15).ThrowIfFailed();

        var table = OpenDataSets.CouncilRosters([council], [North, South], [adult, minor], AsOf, ageOfMajority: 18);

        table.Name.Should().Be("council-rosters");
        table.ValuesOf("member").Should().Equal(new object?[] { "زهرا احمدی", null });
        table.ValuesOf("name_withheld").Should().Equal(false, true);
        table.ValuesOf("role").Should().Equal("chair", "member");
        table.ValuesOf("seated_on_solar_hijri").Should().Equal("1402/07/01", "1402/07/01");
        AllText(table).Should().NotContain("کیانا").And.NotContain("نوجوان").And.NotContain("1387").And.NotContain("1360");
    }

    [Fact]
    public void CouncilRosters_NamesAMemberWhoCameOfAge_ByTheDate()
    {
        var council = Council.Form(CouncilId.New(), City, North, CouncilKind.Neighbourhood, Make.Solar(1402, 7, 1), Make.Solar(1406, 6, 31), []).Value;
        var member = Make.Resident(North.Id, "آرش", "کمالی", Gender.Male, 1385, 1, 1);
        council.Appoint(member, CouncilRole.Member, Make.Solar(1402, 7, 1), ageOfMajority: 15).ThrowIfFailed();

        OpenDataSets.CouncilRosters([council], [North], [member], Make.Solar(1402, 12, 29), 18).ValuesOf("member").Should().Equal([null]);
        OpenDataSets.CouncilRosters([council], [North], [member], Make.Solar(1403, 1, 1), 18).ValuesOf("member").Should().Equal("آرش کمالی");
    }

    [Fact]
    public void Ideas_LeavesOutProposersAndHiddenIdeas()
    {
        var proposer = Make.Resident(North.Id, "کیانا", "نوجوان", Gender.Female, 1387, 3, 3);
        var field = City.Charter.UrbanFields[0];
        var at = AsOf.AtStartOfDayInZone(ParticipatoryGovernance.Calendar.PersianDates.TimeZone).ToInstant();
        var shown = CitizenIdea.Submit(CitizenIdeaId.New(), City, proposer.Id, new IdeaDraft("نیمکت برای پارک", "چند نیمکت در پارک محله بگذاریم.", field, North.Id), at).Value;
        var hidden = CitizenIdea.Submit(CitizenIdeaId.New(), City, proposer.Id, new IdeaDraft("ایدهٔ پنهان", "این ایده پنهان می‌شود.", field), at + Duration.FromHours(1)).Value;
        hidden.Remove(new MunicipalOfficial("moderator-1", "ناظر"), at + Duration.FromHours(2), "تبلیغ").ThrowIfFailed();

        var table = OpenDataSets.Ideas([hidden, shown], [North], City.Charter);

        table.Columns.Should().NotContain(c => c.Contains("proposer", StringComparison.Ordinal));
        table.ValuesOf("title").Should().Equal("نیمکت برای پارک");
        table.ValuesOf("neighbourhood").Should().Equal(1);
        table.ValuesOf("status").Should().Equal("submitted");
        table.ValuesOf("field_en").Should().Equal(field.Name.English);
        table.ValuesOf("submitted_on").Should().Equal("2024-04-28");
        table.ValuesOf("submitted_on_solar_hijri").Should().Equal("1403/02/09");
        AllText(table).Should().NotContain(proposer.Id.ToString()).And.NotContain("کیانا");
    }

    [Fact]
    public void Decisions_GiveEachDecidedItemWithItsTally()
    {
        var voters = Enumerable.Range(0, 4).Select(i => Make.Resident(North.Id, "شهروند", $"شماره {i}", Gender.Male, 1360, 1, 1 + i)).ToList();
        var start = AsOf.AtStartOfDayInZone(ParticipatoryGovernance.Calendar.PersianDates.TimeZone).ToInstant() + Duration.FromHours(18);
        var meeting = NeighbourhoodMeeting.Schedule(MeetingId.New(), North, new LocalizedText("مسجد", "Mosque"), start, City.Charter.Meetings with { MinimumVoters = 3 });
        meeting.AddAgendaItem("سرعت‌گیر در کوچهٔ مدرسه").ThrowIfFailed();
        meeting.AddAgendaItem("بی‌تصمیم").ThrowIfFailed();
        meeting.Open(start).ThrowIfFailed();
        voters.ForEach(v => meeting.RecordAttendance(v, start).ThrowIfFailed());
        meeting.PutToVote(1).ThrowIfFailed();
        meeting.CastVote(1, voters[0].Id, VoteChoice.For, start).ThrowIfFailed();
        meeting.CastVote(1, voters[1].Id, VoteChoice.For, start).ThrowIfFailed();
        meeting.CastVote(1, voters[2].Id, VoteChoice.Against, start).ThrowIfFailed();
        meeting.CastVote(1, voters[3].Id, VoteChoice.Abstain, start).ThrowIfFailed();
        meeting.Decide(1, start + Duration.FromMinutes(30)).ThrowIfFailed();

        var table = OpenDataSets.Decisions([meeting], [North]);

        table.Rows.Should().ContainSingle();
        var row = table.Columns.Zip(table.Rows[0]).ToDictionary(p => p.First, p => p.Second);
        row["neighbourhood"].Should().Be(1);
        row["item"].Should().Be(1);
        row["title"].Should().Be("سرعت‌گیر در کوچهٔ مدرسه");
        (row["votes_for"], row["votes_against"], row["abstentions"], row["attendees"]).Should().Be((2, 1, 1, 4));
        row["quorum_met"].Should().Be(true);
        row["held_on_solar_hijri"].Should().Be("1403/02/09");
    }

    [Fact]
    public void ParticipationDemographics_CountsByNeighbourhoodBandAndGender_AndSuppressesSmallCounts()
    {
        var women = Enumerable.Range(0, 6).Select(i => Make.Resident(North.Id, "زن", $"{i}", Gender.Female, 1370, 1, 1 + i)).ToList();
        var girls = Enumerable.Range(0, 2).Select(i => Make.Resident(North.Id, "دختر", $"{i}", Gender.Female, 1388, 1, 1 + i)).ToList();
        var men = Enumerable.Range(0, 5).Select(i => Make.Resident(South.Id, "مرد", $"{i}", Gender.Male, 1350, 1, 1 + i)).ToList();
        var meeting = Guid.CreateVersion7();
        var participations = women.Take(5).Concat(girls).Concat(men)
            .Select(r => new Participation(r.Id, r.NeighbourhoodId, ParticipationKind.MeetingAttended, Make.Solar(1402, 10, 1), meeting))
            .Append(new Participation(women[0].Id, North.Id, ParticipationKind.IdeaSubmitted, Make.Solar(1402, 11, 1), meeting))
            .Append(new Participation(women[1].Id, North.Id, ParticipationKind.IdeaSubmitted, Make.Solar(1400, 1, 1), meeting));

        var table = OpenDataSets.ParticipationDemographics([.. women, .. girls, .. men], [North, South], participations, Make.Solar(1402, 2, 10), AsOf);

        table.ValuesOf("neighbourhood").Should().Equal(1, 1, 2);
        table.ValuesOf("age_band").Should().Equal("from-13-to-17", "from-30-to-44", "from-45-to-59");
        table.ValuesOf("gender").Should().Equal("female", "female", "male");
        table.ValuesOf("residents").Should().Equal(new object?[] { null, 6, 5 });
        table.ValuesOf("participants").Should().Equal(new object?[] { null, 5, 5 });
        table.ValuesOf("participations").Should().Equal(new object?[] { null, 6, 5 });
        table.ValuesOf("suppressed").Should().Equal(true, false, false);

        OpenDataSets.ParticipationDemographics(girls, [North], [], AsOf, AsOf, smallestCount: 1).ValuesOf("residents").Should().Equal(2);
    }

    [Fact]
    public void ParticipationDemographics_Throws_WhenThePeriodOrThresholdIsWrong()
    {
        FluentActions.Invoking(() => OpenDataSets.ParticipationDemographics([], [], [], AsOf, AsOf, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OpenDataSets.ParticipationDemographics([], [], [], AsOf, AsOf.PlusDays(-1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(IdeaStatus.UnderReview, "under-review")]
    [InlineData(AgeBand.From13To17, "from-13-to-17")]
    [InlineData(DecisionOutcome.NoQuorum, "no-quorum")]
    [InlineData(CouncilKind.Women, "women")]
    public void Code_WritesEnumValuesAsLowerCaseWords(Enum value, string code) => OpenDataSets.Code(value).Should().Be(code);

    private static Municipality CityWithoutActiveCitizenRule()
    {
        var city = RafsanjanPreset.CreateMunicipality(Make.Rafsanjan);
        city.AdoptCharter(RafsanjanPreset.Charter with { CouncilMembersFromActiveCitizens = false }).ThrowIfFailed();
        return city;
    }

    private static string AllText(OpenDataTable table) =>
        string.Join('\n', table.Rows.Select(r => string.Join(',', r.Select(v => v?.ToString()))));
}
