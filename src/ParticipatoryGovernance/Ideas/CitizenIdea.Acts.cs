namespace ParticipatoryGovernance.Ideas;

public sealed partial class CitizenIdea
{
    /// <summary>
    /// Whether the idea's current state (its status, visibility and, for a resubmission, whether it was already
    /// replaced) allows an act, by the same rules the act itself checks first. The act may still be refused for what
    /// only it knows: who acts, its date, or the text typed.
    /// </summary>
    /// <param name="act">The act.</param>
    /// <returns><see langword="true"/> when the act's state rules are met now.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="act"/> is undefined.</exception>
    public bool Allows(IdeaAct act) => act switch
    {
        IdeaAct.StartReview => AllowsOperation(StartReviewOperation),
        IdeaAct.Accept => AllowsOperation(AcceptOperation),
        IdeaAct.Reject => AllowsOperation(RejectOperation),
        IdeaAct.StartImplementation => AllowsOperation(StartImplementationOperation),
        IdeaAct.ReportProgress => AllowsOperation(ReportProgressOperation),
        IdeaAct.RecordImplementer => AllowsOperation(RecordImplementerOperation),
        IdeaAct.Implement => AllowsOperation(ImplementOperation),
        IdeaAct.Withdraw => AllowsOperation(WithdrawOperation, allowWhileHidden: true),
        IdeaAct.Resubmit => NextVersionId is null && AllowsOperation(ResubmitOperation),
        IdeaAct.Endorse => AllowsOperation(EndorseOperation),
        IdeaAct.Report => CheckVisible() is null,
        IdeaAct.Restore => Visibility == IdeaVisibility.Hidden,
        IdeaAct.Remove => Visibility != IdeaVisibility.Removed,
        _ => throw new ArgumentOutOfRangeException(nameof(act), act, "Not a defined idea act."),
    };

    private bool AllowsOperation(Operation operation, bool allowWhileHidden = false) =>
        CheckVisible(allowWhileHidden) is null && operation.From.Contains(Status);
}
