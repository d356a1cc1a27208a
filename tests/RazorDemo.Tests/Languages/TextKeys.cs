using System.Globalization;
using System.Text;

namespace RazorDemo.Tests.Languages;

/// <summary>
/// Finds the site's texts in its sources the way a translator needs them: every Persian text written next to its English
/// text (<c>L.T("…", "…")</c>, <c>new("…", "…")</c>, a tuple <c>("…", "…")</c>, <c>Count(n, "…", "…", "…")</c>), keyed as
/// <see cref="RazorDemo.Localization.DemoText.Key"/> keys them at run time: the English text with each interpolated value
/// replaced by <c>{0}</c>, <c>{1}</c>… and literal braces doubled.
/// </summary>
public static class TextKeys
{
    /// <summary>A pair found in a source: its key, and the Persian text as written (holes as <c>{0}</c>…).</summary>
    public sealed record Pair(string Key, string Persian, string File);

    public static string DemoDirectory => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../samples/RazorDemo"));

    /// <summary>Every pair in the demo's pages and code (not its seeded records, Data/, which are the city's data, not the site's words).</summary>
    public static IReadOnlyList<Pair> InDemo()
    {
        var root = DemoDirectory;
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/Data/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return [.. files.SelectMany(f => Scan(File.ReadAllText(f), Path.GetRelativePath(root, f), f.EndsWith(".cshtml", StringComparison.Ordinal)))];
    }

    /// <summary>The pairs in one source text.</summary>
    public static IEnumerable<Pair> Scan(string source, string file, bool razor)
    {
        var literals = Literals(source, razor).ToList();
        var byStart = literals.GroupBy(l => l.Start).ToDictionary(g => g.Key, g => g.First());
        Literal? After(Literal literal)
        {
            var next = literal.End;
            while (next < source.Length && char.IsWhiteSpace(source[next]))
            {
                next++;
            }

            if (next >= source.Length || source[next] != ',')
            {
                return null;
            }

            next++;
            while (next < source.Length && char.IsWhiteSpace(source[next]))
            {
                next++;
            }

            return byStart.GetValueOrDefault(next);
        }

        foreach (var persian in literals.Where(l => l.IsArabicScript).OrderBy(l => l.Start))
        {
            if (After(persian) is not { IsLatinOnly: true } english)
            {
                continue;
            }

            yield return new Pair(english.Key, persian.Key, file);

            // Count(n, persian, one, many) and Noun(…): the plural is looked up too.
            if (After(english) is { IsLatinOnly: true } many)
            {
                yield return new Pair(many.Key, persian.Key, file);
            }
        }
    }

    private static bool OnlyCommaBetween(string source, int from, int to)
    {
        var between = source.AsSpan(from, to - from).Trim();
        return between.Length == 1 && between[0] == ',';
    }

    private sealed record Literal(int Start, int End, string Key)
    {
        public bool IsArabicScript => Key.Any(c => c is >= '\u0600' and <= '\u06FF');

        /// <summary>An English side: not empty, not in Arabic script (<c>"{0}%"</c> and <c>", "</c> are texts too).</summary>
        public bool IsLatinOnly => !IsArabicScript && Key.Length > 0;
    }

    private static IEnumerable<Literal> Literals(string s, bool razor)
    {
        var closing = new HashSet<int>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '/' && i + 1 < s.Length && s[i + 1] == '/' && !razor)
            {
                i = s.IndexOf('\n', i) is var n && n < 0 ? s.Length : n;
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                i = s.IndexOf("*/", i + 2, StringComparison.Ordinal) is var n && n < 0 ? s.Length : n + 2;
            }
            else if (c == '@' && i + 1 < s.Length && s[i + 1] == '*')
            {
                i = s.IndexOf("*@", i + 2, StringComparison.Ordinal) is var n && n < 0 ? s.Length : n + 2;
            }
            else if (c == '\'' && !razor)
            {
                i = SkipChar(s, i);
            }
            else if (razor && c == '"' && (closing.Contains(i) || AttributeEnd(s, i) is >= 0 and var end && closing.Add(end)))
            {
                i++;
            }
            else if (StartsLiteral(s, i, out var prefix))
            {
                var start = i;
                var key = new StringBuilder();
                var nested = new List<Literal>();
                i = ReadLiteral(s, i + prefix.Length, prefix.Contains('$'), prefix.Contains('@'), key, out var raw, nested);
                if (!raw)
                {
                    yield return new Literal(start, i, key.ToString());
                }

                foreach (var inner in nested)
                {
                    yield return inner;
                }
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// In a Razor page, an HTML attribute whose value is one C# expression (<c>title="@L.T("…", "…")"</c>): the quote
    /// after <c>=</c> and before <c>@</c> opens it, and the quote right after the expression closes it; neither is a C#
    /// string. Returns the index of the closing quote, or -1 when the value is not a lone expression.
    /// </summary>
    private static int AttributeEnd(string s, int i)
    {
        if (!(i > 0 && s[i - 1] == '=' && i + 2 < s.Length && s[i + 1] == '@'))
        {
            return -1;
        }

        var j = i + 2;
        if (s[j] == '(')
        {
            j = SkipParentheses(s, j);
        }
        else
        {
            while (j < s.Length)
            {
                while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] is '_' or '.' or '!' or '?'))
                {
                    j++;
                }

                if (j < s.Length && s[j] is '(' or '[')
                {
                    j = SkipParentheses(s, j);
                    continue;
                }

                break;
            }
        }

        return j < s.Length && s[j] == '"' ? j : -1;
    }

    private static int SkipParentheses(string s, int i)
    {
        var depth = 0;
        while (i < s.Length)
        {
            if (StartsLiteral(s, i, out var prefix))
            {
                i = ReadLiteral(s, i + prefix.Length, prefix.Contains('$'), prefix.Contains('@'), new StringBuilder(), out _);
                continue;
            }

            var c = s[i++];
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']' && --depth == 0)
            {
                return i;
            }
        }

        return i;
    }

    private static int SkipChar(string s, int i)
    {
        var j = i + 1;
        if (j < s.Length && s[j] == '\\')
        {
            j += 2;
        }
        else
        {
            j++;
        }

        while (j < s.Length && s[j] != '\'' && j - i < 10)
        {
            j++;
        }

        return j + 1;
    }

    private static bool StartsLiteral(string s, int i, out string prefix)
    {
        foreach (var p in new[] { "$@\"", "@$\"", "$\"", "@\"", "\"" })
        {
            if (string.CompareOrdinal(s, i, p, 0, p.Length) == 0 && (p != "@\"" || i == 0 || !char.IsLetterOrDigit(s[i - 1])))
            {
                prefix = p[..^1];
                return true;
            }
        }

        prefix = "";
        return false;
    }

    /// <summary>Reads a literal from just after its opening quote; returns the index after its closing quote.</summary>
    private static int ReadLiteral(string s, int i, bool interpolated, bool verbatim, StringBuilder key, out bool raw, List<Literal>? nested = null)
    {
        raw = false;
        if (i + 1 < s.Length && s[i] == '"' && s[i + 1] == '"' && (i + 2 >= s.Length || s[i + 2] != '"'))
        {
            return i + 2; // ""
        }

        if (i + 1 < s.Length && s[i] == '"' && s[i + 1] == '"')
        {
            raw = true; // """ raw literal: skip to its end
            var end = s.IndexOf("\"\"\"", i + 2, StringComparison.Ordinal);
            return end < 0 ? s.Length : end + 3;
        }

        i++; // past the opening quote
        var hole = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '"')
            {
                if (verbatim && i + 1 < s.Length && s[i + 1] == '"')
                {
                    key.Append('"');
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            if (!verbatim && c == '\\')
            {
                i = Escape(s, i, key);
                continue;
            }

            if (interpolated && c == '{')
            {
                if (i + 1 < s.Length && s[i + 1] == '{')
                {
                    key.Append("{{");
                    i += 2;
                    continue;
                }

                i = SkipHole(s, i + 1, nested);
                key.Append('{').Append(hole++.ToString(CultureInfo.InvariantCulture)).Append('}');
                continue;
            }

            if (interpolated && c == '}' && i + 1 < s.Length && s[i + 1] == '}')
            {
                key.Append("}}");
                i += 2;
                continue;
            }

            if (!interpolated && c is '{' or '}')
            {
                key.Append(c).Append(c);
                i++;
                continue;
            }

            key.Append(c);
            i++;
        }

        return i;
    }

    private static int Escape(string s, int i, StringBuilder key)
    {
        var e = s[i + 1];
        switch (e)
        {
            case 'n': key.Append('\n'); return i + 2;
            case 't': key.Append('\t'); return i + 2;
            case 'r': key.Append('\r'); return i + 2;
            case '0': key.Append('\0'); return i + 2;
            case 'u':
                key.Append((char)int.Parse(s.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                return i + 6;
            default: key.Append(e); return i + 2;
        }
    }

    /// <summary>Skips an interpolation hole's expression (with its nested strings, parentheses and braces) and its closing brace.</summary>
    private static int SkipHole(string s, int i, List<Literal>? nested)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (StartsLiteral(s, i, out var prefix))
            {
                var start = i;
                var key = new StringBuilder();
                i = ReadLiteral(s, i + prefix.Length, prefix.Contains('$'), prefix.Contains('@'), key, out var raw, nested);
                if (!raw)
                {
                    nested?.Add(new Literal(start, i, key.ToString()));
                }

                continue;
            }

            if (c == '\'')
            {
                i = SkipChar(s, i);
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return i + 1;
                }

                depth--;
            }

            i++;
        }

        return i;
    }
}
