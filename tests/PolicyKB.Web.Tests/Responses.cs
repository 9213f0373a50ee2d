using System.Text.Json;
using Xunit;

namespace PolicyKB.Web.Tests;

/// <summary>Reading API responses in tests.</summary>
internal static class Responses
{
    public static async Task<JsonDocument> GetFromJsonDocument(this HttpClient client, string url) =>
        JsonDocument.Parse(await client.GetStringAsync(url));

    /// <summary>The message of an API error: {"error": "…"}, served as JSON.</summary>
    public static async Task<string?> Error(HttpResponseMessage response)
    {
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
    }
}
