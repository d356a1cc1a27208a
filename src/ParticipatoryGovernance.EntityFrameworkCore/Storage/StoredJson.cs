using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>
/// The JSON form of what the database keeps as documents: the charter and domain event payloads.
/// </summary>
/// <remarks>
/// <para>
/// Only state that can be given back is written: properties with a setter (<c>init</c> included) and get-only
/// properties that a public constructor takes. Computed properties (<c>BirthCohort.LastYear</c>,
/// <c>PersonName.GivenNameAndInitial</c>) stay out, so that a settings record added to the charter later is stored
/// without a line here. NodaTime values use their ISO forms; enums their names; identifiers their GUIDs; Persian
/// text is written as it is, not as escapes.
/// </para>
/// <para>The options are frozen after first use and thread-safe.</para>
/// </remarks>
internal static class StoredJson
{
    private static readonly Lazy<JsonSerializerOptions> LazyOptions = new(Create);

    /// <summary>The options used for every JSON document the package stores.</summary>
    public static JsonSerializerOptions Options => LazyOptions.Value;

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            // Storage, not HTML: keep Persian readable in the database.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepOnlyRestorableState } },
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new StronglyTypedIdJsonConverterFactory());
        options.MakeReadOnly();
        return options;
    }

    private static void KeepOnlyRestorableState(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var parameters = typeInfo.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(c => c.GetParameters())
            .Select(p => p.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            var name = (property.AttributeProvider as MemberInfo)?.Name ?? property.Name;
            if (property.Set is null && !parameters.Contains(name))
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }

    private sealed class StronglyTypedIdJsonConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => StronglyTypedIds.IsStronglyTypedId(typeToConvert);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(IdConverter<>).MakeGenericType(typeToConvert))!;
    }

    private sealed class IdConverter<TId> : JsonConverter<TId>
        where TId : struct
    {
        private static readonly Func<Guid, TId> Wrap = guid => (TId)Activator.CreateInstance(typeof(TId), guid)!;

        public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Wrap(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(StronglyTypedIds.ToGuid(value));
    }
}
