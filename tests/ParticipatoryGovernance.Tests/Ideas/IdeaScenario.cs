using NodaTime;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Ideas;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;
using ParticipatoryGovernance.Tests.TestSupport;

namespace ParticipatoryGovernance.Tests.Ideas;

/// <summary>Builds citizen ideas in any state for tests, through the aggregate's own methods.</summary>
internal static class IdeaScenario
{
    public static readonly MunicipalOfficial Reviewer = new("staff-17", "زهرا کاظمی، کارشناس طرح‌ها");
    public static readonly MunicipalOfficial Moderator = new("staff-42", "علی رضایی، ناظر");

    /// <summary>Small numbers so that tests reach them quickly: 3 endorsements within 30 days, hidden after 3 reports.</summary>
    public static readonly IdeaRules Rules = new() { SupportThreshold = 3, SupportWindowDays = 30, ReportsToHide = 3 };

    public static readonly NeighbourhoodId North = new(Guid.Parse("00000000-0000-7000-8000-0000000000a1"));

    public static Municipality City() => RafsanjanPreset.CreateMunicipality(Make.Rafsanjan);

    /// <summary>An instant from a Solar Hijri date and a time of day in Tehran.</summary>
    public static Instant At(int year, int month, int day, int hour = 10, int minute = 0) =>
        PersianDates.FromSolarHijri(year, month, day).At(new LocalTime(hour, minute)).InZoneStrictly(PersianDates.TimeZone).ToInstant();

    public static UrbanField Field(string key) => RafsanjanPreset.UrbanFields.Single(f => f.Key == key);

    public static IdeaDraft Draft(NeighbourhoodId? neighbourhood = null, string field = "environment", Rials? cost = null, string title = "کاشت درخت در کوچه‌ها") =>
        new(title, "در کوچه‌های بی‌سایهٔ محله درخت پسته و توت بکاریم.", Field(field), neighbourhood, cost);

    public static CitizenIdea Submitted(ResidentId proposer, Instant at, IdeaDraft? draft = null, Municipality? city = null) =>
        CitizenIdea.Submit(CitizenIdeaId.New(), city ?? City(), proposer, draft ?? Draft(North), at).Value;

    public static CitizenIdea Submitted(Instant at) => Submitted(ResidentId.New(), at);

    /// <summary>
    /// An idea brought to a status by the usual path, one hour per step after <paramref name="at"/>;
    /// <see cref="CitizenIdea.LastChangedAt"/> is the last step.
    /// </summary>
    public static CitizenIdea InStatus(IdeaStatus status, Instant at, ResidentId? proposer = null)
    {
        var idea = Submitted(proposer ?? ResidentId.New(), at);
        var step = at;
        Instant Next() => step += Duration.FromHours(1);
        switch (status)
        {
            case IdeaStatus.Submitted:
                break;
            case IdeaStatus.Withdrawn:
                idea.Withdraw(idea.ProposerId, Next(), "دیگر لازم نیست.").ThrowIfFailed();
                break;
            default:
                idea.StartReview(Reviewer, Next(), "بررسی آغاز شد.").ThrowIfFailed();
                if (status == IdeaStatus.UnderReview)
                {
                    break;
                }

                if (status == IdeaStatus.Rejected)
                {
                    idea.Reject(Reviewer, Next(), "بودجهٔ امسال اجازه نمی‌دهد.").ThrowIfFailed();
                    break;
                }

                idea.Accept(Reviewer, Next(), "پذیرفته شد؛ فضای سبز اجرا می‌کند.").ThrowIfFailed();
                if (status == IdeaStatus.Accepted)
                {
                    break;
                }

                idea.StartImplementation(Reviewer, Next(), "اجرا از این هفته.").ThrowIfFailed();
                if (status == IdeaStatus.InProgress)
                {
                    break;
                }

                idea.Implement(Reviewer, Next(), "درخت‌ها کاشته شد.").ThrowIfFailed();
                break;
        }

        return idea;
    }

    /// <summary>Reports an idea by as many new residents as it takes to hide it under <see cref="Rules"/>.</summary>
    public static void Hide(CitizenIdea idea, Instant at)
    {
        for (var i = 0; i < Rules.ReportsToHide; i++)
        {
            idea.Report(ResidentId.New(), at, "توهین‌آمیز است.", Rules).ThrowIfFailed();
        }
    }
}
