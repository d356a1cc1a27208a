using System.Text;

namespace ParticipatoryGovernance.Channels;

/// <summary>How long a USSD screen is, as the network counts it: GSM 7-bit septets or UCS-2 code units.</summary>
public static class UssdScreens
{
    private const string Gsm7Basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Gsm7Extension = "^{}\\[~]|€\f";

    /// <summary>Whether every character of the text is in the GSM 7-bit alphabet (with its extension table).</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when the text can be sent in GSM 7-bit.</returns>
    public static bool IsGsm7(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!Gsm7Basic.Contains(c, StringComparison.Ordinal) && !Gsm7Extension.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The screen's length as the network counts it: septets for GSM 7-bit text, UTF-16 code units otherwise.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The length.</returns>
    public static int Length(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsGsm7(text) ? text.Sum(c => Gsm7Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1) : text.Length;
    }

    /// <summary>The most a screen may hold in the text's encoding.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The limit that applies.</returns>
    public static int Limit(string text, ChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IsGsm7(text) ? options.Gsm7ScreenLimit : options.Ucs2ScreenLimit;
    }

    /// <summary>Whether a screen fits its limit.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The limits.</param>
    /// <returns>True when it fits.</returns>
    public static bool Fits(string text, ChannelOptions options) => Length(text) <= Limit(text, options);

    /// <summary>Cuts a text to fit its limit, never inside a surrogate pair.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The text, or its beginning.</returns>
    public static string Cut(string text, ChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cut = text;
        while (cut.Length > 0 && !Fits(cut, options))
        {
            var end = cut.Length - 1;
            if (end > 0 && char.IsLowSurrogate(cut[end]) && char.IsHighSurrogate(cut[end - 1]))
            {
                end--;
            }

            cut = cut[..end];
        }

        return cut;
    }

    /// <summary>Shortens a title to at most <paramref name="max"/> UTF-16 units, ending with "..", never inside a surrogate pair.</summary>
    internal static string Short(string title, int max)
    {
        var clean = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        var text = clean.ToString().Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var end = Math.Max(1, max - 2);
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "..";
    }

    /// <summary>
    /// Lays out a list screen: the notice and header, as many items from <paramref name="start"/> as fit with the footer,
    /// and the footer. Items are shortened when even one does not fit; the whole is cut as a last resort.
    /// </summary>
    internal static string List(string? notice, string header, IReadOnlyList<string> items, int start, IReadOnlyList<string> footer, ChannelOptions options, out int shown)
    {
        var top = string.Join('\n', new[] { notice, header }.Where(s => !string.IsNullOrEmpty(s)));
        var bottom = string.Join('\n', footer);
        var lines = new List<string>();
        shown = 0;
        for (var i = start; i < items.Count; i++)
        {
            var candidate = Compose(top, [.. lines, items[i]], bottom);
            if (!Fits(candidate, options))
            {
                break;
            }

            lines.Add(items[i]);
            shown++;
        }

        if (shown == 0 && start < items.Count)
        {
            for (var max = items[start].Length - 1; max >= 6; max--)
            {
                var shorter = Short(items[start], max);
                if (Fits(Compose(top, [shorter], bottom), options))
                {
                    lines.Add(shorter);
                    shown = 1;
                    break;
                }
            }
        }

        return Cut(Compose(top, lines, bottom), options);
    }

    internal static string Compose(string top, IReadOnlyList<string> lines, string bottom) =>
        string.Join('\n', new[] { top }.Concat(lines).Append(bottom).Where(s => s.Length > 0));
}
