using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>
/// Stores a <see cref="Common.LocalizedText"/>'s forms in languages other than Persian and English as one JSON object
/// keyed by language tag, such as <c>{"ar":"…","ckb":"…"}</c>; <c>{}</c> when there are none.
/// </summary>
internal sealed class OtherFormsConverter : ValueConverter<ImmutableSortedDictionary<string, string>, string>
{
    private OtherFormsConverter()
        : base(forms => Write(forms), json => Read(json))
    {
    }

    public static OtherFormsConverter Instance { get; } = new();

    /// <summary>Compares form by form; the snapshot is the instance itself because the dictionary is immutable.</summary>
    public static ValueComparer<ImmutableSortedDictionary<string, string>> Comparer { get; } = new(
        (a, b) => a == b || (a != null && b != null && a.Count == b.Count && a.SequenceEqual(b)),
        forms => forms.Aggregate(0, (hash, form) => HashCode.Combine(hash, form.Key, form.Value)),
        forms => forms);

    private static string Write(ImmutableSortedDictionary<string, string> forms) =>
        forms is null || forms.IsEmpty ? "{}" : JsonSerializer.Serialize(forms, StoredJson.Options);

    private static ImmutableSortedDictionary<string, string> Read(string json) =>
        (string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(json, StoredJson.Options))?
            .ToImmutableSortedDictionary(StringComparer.Ordinal)
        ?? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
}
