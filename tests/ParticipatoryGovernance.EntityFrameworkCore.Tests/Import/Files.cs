namespace ParticipatoryGovernance.EntityFrameworkCore.Tests.Import;

/// <summary>Import files used by several tests.</summary>
internal static class Files
{
    public const string NeighbourhoodsHeader =
        "number,name_fa,name_en,anchor_kind,anchor_name_fa,anchor_name_en,leader_given_name,leader_family_name,mayor_given_name,mayor_family_name,mayor_appointed_on";

    public static readonly string ThreeNeighbourhoods = string.Join('\n',
        NeighbourhoodsHeader,
        "1,باغ نو,Bagh-e No,school,دبستان فردوسی,Ferdowsi Primary School,مینا,کاظمی,رضا,نادری,1402/07/01",
        "2,چهارراه,Chaharrah,school,دبیرستان سعدی,Saadi High School,,,,,",
        "3,کوی گلستان,Golestan,mosque,مسجد امام حسن,Imam Hassan Mosque,,,لیلا,امینی,1402/08/15",
        string.Empty);

    public const string ResidentsHeader = "neighbourhood,given_name,family_name,gender,birth_date";

    public static readonly string FiveResidents = string.Join('\n',
        ResidentsHeader,
        "1,زهرا,احمدی,female,1360/05/10",
        "1,علی,رضایی,male,1358/11/02",
        "1,مریم,کریمی,female,1365/01/20",
        "1,سارا,محمدی,female,1380/03/03",
        "2,حسین,جعفری,male,1370/09/09",
        string.Empty);
}
