using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ParticipatoryGovernance.AspNetCore.Contracts;

/// <summary>The JSON the API reads and writes: camelCase, Persian written as it is (not escaped), nulls written.</summary>
public static class ApiJson
{
    /// <summary>The serializer options of every response and request body.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            // A number sent as text ("12") is a wrong type, as is text sent as a number.
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 16,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
