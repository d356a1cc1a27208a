namespace ParticipatoryGovernance.Councils;

/// <summary>
/// The identifiers of the rules a council refuses with (<see cref="Common.RuleViolation.Rule"/>). Hosts and tests match
/// on them; they never change once published. In each summary, … marks a detail the message fills in.
/// </summary>
public static class CouncilRuleIds
{
    /// <summary><c>council.already-a-member</c>: … already holds a seat on this council; one seat per person.</summary>
    public const string AlreadyAMember = "council.already-a-member";

    /// <summary><c>council.already-exists</c>: … already has a …; a neighbourhood has one.</summary>
    public const string AlreadyExists = "council.already-exists";

    /// <summary><c>council.dissolved</c>: The council has been dissolved and can no longer change.</summary>
    public const string Dissolved = "council.dissolved";

    /// <summary><c>council.dissolved-before-formed</c>: A council cannot be dissolved before it was formed (…).</summary>
    public const string DissolvedBeforeFormed = "council.dissolved-before-formed";

    /// <summary><c>council.full</c>: All … seats on the council are taken.</summary>
    public const string Full = "council.full";

    /// <summary><c>council.member-lives-elsewhere</c>: … does not live in this neighbourhood; council members are its residents.</summary>
    public const string MemberLivesElsewhere = "council.member-lives-elsewhere";

    /// <summary><c>council.member-under-age</c>: the resident is under the charter's age of majority on the appointment day; council members are adults. The message does not name the resident.</summary>
    public const string MemberUnderAge = "council.member-under-age";

    /// <summary><c>council.moved-before-start</c>: a seat cannot end for a move before the seat began.</summary>
    public const string MovedBeforeStart = "council.moved-before-start";

    /// <summary><c>council.member-not-active-citizen</c>: … is not among the neighbourhood's active citizens; the charter has new members come from them.</summary>
    public const string MemberNotActiveCitizen = "council.member-not-active-citizen";

    /// <summary><c>council.no-womens-councils</c>: This municipality's charter has no women's councils, so none can be formed.</summary>
    public const string NoWomensCouncils = "council.no-womens-councils";

    /// <summary><c>council.not-a-member</c>: This resident does not hold a seat on the council now.</summary>
    public const string NotAMember = "council.not-a-member";

    /// <summary><c>council.not-ready</c>: A council starts acting with a chair and more than half of its … seats filled; it has … member(s) … chair.</summary>
    public const string NotReady = "council.not-ready";

    /// <summary><c>council.one-chair</c>: The council already has a chair; a council has only one.</summary>
    public const string OneChair = "council.one-chair";

    /// <summary><c>council.outside-term</c>: … is outside the council's current term (… to …).</summary>
    public const string OutsideTerm = "council.outside-term";

    /// <summary><c>council.resigned-before-start</c>: A resignation cannot be dated before the seat began (…).</summary>
    public const string ResignedBeforeStart = "council.resigned-before-start";

    /// <summary><c>council.role-taken</c>: The council already has a member in that role (deputy chair or secretary); it has only one.</summary>
    public const string RoleTaken = "council.role-taken";

    /// <summary><c>council.term-ends-before-start</c>: A term must end after it starts (…); … does not.</summary>
    public const string TermEndsBeforeStart = "council.term-ends-before-start";

    /// <summary><c>council.womens-council-members-are-women</c>: … cannot sit on a women's council: its members are women.</summary>
    public const string WomensCouncilMembersAreWomen = "council.womens-council-members-are-women";
}
