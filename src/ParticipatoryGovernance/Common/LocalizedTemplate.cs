using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using ParticipatoryGovernance.Calendar;

namespace ParticipatoryGovernance.Common;

/// <summary>
/// The English side of a library text, written as an interpolated string: it keeps the English template with its holes
/// numbered <c>{0}</c>, <c>{1}</c>… and the values put in them, so that the text can be shown in languages the library
/// ships catalogs for (Central Kurdish, South Azerbaijani, Arabic) with each value in that language's words and digits.
/// </summary>
/// <remarks>
/// <para>
/// The compiler builds this type from <c>$"…"</c> passed to <see cref="RuleViolation.Of"/> or
/// <see cref="LocalizedText.Of"/>; a plain string converts to a template without holes. The English text produced is
/// what the same interpolated string gives in the invariant culture (whatever the current culture), except that a
/// <see cref="LocalizedText"/> value gives its <see cref="LocalizedText.English"/> form and a <see cref="LocalDate"/>
/// gives <see cref="PersianDates.FormatLatin"/>.
/// </para>
/// <para>
/// In another language a value is written as follows: a <see cref="LocalizedText"/> in that language, a
/// <see cref="LocalDate"/> with <see cref="SolarHijriLanguage.FormatLong"/>, a number in the language's digits
/// (<see cref="SolarHijriLanguage.FormatNumber"/>), anything else as on the English side.
/// </para>
/// </remarks>
[InterpolatedStringHandler]
#pragma warning disable CA1815 // A builder the compiler fills in; comparing two is meaningless.
public struct LocalizedTemplate
#pragma warning restore CA1815
{
    private StringBuilder? _template;
    private StringBuilder? _english;
    private List<TemplateArgument>? _arguments;

    /// <summary>Starts a template; called by the compiler for an interpolated string.</summary>
    /// <param name="literalLength">The number of literal characters.</param>
    /// <param name="formattedCount">The number of holes.</param>
    public LocalizedTemplate(int literalLength, int formattedCount)
    {
        _template = new StringBuilder(literalLength + (formattedCount * 3));
        _english = new StringBuilder(literalLength + (formattedCount * 8));
        _arguments = new List<TemplateArgument>(formattedCount);
    }

    /// <summary>Adds literal text; called by the compiler.</summary>
    /// <param name="value">The text.</param>
    public void AppendLiteral(string value)
    {
        Start();
        _template!.Append(value);
        _english!.Append(value);
    }

    /// <summary>Adds a value into the next hole; called by the compiler.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    /// <summary>Adds a value with a format, such as <c>{amount:N0}</c>, into the next hole; called by the compiler.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format string, or <see langword="null"/>.</param>
    public void AppendFormatted<T>(T value, string? format)
    {
        Start();
        var english = TemplateArgument.English(value, format);
        _template!.Append('{').Append(_arguments!.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
        _english!.Append(english);
        _arguments.Add(new TemplateArgument(value, english));
    }

    /// <summary>A template without holes: the text is its own template.</summary>
    /// <param name="text">The English text.</param>
    public static implicit operator LocalizedTemplate(string text)
    {
        var template = new LocalizedTemplate(text?.Length ?? 0, 0);
        if (text is not null)
        {
            template.AppendLiteral(text);
        }

        return template;
    }

    /// <summary>A template without holes, from a plain string; the same as the implicit conversion.</summary>
    /// <param name="text">The English text.</param>
    /// <returns>The template.</returns>
    public static LocalizedTemplate FromString(string text) => text;

    /// <summary>The English template with its holes numbered, such as <c>Voting opens on {0}.</c>.</summary>
    public readonly string Template => _template?.ToString() ?? string.Empty;

    /// <summary>The English text, with every hole filled.</summary>
    public readonly string English => _english?.ToString() ?? string.Empty;

    /// <inheritdoc/>
    public override readonly string ToString() => English;

    internal readonly TextTemplate Build() =>
        new(Template, _arguments is null ? [] : [.. _arguments]);

    private void Start()
    {
        _template ??= new StringBuilder();
        _english ??= new StringBuilder();
        _arguments ??= [];
    }
}

/// <summary>A value put into a template's hole, with its English rendering.</summary>
internal sealed record TemplateArgument(object? Value, string EnglishText)
{
    public static string English<T>(T value, string? format) => value switch
    {
        null => string.Empty,
        LocalizedText text => text.English,
        LocalDate date when format is null => PersianDates.FormatLatin(date),
        IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public string In(string language, SolarHijriLanguage? calendar) => Value switch
    {
        LocalizedText text => text.In(language),
        LocalDate date when calendar is not null => calendar.FormatLong(date),
        sbyte or byte or short or ushort or int or uint or long when calendar is not null && EnglishText == Convert.ToInt64(Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
            => calendar.FormatNumber(Convert.ToInt64(Value, CultureInfo.InvariantCulture)),
        sbyte or byte or short or ushort or int or uint or long or ulong or decimal or double or float when calendar is not null
            => WithDigits(EnglishText, calendar.DigitZero),
        _ => EnglishText,
    };

    private static string WithDigits(string latin, char zero) =>
        zero == '0' ? latin : string.Concat(latin.Select(c => c is >= '0' and <= '9' ? (char)(zero + (c - '0')) : c));
}

/// <summary>A captured English template with its arguments, rendered in other languages from the library's catalogs.</summary>
internal sealed class TextTemplate(string template, IReadOnlyList<TemplateArgument> arguments)
{
    public string Template { get; } = template;

    public IReadOnlyList<TemplateArgument> Arguments { get; } = arguments;

    public bool TryRender(string language, out string text)
    {
        text = string.Empty;
        if (!TextCatalog.TryGet(language, Template, out var translation))
        {
            return false;
        }

        text = Render(language, translation);
        return true;
    }

    /// <summary>Fills a translation's holes with the arguments written for <paramref name="language"/>.</summary>
    public string Render(string language, string translation)
    {
        var calendar = SolarHijriLanguage.Find(language);
        var result = new StringBuilder(translation.Length + 16);
        for (var i = 0; i < translation.Length; i++)
        {
            var c = translation[i];
            if (c == '{')
            {
                var close = translation.IndexOf('}', i + 1);
                if (close > i + 1
                    && int.TryParse(translation.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < Arguments.Count)
                {
                    result.Append(Arguments[index].In(language, calendar));
                    i = close;
                    continue;
                }
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
