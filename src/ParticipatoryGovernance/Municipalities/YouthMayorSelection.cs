namespace ParticipatoryGovernance.Municipalities;

/// <summary>How a municipality chooses its youth mayors.</summary>
public enum YouthMayorSelection
{
    /// <summary>Applicants are interviewed and the neighbourhood mayor chooses (Rafsanjan).</summary>
    InterviewByNeighbourhoodMayor = 1,

    /// <summary>Candidates stand and young residents elect them with first and second preferences (the supplementary vote).</summary>
    Election = 2,
}
