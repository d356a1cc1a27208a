namespace ParticipatoryGovernance.Tests.TestSupport;

/// <summary>Values a hostile or careless person posts into forms, as the tests of the site did.</summary>
internal static class HostileInput
{
    public static readonly string FiveThousandCharacters = new('ب', 5000);

    public static readonly string ZeroWidthOnly = "\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u061C";

    public static readonly string RightToLeftOverride = "فاکتور\u202Egpj.exe";

    public const string Formula = "=HYPERLINK(\"http://x\")";

    /// <summary>«می‌خواهم»: a zero-width non-joiner inside a Persian word is normal writing.</summary>
    public const string PersianWithZwnj = "می\u200Cخواهم درخت بکاریم";

    public const string ThirtyDigits = "123456789012345678901234567890";
}
