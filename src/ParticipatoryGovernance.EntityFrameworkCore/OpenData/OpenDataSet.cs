namespace ParticipatoryGovernance.EntityFrameworkCore.OpenData;

/// <summary>The open-data sets a municipality can publish; see <see cref="ParticipatoryGovernance.OpenData.OpenDataSets"/>.</summary>
public enum OpenDataSet
{
    /// <summary>Citizen ideas residents can see, without their proposers.</summary>
    Ideas = 1,

    /// <summary>Neighbourhood meeting decisions with their tallies.</summary>
    Decisions = 2,

    /// <summary>Council seats held on the date; minors' names withheld.</summary>
    CouncilRosters = 3,

    /// <summary>Participation by neighbourhood, age band and gender; small counts suppressed.</summary>
    ParticipationDemographics = 4,
}
