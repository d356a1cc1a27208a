namespace ParticipatoryGovernance.Budgeting;

/// <summary>What a ballot in a budgeting round says: which projects a voter approves, or how they spread points.</summary>
public enum BudgetingBallotKind
{
    /// <summary>An approval ballot: the voter ticks the projects they want funded (from the charter's fewest to most).</summary>
    Approval = 0,

    /// <summary>
    /// A cumulative ballot: the voter gives each project they support a number of points, at most
    /// <see cref="BudgetingRules.MaximumPointsPerProject"/> each and <see cref="BudgetingRules.MaximumPointsPerBallot"/> in all.
    /// </summary>
    Cumulative = 1,
}

/// <summary>How a ballot reached the round.</summary>
public enum BallotChannel
{
    /// <summary>Cast by the voter on the web (the site, the app).</summary>
    Web = 0,

    /// <summary>A paper ballot, entered by a clerk whose identifier the ballot keeps.</summary>
    Paper = 1,

    /// <summary>Cast by phone through a USSD or SMS gateway, which sends ballots in batches.</summary>
    Ussd = 2,
}

/// <summary>Points a cumulative ballot gives one project.</summary>
/// <param name="Project">The project's idea.</param>
/// <param name="Points">The points; 1 or more.</param>
public sealed record BudgetingPoints(Ideas.CitizenIdeaId Project, int Points);

/// <summary>When and how a ballot was cast: the instant, the city's date then, the channel, and for paper the clerk who entered it.</summary>
/// <param name="At">The instant it was cast (or entered).</param>
/// <param name="On">The date in the city at that instant; voting's window is checked against it.</param>
/// <param name="Channel">How the ballot arrived.</param>
/// <param name="EnteredBy">For a paper ballot, the clerk's identifier in the host's staff directory (<see cref="Common.MunicipalOfficial.Id"/>); otherwise <see langword="null"/>.</param>
public sealed record BallotCasting(NodaTime.Instant At, NodaTime.LocalDate On, BallotChannel Channel = BallotChannel.Web, string? EnteredBy = null);
