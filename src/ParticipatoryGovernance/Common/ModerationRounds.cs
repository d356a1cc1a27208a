using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.Common;

/// <summary>
/// The charter's moderation rule, shared by everything residents report (ideas and comments): a resident reports a thing
/// once per moderation round; when the current round's reports reach <see cref="IdeaRules.ReportsToHide"/> the thing is
/// hidden until a moderator decides; a restoration answers those reports and starts a new round.
/// </summary>
internal static class ModerationRounds
{
    /// <summary>Whether the resident already reported the thing in the current round.</summary>
    public static bool AlreadyReported<TReport>(IEnumerable<TReport> reports, ResidentId reporter, int round, Func<TReport, ResidentId> reporterOf, Func<TReport, int> roundOf) =>
        reports.Any(r => reporterOf(r) == reporter && roundOf(r) == round);

    /// <summary>The reports of the current round: those waiting for a moderator, or counting toward hiding.</summary>
    public static int Pending<TReport>(IEnumerable<TReport> reports, int round, Func<TReport, int> roundOf) =>
        reports.Count(r => roundOf(r) == round);

    /// <summary>Whether the current round's reports hide the thing under the charter's rule.</summary>
    public static bool Hides(int pendingReports, IdeaRules rules) => pendingReports >= rules.ReportsToHide;
}
