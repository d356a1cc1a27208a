using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Municipalities;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Storage;

/// <summary>
/// The JSON form of what the database keeps as documents: the charter, immutable values and lists, and domain event
/// payloads.
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
        options.Converters.Add(new ActorJsonConverter());
        options.Converters.Add(new RialsJsonConverter());
        options.Converters.Add(new LocalizedTextJsonConverter());
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

    /// <summary>
    /// A text as <c>{"Persian":…,"English":…}</c>, as documents stored before other languages were kept, with an
    /// <c>"Others"</c> object (<c>{"ckb":…}</c>) only when the text has forms in other languages, its own or, for a
    /// library text, those the library's catalogs give it.
    /// </summary>
    private sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
    {
        public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("A stored text must be a JSON object.");
            }

            string? persian = null, english = null;
            Dictionary<string, string>? others = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case nameof(LocalizedText.Persian): persian = reader.GetString(); break;
                    case nameof(LocalizedText.English): english = reader.GetString(); break;
                    case "Others": others = JsonSerializer.Deserialize<Dictionary<string, string>>(ref reader, options); break;
                    default: reader.Skip(); break;
                }
            }

            var text = new LocalizedText(persian ?? throw new JsonException("A stored text has no Persian form."), english ?? throw new JsonException("A stored text has no English form."));
            foreach (var (language, form) in others ?? [])
            {
                text = text.With(language, form);
            }

            return text;
        }

        public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(LocalizedText.Persian), value.Persian);
            writer.WriteString(nameof(LocalizedText.English), value.English);
            // A library text's translations from the library's catalogs are written as forms: its template is not stored,
            // so the reloaded text shows in those languages what the saved one did.
            var others = value.Forms.Where(f => f.Key is not ("fa" or "en"))
                .Concat(GovernanceCharter.SupportedLanguages
                    .Where(l => l is not ("fa" or "en") && !value.Forms.ContainsKey(l) && value.Template is not null && value.Has(l))
                    .Select(l => KeyValuePair.Create(l, value.In(l))))
                .OrderBy(f => f.Key, StringComparer.Ordinal)
                .ToList();
            if (others.Count > 0)
            {
                writer.WriteStartObject("Others");
                foreach (var (language, form) in others)
                {
                    writer.WriteString(language, form);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>
    /// Rials are written as their whole number of rials: the struct's default constructor would otherwise win over the
    /// one taking the amount, and a stored budget (<c>BudgetingRoundOpened.Budget</c>) would read back as zero.
    /// </summary>
    private sealed class RialsJsonConverter : JsonConverter<Rials>
    {
        public override Rials Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, Rials value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);
    }

    /// <summary>
    /// An actor has no public constructor (it is made through <c>Actor.Resident</c>, <c>Actor.Official</c> or
    /// <c>Actor.Charter</c>), so it is written as its kind and the fields that kind has, and read back through the same
    /// factories: an event's "who" survives storage whole.
    /// </summary>
    private sealed class ActorJsonConverter : JsonConverter<Actor>
    {
        public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("An actor is a JSON object.");
            }

            ActorKind? kind = null;
            Guid? residentId = null;
            string? officialId = null;
            string? officialName = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case nameof(Actor.Kind):
                        kind = Enum.Parse<ActorKind>(reader.GetString()!);
                        break;
                    case nameof(Actor.ResidentId):
                        residentId = reader.TokenType == JsonTokenType.Null ? null : reader.GetGuid();
                        break;
                    case nameof(Actor.OfficialId):
                        officialId = reader.GetString();
                        break;
                    case nameof(Actor.OfficialName):
                        officialName = reader.GetString();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            return kind switch
            {
                ActorKind.Resident => Actor.Resident(new ResidentId(residentId ?? throw new JsonException("A resident actor needs its ResidentId."))),
                ActorKind.Official => Actor.Official(new MunicipalOfficial(
                    officialId ?? throw new JsonException("An official actor needs its OfficialId."),
                    officialName ?? throw new JsonException("An official actor needs its OfficialName."))),
                ActorKind.Charter => Actor.Charter,
                _ => throw new JsonException("An actor needs its Kind: Resident, Official or Charter."),
            };
        }

        public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(Actor.Kind), value.Kind.ToString());
            if (value.ResidentId is { } resident)
            {
                writer.WriteString(nameof(Actor.ResidentId), resident.Value);
            }

            if (value.OfficialId is { } id)
            {
                writer.WriteString(nameof(Actor.OfficialId), id);
                writer.WriteString(nameof(Actor.OfficialName), value.OfficialName);
            }

            writer.WriteEndObject();
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
