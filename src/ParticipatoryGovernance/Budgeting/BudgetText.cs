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

    /// <summary>An amount in minor units with its decimals, such as <c>102,533.36</c>.</summary>
    public static string EnAmount(long minor, int decimals) =>
        decimals == 0 ? En(minor) : ToDecimal(minor, decimals).ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary>An amount in minor units with its decimals, in Persian digits and separators.</summary>
    public static string FaAmount(long minor, int decimals) =>
        PersianDigits.ToPersian(EnAmount(minor, decimals).Replace(',', '٬').Replace('.', '٫'));

    private static decimal ToDecimal(long minor, int decimals) => minor / (decimal)BudgetingElection.Pow10(decimals);

    public static string EnList(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);

    public static string FaList(IReadOnlyList<string> ids) => ids.Count == 0 ? "هیچ" : PersianDigits.ToPersian(string.Join("، ", ids));
}
