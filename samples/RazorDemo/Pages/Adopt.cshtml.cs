using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Meetings;
using ParticipatoryGovernance.Municipalities;
using RazorDemo.Localization;

namespace RazorDemo.Pages;

/// <summary>"Adopt this model": the charter's settings with Rafsanjan's values, the five phases, and the charter as JSON.</summary>
public sealed class AdoptModel(Texts texts) : PageModel
{
    public const string CharterFileName = "rafsanjan.charter.json";

    public GovernanceCharter Charter => RafsanjanPreset.Charter;

    public IReadOnlyList<CharterGroup> Groups { get; private set; } = [];

    public void OnGet() => Groups = Describe(Charter);

    /// <summary>Rafsanjan's charter as JSON, written by the library, as a file to download.</summary>
    public IActionResult OnGetCharter() =>
        File(Encoding.UTF8.GetBytes(GovernanceCharterJson.Serialize(RafsanjanPreset.Charter)), "application/json", CharterFileName);

    private List<CharterGroup> Describe(GovernanceCharter c)
    {
        string Yes(bool value) => value ? texts.T("بله", "yes") : texts.T("خیر", "no");
        string Window(AgeWindow w) => texts.T($"{texts.N(w.MinimumAge)} تا {texts.N(w.MaximumAge)} سال", $"{w.MinimumAge} to {w.MaximumAge} years");
        string Rule(ParticipatoryGovernance.Residents.RecentActivityRule? rule, string persianWhat, string englishWhat) => rule is null
            ? texts.T("به کار نمی‌رود", "not used")
            : texts.T($"{texts.N(rule.MinimumCount)} {persianWhat} در {texts.N(rule.WithinDays)} روز", $"{rule.MinimumCount} {texts.T(persianWhat, englishWhat)} within {rule.WithinDays} days");
        var a = c.ActiveCitizens;
        return
        [
            new(texts.T("شوراهای محله و بانوان", "Neighbourhood and women's councils"),
            [
                new("councilSeats", texts.T("کرسی‌های هر شورای محله", "Seats on each neighbourhood council"), texts.N(c.CouncilSeats)),
                new("councilTermYears", texts.T("دورهٔ شورا (سال)", "Council term (years)"), texts.N(c.CouncilTermYears)),
                new("councilMembersFromActiveCitizens", texts.T("اعضای تازه از شهروندان فعال", "New members come from active citizens"), Yes(c.CouncilMembersFromActiveCitizens)),
                new("hasWomensCouncils", texts.T("شورای بانوان در هر محله", "A women's council in each neighbourhood"), Yes(c.HasWomensCouncils)),
                new("womensCouncilSeats", texts.T("کرسی‌های هر شورای بانوان", "Seats on each women's council"), texts.N(c.WomensCouncilSeats)),
            ]),
            new(texts.T("نشست‌های محله", "Neighbourhood meetings"),
            [
                new("meetings.minimumVoters", texts.T("کمترین شمار رأی‌دهندگان", "Fewest voters for a decision"), texts.N(c.Meetings.MinimumVoters)),
                new("meetings.quorumPercentOfAttendees", texts.T("حد نصاب (درصد حاضران)", "Quorum (percent of those present)"), texts.N(c.Meetings.QuorumPercentOfAttendees) + texts.T("٪", "%")),
                new("meetings.majority", texts.T("اکثریت لازم", "Majority needed"), c.Meetings.Majority switch
                {
                    MajorityRule.SimpleMajorityOfVotesCast => texts.T("اکثریت ساده آرای داده‌شده", "simple majority of votes cast"),
                    MajorityRule.AbsoluteMajorityOfVotesCast => texts.T("اکثریت مطلق آرای داده‌شده", "absolute majority of votes cast"),
                    _ => texts.T("دو سوم آرای داده‌شده", "two thirds of votes cast"),
                }),
            ]),
            new(texts.T("شهروند فعال", "Active citizens"),
            [
                new("activeCitizens.meetingAttendance", texts.T("حضور در نشست‌ها", "Attending meetings"), a.MeetingAttendance is { } m
                    ? texts.T($"{texts.N(m.MinimumAttended)} از {texts.N(m.OfLastMeetings)} نشست آخر", $"{m.MinimumAttended} of the last {m.OfLastMeetings} meetings")
                    : texts.T("به کار نمی‌رود", "not used")),
                new("activeCitizens.implementedIdeaQualifies", texts.T("ایدهٔ اجراشده کافی است", "An implemented idea qualifies"), Yes(a.ImplementedIdeaQualifies)),
                new("activeCitizens.ideasSubmitted", texts.T("ایده‌های ثبت‌شده", "Ideas submitted"), Rule(a.IdeasSubmitted, "ایده", "ideas")),
                new("activeCitizens.ideasEndorsed", texts.T("پشتیبانی از ایده‌ها", "Ideas endorsed"), Rule(a.IdeasEndorsed, "پشتیبانی", "endorsements")),
                new("activeCitizens.commentsPosted", texts.T("نظرهای نوشته‌شده", "Comments posted"), Rule(a.CommentsPosted, "نظر", "comments")),
                new("activeCitizens.roleHolderQualifies", texts.T("دارندگان نقش در محله", "Holders of a neighbourhood role qualify"), Yes(a.RoleHolderQualifies)),
            ]),
            new(texts.T("ایده‌های شهروندی", "Citizen ideas"),
            [
                new("ideas.supportThreshold", texts.T("پشتیبانی لازم برای بررسی", "Endorsements that send an idea to review"), texts.N(c.Ideas.SupportThreshold)),
                new("ideas.supportWindowDays", texts.T("مهلت گردآوری پشتیبانی (روز)", "Days to gather endorsements"), texts.N(c.Ideas.SupportWindowDays)),
                new("ideas.reportsToHide", texts.T("گزارش‌هایی که ایده را پنهان می‌کند", "Reports that hide an idea"), texts.N(c.Ideas.ReportsToHide)),
                new("urbanFields", texts.T("حوزه‌های شهری", "Urban fields"), string.Join(texts.T("، ", ", "), c.UrbanFields.Select(f => texts.T(f.Name)))),
                new("comments.editWindowMinutes", texts.T("مهلت ویرایش نظر (دقیقه)", "Minutes in which an author may edit a comment"), texts.N(c.Comments.EditWindowMinutes)),
            ]),
            new(texts.T("پویش شهردار شو", "\"Become a mayor\""),
            [
                new("youthCohort", texts.T("گروه سنی فراخوان", "Cohort called"), texts.T(c.YouthCohort.Name)),
                new("youthAgeWindow", texts.T("سن متقاضی در روز فراخوان", "Applicant's age when the call opens"), Window(c.YouthAgeWindow)),
                new("ageOfMajority", texts.T("سن بی‌نیازی از رضایت ولی", "Age from which no guardian's consent is needed"), texts.N(c.AgeOfMajority)),
                new("boyYouthMayorsPerNeighbourhood", texts.T("شهردار نوجوان پسر در هر محله", "Boy youth mayors per neighbourhood"), texts.N(c.BoyYouthMayorsPerNeighbourhood)),
                new("girlYouthMayorsPerNeighbourhood", texts.T("شهردار نوجوان دختر در هر محله", "Girl youth mayors per neighbourhood"), texts.N(c.GirlYouthMayorsPerNeighbourhood)),
                new("youthTeamSize", texts.T("اعضای تیم هر شهردار نوجوان", "Members of each youth mayor's team"), texts.N(c.YouthTeamSize)),
                new("youthMayorSelection", texts.T("روش انتخاب", "How youth mayors are chosen"), c.YouthMayorSelection == YouthMayorSelection.Election
                    ? texts.T("انتخابات", "election")
                    : texts.T("مصاحبه و انتخاب شهردار محله", "interview and choice by the neighbourhood mayor")),
                new("youthMayors.teamMembersFromOwnNeighbourhood", texts.T("اعضای تیم از محلهٔ خود شهردار نوجوان", "Team members live in their youth mayor's neighbourhood"), Yes(c.YouthMayors.TeamMembersFromOwnNeighbourhood)),
                new("youthMayors.voterAgeWindow", texts.T("سن رأی‌دهندگان (در انتخابات)", "Voters' ages (when elected)"), Window(c.YouthMayors.VoterAgeWindow)),
            ]),
            new(texts.T("بودجه‌ریزی مشارکتی", "Participatory budgeting"),
            [
                new("budgeting.minimumVoterAge", texts.T("کمترین سن رأی‌دهنده", "Youngest voting age"), texts.N(c.Budgeting.MinimumVoterAge)),
                new("budgeting.minimumProjectsPerBallot", texts.T("کمترین طرح‌های هر برگهٔ رأی", "Fewest projects a ballot approves"), texts.N(c.Budgeting.MinimumProjectsPerBallot)),
                new("budgeting.maximumProjectsPerBallot", texts.T("بیشترین طرح‌های هر برگهٔ رأی", "Most projects a ballot approves"), texts.N(c.Budgeting.MaximumProjectsPerBallot)),
                new("budgeting.add1StepPerVoter", texts.T("گام تکمیل روش سهم برابر (ریال برای هر رأی‌دهنده)", "Equal Shares completion step (rials per voter)"), texts.N(c.Budgeting.Add1StepPerVoter)),
            ]),
            new(texts.T("زبان‌ها", "Languages"),
            [
                new("languages", texts.T("زبان‌های سامانه", "Languages served"), string.Join(texts.T("، ", ", "), c.Languages.Select(LanguageName))),
                new("defaultLanguage", texts.T("زبان نخست", "Shown first"), LanguageName(c.DefaultLanguage)),
            ]),
        ];
    }

    private string LanguageName(string code) => code switch
    {
        "fa" => texts.T("فارسی", "Persian"),
        "en" => texts.T("انگلیسی", "English"),
        _ => code,
    };
}

/// <summary>Charter settings that belong together.</summary>
public sealed record CharterGroup(string Title, IReadOnlyList<CharterSetting> Settings);

/// <summary>One setting: its JSON path in the charter file, what it means, and Rafsanjan's value.</summary>
public sealed record CharterSetting(string JsonPath, string Meaning, string Value);
