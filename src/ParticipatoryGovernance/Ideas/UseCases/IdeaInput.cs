using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.Ideas.UseCases;

/// <summary>Turns the raw text of an idea (as a form or a phone sends it) into a draft, or into refusals.</summary>
internal static class IdeaInput
{
    public static readonly LocalizedText Title = new("عنوان ایده", "idea's title");
    public static readonly LocalizedText Description = new("شرح ایده", "idea's description");
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
        var refusals = HandlerSteps.Refusals(
            UserText.Check(title, IdeaDraft.MaxTitleLength, Title)?.AtField(nameof(SubmitIdea.Title)),
            UserText.Check(description, IdeaDraft.MaxDescriptionLength, Description)?.AtField(nameof(SubmitIdea.Description)),
            field is null ? UseCaseRules.Unknown(UseCaseRules.Things.Field).AtField(nameof(SubmitIdea.Field)) : null,
            RialsInput.Check(estimatedCost, IdeaCostName)?.AtField(nameof(SubmitIdea.EstimatedCost)));
        if (neighbourhoodId is { } neighbourhood)
        {
            var found = await store.NeighbourhoodAsync(municipality.Id, neighbourhood, cancellationToken);
            refusals = [.. refusals, .. found.Violations.Select(v => v.AtField(nameof(SubmitIdea.Neighbourhood)))];
        }

        if (refusals.Length > 0)
        {
            return Result.Failure<IdeaDraft>(refusals);
        }

        return Result.Success(new IdeaDraft(
            UserText.Clean(title!),
            UserText.Clean(description!),
            field!,
            neighbourhoodId,
            estimatedCost is { } cost ? new Rials(cost) : null));
    }

    private static readonly LocalizedText IdeaCostName = new("هزینهٔ برآوردی", "estimated cost");
}
