using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.YouthMayors.Events;

namespace ParticipatoryGovernance.YouthMayors;

/// <content>The call: applications and the shortlist.</content>
public sealed partial class YouthMayorCampaign
{
    private static readonly LocalizedText ShortlistingAction = new("گزینش متقاضیان", "Shortlisting");

    /// <summary>
    /// Accepts a resident's application to become a youth mayor of their neighbourhood. The applicant must live in one of
    /// the municipality's neighbourhoods, be born in the charter's cohort, be inside its age window on the day the call
    /// opened, and apply once, while the call is open. An applicant under the age of majority on the day the call opened
    /// needs a guardian's consent, given on or before the application.
    /// </summary>
    /// <param name="applicant">The resident applying.</param>
    /// <param name="neighbourhood">The neighbourhood the applicant lives in.</param>
    /// <param name="on">The ISO-calendar date of the application.</param>
    /// <param name="guardianConsent">The guardian's consent; required for minors, not recorded for adults.</param>
    /// <returns>The application's identifier, or the rule that refuses it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applicant"/> or <paramref name="neighbourhood"/> is null.</exception>
    /// <exception cref="ArgumentException">The applicant does not live in <paramref name="neighbourhood"/>.</exception>
    public Result<YouthMayorApplicationId> Apply(Resident applicant, Neighbourhood neighbourhood, LocalDate on, GuardianConsent? guardianConsent = null)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(neighbourhood);
        if (applicant.NeighbourhoodId != neighbourhood.Id)
        {
            throw new ArgumentException("Pass the neighbourhood the applicant lives in.", nameof(neighbourhood));
        }

        on = on.WithCalendar(CalendarSystem.Iso);
        var isMinor = applicant.IsMinorOn(CallOpensOn, Charter.AgeOfMajority);
        var violation = CheckCallOpen(on)
            ?? CheckMunicipality(neighbourhood)
            ?? CheckNotAppliedBefore(applicant.Id)
            ?? CheckCohortAndAge(applicant)
            ?? CheckGuardianConsent(isMinor, guardianConsent, on, LocalizedText.Of("متقاضی", "applicant"));
        if (violation is not null)
        {
            return Result.Failure<YouthMayorApplicationId>(violation);
        }

        var application = new YouthMayorApplication(
            YouthMayorApplicationId.New(), applicant.Id, neighbourhood.Id, applicant.Gender, on, isMinor, isMinor ? guardianConsent : null);
        _applications.Add(application);
        Raise(new YouthMayorApplicationAccepted(Id, application.Id, applicant.Id, neighbourhood.Id));
        return Result.Success(application.Id);
    }

    /// <summary>Puts an applicant on the shortlist: for interview, or, when youth mayors are elected, as a candidate who stands.</summary>
    /// <param name="applicationId">The application.</param>
    /// <param name="on">The ISO-calendar date.</param>
    /// <returns>Success (also when the applicant was already shortlisted); or a failure outside the shortlisting stage.</returns>
    /// <exception cref="ArgumentException">The campaign has no such application.</exception>
    public Result Shortlist(YouthMayorApplicationId applicationId, LocalDate on)
    {
        var application = ApplicationById(applicationId, nameof(applicationId));
        on = on.WithCalendar(CalendarSystem.Iso);
        var violation = CheckStage(YouthMayorCampaignRuleIds.NotShortlisting, ShortlistingAction, on, CampaignStage.Shortlisting);
        if (violation is not null)
        {
            return Result.Failure(violation);
        }

        if (application.IsShortlisted)
        {
            return Result.Success();
        }

        application.Shortlist(on);
        Raise(new YouthMayorApplicantShortlisted(Id, applicationId, on));
        return Result.Success();
    }

    private RuleViolation? CheckCallOpen(LocalDate on)
    {
        if (Stage != CampaignStage.Application || on > CallClosesOn)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.CallClosed,
                $"فراخوان در {Fa(CallClosesOn)} بسته شده است؛ درخواست تازه پذیرفته نمی‌شود.",
                $"The call closed on {CallClosesOn}; no more applications are accepted.");
        }

        if (on < CallOpensOn)
        {
            return RuleViolation.Of(
                YouthMayorCampaignRuleIds.CallNotOpen,
                $"فراخوان در {Fa(CallOpensOn)} باز می‌شود؛ پیش از آن درخواستی پذیرفته نمی‌شود.",
                $"The call opens on {CallOpensOn}; applications are accepted from then until {CallClosesOn}.");
        }

        return null;
    }

    private RuleViolation? CheckNotAppliedBefore(ResidentId residentId) =>
        FindApplicationOf(residentId) is { } earlier
            ? RuleViolation.Of(
                YouthMayorCampaignRuleIds.AlreadyApplied,
                $"این شهروند در {Fa(earlier.AppliedOn)} درخواست داده است؛ هر نفر یک بار درخواست می‌دهد.",
                $"This resident already applied on {earlier.AppliedOn}; each resident applies once.")
            : null;

    private RuleViolation? CheckCohortAndAge(Resident applicant)
    {
        var cohort = Charter.YouthCohort;
        if (!applicant.BelongsTo(cohort))
        {
            return OutsideCohort(YouthMayorCampaignRuleIds.OutsideCohort, LocalizedText.Of("فراخوان", "The call"));
        }

        var window = Charter.YouthAgeWindow;
        return window.Contains(applicant.AgeOn(CallOpensOn))
            ? null
            : RuleViolation.Of(
                YouthMayorCampaignRuleIds.OutsideAgeWindow,
                $"متقاضیان باید در روز گشایش فراخوان ({Fa(CallOpensOn)}) {PersianDigits.Format(window.MinimumAge)} تا {PersianDigits.Format(window.MaximumAge)} ساله باشند؛ این متقاضی نیست.",
                $"Applicants must be {window.MinimumAge} to {window.MaximumAge} years old on the day the call opened ({CallOpensOn}); this applicant is not.");
    }

    /// <summary>A refusal for someone born outside the cohort; it never states the person's birth date.</summary>
    private RuleViolation OutsideCohort(string rule, LocalizedText what)
    {
        var cohort = Charter.YouthCohort;
        return RuleViolation.Of(
            rule,
            $"{what.Persian} برای {cohort.Name.Persian} (متولدین {PersianDigits.Format(cohort.FirstYear)} تا {PersianDigits.Format(cohort.LastYear)}) است؛ این شهروند در این سال‌ها به دنیا نیامده است.",
            $"{what} is for residents {cohort.Name} ({cohort.FirstYear}–{cohort.LastYear}); this resident was not born in those years.");
    }
}
