using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PolicyKB.Query.Ask;

namespace PolicyKB.Query;

/// <summary>One JSON style for every `--json` and for the HTTP API of `kb serve`: camelCase, Chinese
/// unescaped, enums as camelCase strings.</summary>
/// <remarks>The types of the cold-start commands (`kb search`, `kb ask`) are described by the source
/// generator (<see cref="KbJsonContext"/>); every other type falls back to reflection. Reflection emits
/// and compiles an accessor per property on first use: about 20 ms of a cold `kb search --json`.</remarks>
public static class KbJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        TypeInfoResolver = JsonTypeInfoResolver.Combine(KbJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}

/// <summary>Source-generated metadata for the answers of `kb search` and `kb ask`; the options come from
/// <see cref="KbJson.Options"/> (the context is only its resolver).</summary>
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(AskResult))]
internal sealed partial class KbJsonContext : JsonSerializerContext;
