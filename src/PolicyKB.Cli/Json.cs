using System.Text.Json;
using PolicyKB.Query;

namespace PolicyKB.Cli;

/// <summary>Writes every --json in the one shared style (<see cref="KbJson"/>, also used by `kb serve`).</summary>
internal static class Json
{
    public static JsonSerializerOptions Options => KbJson.Options;

    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
