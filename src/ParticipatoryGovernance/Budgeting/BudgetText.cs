using System.Globalization;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Budgeting;

/// <summary>Formats amounts and lists for the Persian and English explanations.</summary>
internal static class BudgetText
{
    public static string En(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Fa(long value) => PersianDigits.ToPersian(value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '٬'));

    public static string En(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Fa(decimal value) =>
        PersianDigits.ToPersian(value.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', '٬').Replace('.', '٫'));

    public static string EnList(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);

    public static string FaList(IReadOnlyList<string> ids) => ids.Count == 0 ? "هیچ" : PersianDigits.ToPersian(string.Join("، ", ids));
}
