using System.Text;

namespace RazorDemo.Localization;

/// <summary>
/// The one judge of a return address (issue #18): the language and city switches, sign-in and sign-out go back only to a
/// path on this site, and a path a browser or <c>LocalRedirect</c> would read otherwise becomes the home page. What a
/// reader sends never throws: a control character (<c>/\t/x</c>), a backslash (<c>/\host</c>), a protocol-relative
/// address (<c>//host</c>), an absolute one or an overlong one all give <c>/</c>. A path in Persian is a path on this site:
/// it is kept and percent-encoded (UTF-8), since a <c>Location</c> header carries ASCII only.
/// </summary>
public static class LocalUrl
{
    /// <summary>The longest return address kept; a longer one is no page of this site.</summary>
    public const int MaximumLength = 2048;

    /// <summary>The address to go back to: <paramref name="returnUrl"/> made safe, or <c>/</c> when it is not a local path.</summary>
    public static string OrHome(string? returnUrl) => TryMake(returnUrl, out var local) ? local : "/";

    /// <summary>
    /// Whether <paramref name="returnUrl"/> is a path on this site; if so <paramref name="local"/> is it with every
    /// character outside printable ASCII percent-encoded, ready for a <c>Location</c> header.
    /// </summary>
    public static bool TryMake(string? returnUrl, out string local)
    {
        local = "/";
        if (returnUrl is null || returnUrl.Length is 0 or > MaximumLength || returnUrl[0] != '/')
        {
            return false;
        }

        // "//host" and "/\host" are other sites to a browser; a backslash anywhere is read as a slash by some.
        if (returnUrl.Length > 1 && returnUrl[1] == '/')
        {
            return false;
        }

        var builder = new StringBuilder(returnUrl.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < returnUrl.Length; i++)
        {
            var c = returnUrl[i];
            if (c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c) && c != ' ' || c is '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069')
            {
                // Control and direction characters hide what the address is; whitespace other than a space is a trick.
                return false;
            }

            if (c == '%')
            {
                // An escape is kept only as a whole one; a stray percent sign is itself escaped.
                if (i + 2 < returnUrl.Length && Uri.IsHexDigit(returnUrl[i + 1]) && Uri.IsHexDigit(returnUrl[i + 2]))
                {
                    var escaped = Convert.ToByte(returnUrl.Substring(i + 1, 2), 16);
                    // An escaped control character or backslash is refused as the character itself is.
                    if (escaped < 0x20 || escaped == 0x7F || escaped == (byte)'\\' || (i == 1 && escaped == (byte)'/'))
                    {
                        return false;
                    }

                    builder.Append(returnUrl, i, 3);
                    i += 2;
                }
                else
                {
                    builder.Append("%25");
                }

                continue;
            }

            if (c is > ' ' and < '\u007F')
            {
                builder.Append(c);
                continue;
            }

            if (!Rune.TryGetRuneAt(returnUrl, i, out var rune))
            {
                // A lone surrogate is no text at all.
                return false;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += rune.Utf16SequenceLength - 1;
        }

        local = builder.ToString();
        return true;
    }
}
