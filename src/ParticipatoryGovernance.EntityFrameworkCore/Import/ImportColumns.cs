using ParticipatoryGovernance.Councils;
using ParticipatoryGovernance.Neighbourhoods;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Import;

/// <summary>The columns of the three import files and the values their listed columns accept; docs/adopting.md lists them too.</summary>
internal static class ImportColumns
{
    public static class Neighbourhoods
    {
        public static readonly CsvColumn Number = new("number", "شماره", Required: true);
        public static readonly CsvColumn NamePersian = new("name_fa", "نام_محله", Required: true);
        public static readonly CsvColumn NameEnglish = new("name_en", "نام_انگلیسی_محله", Required: true);
        public static readonly CsvColumn AnchorKind = new("anchor_kind", "نوع_کانون", Required: true);
        public static readonly CsvColumn AnchorNamePersian = new("anchor_name_fa", "نام_کانون", Required: true);
        public static readonly CsvColumn AnchorNameEnglish = new("anchor_name_en", "نام_انگلیسی_کانون", Required: true);
        public static readonly CsvColumn LeaderTitlePersian = new("leader_title_fa", "عنوان_سرپرست");
        public static readonly CsvColumn LeaderTitleEnglish = new("leader_title_en", "عنوان_انگلیسی_سرپرست");
        public static readonly CsvColumn LeaderGivenName = new("leader_given_name", "نام_سرپرست");
        public static readonly CsvColumn LeaderFamilyName = new("leader_family_name", "نام_خانوادگی_سرپرست");
        public static readonly CsvColumn MayorGivenName = new("mayor_given_name", "نام_شهردار_محله");
        public static readonly CsvColumn MayorFamilyName = new("mayor_family_name", "نام_خانوادگی_شهردار_محله");
        public static readonly CsvColumn MayorAppointedOn = new("mayor_appointed_on", "تاریخ_انتصاب_شهردار_محله");

        /// <summary>Texts that may have a column per other language of the charter: <c>name_ckb</c> or <c>نام_محله_ckb</c>.</summary>
        public static readonly LocalizedColumns[] Localized =
        [
            new(NamePersian, NameEnglish, "name", "نام_محله"),
            new(AnchorNamePersian, AnchorNameEnglish, "anchor_name", "نام_کانون"),
            new(LeaderTitlePersian, LeaderTitleEnglish, "leader_title", "عنوان_سرپرست"),
        ];

        public static readonly CsvColumn[] All =
        [
            Number, NamePersian, NameEnglish, AnchorKind, AnchorNamePersian, AnchorNameEnglish, LeaderTitlePersian,
            LeaderTitleEnglish, LeaderGivenName, LeaderFamilyName, MayorGivenName, MayorFamilyName, MayorAppointedOn,
        ];
    }

    public static class Residents
    {
        public static readonly CsvColumn Neighbourhood = new("neighbourhood", "محله", Required: true);
        public static readonly CsvColumn GivenName = new("given_name", "نام", Required: true);
        public static readonly CsvColumn FamilyName = new("family_name", "نام_خانوادگی", Required: true);
        public static readonly CsvColumn Gender = new("gender", "جنسیت", Required: true);
        public static readonly CsvColumn BirthDate = new("birth_date", "تاریخ_تولد", Required: true);

        public static readonly CsvColumn[] All = [Neighbourhood, GivenName, FamilyName, Gender, BirthDate];
    }

    public static class Councils
    {
        public static readonly CsvColumn Neighbourhood = new("neighbourhood", "محله", Required: true);
        public static readonly CsvColumn Council = new("council", "شورا", Required: true);
        public static readonly CsvColumn Role = new("role", "سمت", Required: true);
        public static readonly CsvColumn GivenName = new("given_name", "نام", Required: true);
        public static readonly CsvColumn FamilyName = new("family_name", "نام_خانوادگی", Required: true);
        public static readonly CsvColumn BirthDate = new("birth_date", "تاریخ_تولد", Required: true);
        public static readonly CsvColumn SeatedOn = new("seated_on", "تاریخ_عضویت", Required: true);
        public static readonly CsvColumn TermEndsOn = new("term_ends_on", "پایان_دوره", Required: true);

        public static readonly CsvColumn[] All = [Neighbourhood, Council, Role, GivenName, FamilyName, BirthDate, SeatedOn, TermEndsOn];
    }

    public static readonly IReadOnlyDictionary<string, AnchorKind> AnchorKinds = Choices(
        (AnchorKind.Mosque, ["mosque", "مسجد"]),
        (AnchorKind.School, ["school", "مدرسه"]),
        (AnchorKind.CommunityCentre, ["community_centre", "community_center", "سرای_محله", "فرهنگسرا"]),
        (AnchorKind.Church, ["church", "کلیسا"]),
        (AnchorKind.Library, ["library", "کتابخانه"]),
        (AnchorKind.Other, ["other", "دیگر"]));

    public const string AnchorKindsPersian = "مسجد، مدرسه، سرای محله، کلیسا، کتابخانه، دیگر";
    public const string AnchorKindsEnglish = "mosque, school, community-centre, church, library, other";

    public static readonly IReadOnlyDictionary<string, Gender> Genders = Choices(
        (Gender.Female, ["female", "f", "woman", "زن"]),
        (Gender.Male, ["male", "m", "man", "مرد"]));

    public const string GendersPersian = "زن، مرد";
    public const string GendersEnglish = "female, male";

    public static readonly IReadOnlyDictionary<string, CouncilKind> CouncilKinds = Choices(
        (CouncilKind.Neighbourhood, ["neighbourhood", "neighborhood", "محله", "شورای_محله"]),
        (CouncilKind.Women, ["women", "womens", "women's", "بانوان", "شورای_بانوان"]));

    public const string CouncilKindsPersian = "محله، بانوان";
    public const string CouncilKindsEnglish = "neighbourhood, women";

    public static readonly IReadOnlyDictionary<string, CouncilRole> CouncilRoles = Choices(
        (CouncilRole.Chair, ["chair", "رئیس", "رییس"]),
        (CouncilRole.Deputy, ["deputy", "deputy_chair", "نایب_رئیس", "نایب_رییس"]),
        (CouncilRole.Secretary, ["secretary", "دبیر"]),
        (CouncilRole.Member, ["member", "عضو"]));

    public const string CouncilRolesPersian = "رئیس، نایب‌رئیس، دبیر، عضو";
    public const string CouncilRolesEnglish = "chair, deputy, secretary, member";

    private static Dictionary<string, T> Choices<T>(params (T Value, string[] Names)[] choices) =>
        choices.SelectMany(c => c.Names.Select(n => (Name: CsvColumn.Normalize(n), c.Value))).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
