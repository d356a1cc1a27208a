using NodaTime;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.UseCases;

namespace ParticipatoryGovernance.YouthMayors.UseCases;

/// <summary>The panel's assessment of one applicant, as typed.</summary>
/// <param name="Application">The application of the applicant interviewed.</param>
/// <param name="Score">The score from 0 to <see cref="Interview.MaxScore"/>, or null when the panel gives only notes.</param>
/// <param name="Notes">The notes, or null when the panel gives only a score; at most <see cref="Interview.MaxNotesLength"/> characters.</param>
public sealed record InterviewInput(YouthMayorApplicationId Application, int? Score, string? Notes = null);

/// <summary>
/// A neighbourhood's mayor records today's interview session of the neighbourhood's shortlisted applicants; the
/// neighbourhood's mayor on record leads the panel.
/// </summary>
/// <param name="Municipality">The city.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="Neighbourhood">The neighbourhood whose applicants were interviewed.</param>
/// <param name="Interviews">The interviews, at least one, each of a different application.</param>
/// <param name="HeldOn">The day the session was held; today when null. A session is recorded once held, not before.</param>
public sealed record HoldInterviewSession(
    MunicipalityId Municipality,
    YouthMayorCampaignId Campaign,
    NeighbourhoodId Neighbourhood,
    IReadOnlyList<InterviewInput>? Interviews,
    LocalDate? HeldOn = null) : ICommand<Changed>;

/// <summary>Handles <see cref="HoldInterviewSession"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class HoldInterviewSessionHandler(IGovernanceStore store, IClock clock) : ICommandHandler<HoldInterviewSession, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(HoldInterviewSession command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        var heldOn = command.HeldOn ?? today;
        var neighbourhood = await store.NeighbourhoodAsync(command.Municipality, command.Neighbourhood, cancellationToken);
        var inputs = command.Interviews?.Where(i => i is not null).ToList() ?? [];
        // A date read as Solar Hijri far outside any session's window (such as a Gregorian 2026/12/07, read as the year
        // 2026 of the Solar Hijri calendar) is refused as not a session date at all, not as a session "not yet held".
        var outsideWindow = UseCaseRules.CheckDate(heldOn, today, YouthMayorInput.SessionDate) is not null;
        var refusals = new List<RuleViolation?>(neighbourhood.Violations)
        {
            outsideWindow
                ? YouthMayorInput.SessionDateOutside(heldOn, today).AtField(nameof(HoldInterviewSession.HeldOn))
                : heldOn > today ? UseCaseRules.HeldInFuture(today).AtField(nameof(HoldInterviewSession.HeldOn)) : null,
        };
        if (inputs.Count == 0)
        {
            refusals.Add(UseCaseRules.NoneChosen(YouthMayorInput.Interview));
        }
        else if (inputs.Select(i => i.Application).Distinct().Count() != inputs.Count)
        {
            refusals.Add(UseCaseRules.Twice(YouthMayorInput.Interview));
        }

        foreach (var input in inputs)
        {
            refusals.Add(UseCaseRules.CheckNumber(input.Score, 0, Interview.MaxScore, YouthMayorInput.Score));
            // Notes are optional when a score is given; an interview records a score, notes, or both.
            refusals.Add(UserText.Check(input.Notes, Interview.MaxNotesLength, YouthMayorInput.Notes, required: input.Score is null));
        }

        return await YouthMayorInput.ChangeAsync(
            store,
            command.Municipality,
            command.Campaign,
            refusals.Distinct(),
            campaign =>
            {
                if (inputs.Any(i => !campaign.Applications.Any(a => a.Id == i.Application)))
                {
                    return Result.Failure(UseCaseRules.Missing(YouthMayorInput.Application));
                }

                var interviews = inputs
                    .Select(i => new Interview(i.Application, i.Score, string.IsNullOrWhiteSpace(i.Notes) ? null : UserText.Clean(i.Notes)))
                    .ToList();
                return campaign.HoldInterviewSession(neighbourhood.Value, heldOn, interviews);
            },
            cancellationToken);
    }
}

/// <summary>
/// A neighbourhood's mayor selects its youth mayors today from the applicants interviewed: the boy and the girl
/// together, so that either both are recorded or neither.
/// </summary>
/// <param name="Municipality">The city.</param>
/// <param name="Campaign">The campaign.</param>
/// <param name="Neighbourhood">The neighbourhood; its mayor on record makes the selection.</param>
/// <param name="Boy">The application chosen for the boy's seat, or null when that seat is not being filled.</param>
/// <param name="Girl">The application chosen for the girl's seat, or null when that seat is not being filled.</param>
public sealed record SelectYouthMayors(
    MunicipalityId Municipality,
    YouthMayorCampaignId Campaign,
    NeighbourhoodId Neighbourhood,
    YouthMayorApplicationId? Boy,
    YouthMayorApplicationId? Girl) : ICommand<Changed>;

/// <summary>Handles <see cref="SelectYouthMayors"/>.</summary>
/// <param name="store">The storage port.</param>
/// <param name="clock">The clock.</param>
public sealed class SelectYouthMayorsHandler(IGovernanceStore store, IClock clock) : ICommandHandler<SelectYouthMayors, Changed>
{
    /// <inheritdoc />
    public async Task<Result<Changed>> HandleAsync(SelectYouthMayors command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var today = clock.Today();
        var neighbourhood = await store.NeighbourhoodAsync(command.Municipality, command.Neighbourhood, cancellationToken);
        var choices = new List<(YouthMayorApplicationId Application, Gender Seat)>();
        if (command.Boy is { } boy)
        {
            choices.Add((boy, Gender.Male));
        }

        if (command.Girl is { } girl)
        {
            choices.Add((girl, Gender.Female));
        }

        var refusals = new List<RuleViolation?>(neighbourhood.Violations)
        {
            choices.Count == 0 ? UseCaseRules.NoneChosen(YouthMayorInput.Application) : null,
            command.Boy is { } b && b == command.Girl ? UseCaseRules.Twice(YouthMayorInput.Application) : null,
            neighbourhood.IsSuccess && neighbourhood.Value.Mayor is null ? UseCaseRules.Missing(YouthMayorInput.NeighbourhoodMayor) : null,
        };

        return await YouthMayorInput.ChangeAsync(
            store,
            command.Municipality,
            command.Campaign,
            refusals,
            campaign => Select(campaign, neighbourhood.Value, choices, today),
            cancellationToken);
    }

    // The campaign seats both or neither; its refusal (unknown application, seat rules, interviews pending) is returned as is.
    private static Result Select(YouthMayorCampaign campaign, Neighbourhood neighbourhood, List<(YouthMayorApplicationId Application, Gender Seat)> choices, LocalDate today)
    {
        var boy = choices.Where(c => c.Seat == Gender.Male).Select(c => (YouthMayorApplicationId?)c.Application).FirstOrDefault();
        var girl = choices.Where(c => c.Seat == Gender.Female).Select(c => (YouthMayorApplicationId?)c.Application).FirstOrDefault();
        var selected = campaign.SelectYouthMayors(neighbourhood, neighbourhood.Mayor!, boy, girl, today);
        return selected.IsSuccess ? Result.Success() : Result.Failure([.. selected.Violations]);
    }
}
