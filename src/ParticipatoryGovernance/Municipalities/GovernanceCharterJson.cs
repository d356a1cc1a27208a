using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using ParticipatoryGovernance.Calendar;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.Municipalities;

/// <summary>
/// A <see cref="GovernanceCharter"/> as JSON: what a city adopting the model edits and ships. The format is described
/// by <c>docs/schemas/governance-charter.schema.json</c>; Rafsanjan's charter ships as <see cref="RafsanjanJson"/>.
/// </summary>
/// <remarks>
/// Property names are camelCase, enums are strings, texts are <c>{"fa": "…", "en": "…"}</c>. A setting left out takes
/// its default (Rafsanjan's); an unknown property is an error, so a misspelt setting is never silently ignored.
/// All members are thread-safe.
/// </remarks>
public static class GovernanceCharterJson
{
    private const string RafsanjanResource = "ParticipatoryGovernance.Presets.rafsanjan.charter.json";

    /// <summary>The serializer options the library uses for charters (and NodaTime values, in ISO form).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Rafsanjan's charter as JSON, as embedded in the package.</summary>
    public static string RafsanjanJson { get; } = ReadRafsanjan();

    /// <summary>Writes a charter as indented JSON.</summary>
    /// <param name="charter">The charter.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="charter"/> is null.</exception>
    public static string Serialize(GovernanceCharter charter)
    {
        ArgumentNullException.ThrowIfNull(charter);
        return JsonSerializer.Serialize(charter, Options);
    }

    /// <summary>
    /// Reads and validates a charter. Malformed JSON, a value of the wrong type or an unknown property is reported with
    /// its path and line; a well-formed charter that breaks a rule is reported by <see cref="GovernanceCharter.Validate"/>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The charter, or every reason it cannot be used (rule ids <c>charter.json</c> and <c>charter.&lt;Field&gt;</c>).</returns>
    public static Result<GovernanceCharter> Deserialize(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Result.Failure<GovernanceCharter>(RuleViolation.Of(CharterRuleIds.Json, "متن منشور خالی است.", "The charter JSON is empty."));
        }

        GovernanceCharter? charter;
        try
        {
            charter = JsonSerializer.Deserialize<GovernanceCharter>(json, Options);
        }
        catch (JsonException exception)
        {
            var where = exception.Path is { Length: > 1 } path ? $"{path} (line {exception.LineNumber + 1})" : $"line {exception.LineNumber + 1}";
            return Result.Failure<GovernanceCharter>(RuleViolation.Of(
                CharterRuleIds.Json,
                $"منشور در {PersianDigits.ToPersian(where)} خوانده نشد: {Reason(exception)}",
                $"The charter could not be read at {where}: {Reason(exception)}"));
        }
        catch (ArgumentException exception)
        {
            // A constructor refused a value, such as an urban field key with spaces.
            return Result.Failure<GovernanceCharter>(RuleViolation.Of(
                CharterRuleIds.Json,
                $"مقداری در منشور پذیرفته نشد: {exception.Message}",
                $"A value in the charter was refused: {exception.Message}"));
        }

        if (charter is null)
        {
            return Result.Failure<GovernanceCharter>(RuleViolation.Of(CharterRuleIds.Json, "منشور خالی (null) است.", "The charter JSON is null."));
        }

        var errors = charter.Validate();
        return errors.Count > 0 ? Result.Failure<GovernanceCharter>([.. errors]) : Result.Success(charter);
    }

    private static string Reason(JsonException exception)
    {
        // System.Text.Json's messages end with the path and position, which are given separately.
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            // Derived, get-only properties (such as IdeaRules.SupportWindow) are not settings: leave them out of the
            // contract entirely, so that writing skips them and reading refuses them as unknown.
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
            {
                Modifiers = { RemoveGetOnlyProperties },
            },
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new LocalizedTextConverter());
        options.Converters.Add(new BirthCohortConverter());
        options.Converters.Add(new UrbanFieldConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }

    private static void RemoveGetOnlyProperties(System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }

    private static string ReadRafsanjan()
    {
        using var stream = typeof(GovernanceCharterJson).Assembly.GetManifestResourceStream(RafsanjanResource)
            ?? throw new InvalidOperationException($"The embedded resource {RafsanjanResource} is missing from the package.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class LocalizedTextConverter : JsonConverter<LocalizedText>
    {
        public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? persian = null, english = null;
            var others = new List<KeyValuePair<string, string?>>();
            ReadObject(ref reader, (ref Utf8JsonReader r, string name) =>
            {
                switch (name)
                {
                    case "fa": persian = ReadString(ref r, name); break;
                    case "en": english = ReadString(ref r, name); break;
                    case var tag when LocalizedText.IsLanguageTag(tag): others.Add(new(tag, ReadString(ref r, name))); break;
                    default: throw new JsonException($"'{name}' is not a language of a text; use \"fa\", \"en\" and lowercase language tags such as \"ckb\".");
                }
            });
            if (string.IsNullOrWhiteSpace(persian) || string.IsNullOrWhiteSpace(english))
            {
                throw new JsonException("A text needs both \"fa\" and \"en\", neither blank.");
            }

            var text = new LocalizedText(persian, english);
            foreach (var (tag, form) in others)
            {
                if (string.IsNullOrWhiteSpace(form))
                {
                    throw new JsonException($"The text's \"{tag}\" form is blank; give the text or leave the language out.");
                }

                text = text.With(tag, form);
            }

            return text;
        }

        public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("fa", value.Persian);
            writer.WriteString("en", value.English);
            foreach (var form in value.Forms.Where(f => f.Key is not ("fa" or "en")).OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                writer.WriteString(form.Key, form.Value);
            }

            writer.WriteEndObject();
        }
    }

    private sealed class BirthCohortConverter : JsonConverter<BirthCohort>
    {
        public override BirthCohort Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            int? firstYear = null, years = null;
            ReadObject(ref reader, (ref Utf8JsonReader r, string name) =>
            {
                switch (name)
                {
                    case "firstYear": firstYear = ReadInt(ref r, name); break;
                    case "years": years = ReadInt(ref r, name); break;
                    default: throw new JsonException($"'{name}' is not a property of a birth cohort; use \"firstYear\" and \"years\".");
                }
            });
            if (firstYear is null)
            {
                throw new JsonException("A birth cohort needs \"firstYear\", the first Solar Hijri birth year (such as 1380).");
            }

            try
            {
                return new BirthCohort(firstYear.Value, years ?? 10);
            }
            catch (ArgumentOutOfRangeException exception)
            {
                throw new JsonException($"The birth cohort {firstYear}+{years ?? 10} years is outside the calendar: {exception.Message}");
            }
        }

        public override void Write(Utf8JsonWriter writer, BirthCohort value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("firstYear", value.FirstYear);
            writer.WriteNumber("years", value.Years);
            writer.WriteEndObject();
        }
    }

    private sealed class UrbanFieldConverter : JsonConverter<UrbanField>
    {
        public override UrbanField Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? key = null;
            LocalizedText? name = null;
            var textConverter = (JsonConverter<LocalizedText>)options.GetConverter(typeof(LocalizedText));
            ReadObject(ref reader, (ref Utf8JsonReader r, string property) =>
            {
                switch (property)
                {
                    case "key": key = ReadString(ref r, property); break;
                    case "name": name = textConverter.Read(ref r, typeof(LocalizedText), options); break;
                    default: throw new JsonException($"'{property}' is not a property of an urban field; use \"key\" and \"name\".");
                }
            });
            if (key is null || name is null)
            {
                throw new JsonException("An urban field needs a \"key\" (such as \"environment\") and a \"name\" with \"fa\" and \"en\".");
            }

            return new UrbanField(key, name);
        }

        public override void Write(Utf8JsonWriter writer, UrbanField value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("key", value.Key);
            writer.WritePropertyName("name");
            ((JsonConverter<LocalizedText>)options.GetConverter(typeof(LocalizedText))).Write(writer, value.Name, options);
            writer.WriteEndObject();
        }
    }

    private delegate void PropertyReader(ref Utf8JsonReader reader, string name);

    private static void ReadObject(ref Utf8JsonReader reader, PropertyReader readProperty)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object, found {reader.TokenType}.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            readProperty(ref reader, name);
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"\"{name}\" must be a string.");

    private static int ReadInt(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw new JsonException($"\"{name}\" must be a whole number.");
}
