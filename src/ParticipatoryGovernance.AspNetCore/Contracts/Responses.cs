namespace ParticipatoryGovernance.AspNetCore.Contracts;

/// <summary>A text in both languages, as the model holds it.</summary>
/// <param name="Fa">Persian.</param>
/// <param name="En">English.</param>
public sealed record TextDto(string Fa, string En);

/// <summary>One page of a list: its items, where it is, and the address of the next page (also in the <c>Link</c> header).</summary>
/// <typeparam name="T">The item.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="Next">The next page's address (path and query), or null on the last page.</param>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, string? Next);

/// <summary>A municipality and the urban fields its charter offers ideas in.</summary>
/// <param name="Id">Its id, used in every address of the API.</param>
/// <param name="Name">Its name.</param>
/// <param name="Province">Its province, if recorded.</param>
/// <param name="UrbanFields">The fields an idea may be in.</param>
public sealed record MunicipalityDto(Guid Id, TextDto Name, TextDto? Province, IReadOnlyList<UrbanFieldDto> UrbanFields);

/// <summary>An urban field of the charter.</summary>
/// <param name="Key">Its key, as an idea's <c>field</c>.</param>
/// <param name="Name">Its name.</param>
public sealed record UrbanFieldDto(string Key, TextDto Name);

/// <summary>A neighbourhood.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Number">Its number in the city, used in addresses.</param>
/// <param name="Name">Its name.</param>
/// <param name="Anchor">The community anchor its life is centred on (a mosque, a school…).</param>
/// <param name="MayorAppointedOn">When its current neighbourhood mayor was appointed (ISO date), or null without one.</param>
public sealed record NeighbourhoodDto(Guid Id, int Number, TextDto Name, AnchorDto Anchor, string? MayorAppointedOn);

/// <summary>A neighbourhood's community anchor.</summary>
/// <param name="Kind">Its kind, as a code (<c>mosque</c>, <c>school</c>…).</param>
/// <param name="Name">Its name.</param>
public sealed record AnchorDto(string Kind, TextDto Name);

/// <summary>A council; its members by name are in the <c>council-rosters</c> open-data set, which withholds minors' names.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Neighbourhood">Its neighbourhood's number.</param>
/// <param name="Kind">Its kind, as a code (<c>neighbourhood</c>, <c>women</c>).</param>
/// <param name="Status">Its status, as a code (<c>forming</c>, <c>active</c>, <c>dissolved</c>).</param>
/// <param name="Seats">Its seats.</param>
/// <param name="SeatsFilled">The seats held today.</param>
/// <param name="FormedOn">When it was formed (ISO date).</param>
/// <param name="DissolvedOn">When it was dissolved (ISO date), or null.</param>
public sealed record CouncilDto(Guid Id, int Neighbourhood, string Kind, string Status, int Seats, int SeatsFilled, string FormedOn, string? DissolvedOn);

/// <summary>A neighbourhood meeting with its agenda.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Neighbourhood">Its neighbourhood's number.</param>
/// <param name="Place">Where it is held.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="Status">Its status, as a code (<c>scheduled</c>, <c>open</c>, <c>closed</c>, <c>cancelled</c>).</param>
/// <param name="EndedAt">When it ended, or null.</param>
/// <param name="Attendees">How many residents were recorded present.</param>
/// <param name="Agenda">Its agenda items.</param>
public sealed record MeetingDto(Guid Id, int Neighbourhood, TextDto Place, DateTimeOffset StartsAt, string Status, DateTimeOffset? EndedAt, int Attendees, IReadOnlyList<AgendaItemDto> Agenda);

/// <summary>An agenda item and, once decided, its decision.</summary>
/// <param name="Number">Its number on the agenda.</param>
/// <param name="Title">Its title, as entered.</param>
/// <param name="Description">Its description, or null.</param>
/// <param name="Status">Its status, as a code.</param>
/// <param name="Decision">Its decision, or null before one.</param>
public sealed record AgendaItemDto(int Number, string Title, string? Description, string Status, DecisionDto? Decision);

/// <summary>What the residents present decided on an item.</summary>
/// <param name="VotesFor">Votes for.</param>
/// <param name="VotesAgainst">Votes against.</param>
/// <param name="Abstentions">Abstentions.</param>
/// <param name="Attendees">Residents present.</param>
/// <param name="QuorumMet">Whether the quorum was met.</param>
/// <param name="Outcome">The outcome, as a code (<c>passed</c>, <c>rejected</c>…).</param>
public sealed record DecisionDto(int VotesFor, int VotesAgainst, int Abstentions, int Attendees, bool QuorumMet, string Outcome);

/// <summary>A citizen idea as residents see it (its proposer is not published).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Version">Its version, from 1.</param>
/// <param name="PreviousVersionId">The version it replaces, or null.</param>
/// <param name="Title">Its title, as typed.</param>
/// <param name="Description">Its description, as typed.</param>
/// <param name="Field">Its urban field's key.</param>
/// <param name="FieldName">Its urban field's name, or null for a field the charter no longer offers.</param>
/// <param name="Neighbourhood">Its neighbourhood's number, or null for the whole city.</param>
/// <param name="EstimatedCost">The proposer's estimate in rials, or null.</param>
/// <param name="Status">Its status, as a code (<c>submitted</c>, <c>under-review</c>, <c>accepted</c>…).</param>
/// <param name="SubmittedAt">When this version was submitted.</param>
/// <param name="Endorsements">How many residents endorse it.</param>
public sealed record IdeaDto(Guid Id, int Version, Guid? PreviousVersionId, string Title, string Description, string Field, TextDto? FieldName, int? Neighbourhood, long? EstimatedCost, string Status, DateTimeOffset SubmittedAt, int Endorsements);

/// <summary>A visible comment on an idea (hidden comments are left out; authors are not published).</summary>
/// <param name="Id">Its id.</param>
/// <param name="ParentId">The comment it answers, or null.</param>
/// <param name="Depth">0 for a comment, 1 and more for replies.</param>
/// <param name="Body">Its text, as typed.</param>
/// <param name="Stance">Its stance, as a code (<c>neutral</c>, <c>for</c>, <c>against</c>).</param>
/// <param name="PostedAt">When it was posted.</param>
/// <param name="EditedAt">When it was last edited, or null.</param>
public sealed record CommentDto(Guid Id, Guid? ParentId, int Depth, string Body, string Stance, DateTimeOffset PostedAt, DateTimeOffset? EditedAt);

/// <summary>A youth-mayor campaign ("Become a mayor").</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Stage">Its stage, as a code.</param>
/// <param name="CallOpensOn">When the call opens (ISO date).</param>
/// <param name="CallClosesOn">When the call closes (ISO date).</param>
/// <param name="Applications">How many residents applied.</param>
/// <param name="YouthMayors">How many youth mayors it seated.</param>
public sealed record CampaignDto(Guid Id, TextDto Name, string Stage, string CallOpensOn, string CallClosesOn, int Applications, int YouthMayors);

/// <summary>A participatory-budgeting round.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Neighbourhood">The neighbourhood it is for, or null for the whole city.</param>
/// <param name="Budget">Its budget in rials.</param>
/// <param name="VotingOpensOn">The first day of voting (ISO date).</param>
/// <param name="VotingClosesOn">The last day of voting (ISO date).</param>
/// <param name="ClosedOn">When the municipality closed it (ISO date), or null.</param>
/// <param name="BallotKind">Its ballot, as a code (<c>approval</c>, <c>cumulative</c>).</param>
/// <param name="MinimumProjectsPerBallot">The fewest projects an approval ballot holds.</param>
/// <param name="MaximumProjectsPerBallot">The most projects an approval ballot holds.</param>
/// <param name="MaximumPointsPerBallot">The most points a cumulative ballot gives.</param>
/// <param name="Projects">Its projects (accepted ideas with their costs).</param>
public sealed record BudgetingRoundDto(Guid Id, string Title, int? Neighbourhood, long Budget, string VotingOpensOn, string VotingClosesOn, string? ClosedOn, string BallotKind, int MinimumProjectsPerBallot, int MaximumProjectsPerBallot, int MaximumPointsPerBallot, IReadOnlyList<BudgetingProjectDto> Projects);

/// <summary>A project of a round.</summary>
/// <param name="Idea">The idea it carries out (its id is the project's).</param>
/// <param name="Title">Its title.</param>
/// <param name="Cost">Its cost in rials.</param>
public sealed record BudgetingProjectDto(Guid Idea, string Title, long Cost);

/// <summary>A round with its stored outcome, when it may be shown.</summary>
/// <param name="Round">The round.</param>
/// <param name="ResultsShown">Whether results may be shown today.</param>
/// <param name="Note">What to say instead of, or above, the results, or null.</param>
/// <param name="Outcome">The stored outcome, or null when not shown or not computed yet.</param>
public sealed record BudgetingRoundDetailDto(BudgetingRoundDto Round, bool ResultsShown, TextDto? Note, BudgetingOutcomeDto? Outcome);

/// <summary>A round's stored outcome under its two rules.</summary>
/// <param name="Ballots">The ballots counted.</param>
/// <param name="ComputedAt">When it was computed.</param>
/// <param name="Greedy">The projects funded by the greedy rule (ideas' ids), in order.</param>
/// <param name="GreedySpent">What the greedy rule spent, in rials.</param>
/// <param name="EqualShares">The projects funded by the Method of Equal Shares, or null when not computed.</param>
/// <param name="EqualSharesSpent">What Equal Shares spent, or null.</param>
public sealed record BudgetingOutcomeDto(int Ballots, DateTimeOffset ComputedAt, IReadOnlyList<string> Greedy, long GreedySpent, IReadOnlyList<string>? EqualShares, long? EqualSharesSpent);

/// <summary>A municipality's figures as recorded today.</summary>
/// <param name="Neighbourhoods">Neighbourhoods.</param>
/// <param name="ActiveCouncils">Active councils (neighbourhood and women's).</param>
/// <param name="CouncilSeatsFilled">Seats held today on active councils.</param>
/// <param name="Ideas">Visible ideas (latest versions) by status.</param>
/// <param name="YouthCampaigns">Youth-mayor campaigns.</param>
/// <param name="YouthMayors">Youth mayors seated.</param>
public sealed record FiguresDto(int Neighbourhoods, int ActiveCouncils, int CouncilSeatsFilled, IdeaCountsDto Ideas, int YouthCampaigns, int YouthMayors);

/// <summary>Ideas by status.</summary>
/// <param name="Total">Every visible idea.</param>
/// <param name="Submitted">Submitted, gathering endorsements.</param>
/// <param name="UnderReview">Under review.</param>
/// <param name="Accepted">Accepted.</param>
/// <param name="Rejected">Rejected.</param>
/// <param name="InProgress">Being carried out.</param>
/// <param name="Implemented">Carried out.</param>
/// <param name="Withdrawn">Withdrawn by their proposers.</param>
public sealed record IdeaCountsDto(int Total, int Submitted, int UnderReview, int Accepted, int Rejected, int InProgress, int Implemented, int Withdrawn);

/// <summary>An open-data set the municipality publishes.</summary>
/// <param name="Name">Its name, used in its address.</param>
/// <param name="Href">Its address.</param>
public sealed record OpenDataSetDto(string Name, string Href);

/// <summary>One page of an open-data set's rows.</summary>
/// <param name="Name">The set's name.</param>
/// <param name="Columns">Its columns, snake_case.</param>
/// <param name="Rows">This page's rows: one value per column (text, number, true/false or null).</param>
/// <param name="Page">The page number.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Next">The next page's address, or null.</param>
public sealed record OpenDataPageDto(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, int Page, int PageSize, string? Next);

/// <summary>What a write that created a record answers.</summary>
/// <param name="Id">The new record's id.</param>
/// <param name="Href">Its address (also in <c>Location</c>), or null when it has none of its own.</param>
public sealed record CreatedDto(Guid Id, string? Href);

/// <summary>What a write that changed records answers.</summary>
/// <param name="Events">The names of the domain events it stored (such as <c>IdeaEndorsed</c>).</param>
public sealed record ChangedDto(IReadOnlyList<string> Events);
