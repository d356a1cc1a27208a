using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Ideas.UseCases;

/// <summary>Turns the raw text of an idea (as a form or a phone sends it) into a draft, or into refusals.</summary>
internal static class IdeaInput
{
    public static readonly LocalizedText Reason = new("پاسخ یا دلیل", "answer or reason");
    public static readonly LocalizedText ReportReason = new("دلیل گزارش", "reason for the report");
    public static readonly LocalizedText Progress = new("شرح پیشرفت", "progress description");

    public static async Task<Result<IdeaDraft>> DraftAsync(
        IGovernanceStore store,
        Municipality municipality,
        string? title,
        string? description,
        string? fieldKey,
        NeighbourhoodId? neighbourhoodId,
        long? estimatedCost,
        CancellationToken cancellationToken)
    {
        var field = string.IsNullOrWhiteSpace(fieldKey) ? null : municipality.Charter.FindUrbanField(fieldKey.Trim());

        // The draft's own checks (title on one line, lengths, readable text, the amount's bounds) are the value object's;
        // with an unknown field it is checked against any field, so that every problem is reported together.
        var draft = IdeaDraft.Create(title, description, field ?? municipality.Charter.UrbanFields[0], neighbourhoodId, estimatedCost);
        var refusals = new List<RuleViolation>(draft.Violations);
        if (field is null)
        {
            refusals.Add(UseCaseRules.Unknown(UseCaseRules.Things.Field).AtField(nameof(SubmitIdea.Field)));
        }

        if (neighbourhoodId is { } neighbourhood)
        {
            var found = await store.NeighbourhoodAsync(municipality.Id, neighbourhood, cancellationToken);
            refusals.AddRange(found.Violations.Select(v => v.AtField(nameof(SubmitIdea.Neighbourhood))));
        }

        return refusals.Count > 0 ? Result.Failure<IdeaDraft>([.. refusals]) : draft;
    }
}
