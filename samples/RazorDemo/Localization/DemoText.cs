using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace RazorDemo.Localization;

/// <summary>
/// The English side of a page's text, kept as a template and its values, so that the resource of another language
/// can give the same sentence with the values put back in that language's digits: <c>$"{count} ideas"</c> is looked up as
/// <c>{0} ideas</c>. A plain string converts to one with no values.
/// </summary>
/// <remarks>
/// The key a resource file is indexed by is the English text with each value replaced by <c>{0}</c>, <c>{1}</c>… in
/// order, and literal braces doubled (the composite-format syntax). <c>TextKeys</c> in the tests finds the same keys in
/// the sources.
/// </remarks>
[InterpolatedStringHandler]
public struct DemoText
{
    private StringBuilder? _template;
    private List<Value>? _values;
    private string? _plain;

    /// <summary>Starts a text the compiler builds from an interpolated string.</summary>
    public DemoText(int literalLength, int formattedCount)
    {
        _template = new StringBuilder(literalLength + (4 * formattedCount));
        _values = new List<Value>(formattedCount);
    }

    /// <summary>A text with no values.</summary>
    public static implicit operator DemoText(string text) => new() { _plain = text };

    /// <summary>The key of the text in a resource file.</summary>
    public readonly string Key => _plain is not null ? Escape(_plain) : _template?.ToString() ?? "";

    /// <summary>The English text, exactly as the interpolated string would have been written.</summary>
    public readonly string English => _plain ?? Format(Key, null);

    /// <summary>The text from a resource's template, with the values in <paramref name="language"/>'s digits.</summary>
    public readonly string Format(string template, ParticipatoryGovernance.Calendar.SolarHijriLanguage? language)
    {
        if (_values is null || _values.Count == 0)
        {
            return string.Format(CultureInfo.InvariantCulture, template);
        }

        var values = new object?[_values.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var value = _values[i];
            values[i] = language is not null && value.Whole is { } whole ? language.FormatNumber(whole) : value.Written;
        }

        return string.Format(CultureInfo.InvariantCulture, template, values);
    }

    /// <summary>Adds literal text.</summary>
    public readonly void AppendLiteral(string value) => _template!.Append(Escape(value));

    /// <summary>Adds a value.</summary>
    public readonly void AppendFormatted<T>(T value) => Add(value, null);

    /// <summary>Adds a value with a format.</summary>
    public readonly void AppendFormatted<T>(T value, string? format) => Add(value, format);

    /// <summary>Adds a string value.</summary>
    public readonly void AppendFormatted(string? value) => Add(value, null);

    private readonly void Add<T>(T value, string? format)
    {
        _template!.Append('{').Append(_values!.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
        var written = value is IFormattable formattable ? formattable.ToString(format, CultureInfo.CurrentCulture) : value?.ToString() ?? "";
        long? whole = format is null ? value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            _ => null,
        } : null;
        _values.Add(new Value(written, whole));
    }

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private readonly record struct Value(string Written, long? Whole);
}
