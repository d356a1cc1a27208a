using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Councils.Specifications;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Meetings.Specifications;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.UseCases;

/// <summary>The specifications the meeting and council handlers load through, evaluated in memory.</summary>
public sealed class LookupSpecificationsTest
{
    private static readonly LocalDate FormedOn = Make.Solar(1402, 1, 15);
    private readonly Municipality _city = RafsanjanPreset.CreateMunicipality(Make.Rafsanjan);
    private readonly Neighbourhood _north = Make.Neighbourhood(1);
    private readonly Neighbourhood _south = Make.Neighbourhood(2);

    private Council Form(Neighbourhood neighbourhood, CouncilKind kind) =>
        Council.Form(CouncilId.New(), _city, neighbourhood, kind, FormedOn, FormedOn.PlusYears(4), []).Value;

    private NeighbourhoodMeeting Schedule(Neighbourhood neighbourhood) =>
        NeighbourhoodMeeting.Schedule(MeetingId.New(), neighbourhood, new LocalizedText("مسجد", "Mosque"), Instant.FromUtc(2024, 5, 2, 14, 30), _city.Charter.Meetings);

    [Fact]
    public void NeighbourhoodMeetingByIdSpec_FindsTheMeeting_WhateverItsStatus()
    {
        var meetings = new[] { Schedule(_north), Schedule(_north), Schedule(_south) };
        meetings[1].Cancel("باران", Instant.FromUtc(2024, 5, 1, 0, 0)).ThrowIfFailed();

        new NeighbourhoodMeetingByIdSpec(meetings[1].Id).Evaluate(meetings).Should().ContainSingle().Which.Should().BeSameAs(meetings[1]);
        new NeighbourhoodMeetingByIdSpec(MeetingId.New()).Evaluate(meetings).Should().BeEmpty();
    }

    [Fact]
    public void CouncilByIdSpec_FindsTheCouncil_WhateverItsStatus()
    {
        var councils = new[] { Form(_north, CouncilKind.Neighbourhood), Form(_north, CouncilKind.Women), Form(_south, CouncilKind.Neighbourhood) };
        councils[2].Dissolve(FormedOn.PlusDays(1)).ThrowIfFailed();

        new CouncilByIdSpec(councils[2].Id).Evaluate(councils).Should().ContainSingle().Which.Should().BeSameAs(councils[2]);
        new CouncilByIdSpec(CouncilId.New()).Evaluate(councils).Should().BeEmpty();
    }

    [Fact]
    public void CouncilsOfNeighbourhoodSpec_ListsEveryCouncilOfTheNeighbourhood_DissolvedOnesIncluded()
    {
        var councils = new[] { Form(_north, CouncilKind.Neighbourhood), Form(_south, CouncilKind.Neighbourhood), Form(_north, CouncilKind.Women) };
        councils[0].Dissolve(FormedOn.PlusDays(1)).ThrowIfFailed();

        new CouncilsOfNeighbourhoodSpec(_north.Id).Evaluate(councils).Should().BeEquivalentTo([councils[0], councils[2]]);
    }
}
