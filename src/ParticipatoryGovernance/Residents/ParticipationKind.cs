namespace ParticipatoryGovernance.Residents;

/// <summary>The ways a resident takes part in the model; the evidence from which active citizens are identified.</summary>
public enum ParticipationKind
{
    /// <summary>Attended a neighbourhood meeting.</summary>
    MeetingAttended = 1,

    /// <summary>Submitted a citizen idea.</summary>
    IdeaSubmitted = 2,

    /// <summary>Endorsed another resident's idea.</summary>
    IdeaEndorsed = 3,

    /// <summary>An idea the resident submitted was implemented.</summary>
    IdeaImplemented = 4,

    /// <summary>Carried out an idea in the city themselves.</summary>
    IdeaCarriedOut = 5,

    /// <summary>Held a seat on a neighbourhood or women's council.</summary>
    CouncilSeatHeld = 6,

    /// <summary>Served as a youth mayor.</summary>
    YouthMayorServed = 7,

    /// <summary>Served on a youth mayor's team.</summary>
    YouthTeamServed = 8,

    /// <summary>Posted a comment or a reply on an idea or a meeting's agenda item (one that is not hidden).</summary>
    CommentPosted = 9,
}
